package importer

import (
	"fmt"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// point is one point of the text as the splitter found it.
type point struct {
	label   string
	line    int    // input line of its number
	heading string // its own heading, if the text gives one
	section string // the heading of the part of the text it is in
	body    rich   // its text with the mark-up
	first   int    // bytes of body that came from the line of its number
	parent  *point
	given   bool // the import gave the label: the text used bullets or no numbers
}

// split is the text cut into points.
type split struct {
	title    string   // the first heading before the first point
	preamble []string // the paragraphs before the first point
	points   []*point
	warnings []Warning
}

// level is one depth of numbering open while the text is read.
type level struct {
	style  string
	last   int
	indent int
	item   *point
}

// splitter holds the state of a reading.
type splitter struct {
	name    string
	top     string // the style of the top-level numbering
	stack   []level
	byLabel map[string]*point
	out     *split
	cur     *point // the point that continuation lines join
	section string
	markup  bool // bold runs are changes, never headings
	para    []string
	orphan  int // the first line of text after a heading that is in no point
}

// splitLines cuts lines into points by the text's own numbering. A text
// with no numbering at all is cut into one point per paragraph, with a
// warning.
func splitLines(name string, lines []line, markup bool) *split {
	s := &splitter{name: name, byLabel: map[string]*point{}, out: &split{}, markup: markup}
	marks := make([]*marker, len(lines))
	for i := range lines {
		if len(lines[i].text) > 0 && !lines[i].heading {
			if m, ok := parseMarker(lines[i].text.String()); ok {
				marks[i] = &m
			}
		}
	}
	s.top = topStyle(marks)
	for i, l := range lines {
		switch {
		case len(l.text) == 0:
			s.endParagraph()
		case l.heading || s.plainHeading(lines, marks, i):
			s.heading(l)
		case marks[i] != nil && s.accept(*marks[i], l):
			s.nested(l)
		default:
			s.continuation(l)
		}
	}
	s.endParagraph()
	s.endOrphan()
	if len(s.out.points) == 0 {
		s.paragraphs(lines)
	}
	for _, p := range s.out.points {
		s.pointHeading(p)
	}
	s.inline()
	return s.out
}

// topStyle picks the numbering of the top level: that of the first
// numbered marker, read as a roman numeral when that makes it the first
// (I. before II.), or else bullets.
func topStyle(marks []*marker) string {
	bullet := ""
	for _, m := range marks {
		switch {
		case m == nil || m.kind == kindDotted:
		case m.kind == kindBullet:
			if bullet == "" {
				bullet = m.style()
			}
		case m.roman == 1:
			return m.asRoman().style()
		default:
			return m.style()
		}
	}
	return bullet
}

// accept reads a line that starts with a marker as a new point and
// reports whether it did: a marker out of sequence is text.
func (s *splitter) accept(m marker, l line) bool {
	if len(s.out.points) > MaxPoints {
		return false
	}
	if m.kind == kindDotted {
		return s.dotted(m, l)
	}
	readings := []marker{m}
	if m.roman > 0 {
		readings = append(readings, m.asRoman())
	}
	// A sibling of an open level: the next number, or a little further on.
	for i := len(s.stack) - 1; i >= 0; i-- {
		for _, r := range readings {
			lv := s.stack[i]
			if lv.style == r.style() && s.continues(lv, r, i == 0) && (i == 0 || l.indent+1 >= lv.indent) {
				s.stack = s.stack[:i+1]
				return s.open(r, l, i)
			}
		}
	}
	if len(s.stack) == 0 {
		for _, r := range readings {
			if r.style() == s.top {
				return s.open(r, l, 0)
			}
		}
		return false // before the first point: the preamble
	}
	// A new level under the current point: it starts at one, or a little
	// further on in an excerpt (a bullet starts anywhere), in a style not
	// open above, or indented deeper.
	curIndent := s.stack[len(s.stack)-1].indent
	for i := len(readings) - 1; i >= 0; i-- {
		r := readings[i]
		if !s.starts(r) || r.style() == s.top && l.indent <= curIndent+1 {
			continue
		}
		open := false
		for _, lv := range s.stack {
			open = open || lv.style == r.style()
		}
		if !open || l.indent > curIndent+1 {
			return s.open(r, l, len(s.stack))
		}
	}
	return false
}

// starts reports whether r can be the first item of a new level under the
// current point: numbered 1, or up to 4 in an excerpt that leaves the
// first items out, unless the current point's own text holds the first
// item of that style, run into it ("(a) ... and" over a line "(b) ...").
func (s *splitter) starts(r marker) bool {
	switch {
	case r.kind == kindBullet || r.value == 1:
		return true
	case r.value > 4 || s.cur == nil:
		return false
	}
	first := r
	first.value = 1
	for _, m := range inlineRE().FindAllStringSubmatch(s.cur.body.String(), -1) {
		if tok := m[1]; (strings.HasPrefix(tok, "(") == (r.punct == "()")) && (tok == "(a)" || tok == "a)" || tok == "(1)" || tok == "1)" || tok == "(i)" || tok == "i)") {
			return false
		}
	}
	return true
}

// nested reads a marker that starts the text of the point just opened,
// as in "20. a) Ukraine ...": point 20 with no words of its own, and 20.a.
func (s *splitter) nested(l line) {
	for range 3 {
		p := s.cur
		m, ok := parseMarker(p.body.String())
		if !ok || m.kind == kindBullet || m.kind == kindWord {
			return
		}
		child := line{num: l.num, indent: l.indent, text: p.body}
		body := p.body
		p.body, p.first = nil, 0
		if !s.accept(m, child) {
			p.body, p.first = body, len(body.String())
			return
		}
	}
}

// continues reports whether r is the next item of level lv: its next
// number, or at the top level any later one (an excerpt may skip points),
// or a little further on below it.
func (s *splitter) continues(lv level, r marker, top bool) bool {
	switch {
	case r.kind == kindBullet:
		return true
	case top:
		return r.value > lv.last
	}
	return r.value > lv.last && r.value <= lv.last+3
}

// open starts a point at depth d of the numbering.
func (s *splitter) open(r marker, l line, d int) bool {
	value := r.value
	if r.kind == kindBullet {
		value = 1
		if d < len(s.stack) {
			value = s.stack[d].last + 1
		}
	}
	own := r.label
	given := false
	if r.kind == kindBullet {
		own, given = bulletLabel(value, d), true
	}
	label := own
	var parent *point
	if d > 0 {
		parent = s.stack[d-1].item
		label = parent.label + "." + own
	}
	if s.byLabel[label] != nil {
		return false // the same label twice: text that happens to start with a number
	}
	p := &point{label: label, line: l.num, section: s.section, body: l.text.slice(r.end, len(l.text.String())), parent: parent, given: given}
	p.first = len(p.body.String())
	lv := level{style: r.style(), last: value, indent: l.indent, item: p}
	if d < len(s.stack) {
		s.stack[d] = lv
	} else {
		s.stack = append(s.stack, lv)
	}
	s.add(p)
	return true
}

// bulletLabel is the label the import gives the n-th bullet at depth d:
// 1, 2, 3 at the top, a, b, c below.
func bulletLabel(n, d int) string {
	if d == 0 {
		return fmt.Sprint(n)
	}
	return letter(n)
}

// dotted reads a marker that gives its whole label, such as 10.a.
func (s *splitter) dotted(m marker, l line) bool {
	if s.byLabel[m.label] != nil {
		return false
	}
	depth := strings.Count(m.label, ".") + 1
	parentLabel := m.label[:strings.LastIndexByte(m.label, '.')]
	parent := s.byLabel[parentLabel]
	if len(s.stack) > depth-1 {
		s.stack = s.stack[:depth-1]
	}
	if len(s.stack) > 0 {
		top := m.label[:strings.IndexByte(m.label, '.')]
		if s.stack[0].item != nil && s.stack[0].item.label != top && m.value > s.stack[0].last {
			s.stack[0].last = m.value // 11.a with no 11 before it
		}
	}
	p := &point{label: m.label, line: l.num, section: s.section, body: l.text.slice(m.end, len(l.text.String())), parent: parent}
	p.first = len(p.body.String())
	if len(s.stack) == depth-1 {
		s.stack = append(s.stack, level{style: "dotted", indent: l.indent, item: p})
	}
	s.add(p)
	return true
}

func (s *splitter) add(p *point) {
	s.endParagraph()
	s.endOrphan()
	s.byLabel[p.label] = p
	s.out.points = append(s.out.points, p)
	s.cur = p
}

// continuation adds a line to the current point, or to the preamble.
func (s *splitter) continuation(l line) {
	if s.cur == nil {
		if len(s.out.points) > 0 {
			if s.orphan == 0 {
				s.orphan = l.num
			}
			return
		}
		s.para = append(s.para, l.text.String())
		return
	}
	if before, last := s.cur.body.lastBytes(); last == '-' && isWordRune(rune(before)) && startsLower(l.text.String()) {
		// A word broken over two lines of a PDF: demilitar- ised.
		end := &s.cur.body[len(s.cur.body)-1]
		end.text = end.text[:len(end.text)-1]
		s.cur.body = append(s.cur.body, l.text...)
		return
	}
	s.cur.body.join(l.text)
}

// endParagraph closes a paragraph of the preamble.
func (s *splitter) endParagraph() {
	if len(s.para) > 0 && len(s.out.points) == 0 {
		s.out.preamble = append(s.out.preamble, strings.Join(s.para, " "))
	}
	s.para = nil
}

// heading reads a heading: the title before the first point, a section
// heading after it.
func (s *splitter) heading(l line) {
	s.endParagraph()
	s.endOrphan()
	text := strings.TrimRight(l.text.String(), ":")
	if len(s.out.points) == 0 && s.out.title == "" {
		s.out.title = text
		return
	}
	s.section = text
	s.cur = nil
	s.stack = s.stack[:min(len(s.stack), 1)]
}

// endOrphan warns of text after a heading that no point holds.
func (s *splitter) endOrphan() {
	if s.orphan > 0 {
		s.warn(s.orphan, "text after the heading %q is in no point and is left out", s.section)
	}
	s.orphan = 0
}

func (s *splitter) warn(line int, format string, args ...any) {
	s.out.warnings = append(s.out.warnings, Warning{Pos: proposals.Pos{File: s.name, Line: line}, Msg: fmt.Sprintf(format, args...)})
}

func startsLower(s string) bool {
	for _, c := range s {
		return c >= 'a' && c <= 'z' || c >= 'а' && c <= 'я'
	}
	return false
}
