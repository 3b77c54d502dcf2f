package proposals

import (
	"bytes"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// FormatWidth is the width that Format wraps long text to.
const FormatWidth = 88

// Format rewrites a proposal file in the one canonical layout, keeping
// every comment and every value:
//
//   - keys in the order of the format (the order of the schema);
//   - two spaces of indentation, lists of mappings indented under their key;
//   - lists of plain values on one line in brackets ([US, UA]);
//   - strings quoted only where YAML needs it; text longer than 80
//     characters as a folded block (>-) wrapped at [FormatWidth] columns;
//     text with line breaks as a literal block (|);
//   - a blank line before each part of the file (sources, the terms,
//     provisions).
//
// Format of its own output changes nothing. The file must be YAML; it need
// not be a valid proposal (Format does not validate), but a key the format
// does not know keeps its place after the known ones.
func Format(name string, data []byte) ([]byte, error) {
	orig := data
	data, le := plainText(data)
	doc, err := parseDoc(name, data)
	if err != nil {
		return nil, err
	}
	keepDroppedComments(doc, data)
	keepDroppedLines(doc, data)
	vc := newValueChecker(name, len(data))
	want, err := vc.digest(doc)
	if err != nil {
		return nil, err
	}
	vc.comments = map[string]int{}
	commentLines(doc, vc.comments)
	out, next, err := formatOnce(name, doc, vc, want)
	// yaml.v3 may attach a comment to another node on a second reading
	// (a foot comment read back as a head comment): format again until the
	// layout settles, so that fmt of fmt's output changes nothing. Output
	// equal to the input has settled.
	for range 3 {
		if err != nil {
			return nil, err
		}
		if bytes.Equal(out, data) {
			break
		}
		again, nextDoc, nerr := formatOnce(name, next, vc, want)
		if nerr != nil || bytes.Equal(again, out) {
			break
		}
		out, next = again, nextDoc
	}
	if err != nil {
		return nil, err
	}
	if out = le.restore(out); bytes.Equal(out, orig) {
		return orig, nil
	}
	return out, nil
}

// formatOnce is one pass of [Format]: it lays out doc (which it changes)
// and returns the output and the output read back, after checking that
// the output holds the values whose digest is want.
func formatOnce(name string, doc *yaml.Node, vc *valueChecker, want digest) ([]byte, *yaml.Node, error) {
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		var errs ErrorList
		errs.Add(Pos{File: name, Line: root.Line, Col: root.Column}, "the document: expected a mapping, found %s", describeKind(root))
		return nil, nil, errs.Err()
	}
	// yaml.v3 writes no line comment of the root mapping: put it at the
	// top. Keep the comment above the first key (the schema modeline) at
	// the top, whichever key comes first after sorting.
	if root.LineComment != "" {
		doc.HeadComment = strings.TrimSpace(doc.HeadComment + "\n" + root.LineComment)
		root.LineComment = ""
	}
	if len(root.Content) > 0 && root.Content[0].HeadComment != "" {
		doc.HeadComment = strings.TrimSpace(doc.HeadComment + "\n" + root.Content[0].HeadComment)
		root.Content[0].HeadComment = ""
	}
	l := layout{keys: map[reflect.Type]keyOrder{}}
	l.canonical(root, reflect.TypeFor[Proposal]())

	var buf bytes.Buffer
	if err := encodeChunks(&buf, doc, chunkItems); err != nil {
		return nil, nil, fmt.Errorf("format %s: %w", name, err)
	}
	out := wrapFolded(buf.Bytes(), FormatWidth)
	out = separateParts(out)

	// The layout must never change a value: check it.
	var errs ErrorList
	outDoc, err := parseDoc(name, out)
	if err != nil {
		errs.Add(Pos{File: name}, "formatted output is not YAML (%v); please report this", err)
		return nil, nil, errs.Err()
	}
	got, err := vc.digest(outDoc)
	if err != nil {
		return nil, nil, err
	}
	if got != want {
		errs.Add(Pos{File: name}, "formatting would change a value; please report this")
		return nil, nil, errs.Err()
	}
	kept := map[string]int{}
	commentLines(outDoc, kept)
	if c := lostComment(vc.comments, kept); c != "" {
		errs.Add(Pos{File: name}, "formatting would drop the comment %q; please report this", c)
		return nil, nil, errs.Err()
	}
	return out, outDoc, nil
}

// layout holds what [Format] knows of the format's types: the order of
// each struct's keys and the types of their values, worked out once.
type layout struct {
	keys map[reflect.Type]keyOrder
}

// keyOrder is the rank and the type of each key of a struct.
type keyOrder struct {
	rank  map[string]int
	types map[string]reflect.Type
}

func (l *layout) order(t reflect.Type) keyOrder {
	if o, ok := l.keys[t]; ok {
		return o
	}
	o := keyOrder{rank: map[string]int{}, types: map[string]reflect.Type{}}
	if t != nil && t.Kind() == reflect.Struct {
		for i, f := range structFields(t).list {
			o.rank[f.name] = i
			o.types[f.name] = t.Field(f.index).Type
		}
	}
	l.keys[t] = o
	return o
}

// canonical orders keys and sets the styles of n, which holds a value of
// type t (nil when the format does not know the key).
func (l *layout) canonical(n *yaml.Node, t reflect.Type) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch n.Kind {
	case yaml.MappingNode:
		n.Style = 0
		o := l.order(t)
		order, fields := o.rank, o.types
		type pair struct{ k, v *yaml.Node }
		pairs := make([]pair, 0, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			pairs = append(pairs, pair{n.Content[i], n.Content[i+1]})
		}
		rank := func(p pair) int {
			if r, ok := order[p.k.Value]; ok {
				return r
			}
			return len(order)
		}
		slices.SortStableFunc(pairs, func(a, b pair) int { return rank(a) - rank(b) })
		n.Content = n.Content[:0]
		for _, p := range pairs {
			if p.k.Kind == yaml.ScalarNode && p.k.ShortTag() == "!!null" && p.k.Value == "" {
				p.k.Value = "null" // yaml.v3 writes an empty null key as ''
			}
			l.canonical(p.k, nil)
			l.canonical(p.v, fields[p.k.Value])
			switch {
			case p.v.Kind == yaml.ScalarNode || p.v.Kind == yaml.AliasNode || len(p.v.Content) == 0:
				// its comment stays after it, on the key's line (so does {}'s and []'s)
			case p.v.Style&yaml.FlowStyle != 0 && p.k.LineComment != "":
				// yaml.v3 drops the key's comment before a flow value: put
				// it after the value, on the same line.
				p.v.LineComment = strings.TrimSpace(p.k.LineComment + " " + p.v.LineComment)
				p.k.LineComment = ""
			case p.v.Style&yaml.FlowStyle == 0 && p.v.LineComment != "":
				// and a block value's own: put it on the key's line.
				p.k.LineComment = strings.TrimSpace(p.k.LineComment + " " + p.v.LineComment)
				p.v.LineComment = ""
			}
			n.Content = append(n.Content, p.k, p.v)
		}
	case yaml.SequenceNode:
		var elem reflect.Type
		if t != nil && t.Kind() == reflect.Slice {
			elem = t.Elem()
		}
		n.Style = yaml.FlowStyle
		if n.HeadComment != "" || n.FootComment != "" {
			n.Style = 0
		}
		for _, c := range n.Content {
			l.canonical(c, elem)
			if c.Kind == yaml.ScalarNode && c.ShortTag() == "!!null" && c.Value == "" {
				// yaml.v3 writes an empty null in brackets as '' and drops
				// the comment above a bare dash: spell it out.
				c.Value = "null"
			}
			if c.Kind != yaml.ScalarNode || c.HeadComment != "" || c.LineComment != "" {
				n.Style = 0
			}
		}
	case yaml.ScalarNode:
		n.Style = 0
		switch n.Tag {
		case "!!str", "":
			body := strings.TrimSuffix(n.Value, "\n")
			switch {
			case strings.Contains(n.Value, "\n") && !literalKeeps(n.Value):
				n.Style = yaml.DoubleQuotedStyle
			case strings.Contains(body, "\n"):
				n.Style = yaml.LiteralStyle
			case yaml11Special(n.Value):
				n.Style = yaml.DoubleQuotedStyle
			case len(body) > 80 && foldable(body):
				n.Style = yaml.FoldedStyle
			}
		case "!!int":
			// Only a spelling that YAML 1.2 and yaml.v3 read as the same
			// number is rewritten: 0777 is 777 to one and 511 to the
			// other, 0b101 and 1_000 strings to a YAML 1.2 reader.
			if !sameInt.MatchString(n.Value) {
				break
			}
			if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil {
				n.Value = strconv.FormatInt(i, 10)
			}
		}
	}
}

// sameInt matches the integers that every YAML 1.2 reader and yaml.v3
// read as the same number: decimal without leading zeros, 0x and 0o.
var sameInt = regexp.MustCompile(`^([-+]?(0|[1-9][0-9]*)|0x[0-9a-fA-F]+|0o[0-7]+)$`)

// foldable reports whether a folded block keeps s exactly: no leading or
// trailing space and no tab.
func foldable(s string) bool {
	return s == strings.TrimSpace(s) && !strings.ContainsAny(s, "\t\r")
}

// wrapFolded wraps the content lines of folded block scalars (">-") at
// width, breaking only at single spaces between words, which a folded
// block reads back as those same spaces.
func wrapFolded(data []byte, width int) []byte {
	lines := strings.Split(string(data), "\n")
	var out []string
	inBlock, blockIndent := false, 0
	for _, l := range lines {
		indent := len(l) - len(strings.TrimLeft(l, " "))
		if inBlock && l != "" && indent >= blockIndent {
			out = append(out, WrapText(l[:blockIndent], l[blockIndent:], width)...)
			continue
		}
		inBlock = false
		out = append(out, l)
		trimmed := strings.TrimSpace(l)
		if strings.Contains(trimmed, " #") || strings.HasPrefix(trimmed, "#") {
			continue // a comment, or a line with one: the text before it cannot end with >-
		}
		if strings.HasSuffix(trimmed, ": >-") || strings.HasSuffix(trimmed, ": >") || trimmed == "- >-" || trimmed == ">-" {
			inBlock = true
			blockIndent = indent + 2
			if strings.HasPrefix(trimmed, "- ") {
				blockIndent += 2 // the key sits after the dash
			}
		}
	}
	return []byte(strings.Join(out, "\n"))
}

// WrapText breaks text into lines of at most width columns (counting the
// indent), at single spaces between words only, so that a folded YAML
// block (>-) reads the lines back as the same text. It is how [Format]
// wraps long text, at [FormatWidth].
func WrapText(indent, text string, width int) []string {
	var lines []string
	for len(indent)+len(text) > width {
		cut := -1
		for i := min(width-len(indent), len(text)-1); i > 0; i-- {
			if text[i] == ' ' && text[i-1] != ' ' && text[i+1] != ' ' {
				cut = i
				break
			}
		}
		if cut < 0 {
			break
		}
		lines = append(lines, indent+text[:cut])
		text = text[cut+1:]
	}
	return append(lines, indent+text)
}

// separateParts puts a blank line before each part of the file, above the
// comments that belong to it.
func separateParts(data []byte) []byte {
	parts := []string{"sources:", "territory:", "military:", "nato:", "security_guarantees:", "provisions:"}
	lines := strings.Split(string(data), "\n")
	var out []string
	for i, l := range lines {
		if slices.ContainsFunc(parts, func(p string) bool { return strings.HasPrefix(l, p) }) {
			// Walk back over the comment lines above the key.
			j := len(out)
			for j > 0 && strings.HasPrefix(out[j-1], "#") {
				j--
			}
			if j > 0 && out[j-1] != "" && i > 0 {
				out = slices.Insert(out, j, "")
			}
		}
		out = append(out, l)
	}
	return []byte(strings.Join(out, "\n"))
}
