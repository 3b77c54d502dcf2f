package proposals

import (
	"fmt"
	"strconv"
)

// Pos is a position in a proposal file. Line and Col count from 1; zero
// means unknown.
type Pos struct {
	File string // file name as the user gave it, or the embed path
	Line int    // line, from 1
	Col  int    // column in bytes, from 1
}

// IsValid reports whether the position has a line.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String returns "file:line:col", "file:line", "line:col", "file" or "-",
// leaving out what is unknown, in the manner of go/token.Position.
func (p Pos) String() string {
	s := p.File
	if p.IsValid() {
		if s != "" {
			s += ":"
		}
		s += strconv.Itoa(p.Line)
		if p.Col > 0 {
			s += fmt.Sprintf(":%d", p.Col)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}
