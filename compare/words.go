package compare

import (
	"bytes"
	"strings"
	"unicode"
)

// dictionary gives each word of the texts of a topic a small integer, so
// that the sets of words compared are lists of integers, not maps of
// strings. Words are found in a table of their own (open addressing on an
// FNV-1a hash of the word, taken as the word is read), which costs a
// fraction of a map of strings; ids are given in the order words are
// first met, whatever their hashes.
type dictionary struct {
	table    []int32  // 1 + the id of the word at each place, 0 for none; a power of two long
	hashes   []uint32 // per id, the hash of its word
	spelling []byte   // the words, one after the other
	ends     []int32  // per id, where its word ends in spelling
	seen     []uint32 // per id, the stamp of the last text that had the word
	// stamp numbers the texts counted, so that seen tells the words
	// already listed for this one.
	stamp uint32
	lower []byte  // the word being read, lowercased
	arena []int32 // the words of the texts counted, one after the other
}

// arenaChunk is how many ids a dictionary's arena takes at a time: the
// words of the texts after it go to a new one, and those before stay.
const arenaChunk = 1 << 14

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func newDictionary() *dictionary { return &dictionary{table: make([]int32, 64)} }

// wordIDs returns the ids of the slot's distinct words, lowercased, in the
// order they first occur, computing them once. A word is a run of letters
// and digits. ASCII is split and lowercased byte by byte; from the first
// word with a byte of another script on, the text is lowercased and split
// rune by rune, to the same words.
func (d *dictionary) wordIDs(s *slot) []int32 {
	if s.counted {
		return s.words
	}
	s.counted = true
	d.stamp++
	text := s.text
	// A text of n bytes has at most (n+1)/2 words: room for them keeps
	// appends from copying the arena (were it short, append would copy,
	// and the words would still be right).
	if room := (len(text) + 1) / 2; cap(d.arena)-len(d.arena) < room {
		d.arena = make([]int32, 0, max(arenaChunk, room))
	}
	start := len(d.arena)
	i := 0
	for i < len(text) {
		if c := text[i]; !isWordByte(c) {
			if c >= 0x80 {
				break
			}
			i++
			continue
		}
		d.lower = d.lower[:0]
		h := uint32(fnvOffset)
		j := i
		for ; j < len(text); j++ {
			c := text[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			} else if !isWordByte(c) {
				break
			}
			d.lower = append(d.lower, c)
			h = (h ^ uint32(c)) * fnvPrime
		}
		if j < len(text) && text[j] >= 0x80 {
			break
		}
		d.note(d.lower, h)
		i = j
	}
	if i < len(text) {
		for w := range strings.FieldsFuncSeq(strings.ToLower(text[i:]), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			d.lower = append(d.lower[:0], w...)
			h := uint32(fnvOffset)
			for _, c := range d.lower {
				h = (h ^ uint32(c)) * fnvPrime
			}
			d.note(d.lower, h)
		}
	}
	s.words = d.arena[start:len(d.arena):len(d.arena)]
	return s.words
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// note lists word, of hash h, for the text being counted, unless listed
// already.
func (d *dictionary) note(word []byte, h uint32) {
	id := d.id(word, h)
	if d.seen[id] != d.stamp {
		d.seen[id] = d.stamp
		d.arena = append(d.arena, id)
	}
}

// id returns the id of word, of hash h, giving it the next one if new.
func (d *dictionary) id(word []byte, h uint32) int32 {
	mask := uint32(len(d.table) - 1)
	at := h & mask
	for ; d.table[at] != 0; at = (at + 1) & mask {
		id := d.table[at] - 1
		if d.hashes[id] == h && bytes.Equal(d.word(id), word) {
			return id
		}
	}
	id := int32(len(d.hashes))
	d.hashes = append(d.hashes, h)
	d.spelling = append(d.spelling, word...)
	d.ends = append(d.ends, int32(len(d.spelling)))
	d.seen = append(d.seen, 0)
	d.table[at] = id + 1
	if 2*len(d.hashes) > len(d.table) {
		d.table = make([]int32, 2*len(d.table))
		mask = uint32(len(d.table) - 1)
		for n, h := range d.hashes {
			at := h & mask
			for d.table[at] != 0 {
				at = (at + 1) & mask
			}
			d.table[at] = int32(n) + 1
		}
	}
	return id
}

// word returns the spelling of the word of id.
func (d *dictionary) word(id int32) []byte {
	from := int32(0)
	if id > 0 {
		from = d.ends[id-1]
	}
	return d.spelling[from:d.ends[id]]
}

// size is the number of words the dictionary holds: every id is below it.
func (d *dictionary) size() int { return len(d.hashes) }
