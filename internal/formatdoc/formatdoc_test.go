package formatdoc

import (
	"bytes"
	"flag"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/internal/golden"
	"github.com/peacediff/peacediff/proposals"
	"gopkg.in/yaml.v3"
)

var update = flag.Bool("update", false, "rewrite docs/format.md")

// embedded loads the built-in corpus and its catalogue.
func embedded(t *testing.T) *proposals.Corpus {
	t.Helper()
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// generate returns the document of the built-in corpus.
func generate(t *testing.T) []byte {
	t.Helper()
	c := embedded(t)
	got, err := Markdown(c.Catalog, c)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestGolden compares the document with docs/format.md; go test -update
// rewrites it.
func TestGolden(t *testing.T) {
	golden.Check(t, *update, filepath.Join("..", "..", "docs", "format.md"), generate(t))
}

// TestDeterministic generates the document twice: the bytes are the same.
func TestDeterministic(t *testing.T) {
	if a, b := generate(t), generate(t); !bytes.Equal(a, b) {
		t.Error("two runs gave different documents")
	}
}

// TestExampleFileValid checks the complete example against the format and
// the catalogue.
func TestExampleFileValid(t *testing.T) {
	c := embedded(t)
	if _, err := proposals.ParseAndValidate("example-ceasefire-2030-03.yaml", []byte(exampleFile), c.Catalog); err != nil {
		t.Errorf("the example file is not valid:\n%v", err)
	}
}

// headings maps the anchor of every heading of md to its text.
func headings(t *testing.T, md string) map[string]string {
	t.Helper()
	out := map[string]string{}
	inCode := false
	for l := range strings.Lines(md) {
		if strings.HasPrefix(l, "```") {
			inCode = !inCode
		}
		if inCode || !strings.HasPrefix(l, "#") {
			continue
		}
		title := strings.TrimSpace(strings.TrimLeft(l, "#"))
		a := anchor(title)
		if prev, dup := out[a]; dup {
			t.Errorf("headings %q and %q have the same anchor %q", prev, title, a)
		}
		out[a] = title
	}
	return out
}

// TestEverySection checks that the document has a section for every type
// of the schema and every scale, and that every link leads to a heading.
func TestEverySection(t *testing.T) {
	c := embedded(t)
	md := string(generate(t))
	h := headings(t, md)
	data, err := proposals.Schema(c.Catalog)
	if err != nil {
		t.Fatal(err)
	}
	s, err := parseSchema(data)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for name := range s.defs {
		want = append(want, name)
	}
	for _, sc := range c.Catalog.Scales {
		want = append(want, scaleTitle(sc.Name))
	}
	want = append(want, "Parties", "Regions", "Topics", "Labels")
	for _, title := range want {
		if h[anchor(title)] != title {
			t.Errorf("no section %q", title)
		}
	}
	for _, m := range regexp.MustCompile(`\]\(#([^)]*)\)`).FindAllStringSubmatch(md, -1) {
		if _, ok := h[m[1]]; !ok {
			t.Errorf("link to #%s: no such heading", m[1])
		}
	}
}

// TestTables checks that every row of every table has as many cells as
// its header, pipes in cells escaped.
func TestTables(t *testing.T) {
	var header int
	for i, l := range strings.Split(string(generate(t)), "\n") {
		if !strings.HasPrefix(l, "|") {
			header = 0
			continue
		}
		n := len(regexp.MustCompile(`(^|[^\\])\|`).FindAllString(l, -1)) - 1
		if header == 0 {
			header = n
		}
		if n != header || !strings.HasSuffix(l, " |") {
			t.Errorf("line %d: %d cells, the header has %d: %s", i+1, n, header, l)
		}
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ name, got, want string }{
		{"text", text("a *b* _c_ [d](e) <f> `g` h|i ~j~ & \\"), `a \*b\* \_c\_ \[d\](e) \<f\> \` + "`g\\` h|i \\~j\\~ \\& \\\\"},
		{"code", code("a"), "`a`"},
		{"code with a backtick", code("a`b"), "``a`b``"},
		{"code starting with a backtick", code("`a"), "`` `a ``"},
		{"cell", cell("a|b\nc  d"), `a\|b c d`},
		{"anchor", anchor("Scale region-status"), "scale-region-status"},
		{"anchor of punctuation", anchor("Ukraine (UA)"), "ukraine-ua"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

// TestExampleYAML checks that an example reads back as the value it shows,
// long text wrapped, and that a long one is cut.
func TestExampleYAML(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("A sentence of text with: a colon, 'quotes' and \"more\". ", 6))
	tests := []struct {
		name string
		v    any
		cut  bool
	}{
		{"source", proposals.Source{ID: "a", Publisher: "P: Q", Title: long, URL: "https://x.example/a b", Kind: "agency"}, false},
		{"two spaces", proposals.Provision{Point: "1", Topic: "other", Text: long + "  " + long, Sources: []string{"a"}}, false},
		{"line breaks", proposals.Provision{Point: "1", Text: "one\ntwo\n", Sources: []string{"a", "b"}}, false},
		{"long", proposals.Military{Caps: slices.Repeat([]proposals.Cap{{Party: "UA", Personnel: 1, Points: []string{"1"}}}, 6)}, true},
	}
	for _, tt := range tests {
		lines, err := exampleYAML(tt.v)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if cut := lines[len(lines)-1] == "# … (cut)"; cut != tt.cut || len(lines) > maxExampleLines+1 {
			t.Errorf("%s: %d lines, cut %v; want cut %v", tt.name, len(lines), cut, tt.cut)
		}
		for _, l := range lines {
			if len([]rune(l)) > proposals.FormatWidth && !strings.Contains(l, "  ") {
				t.Errorf("%s: line longer than %d: %q", tt.name, proposals.FormatWidth, l)
			}
		}
		if tt.cut {
			continue
		}
		back := reflect.New(reflect.TypeOf(tt.v))
		if err := yaml.Unmarshal([]byte(strings.Join(lines, "\n")), back.Interface()); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !reflect.DeepEqual(back.Elem().Interface(), tt.v) {
			t.Errorf("%s: reads back as %+v, want %+v\n%s", tt.name, back.Elem().Interface(), tt.v, strings.Join(lines, "\n"))
		}
	}
}

// TestSchemaUnknown checks that a schema keyword the document cannot show
// is an error, not a silent omission.
func TestSchemaUnknown(t *testing.T) {
	tests := []struct{ name, schema, want string }{
		{"keyword", `{"$ref": "#/$defs/P", "$defs": {"P": {"properties": {"a": {"type": "string", "oneOf": []}}}}}`, `unknown keyword "oneOf"`},
		{"open object", `{"$ref": "#/$defs/P", "$defs": {"P": {"additionalProperties": true}}}`, "additionalProperties true"},
		{"root", `{"$ref": "#/$defs/Q", "$defs": {"P": {}}}`, `root type "Q"`},
		{"ref", `{"$ref": "#/definitions/P"}`, "expected #/$defs/NAME"},
	}
	for _, tt := range tests {
		_, err := parseSchema([]byte(tt.schema))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error with %q", tt.name, err, tt.want)
		}
	}
	s, err := parseSchema([]byte(`{"$ref": "#/$defs/P", "$defs": {"P": {"properties": {"a": {"$ref": "#/$defs/Q"}}}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.order(); err == nil || !strings.Contains(err.Error(), `"Q", not in $defs`) {
		t.Errorf("a $ref to a missing type: got %v", err)
	}
}
