package proposals

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Expr is an expression written in a data file (a rule of a positions
// file), with where each of its characters came from, so that a problem
// found by whatever compiles it can be reported at its place in the file.
type Expr struct {
	// Text is the expression as YAML decoded it: block scalars folded or
	// kept, quotes and indentation removed.
	Text string
	// Pos is where the value starts in the file: the first character of a
	// plain or quoted scalar, or the | or > of a block scalar.
	Pos Pos

	runes []Pos // the position of each rune of Text
}

// At returns the position in the file of the character at line and col of
// Text, both counted from 1, col in characters. A place past the end of a
// line, or past the end of the text, is given as just after the last
// character before it; a place that cannot be traced gives e.Pos.
func (e Expr) At(line, col int) Pos {
	if len(e.runes) == 0 || line < 1 || col < 1 {
		return e.Pos
	}
	off, l, c := 0, 1, 1
	for _, r := range e.Text {
		if l == line && c == col {
			return e.runes[off]
		}
		if l > line {
			break
		}
		if r == '\n' {
			l, c = l+1, 1
		} else {
			c++
		}
		off++
	}
	// Past the end of the line or of the text: just after the character
	// before.
	if off > 0 {
		p := e.runes[off-1]
		p.Col++
		return p
	}
	return e.Pos
}

// newExpr traces the characters of value, a scalar decoded from data
// whose node starts at pos, back to the file. The trace walks the source
// and the value together: equal characters match; where the value has a
// space or a line break that YAML made from a line break and indentation
// (folding), or the source has indentation, quotes or escapes the value
// lacks, the source is skipped until the two meet again.
func newExpr(data []byte, pos Pos, value string) Expr {
	e := Expr{Text: value, Pos: pos}
	src := sourceFrom(data, pos)
	if len(src) == 0 {
		return e
	}
	switch src[0].r {
	case '|', '>': // block scalar: the text starts on the next line
		i := 0
		for i < len(src) && src[i].r != '\n' {
			i++
		}
		src = src[min(i+1, len(src)):]
	case '"', '\'':
		src = src[1:]
	}
	e.runes = make([]Pos, 0, utf8.RuneCountInString(value))
	j := 0
	last := pos
	for _, r := range value {
		for j < len(src) && src[j].r != r {
			s := src[j].r
			if !unicode.IsSpace(s) && s != '\\' && s != '\'' && s != '"' {
				break
			}
			if unicode.IsSpace(r) && s == '\n' {
				break // a folded line break stands for this space
			}
			j++
		}
		if j < len(src) && (src[j].r == r || (unicode.IsSpace(r) && unicode.IsSpace(src[j].r))) {
			last = src[j].pos
			j++
		}
		e.runes = append(e.runes, last)
	}
	return e
}

// srcRune is one character of a file and where it is.
type srcRune struct {
	r   rune
	pos Pos
}

// sourceFrom returns the characters of data from pos to the end, each with
// its position. Columns count characters, as yaml.v3's do.
func sourceFrom(data []byte, pos Pos) []srcRune {
	if pos.Line < 1 || pos.Col < 1 {
		return nil
	}
	start := 0
	for l := 1; l < pos.Line; l++ {
		i := bytes.IndexByte(data[start:], '\n')
		if i < 0 {
			return nil
		}
		start += i + 1
	}
	var out []srcRune
	line, col := pos.Line, 1
	for _, r := range string(data[start:]) {
		if line > pos.Line || col >= pos.Col {
			out = append(out, srcRune{r, Pos{File: pos.File, Line: line, Col: col}})
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return out
}
