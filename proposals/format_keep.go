package proposals

import (
	"bytes"
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// utf8BOM is the byte-order mark of UTF-8, which a file may start with.
var utf8BOM = []byte("\xef\xbb\xbf")

// lineEnds is how a file ends its lines and whether it starts with a
// byte-order mark: [Format] formats the text with line feeds alone and
// gives it back its own.
type lineEnds struct {
	bom bool
	eol string // the file's first line break: "\n", "\r\n" or "\r"
}

// plainText returns data without a byte-order mark and with line feeds
// for its line breaks (YAML reads CRLF and a lone CR as one line break,
// as a line feed), and how to give the formatted text back the file's:
// the byte-order mark and the first line's break, on every line.
func plainText(data []byte) ([]byte, lineEnds) {
	le := lineEnds{eol: "\n"}
	if bytes.HasPrefix(data, utf8BOM) {
		le.bom, data = true, data[len(utf8BOM):]
	}
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 && data[i] == '\r' {
		le.eol = "\r"
		if i+1 < len(data) && data[i+1] == '\n' {
			le.eol = "\r\n"
		}
	}
	if bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
	}
	return data, le
}

// restore gives formatted text the file's line breaks and byte-order
// mark.
func (le lineEnds) restore(out []byte) []byte {
	if le.eol != "\n" {
		out = bytes.ReplaceAll(out, []byte("\n"), []byte(le.eol))
	}
	if le.bom {
		out = append(slices.Clip(utf8BOM), out...)
	}
	return out
}

var endMarkerRE = regexp.MustCompile(`(?m)^\.\.\.[ \t]+(#.*)$`)

// keepDroppedComments gives back to doc the comments that yaml.v3 reads
// but attaches to no node, so that [Format] writes them: a comment on the
// document end marker (...) goes to the end of the document, a comment
// inside an empty [ ] or { } above its key or item.
func keepDroppedComments(doc *yaml.Node, data []byte) {
	var ends []string
	for _, m := range endMarkerRE.FindAllSubmatch(data, -1) {
		ends = append(ends, string(m[1]))
	}
	if len(ends) > 0 {
		doc.FootComment = strings.TrimSpace(doc.FootComment + "\n" + strings.Join(ends, "\n"))
	}
	cols := &columns{lines: bytes.Split(data, []byte("\n"))}
	var walk func(n, above *yaml.Node)
	walk = func(n, above *yaml.Node) {
		if (n.Kind == yaml.SequenceNode || n.Kind == yaml.MappingNode) && n.Style&yaml.FlowStyle != 0 && len(n.Content) == 0 {
			if c := emptyFlowComments(cols, n.Line, n.Column); c != "" {
				above.HeadComment = strings.TrimSpace(above.HeadComment + "\n" + c)
			}
		}
		for i, c := range n.Content {
			switch {
			case n.Kind == yaml.MappingNode && i%2 == 1:
				walk(c, n.Content[i-1]) // a value's comment goes above its key
			case n.Kind == yaml.DocumentNode:
				walk(c, doc)
			default:
				walk(c, c)
			}
		}
	}
	walk(doc, doc)
}

// emptyFlowComments returns the comments between the brackets of the
// empty [ ] or { } that starts at line and col (from 1, col in
// characters) of lines.
func emptyFlowComments(cols *columns, line, col int) string {
	lines := cols.lines
	if line < 1 || line > len(lines) {
		return ""
	}
	l := lines[line-1]
	off := cols.offset(line, col)
	if off >= len(l) || l[off] != '[' && l[off] != '{' {
		return ""
	}
	var comments []string
	rest := l[off+1:]
	for {
		rest = bytes.TrimLeft(rest, " \t")
		switch {
		case len(rest) > 0 && rest[0] == '#':
			comments = append(comments, string(bytes.TrimRight(rest, " \t\r")))
			rest = nil
		case len(rest) > 0:
			return strings.Join(comments, "\n") // the closing bracket
		}
		if line++; line > len(lines) {
			return strings.Join(comments, "\n")
		}
		rest = lines[line-1]
	}
}

// commentLines counts the lines of the comments of n and its children.
func commentLines(n *yaml.Node, into map[string]int) {
	for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
		for _, l := range strings.Split(c, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				into[l]++
			}
		}
	}
	for _, c := range n.Content {
		commentLines(c, into)
	}
}

// lostComment returns a comment line of want that got does not hold as
// often, or "".
func lostComment(want, got map[string]int) string {
	var lost []string
	for l, n := range want {
		if got[l] < n {
			lost = append(lost, l)
		}
	}
	slices.Sort(lost)
	if len(lost) == 0 {
		return ""
	}
	return lost[0]
}

var (
	// yaml11Bool, yaml11Base60, yaml11Float and yaml11Time are the plain
	// scalars that YAML 1.1 (PyYAML, SnakeYAML, older libyaml readers)
	// reads as a boolean, a number in base 60, a float (._5, 1_0.5) or a
	// time, but YAML 1.2 as a string.
	yaml11Bool   = regexp.MustCompile(`^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$`)
	yaml11Float  = regexp.MustCompile(`^[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?$`)
	yaml11Base60 = regexp.MustCompile(`^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$`)
	yaml11Time   = regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?$`)
)

// yaml11Special reports whether a string written plain would be read as
// something else by a YAML 1.1 reader: it is then quoted.
func yaml11Special(s string) bool {
	return s == "=" || s == "<<" || yaml11Bool.MatchString(s) || yaml11Base60.MatchString(s) || yaml11Float.MatchString(s) || yaml11Time.MatchString(s)
}

// literalKeeps reports whether a literal block (|) keeps the string s
// exactly as yaml.v3 writes it: not when s starts with a space or a line
// break (the block would need an indentation indicator) or holds a
// carriage return.
func literalKeeps(s string) bool {
	return !strings.HasPrefix(s, " ") && !strings.HasPrefix(s, "\n") && !strings.HasPrefix(s, "\t") && !strings.Contains(s, "\r")
}

// keepDroppedLines gives back to doc the comment lines (a line that
// starts with #) that yaml.v3 reads but attaches to no node, such as one
// between two ? keys: each goes above the first key or item after it, or
// to the end of the document. Lines inside a quoted or block scalar are
// not comments.
func keepDroppedLines(doc *yaml.Node, data []byte) {
	cols := &columns{lines: bytes.Split(data, []byte("\n"))}
	lines := cols.lines
	inScalar := make([]bool, len(lines)+2)
	var nodes []*yaml.Node // keys and items, by line
	var walk func(n *yaml.Node, item bool)
	walk = func(n *yaml.Node, item bool) {
		if n.Kind == yaml.ScalarNode {
			from, to := scalarLines(cols, n)
			for l := from + 1; l <= to && l < len(inScalar); l++ {
				inScalar[l] = true
			}
		}
		if item {
			nodes = append(nodes, n)
		}
		for i, c := range n.Content {
			walk(c, n.Kind == yaml.SequenceNode || n.Kind == yaml.MappingNode && i%2 == 0)
		}
	}
	walk(doc, false)
	slices.SortStableFunc(nodes, func(a, b *yaml.Node) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
	have := map[string]int{}
	commentLines(doc, have)
	dropped := map[*yaml.Node][]string{}
	var order []*yaml.Node
	for i, l := range lines {
		t := strings.TrimSpace(string(l))
		if !strings.HasPrefix(t, "#") || inScalar[i+1] {
			continue
		}
		if have[t] > 0 {
			have[t]--
			continue
		}
		// Dropped: above the first node after it (on a line after i+1).
		next := doc
		if k, _ := slices.BinarySearchFunc(nodes, i+2, func(n *yaml.Node, line int) int { return cmp.Compare(n.Line, line) }); k < len(nodes) {
			next = nodes[k]
		}
		if dropped[next] == nil {
			order = append(order, next)
		}
		dropped[next] = append(dropped[next], t)
	}
	for _, n := range order {
		c := &n.HeadComment
		if n == doc {
			c = &n.FootComment
		}
		*c = strings.TrimSpace(*c + "\n" + strings.Join(dropped[n], "\n"))
	}
}

// scalarLines returns the first and last lines (from 1) of a quoted or
// block scalar, or its line twice.
func scalarLines(cols *columns, n *yaml.Node) (from, to int) {
	lines := cols.lines
	from = n.Line
	if n.Line < 1 || n.Line > len(lines) {
		return from, from
	}
	switch {
	case n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		return from, quotedEnd(cols, n)
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		return from, blockEnd(lines, n.Line)
	}
	return from, from
}

// quotedEnd returns the line of the closing quote of the quoted scalar n.
func quotedEnd(cols *columns, n *yaml.Node) int {
	lines := cols.lines
	l := lines[n.Line-1]
	off := cols.offset(n.Line, n.Column)
	if off >= len(l) || l[off] != '"' && l[off] != '\'' {
		return n.Line
	}
	q := l[off]
	line, rest := n.Line, l[off+1:]
	for {
		for i := 0; i < len(rest); i++ {
			switch {
			case q == '"' && rest[i] == '\\':
				i++
			case rest[i] == q && q == '\'' && i+1 < len(rest) && rest[i+1] == '\'':
				i++
			case rest[i] == q:
				return line
			}
		}
		if line++; line > len(lines) {
			return len(lines)
		}
		rest = lines[line-1]
	}
}

// blockEnd returns the last line of the block scalar whose header is on
// line: the lines after it that are blank or indented more than the
// first line of content, or the indentation the header gives.
func blockEnd(lines [][]byte, line int) int {
	indent := -1
	last := line
	for l := line + 1; l <= len(lines); l++ {
		text := lines[l-1]
		if len(bytes.TrimSpace(text)) == 0 {
			continue
		}
		ind := len(text) - len(bytes.TrimLeft(text, " "))
		if indent < 0 {
			indent = ind
			if ind <= leadingSpaces(lines[line-1]) {
				return line // no content
			}
		}
		if ind < indent {
			return last
		}
		last = l
	}
	return last
}

func leadingSpaces(b []byte) int { return len(b) - len(bytes.TrimLeft(b, " ")) }

// columns finds the byte offset of a column (in characters, from 1) of a
// line of lines, going on from the last one it found: yaml.v3 gives the
// nodes of a line in order, so that finding them all reads the line once.
type columns struct {
	lines          [][]byte
	line, col, off int
}

func (c *columns) offset(line, col int) int {
	if line != c.line || col < c.col {
		c.line, c.col, c.off = line, 1, 0
	}
	l := c.lines[line-1]
	for ; c.col < col && c.off < len(l); c.col++ {
		_, size := utf8.DecodeRune(l[c.off:])
		c.off += size
	}
	return c.off
}
