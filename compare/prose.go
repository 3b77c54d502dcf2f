package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op is what a [Segment] of a word diff does.
type Op int

// The operations of a word diff.
const (
	Equal  Op = iota // in both texts
	Insert           // only in the new text
	Delete           // only in the old text
)

var opNames = [...]string{"equal", "insert", "delete"}

// String returns "equal", "insert" or "delete".
func (o Op) String() string { return opNames[o] }

// MarshalText encodes the operation by its name.
func (o Op) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// Segment is a run of text with one operation.
type Segment struct {
	Op   Op     `json:"op"`
	Text string `json:"text"`
}

// ProseClass sums up how much a text changed.
type ProseClass int

// The classes of change, by [WordDiff]'s ratio: zero is unchanged, up to
// [RewrittenAbove] reworded, beyond it rewritten.
const (
	Unchanged ProseClass = iota
	Reworded
	Rewritten
)

// RewrittenAbove is the change ratio above which a text counts as
// rewritten rather than reworded: more than half of its words changed.
const RewrittenAbove = 0.5

var proseNames = [...]string{"unchanged", "reworded", "rewritten"}

// String returns "unchanged", "reworded" or "rewritten".
func (c ProseClass) String() string { return proseNames[c] }

// MarshalText encodes the class by its name.
func (c ProseClass) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// WordDiff is the word-level difference between two texts.
type WordDiff struct {
	Segments []Segment `json:"segments"`
	// Ratio is the share of words (and punctuation) inserted or deleted,
	// out of the words of both texts: 0 for equal texts, 1 for texts with
	// no word in common.
	Ratio float64    `json:"ratio"`
	Class ProseClass `json:"class"`
}

// Long texts are diffed by levels so that the cost stays near linear in
// their length: a text of more than longAbove tokens is aligned line by
// line, each long run of changed lines sentence by sentence, and each long
// run of changed sentences word by word; a run of at most longAbove tokens
// is diffed word by word at once. At every level the quadratic step is
// bounded: units found once in each text anchor the alignment (patience
// diffing, to anchorDepth levels of gaps), and only a stretch of at most
// myersAbove units between anchors is aligned by go-diff, whose cost is the
// square of its length. A longer stretch without anchors goes down a level
// whole, and at the level of words is shown as replaced. Nothing depends
// on time, so the result is the same on every machine.
const (
	longAbove   = 4000
	myersAbove  = 600
	anchorDepth = 8
)

// levels split a text into the units of each level of a long diff.
var levels = []func(string) int{lineLen, sentenceLen, tokenLen}

// DiffWords compares two texts word by word. Each text is split into
// words, runs of space and single punctuation marks; each distinct token is
// mapped to one rune, the rune strings are diffed with go-diff (no
// time-out, so the result never depends on the machine) and cleaned up
// semantically, and the runes are mapped back. Joining the segments that
// are not Insert gives a back exactly, and those not Delete gives b.
func DiffWords(a, b string) WordDiff {
	if a == b {
		var segs []Segment
		if a != "" {
			segs = []Segment{{Equal, a}}
		}
		return WordDiff{Segments: segs}
	}
	var segs []Segment
	total := tokenCount(a) + tokenCount(b)
	if total > longAbove {
		segs = diffLevel(a, b, 0)
	} else {
		segs = diffTokens(a, b)
	}
	wd := WordDiff{Segments: segs}
	changed := 0
	for _, seg := range segs {
		if seg.Op != Equal {
			changed += tokenCount(seg.Text)
		}
	}
	if total > 0 {
		wd.Ratio = float64(changed) / float64(total)
	}
	switch {
	case changed == 0:
		wd.Class = Unchanged
	case wd.Ratio > RewrittenAbove:
		wd.Class = Rewritten
	default:
		wd.Class = Reworded
	}
	return wd
}

// diffTokens is the word diff proper.
func diffTokens(a, b string) []Segment {
	enc := tokenEncoder{index: make(map[string]rune)}
	ra, rb := enc.encode(a), enc.encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(ra, rb, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	var segs []Segment
	for _, d := range diffs {
		text, _ := enc.decode(d.Text)
		segs = appendSegment(segs, opOf(d.Type), text)
	}
	return segs
}

// diffLevel aligns two long texts by the units of levels[level], then
// diffs each run of changed units at the next level, or word by word when
// it is short.
func diffLevel(a, b string, level int) []Segment {
	enc := tokenEncoder{index: make(map[string]rune)}
	ra, rb := enc.encodeBy(a, levels[level]), enc.encodeBy(b, levels[level])
	if ra == nil || rb == nil {
		// More distinct units than runes: shown as replaced.
		return appendSegment(appendSegment(nil, Delete, a), Insert, b)
	}
	words := level == len(levels)-1
	var segs []Segment
	var del, ins strings.Builder
	flush := func() {
		d, i := del.String(), ins.String()
		del.Reset()
		ins.Reset()
		switch {
		case d != "" && i != "" && !words && tokenCount(d)+tokenCount(i) <= longAbove:
			segs = appendSegments(segs, diffTokens(d, i))
		case d != "" && i != "" && !words:
			segs = appendSegments(segs, diffLevel(d, i, level+1))
		default:
			segs = appendSegment(segs, Delete, d)
			segs = appendSegment(segs, Insert, i)
		}
	}
	for _, d := range align(ra, rb, words, 0) {
		text, _ := enc.decode(d.Text)
		switch opOf(d.Type) {
		case Equal:
			flush()
			segs = appendSegment(segs, Equal, text)
		case Delete:
			del.WriteString(text)
		case Insert:
			ins.WriteString(text)
		}
	}
	flush()
	return segs
}

// appendSegments adds more to segs, merging as [appendSegment] does.
func appendSegments(segs, more []Segment) []Segment {
	for _, seg := range more {
		segs = appendSegment(segs, seg.Op, seg.Text)
	}
	return segs
}

func opOf(t diffmatchpatch.Operation) Op {
	switch t {
	case diffmatchpatch.DiffInsert:
		return Insert
	case diffmatchpatch.DiffDelete:
		return Delete
	}
	return Equal
}

// appendSegment adds text to segs, merging it into the last segment when
// the operation is the same.
func appendSegment(segs []Segment, op Op, text string) []Segment {
	if text == "" {
		return segs
	}
	if k := len(segs); k > 0 && segs[k-1].Op == op {
		segs[k-1].Text += text
		return segs
	}
	return append(segs, Segment{op, text})
}

// tokenCount is the number of tokens of s.
func tokenCount(s string) int {
	n := 0
	for len(s) > 0 {
		s = s[tokenLen(s):]
		n++
	}
	return n
}

// tokenEncoder maps tokens to runes and back.
type tokenEncoder struct {
	index  map[string]rune
	tokens []string
}

// runeFor returns the rune of token number i, skipping the surrogate
// range, which cannot survive a round trip through a Go string.
func runeFor(i int) rune {
	r := rune(i + 1)
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

func (e *tokenEncoder) encode(s string) []rune { return e.encodeBy(s, tokenLen) }

// encodeBy maps each unit of s, as next splits it, to a rune, or returns
// nil when there are more distinct units than runes.
func (e *tokenEncoder) encodeBy(s string, next func(string) int) []rune {
	out := []rune{}
	for len(s) > 0 {
		n := next(s)
		tok := s[:n]
		s = s[n:]
		r, ok := e.index[tok]
		if !ok {
			if r = runeFor(len(e.tokens)); r > unicode.MaxRune {
				return nil
			}
			e.index[tok] = r
			e.tokens = append(e.tokens, tok)
		}
		out = append(out, r)
	}
	return out
}

// decode maps a string of token runes back to text, and counts the tokens.
func (e *tokenEncoder) decode(s string) (string, int) {
	var out []byte
	n := 0
	for _, r := range s {
		i := int(r) - 1
		if r >= 0xE000 {
			i -= 0x800
		}
		out = append(out, e.tokens[i]...)
		n++
	}
	return string(out), n
}

// lineLen returns the length in bytes of the line s starts with, with its
// line break and the blank lines after it.
func lineLen(s string) int {
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return len(s)
	}
	for i < len(s) && s[i] == '\n' {
		i++
	}
	return i
}

// sentenceLen returns the length in bytes of the sentence s starts with:
// up to a full stop, question or exclamation mark or a line break, and the
// white space after it.
func sentenceLen(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?', '\n':
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\n' || s[j] == '\t') {
				j++
			}
			if j < len(s) && s[i] != '\n' && j == i+1 {
				continue // "600.5", "e.g.x": not the end of a sentence
			}
			return j
		}
	}
	return len(s)
}

// tokenLen returns the length in bytes of the token s starts with: a word
// (letters, digits and marks, with inner apostrophes, hyphens, commas and
// dots between digits), a run of white space, or one other character.
func tokenLen(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsSpace(r):
		n := size
		for n < len(s) {
			r, sz := utf8.DecodeRuneInString(s[n:])
			if !unicode.IsSpace(r) {
				break
			}
			n += sz
		}
		return n
	case isWordRune(r):
		n := size
		for n < len(s) {
			r, sz := utf8.DecodeRuneInString(s[n:])
			if isWordRune(r) {
				n += sz
				continue
			}
			// Keep 600,000, 2.5, Kyiv's and non-aggression whole.
			if (r == ',' || r == '.' || r == '\'' || r == '’' || r == '-') && n+sz < len(s) {
				next, _ := utf8.DecodeRuneInString(s[n+sz:])
				prev, _ := utf8.DecodeLastRuneInString(s[:n])
				if isWordRune(next) && (r != ',' && r != '.' || unicode.IsDigit(prev) && unicode.IsDigit(next)) {
					n += sz
					continue
				}
			}
			break
		}
		return n
	}
	return size
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
