package importer

import "strings"

// mark says how a mark-up shows a run of words.
type mark uint8

const (
	plain    mark = iota // as it stands
	inserted             // bold or <ins>: new or changed wording
	struck               // struck through or <del>: wording taken out
)

// seg is a run of text with one mark.
type seg struct {
	text string
	mark mark
}

// rich is text with its mark-up: runs of plain, inserted and struck words.
type rich []seg

// String returns the text with every run, struck ones included.
func (r rich) String() string {
	var b strings.Builder
	for _, s := range r {
		b.WriteString(s.text)
	}
	return b.String()
}

// without returns the text with the runs of mark m left out: the new
// wording without struck runs, the old one without inserted runs.
func (r rich) without(m mark) string {
	var b strings.Builder
	for _, s := range r {
		if s.mark != m {
			b.WriteString(s.text)
		}
	}
	return b.String()
}

// has reports whether any run with letters or digits has mark m.
func (r rich) has(m mark) bool {
	for _, s := range r {
		if s.mark == m && hasWord(s.text) {
			return true
		}
	}
	return false
}

// only reports whether every run with letters or digits has mark m.
func (r rich) only(m mark) bool {
	words := false
	for _, s := range r {
		if hasWord(s.text) {
			if s.mark != m {
				return false
			}
			words = true
		}
	}
	return words
}

// slice returns the bytes [i, j) of the text, with their marks.
func (r rich) slice(i, j int) rich {
	var out rich
	pos := 0
	for _, s := range r {
		start, end := pos, pos+len(s.text)
		pos = end
		lo, hi := max(i, start), min(j, end)
		if lo < hi {
			out = append(out, seg{s.text[lo-start : hi-start], s.mark})
		}
	}
	return out
}

// add appends text with mark m. Runs are joined by trim, not here, so
// that a long text grows in linear time.
func (r *rich) add(text string, m mark) {
	if text != "" {
		*r = append(*r, seg{text, m})
	}
}

// join appends o to r with a space between them, unless either side
// already has one or r is empty.
func (r *rich) join(o rich) {
	if len(*r) > 0 && len(o) > 0 {
		last, first := (*r)[len(*r)-1].text, o[0].text
		if last[len(last)-1] != ' ' && first[0] != ' ' {
			r.add(" ", plain)
		}
	}
	*r = append(*r, o...)
}

// lastBytes returns the last byte of the text and the one before it, 0
// where there is none.
func (r rich) lastBytes() (before, last byte) {
	for i := len(r) - 1; i >= 0; i-- {
		t := r[i].text
		for j := len(t) - 1; j >= 0; j-- {
			if last == 0 {
				last = t[j]
				continue
			}
			return t[j], last
		}
	}
	return before, last
}

// trim drops spaces at both ends, collapses runs of spaces to one and
// joins neighbouring runs of the same mark.
func (r rich) trim() rich {
	var out rich
	var b strings.Builder
	cur := plain
	flush := func() {
		if b.Len() > 0 {
			out = append(out, seg{b.String(), cur})
			b.Reset()
		}
	}
	space := true // drop leading spaces
	for _, s := range r {
		if s.mark != cur {
			flush()
			cur = s.mark
		}
		for _, c := range s.text {
			if isSpace(c) {
				if !space {
					b.WriteByte(' ')
				}
				space = true
				continue
			}
			space = false
			b.WriteRune(c)
		}
	}
	flush()
	for len(out) > 0 {
		last := &out[len(out)-1]
		last.text = strings.TrimRight(last.text, " ")
		if last.text != "" {
			break
		}
		out = out[:len(out)-1]
	}
	return out
}

// isSpace reports white space, no-break spaces included.
func isSpace(c rune) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2007', '\u2009', '\u202f', '\u3000', '\u200b':
		return true
	}
	return false
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	for _, c := range s {
		if isWordRune(c) {
			return true
		}
	}
	return false
}
