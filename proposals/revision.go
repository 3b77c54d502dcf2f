package proposals

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// RevisionOptions says what a new text that revises another is: its id,
// relation, and the header values that belong to it alone. An empty
// Title, Short or Date is left as a to-do ([TodoPrefix]), never copied
// from the old text nor made up.
type RevisionOptions struct {
	ID                 string
	Title, Short, Date string
	Relation           Relation
}

// Revision returns a new proposal file that revises (or answers) f, in the
// canonical layout: f's points, terms and sources as the starting point,
// with the id, title, short name and date of the new text and supersedes
// naming f. The old text's summary and notes describe the old text: they
// are left as comments for reference, and the summary as a to-do. The
// file's other comments are kept; a comment at the top says where it came
// from. The result is a draft until its to-dos are done (validate --draft
// lists them).
func Revision(f *File, opts RevisionOptions) ([]byte, error) {
	if !slugRE.MatchString(opts.ID) {
		return nil, fmt.Errorf("id %q: expected a lowercase slug of letters, digits and single hyphens", opts.ID)
	}
	if opts.Date != "" && !Date(opts.Date).Valid() {
		return nil, fmt.Errorf("date %q: expected a real date as YYYY-MM-DD, YYYY-MM or YYYY", opts.Date)
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
	find := func(key string) int {
		for i := 0; i+1 < len(root.Content); i += 2 {
			if root.Content[i].Value == key {
				return i
			}
		}
		return -1
	}
	set := func(key string, value *yaml.Node) *yaml.Node {
		if i := find(key); i >= 0 {
			value.HeadComment = root.Content[i].HeadComment
			root.Content[i+1] = value
			return root.Content[i]
		}
		k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}
		root.Content = append(root.Content, k, value)
		return k
	}
	scalar := func(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v} }
	orTodo := func(v, todo string) *yaml.Node {
		if v == "" {
			return scalar(TodoPrefix + " " + todo)
		}
		return scalar(v)
	}
	set("id", scalar(opts.ID))
	set("title", orTodo(opts.Title, "the new text's title"))
	set("short", orTodo(opts.Short, "a label of a few words for column headers"))
	dateNode := orTodo(opts.Date, "the date the new text was written or made public, YYYY-MM-DD")
	if opts.Date != "" {
		// A date is written as YAML resolves it (2025-11-20 unquoted).
		var resolved yaml.Node
		if yaml.Unmarshal([]byte(opts.Date), &resolved) == nil && len(resolved.Content) == 1 {
			dateNode = resolved.Content[0]
		}
	}
	set("date", dateNode)
	var reference []string
	if f.Proposal.Summary != "" {
		reference = append(reference, "The summary of "+f.Proposal.ID+": "+f.Proposal.Summary)
	}
	if f.Proposal.Notes != "" {
		reference = append(reference, "The notes of "+f.Proposal.ID+": "+f.Proposal.Notes)
	}
	if i := find("notes"); i >= 0 {
		root.Content = append(root.Content[:i], root.Content[i+2:]...)
	}
	key := set("summary", scalar(TodoPrefix+" one or two sentences, in our own words, on what the new text does"))
	if len(reference) > 0 {
		key.HeadComment = commentBlock(append(reference, "Neither was copied: they describe the old text."), 86)
	}
	set("supersedes", &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{{
		Kind: yaml.MappingNode, Tag: "!!map",
		Content: []*yaml.Node{scalar("id"), scalar(f.Proposal.ID), scalar("relation"), scalar(string(opts.Relation))},
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
	return Format(opts.ID+".yaml", buf.Bytes())
}

// commentBlock is paragraphs as a YAML comment, each line at most width
// columns after the "# ", paragraphs apart.
func commentBlock(paragraphs []string, width int) string {
	var lines []string
	for i, p := range paragraphs {
		if i > 0 {
			lines = append(lines, "#")
		}
		line := ""
		for _, w := range strings.Fields(p) {
			if line != "" && len(line)+1+len(w) > width {
				lines = append(lines, "# "+line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		if line != "" {
			lines = append(lines, "# "+line)
		}
	}
	return strings.Join(lines, "\n")
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
