package importer

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// htmlList is an open <ol> or <ul>.
type htmlList struct {
	ordered bool
	typ     string // the <ol> type: 1, a, A, i or I
	next    int    // the number of the next item
}

// htmlReader turns HTML into lines: one per block (paragraph, list item,
// heading, table row, line break), <ol> items numbered as a browser
// would, <ul> items as bullets, and bold, <ins>, <del> and struck runs
// read as a mark-up.
type htmlReader struct {
	lines   []line
	cur     rich
	curLine int // input line where cur began
	lineNo  int // input line of the tokenizer
	heading bool
	skip    int // depth inside script, style and the like
	bold    int
	strike  int
	spans   []mark // what each open <span> marks
	lists   []htmlList
}

// htmlLines reads HTML. Nothing is fetched: links, images and scripts
// are never followed.
func htmlLines(src string) []line {
	r := &htmlReader{lineNo: 1}
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		start := r.lineNo
		r.lineNo += strings.Count(string(z.Raw()), "\n")
		switch tt {
		case html.ErrorToken:
			r.flush()
			return r.lines
		case html.TextToken:
			if r.skip == 0 {
				r.text(string(z.Text()), start)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			attrs := map[string]string{}
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			r.open(string(name), attrs, tt == html.SelfClosingTagToken, start)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.close(string(name))
		}
	}
}

func (r *htmlReader) text(s string, at int) {
	if len(r.cur) == 0 {
		trimmed := strings.TrimLeft(s, " \t\n\r\f")
		at += strings.Count(s[:len(s)-len(trimmed)], "\n")
		if trimmed == "" {
			return
		}
		r.curLine = at
	}
	m := plain
	switch {
	case r.strike > 0:
		m = struck
	case r.bold > 0:
		m = inserted
	}
	r.cur.add(s, m)
}

// flush ends the current line.
func (r *htmlReader) flush() {
	text := r.cur.trim()
	r.cur = nil
	if len(text) > 0 {
		indent := 0
		if len(r.lists) > 0 {
			indent = 4 * (len(r.lists) - 1)
		}
		r.lines = append(r.lines, line{num: r.curLine, indent: indent, text: text, heading: r.heading})
	}
	r.heading = false
}

// blocks are the elements that start and end a line of text.
var blocks = map[string]bool{
	"p": true, "div": true, "li": true, "br": true, "tr": true, "td": true, "th": true,
	"blockquote": true, "section": true, "article": true, "header": true, "footer": true,
	"pre": true, "dd": true, "dt": true, "table": true, "ol": true, "ul": true, "hr": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "title": true,
	"main": true, "aside": true, "figure": true, "figcaption": true, "dl": true, "nav": true,
}

// skipped are the elements whose content is not text of the page.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"iframe": true, "object": true, "math": true, "select": true, "textarea": true,
}

func (r *htmlReader) open(name string, attrs map[string]string, void bool, at int) {
	if skipped[name] {
		if !void {
			r.skip++
		}
		return
	}
	if blocks[name] {
		r.flush()
	}
	switch name {
	case "h1", "h2", "h3", "h4", "h5", "h6", "title":
		r.heading = true
	case "b", "strong", "ins":
		r.bold++
	case "del", "s", "strike":
		r.strike++
	case "span":
		m := spanMark(attrs["style"])
		switch m {
		case inserted:
			r.bold++
		case struck:
			r.strike++
		}
		r.spans = append(r.spans, m)
	case "ol", "ul":
		l := htmlList{ordered: name == "ol", typ: attrs["type"], next: 1}
		if n, err := strconv.Atoi(attrs["start"]); err == nil && n >= 0 && n < 10000 {
			l.next = n
		}
		r.lists = append(r.lists, l)
	case "li":
		r.item(attrs, at)
	}
}

// item starts a list item with the number or bullet a browser would show.
func (r *htmlReader) item(attrs map[string]string, at int) {
	r.curLine = at
	if len(r.lists) == 0 {
		r.cur.add("- ", plain)
		return
	}
	l := &r.lists[len(r.lists)-1]
	if !l.ordered {
		r.cur.add("- ", plain)
		return
	}
	if n, err := strconv.Atoi(attrs["value"]); err == nil && n >= 0 && n < 10000 {
		l.next = n
	}
	n := l.next
	l.next++
	var num string
	switch l.typ {
	case "a":
		num = letter(n)
	case "A":
		num = strings.ToUpper(letter(n))
	case "i":
		num = roman(n)
	case "I":
		num = strings.ToUpper(roman(n))
	default:
		num = strconv.Itoa(n)
	}
	r.cur.add(num+". ", plain)
}

func (r *htmlReader) close(name string) {
	if skipped[name] {
		r.skip = max(0, r.skip-1)
		return
	}
	switch name {
	case "b", "strong", "ins":
		r.bold = max(0, r.bold-1)
	case "del", "s", "strike":
		r.strike = max(0, r.strike-1)
	case "span":
		if n := len(r.spans); n > 0 {
			switch r.spans[n-1] {
			case inserted:
				r.bold = max(0, r.bold-1)
			case struck:
				r.strike = max(0, r.strike-1)
			}
			r.spans = r.spans[:n-1]
		}
	}
	if blocks[name] {
		r.flush()
	}
	if (name == "ol" || name == "ul") && len(r.lists) > 0 {
		r.lists = r.lists[:len(r.lists)-1]
	}
}

// spanMark reads a <span>'s inline style: struck through, or bold.
func spanMark(style string) mark {
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	switch {
	case strings.Contains(s, "line-through"):
		return struck
	case strings.Contains(s, "font-weight:bold"), strings.Contains(s, "font-weight:700"),
		strings.Contains(s, "font-weight:800"), strings.Contains(s, "font-weight:900"):
		return inserted
	}
	return plain
}
