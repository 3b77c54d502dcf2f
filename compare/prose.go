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

// Long texts are diffed in two passes so that the cost stays near linear:
// texts of more than longAbove tokens are first aligned sentence by
// sentence, and each run of changed sentences of at most runAbove tokens is
// then diffed word by word; a longer run is shown as replaced whole.
const (
	longAbove = 4000
	runAbove  = 4000
)

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
	if tokenCount(a)+tokenCount(b) > longAbove {
		segs = diffSentences(a, b)
	} else {
		segs = diffTokens(a, b)
	}
	wd := WordDiff{Segments: segs}
	changed, total := 0, tokenCount(a)+tokenCount(b)
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

// diffSentences aligns two long texts sentence by sentence, then diffs
// each run of changed sentences word by word.
func diffSentences(a, b string) []Segment {
	enc := tokenEncoder{index: make(map[string]rune)}
	ra, rb := enc.encodeSentences(a), enc.encodeSentences(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	var segs []Segment
	var del, ins strings.Builder
	flush := func() {
		d, i := del.String(), ins.String()
		del.Reset()
		ins.Reset()
		switch {
		case d == "" && i == "":
		case d != "" && i != "" && tokenCount(d)+tokenCount(i) <= runAbove:
			for _, seg := range diffTokens(d, i) {
				segs = appendSegment(segs, seg.Op, seg.Text)
			}
		default:
			segs = appendSegment(segs, Delete, d)
			segs = appendSegment(segs, Insert, i)
		}
	}
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
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

// encodeSentences maps each sentence (up to and including its final mark
// and the space after it) to a rune.
func (e *tokenEncoder) encodeSentences(s string) []rune { return e.encodeBy(s, sentenceLen) }

func (e *tokenEncoder) encodeBy(s string, next func(string) int) []rune {
	var out []rune
	for len(s) > 0 {
		n := next(s)
		tok := s[:n]
		s = s[n:]
		r, ok := e.index[tok]
		if !ok {
			r = runeFor(len(e.tokens))
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
