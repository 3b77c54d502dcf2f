package compare

import (
	"runtime"
	"strings"
	"sync"
	"unicode"
)

// dictionary gives each word of the texts of a topic a small integer, so
// that the sets of words compared are lists of integers, not maps of
// strings.
type dictionary struct {
	ids  map[string]int32
	seen []uint32 // per id, the stamp of the last text that had the word
	// stamp numbers the texts counted, so that seen tells the words
	// already listed for this one.
	stamp uint32
	lower []byte  // the text being counted, lowercased
	arena []int32 // the words of the texts counted, one after the other
}

func newDictionary() *dictionary { return &dictionary{ids: make(map[string]int32)} }

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
	start := len(d.arena)
	text := s.text
	i := 0
	for i < len(text) {
		if c := text[i]; !isWordByte(c) {
			if c >= 0x80 {
				break
			}
			i++
			continue
		}
		j, upper := i, false
		for ; j < len(text) && isWordByte(text[j]); j++ {
			upper = upper || 'A' <= text[j] && text[j] <= 'Z'
		}
		if j < len(text) && text[j] >= 0x80 {
			break
		}
		d.lower = append(d.lower[:0], text[i:j]...)
		if upper {
			for k, c := range d.lower {
				if 'A' <= c && c <= 'Z' {
					d.lower[k] = c + 'a' - 'A'
				}
			}
		}
		d.note(d.lower)
		i = j
	}
	if i < len(text) {
		for w := range strings.FieldsFuncSeq(strings.ToLower(text[i:]), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			d.lower = append(d.lower[:0], w...)
			d.note(d.lower)
		}
	}
	s.words = d.arena[start:len(d.arena):len(d.arena)]
	return s.words
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// note lists word, if any, for the text being counted, unless listed
// already.
func (d *dictionary) note(word []byte) {
	if len(word) == 0 {
		return
	}
	id, ok := d.ids[string(word)]
	if !ok {
		id = int32(len(d.ids))
		d.ids[string(word)] = id
		d.seen = append(d.seen, 0)
	}
	if d.seen[id] != d.stamp {
		d.seen[id] = d.stamp
		d.arena = append(d.arena, id)
	}
}

// size is the number of words the dictionary holds: every id is below it.
func (d *dictionary) size() int { return len(d.ids) }

// inParallel runs each of jobs, at most GOMAXPROCS at a time, and waits
// for them all.
func inParallel(jobs []func()) {
	if len(jobs) == 1 {
		jobs[0]()
		return
	}
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, job := range jobs {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			job()
		})
	}
	wg.Wait()
}
