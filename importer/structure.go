package importer

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// plainHeading reports whether line i of a text is a heading without
// mark-up: short, with no sentence's punctuation at its end, starting
// with a capital, alone between blank lines or just above a point.
func (s *splitter) plainHeading(lines []line, marks []*marker, i int) bool {
	if marks[i] != nil {
		return false
	}
	text := lines[i].text.String()
	if len(text) > 80 || wordCount(text) > 12 || strings.ContainsAny(text[len(text)-1:], ".,;!?") {
		return false
	}
	c, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(c) && !unicode.IsDigit(c) {
		return false
	}
	before := i == 0 || len(lines[i-1].text) == 0
	after := i+1 == len(lines) || len(lines[i+1].text) == 0 || marks[i+1] != nil && marks[i+1].kind != kindBullet
	return before && after
}

// pointHeading takes a point's own heading out of its text: a bold
// lead-in ("**6. Armed forces.** The army...") when bold is not a mark-up
// of changes, or the few words on the line of its number when a sentence
// starts on the line below ("6. Armed forces" over "Ukraine's army...").
func (s *splitter) pointHeading(p *point) {
	if lead := p.body.trim(); !s.markup && len(lead) >= 2 && lead[0].mark == inserted && wordCount(lead[0].text) <= 10 && hasWord(lead[1].text) {
		p.heading = strings.Trim(lead[0].text, " .:–-")
		p.body = append(rich{}, lead[1:]...).trim()
		return
	}
	body := p.body.String()
	if p.first <= 0 || p.first >= len(body) {
		return
	}
	head := strings.TrimSpace(body[:p.first])
	if head == "" || wordCount(head) > 8 || strings.ContainsAny(head[len(head)-1:], ".,;!?") || !startsUpper(strings.TrimSpace(body[p.first:])) {
		return
	}
	p.heading = strings.TrimRight(head, ": –-")
	p.body = p.body.slice(p.first, len(body)).trim()
}

// inlineRE finds list markers inside a line of text: (a), a), (ii), 2).
var inlineRE = lazyRE(`(?:^|[\s:;,—–-])(\((?:[a-z]|[ivx]{1,5}|\d{1,2})\)|(?:[a-z]|[ivx]{1,5}|\d{1,2})\))\s+`)

// inline splits the sub-points a text runs into one paragraph
// ("10. The guarantee: (a) ...; (b) ...") into points of their own, for
// points that have no sub-points on lines of their own.
func (s *splitter) inline() {
	hasChild := map[*point]bool{}
	for _, p := range s.out.points {
		if p.parent != nil {
			hasChild[p.parent] = true
		}
	}
	var out []*point
	for _, p := range s.out.points {
		out = append(out, p)
		if hasChild[p] || len(out) > MaxPoints {
			continue
		}
		out = append(out, s.inlineSplit(p)...)
	}
	s.out.points = out
}

// inlineSplit returns the sub-points run into p's text, taking them out
// of it: at least two markers of one style, numbered from the first on.
func (s *splitter) inlineSplit(p *point) []*point {
	body := p.body.String()
	ms := inlineRE().FindAllStringSubmatchIndex(body, -1)
	if len(ms) < 2 {
		return nil
	}
	type cut struct {
		at, end int
		own     string
	}
	var best []cut
	for _, reading := range []func(string) (int, bool){alphaValue, romanValue, arabicValue} {
		for _, paren := range []bool{true, false} {
			var cuts []cut
			next := 1
			for _, m := range ms {
				tok := body[m[2]:m[3]]
				if strings.HasPrefix(tok, "(") != paren {
					continue
				}
				v, ok := reading(strings.Trim(tok, "()"))
				if ok && v == next {
					cuts = append(cuts, cut{m[2], m[1], strings.Trim(tok, "()")})
					next++
				}
			}
			if len(cuts) >= 2 && len(cuts) > len(best) {
				best = cuts
			}
		}
	}
	if best == nil {
		return nil
	}
	var subs []*point
	for i, c := range best {
		end := len(body)
		if i+1 < len(best) {
			end = best[i+1].at
		}
		label := p.label + "." + c.own
		if s.byLabel[label] != nil {
			return nil
		}
		sub := &point{label: label, line: p.line, section: p.section, body: p.body.slice(c.end, end).trim(), parent: p}
		sub.body = trimListEnd(sub.body)
		subs = append(subs, sub)
	}
	for _, sub := range subs {
		s.byLabel[sub.label] = sub
	}
	p.body = trimListEnd(p.body.slice(0, best[0].at).trim())
	return subs
}

// trimListEnd drops the "; and" or ";" that ends an item of a list run
// into a sentence.
func trimListEnd(r rich) rich {
	s := r.String()
	t := strings.TrimRight(s, " ")
	for _, end := range []string{"; and", "; or", ", and", ";", ","} {
		if strings.HasSuffix(t, end) {
			return r.slice(0, len(t)-len(end)).trim()
		}
	}
	return r
}

func alphaValue(s string) (int, bool) {
	if len(s) == 1 && s[0] >= 'a' && s[0] <= 'z' {
		return int(s[0]-'a') + 1, true
	}
	return 0, false
}

func romanValue(s string) (int, bool) { return parseRoman(s) }

func arabicValue(s string) (int, bool) {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, s != ""
}

// paragraphs cuts a text without numbering into one point per paragraph:
// lines up to a blank line or, in a text without blank lines, up to the
// end of a sentence.
func (s *splitter) paragraphs(lines []line) {
	blank := false
	for _, l := range lines {
		blank = blank || len(l.text) == 0
	}
	s.out.title, s.out.preamble, s.section, s.cur = "", nil, "", nil
	for _, l := range lines {
		switch {
		case len(l.text) == 0:
			s.cur = nil
		case l.heading:
			if len(s.out.points) == 0 && s.out.title == "" {
				s.out.title = l.text.String()
			} else {
				s.section = l.text.String()
			}
			s.cur = nil
		case s.cur == nil:
			if len(s.out.points) > MaxPoints {
				return
			}
			label := strconv.Itoa(len(s.out.points) + 1)
			p := &point{label: label, line: l.num, section: s.section, body: l.text, given: true}
			s.byLabel[label] = p
			s.out.points = append(s.out.points, p)
			s.cur = p
		default:
			s.cur.body.join(l.text)
		}
		if !blank && s.cur != nil && strings.ContainsAny(lastRune(l.text.String()), ".!?") {
			s.cur = nil
		}
	}
	if n := len(s.out.points); n > 0 {
		s.warn(s.out.points[0].line, "no numbering found: one point per paragraph (%d points), labelled 1 to %d by the import", n, n)
	}
}

func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}
