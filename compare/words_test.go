package compare

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// many returns the words w<from> to w<to-1>, each twice, which the
// dictionary's table grows to hold.
func many(from, to int) string {
	var b strings.Builder
	for range 2 {
		for n := from; n < to; n++ {
			fmt.Fprintf(&b, " w%d", n)
		}
	}
	return b.String()
}

// TestWordIDs checks that the words counted are those of the plain form
// (lowercased, split at whatever is not a letter or a digit), each once,
// for ASCII texts, which are split byte by byte, and for others.
func TestWordIDs(t *testing.T) {
	texts := []string{
		"",
		"—",
		"Ukraine shall cap its army at 600,000 personnel.",
		"The parties, THE PARTIES and the parties' guarantors",
		"  leading and trailing  ",
		"x1 1x x-1 _x_ a.b",
		"Верховна Рада shall ratify the agreement",
		"İstanbul communiqué, naïve ÉTAT",
		"the abcé def, ABC and Abc",
		"Zone K: the Kelvin zone",
		"tab\tnew\nline",
		strings.Repeat("Word ", 3) + many(0, 3000),
		many(1000, 5000) + " word",
	}
	d := newDictionary()
	words := func(ids []int32) []string {
		var out []string
		for _, id := range ids {
			out = append(out, string(d.word(id)))
		}
		return out
	}
	for _, text := range texts {
		s := &slot{text: text}
		got := words(d.wordIDs(s))
		want := slices.Sorted(maps.Keys(refWordSet(text)))
		if sorted := slices.Sorted(slices.Values(got)); !slices.Equal(sorted, want) {
			t.Errorf("wordIDs(%q) = %q, want %q", text, got, want)
		}
		if again := d.wordIDs(s); len(again) != len(got) {
			t.Errorf("wordIDs(%q) again gives %d words, want %d", text, len(again), len(got))
		}
	}
}
