package proposals

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestSchemaUpToDate fails when schema.json is not what Schema generates;
// go test -update rewrites it.
func TestSchemaUpToDate(t *testing.T) {
	got, err := Schema(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("schema.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("schema.json is stale: run go test ./proposals -update (or peacediff schema > proposals/schema.json)")
	}
}

// TestSchemaIndependent compiles the schema with an independent validator
// and checks that the valid examples pass it and wrongly typed files fail.
func TestSchemaIndependent(t *testing.T) {
	data, err := Schema(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	valid, _ := filepath.Glob("testdata/valid/*.yaml")
	corpus, _ := filepath.Glob("corpus/*.yaml")
	// The fixtures of the golden files hold a term of every kind.
	fixtures, _ := filepath.Glob("../render/testdata/fixtures/*.yaml")
	for _, name := range slices.Concat(valid, corpus, fixtures) {
		if err := sch.Validate(yamlToJSON(t, name)); err != nil {
			t.Errorf("%s fails the schema: %v", name, err)
		}
	}
	for _, name := range []string{
		"wrong-type-int", "wrong-type-list", "wrong-type-mapping", "wrong-type-nested",
		"bad-status", "bad-enum-kind", "unknown-field", "unknown-top-field", "bool-for-string",
		"string-for-bool", "bad-scale-value", "unknown-topic", "unknown-party", "bad-url-scheme",
		"missing-required", "bad-date-text",
	} {
		if err := sch.Validate(yamlToJSON(t, "testdata/invalid/"+name+".yaml")); err == nil {
			t.Errorf("testdata/invalid/%s.yaml passes the schema, want a failure", name)
		}
	}
}

// yamlToJSON decodes a YAML file into the JSON data model as the YAML 1.2
// core schema reads it (which yaml-language-server follows): a date such as
// 2025-11-20 is a string, not a timestamp.
func yamlToJSON(t *testing.T, name string) any {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	b, err := json.Marshal(nodeValue(doc.Content[0]))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func nodeValue(n *yaml.Node) any {
	switch n.Kind {
	case yaml.AliasNode:
		return nodeValue(n.Alias)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = nodeValue(n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		l := make([]any, len(n.Content))
		for i, c := range n.Content {
			l[i] = nodeValue(c)
		}
		return l
	}
	switch n.Tag {
	case "!!null":
		return nil
	case "!!bool":
		return n.Value == "true"
	case "!!int", "!!float":
		return json.Number(n.Value)
	}
	return n.Value
}
