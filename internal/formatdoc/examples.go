package formatdoc

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/peacediff/peacediff/proposals"
	"gopkg.in/yaml.v3"
)

// maxExampleLines is the number of lines of YAML an example keeps.
const maxExampleLines = 15

// example is a value of one type, as YAML, and where it was found.
type example struct {
	id   string   // the proposal's id
	path string   // the value's path in the file: territory.regions[2]
	yaml []string // its lines, cut to maxExampleLines and a comment
}

// examples finds, for every type named in want, the first value of that
// type met in a walk of the corpus's proposals in corpus order, each one's
// fields in order, depth first.
func examples(c *proposals.Corpus, want []string) (map[string]example, error) {
	w := &walker{want: map[string]bool{}, found: map[string]example{}}
	for _, name := range want {
		w.want[name] = true
	}
	for _, f := range c.Files {
		w.id = f.Proposal.ID
		w.walk(reflect.ValueOf(f.Proposal).Elem(), "")
		if w.err != nil {
			return nil, w.err
		}
	}
	return w.found, nil
}

// walker is the state of a walk of one proposal.
type walker struct {
	want  map[string]bool
	found map[string]example
	id    string
	err   error
}

// walk visits v, found at path, and every value inside it.
func (w *walker) walk(v reflect.Value, path string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			w.walk(v.Elem(), path)
		}
	case reflect.Slice:
		for i := range v.Len() {
			w.walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Struct:
		name := v.Type().Name()
		if _, done := w.found[name]; w.want[name] && !done && path != "" {
			lines, err := exampleYAML(v.Interface())
			if err != nil {
				w.err = fmt.Errorf("example of %s: %w", name, err)
				return
			}
			w.found[name] = example{id: w.id, path: path, yaml: lines}
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if !f.IsExported() || key == "" || key == "-" {
				continue
			}
			if path != "" {
				key = path + "." + key
			}
			w.walk(v.Field(i), key)
		}
	}
}

// exampleYAML marshals v as peacediff fmt lays a file out (two spaces
// of indent, lists of plain values in brackets, long text folded and
// wrapped) and cuts it after maxExampleLines lines.
func exampleYAML(v any) ([]string, error) {
	var n yaml.Node
	if err := n.Encode(v); err != nil {
		return nil, err
	}
	restyle(&n)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	lines := wrapFolded(strings.Split(strings.TrimRight(buf.String(), "\n"), "\n"), proposals.FormatWidth)
	if len(lines) > maxExampleLines {
		lines = append(lines[:maxExampleLines:maxExampleLines], "# … (cut)")
	}
	return lines, nil
}

// restyle puts the lists of plain values of n in brackets and its long
// text in folded blocks, text with line breaks in literal blocks.
func restyle(n *yaml.Node) {
	switch n.Kind {
	case yaml.SequenceNode:
		flow := true
		for _, c := range n.Content {
			flow = flow && c.Kind == yaml.ScalarNode
		}
		if flow {
			n.Style = yaml.FlowStyle
			return
		}
	case yaml.ScalarNode:
		switch {
		case n.Tag != "!!str":
		case strings.Contains(n.Value, "\n"):
			n.Style = yaml.LiteralStyle
		case len(n.Value) > 80:
			n.Style = yaml.FoldedStyle
		}
	}
	for _, c := range n.Content {
		restyle(c)
	}
}

// wrapFolded wraps the content lines of the folded blocks (key: >-) of a
// YAML document at width columns, breaking at single spaces: a folded
// block reads a line break between two lines of text as a space. A line
// with two spaces in a row is left as it is.
func wrapFolded(lines []string, width int) []string {
	var out []string
	key := -1 // the column of the key of the folded block we are in
	for _, l := range lines {
		indent := len(l) - len(strings.TrimLeft(l, " "))
		if key < 0 || indent <= key || strings.TrimSpace(l) == "" || strings.Contains(l[indent:], "  ") {
			key = -1
			out = append(out, l)
			if strings.HasSuffix(l, ": >-") || strings.HasSuffix(l, ": >") {
				rest := strings.TrimLeft(l, " -")
				key = len(l) - len(rest)
			}
			continue
		}
		line := l[:indent]
		for _, w := range strings.Split(l[indent:], " ") {
			if len(line) > indent && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
				out = append(out, line)
				line = l[:indent]
			}
			if len(line) > indent {
				line += " "
			}
			line += w
		}
		out = append(out, line)
	}
	return out
}
