package importer

import (
	"strings"
)

var (
	mdHeadingRE = lazyRE(`^#{1,6}\s+`)
	mdRuleRE    = lazyRE(`^(\*\s*){3,}$|^(-\s*){3,}$|^(_\s*){3,}$`)
	mdSetextRE  = lazyRE(`^(=+|-+)\s*$`)
	mdBulletRE  = lazyRE(`^[*+-]\s+`)
	mdLinkRE    = lazyRE(`!?\[([^\]]*)\]\([^)]*\)`)
)

// markdownLines reads Markdown: headings (# and underlined), bold runs
// (** and __) and <ins> as inserted wording, ~~struck~~ runs and <del> as
// struck wording; links keep their text, other emphasis and code marks
// are dropped. A run may go on over the lines of one paragraph.
func markdownLines(text string) []line {
	src := strings.Split(text, "\n")
	lines := make([]line, 0, len(src))
	var st mdState
	for i, l := range src {
		raw := strings.TrimRight(l, " \t")
		body := strings.TrimSpace(raw)
		for strings.HasPrefix(body, ">") { // a quote is read as its text
			body = strings.TrimSpace(body[1:])
		}
		ln := line{num: i + 1, indent: indentOf(raw)}
		switch {
		case body == "" || mdRuleRE().MatchString(body):
			st = mdState{} // a run never goes on past a paragraph
			lines = append(lines, ln)
			continue
		case mdSetextRE().MatchString(body) && len(lines) > 0 && len(lines[len(lines)-1].text) > 0:
			lines[len(lines)-1].heading = true
			lines = append(lines, line{num: i + 1})
			continue
		case mdHeadingRE().MatchString(body):
			ln.heading = true
			body = strings.TrimRight(mdHeadingRE().ReplaceAllString(body, ""), "# ")
		}
		prefix := ""
		if m := mdBulletRE().FindString(body); m != "" && !strings.HasPrefix(body, "**") {
			prefix, body = m, body[len(m):]
		}
		var r rich
		r.add(prefix, plain)
		st.inline(&r, mdLinkRE().ReplaceAllString(body, "$1"))
		ln.text = r.trim()
		lines = append(lines, ln)
	}
	return lines
}

// mdState is the mark-up open at a point of a paragraph.
type mdState struct {
	bold, strike bool
}

func (st *mdState) mark() mark {
	switch {
	case st.strike:
		return struck
	case st.bold:
		return inserted
	}
	return plain
}

// inline reads one line's inline mark-up into r.
func (st *mdState) inline(r *rich, s string) {
	var b strings.Builder
	flush := func() {
		r.add(b.String(), st.mark())
		b.Reset()
	}
	for i := 0; i < len(s); i++ {
		rest := s[i:]
		switch {
		case rest[0] == '\\' && len(rest) > 1 && strings.IndexByte("\\`*_{}[]()#+-.!~<>", rest[1]) >= 0:
			b.WriteByte(rest[1])
			i++
		case strings.HasPrefix(rest, "**"), strings.HasPrefix(rest, "__") && wordEdge(s, i, 2):
			flush()
			st.bold = !st.bold
			i++
		case strings.HasPrefix(rest, "~~"):
			flush()
			st.strike = !st.strike
			i++
		case hasTagPrefix(rest, "<ins>"), hasTagPrefix(rest, "<b>"), hasTagPrefix(rest, "<strong>"):
			flush()
			st.bold = true
			i += strings.IndexByte(rest, '>')
		case hasTagPrefix(rest, "</ins>"), hasTagPrefix(rest, "</b>"), hasTagPrefix(rest, "</strong>"):
			flush()
			st.bold = false
			i += strings.IndexByte(rest, '>')
		case hasTagPrefix(rest, "<del>"), hasTagPrefix(rest, "<s>"), hasTagPrefix(rest, "<strike>"):
			flush()
			st.strike = true
			i += strings.IndexByte(rest, '>')
		case hasTagPrefix(rest, "</del>"), hasTagPrefix(rest, "</s>"), hasTagPrefix(rest, "</strike>"):
			flush()
			st.strike = false
			i += strings.IndexByte(rest, '>')
		case rest[0] == '`':
		case (rest[0] == '*' || rest[0] == '_') && wordEdge(s, i, 1):
		default:
			b.WriteByte(rest[0])
		}
	}
	flush()
}

// hasTagPrefix reports whether s starts with the HTML tag, in any case.
func hasTagPrefix(s, tag string) bool {
	return len(s) >= len(tag) && strings.EqualFold(s[:len(tag)], tag)
}

// wordEdge reports whether the emphasis mark of n bytes at s[i] opens or
// closes a run: a space or the line's end on one side and not on the
// other, so that snake_case and 2*3 are left alone.
func wordEdge(s string, i, n int) bool {
	before := i == 0 || s[i-1] == ' ' || strings.IndexByte("([{\"'", s[i-1]) >= 0
	after := i+n >= len(s) || s[i+n] == ' ' || strings.IndexByte(".,;:!?)]}\"'", s[i+n]) >= 0
	return before != after
}
