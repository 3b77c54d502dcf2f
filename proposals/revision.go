package proposals

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"

	"gopkg.in/yaml.v3"
)

// Revision returns a new proposal file that revises (or answers) f: f's
// file with its id, date and supersedes replaced and everything else kept
// as the starting point, in the canonical layout. The file's comments are
// kept; a comment at the top says where it came from.
func Revision(f *File, id string, date Date, rel Relation) ([]byte, error) {
	if !slugRE.MatchString(id) {
		return nil, fmt.Errorf("id %q: expected a lowercase slug of letters, digits and single hyphens", id)
	}
	if !date.Valid() {
		return nil, fmt.Errorf("date %q: expected a real date as YYYY-MM-DD, YYYY-MM or YYYY", date)
	}
	data, err := f.source()
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 {
		return nil, fmt.Errorf("read %s: %v", f.Name, err)
	}
	root := doc.Content[0]
	set := func(key string, value *yaml.Node) {
		for i := 0; i+1 < len(root.Content); i += 2 {
			if root.Content[i].Value == key {
				root.Content[i+1] = value
				return
			}
		}
		root.Content = append(root.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, value)
	}
	scalar := func(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v} }
	set("id", scalar(id))
	// A date is written as YAML resolves it (2025-11-20 unquoted).
	dateNode := scalar(string(date))
	var resolved yaml.Node
	if yaml.Unmarshal([]byte(date), &resolved) == nil && len(resolved.Content) == 1 {
		dateNode = resolved.Content[0]
	}
	set("date", dateNode)
	set("supersedes", &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{{
		Kind: yaml.MappingNode, Tag: "!!map",
		Content: []*yaml.Node{scalar("id"), scalar(f.Proposal.ID), scalar("relation"), scalar(string(rel))},
	}}})
	doc.HeadComment = fmt.Sprintf("# yaml-language-server: $schema=../schema.json\n# Started from %s: edit what this text changes.", f.Proposal.ID)
	if len(root.Content) > 0 {
		root.Content[0].HeadComment = ""
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, err
	}
	return Format(id+".yaml", buf.Bytes())
}

// source reads the bytes of a file again: from the file system, or else
// from the embedded corpus.
func (f *File) source() ([]byte, error) {
	if f.Name == "-" {
		return nil, fmt.Errorf("cannot start a revision from standard input: give an id or a file")
	}
	data, err := os.ReadFile(f.Name)
	if err != nil {
		if embedded, eerr := fs.ReadFile(corpusFS, f.Name); eerr == nil {
			return embedded, nil
		}
	}
	return data, err
}
