package compare

import (
	"fmt"
	"strings"
	"testing"
)

func rebuild(segs []Segment) (a, b string) {
	var sa, sb strings.Builder
	for _, s := range segs {
		if s.Op != Insert {
			sa.WriteString(s.Text)
		}
		if s.Op != Delete {
			sb.WriteString(s.Text)
		}
	}
	return sa.String(), sb.String()
}

func TestDiffWords(t *testing.T) {
	tests := []struct {
		name  string
		a, b  string
		want  string // segments as [-deleted-]{+inserted+}
		class ProseClass
	}{
		{"equal", "Ukraine is sovereign.", "Ukraine is sovereign.", "Ukraine is sovereign.", Unchanged},
		{"empty", "", "", "", Unchanged},
		{"one word", "A pact of Russia, Ukraine and Europe.", "A pact of Russia, Ukraine and NATO.",
			"A pact of Russia, Ukraine and [-Europe-]{+NATO+}.", Reworded},
		{"number kept whole", "capped at 600,000 personnel", "capped at 800,000 personnel",
			"capped at [-600,000-]{+800,000+} personnel", Reworded},
		{"added clause", "Elections are held.", "Elections are held within 100 days.",
			"Elections are held{+ within 100 days+}.", Reworded},
		{"rewritten", "Full amnesty for all.", "Victims receive support and compensation.",
			"[-Full amnesty for all-]{+Victims receive support and compensation+}.", Rewritten},
		{"cyrillic", "Україна не вступає до НАТО", "Україна вступає до ЄС",
			"Україна [-не -]вступає до [-НАТО-]{+ЄС+}", Reworded},
		{"from nothing", "", "New text.", "{+New text.+}", Rewritten},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wd := DiffWords(tc.a, tc.b)
			var got strings.Builder
			for _, s := range wd.Segments {
				switch s.Op {
				case Equal:
					got.WriteString(s.Text)
				case Delete:
					got.WriteString("[-" + s.Text + "-]")
				case Insert:
					got.WriteString("{+" + s.Text + "+}")
				}
			}
			if got.String() != tc.want {
				t.Errorf("DiffWords(%q, %q) = %s, want %s", tc.a, tc.b, got.String(), tc.want)
			}
			if wd.Class != tc.class {
				t.Errorf("DiffWords(%q, %q).Class = %v (ratio %.2f), want %v", tc.a, tc.b, wd.Class, wd.Ratio, tc.class)
			}
			if a, b := rebuild(wd.Segments); a != tc.a || b != tc.b {
				t.Errorf("rebuilt %q, %q, want %q, %q", a, b, tc.a, tc.b)
			}
		})
	}
}

func FuzzDiffWords(f *testing.F) {
	f.Add("A pact of Russia, Ukraine and Europe.", "A pact of Russia, Ukraine and NATO.")
	f.Add("capped at 600,000", "capped at 800,000 in peacetime")
	f.Add("Україна", "Украина")
	f.Add("", "x")
	f.Add("\xff\xfe", "a\x00b")
	f.Fuzz(func(t *testing.T, a, b string) {
		wd := DiffWords(a, b)
		if ga, gb := rebuild(wd.Segments); ga != a || gb != b {
			t.Fatalf("DiffWords(%q, %q) rebuilds %q, %q", a, b, ga, gb)
		}
		if wd.Ratio < 0 || wd.Ratio > 1 {
			t.Fatalf("ratio %v out of [0, 1]", wd.Ratio)
		}
	})
}

// TestDiffWordsLong: long texts are aligned sentence by sentence, then word
// by word; both sides rebuild exactly, an edit inside a sentence shows as a
// word change, and unrelated long texts come out replaced whole.
func TestDiffWordsLong(t *testing.T) {
	var a, b, c strings.Builder
	for i := range 600 {
		fmt.Fprintf(&a, "Sentence %d says the parties meet again at the border. ", i)
		if i == 300 {
			fmt.Fprintf(&b, "Sentence %d says the parties never meet at the border. ", i)
		} else {
			fmt.Fprintf(&b, "Sentence %d says the parties meet again at the border. ", i)
		}
		fmt.Fprintf(&c, "Clause %d: nobody agrees on anything whatsoever here! ", 600-i)
	}
	wd := DiffWords(a.String(), b.String())
	if ga, gb := rebuild(wd.Segments); ga != a.String() || gb != b.String() {
		t.Fatal("long texts do not rebuild")
	}
	var changed []string
	for _, s := range wd.Segments {
		if s.Op != Equal {
			changed = append(changed, s.Op.String()+":"+s.Text)
		}
	}
	if got := strings.Join(changed, "|"); got != "delete:meet again|insert:never meet" {
		t.Errorf("changes %q, want a few words of sentence 300", got)
	}
	un := DiffWords(a.String(), c.String())
	if ga, gc := rebuild(un.Segments); ga != a.String() || gc != c.String() {
		t.Fatal("unrelated long texts do not rebuild")
	}
	if un.Class != Rewritten {
		t.Errorf("unrelated long texts: %v, want rewritten", un.Class)
	}
}

// TestDiffWordsLongEverySentence: a long text with a word changed in
// every sentence is reworded, not rewritten: the words are aligned even
// where no sentence is left as it was.
func TestDiffWordsLongEverySentence(t *testing.T) {
	var a, b strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&a, "Point %d: the parties meet again at the border. ", i)
		fmt.Fprintf(&b, "Point %d: the parties met again at the border. ", i)
	}
	wd := DiffWords(a.String(), b.String())
	if ga, gb := rebuild(wd.Segments); ga != a.String() || gb != b.String() {
		t.Fatal("long texts do not rebuild")
	}
	if wd.Class != Reworded || wd.Ratio > 0.1 {
		t.Errorf("class %v, ratio %.2f; want reworded, about 0.04", wd.Class, wd.Ratio)
	}
	for _, s := range wd.Segments {
		if s.Op == Delete && s.Text != "meet" || s.Op == Insert && s.Text != "met" {
			t.Errorf("%s %.60q, want only meet changed to met", s.Op, s.Text)
			break
		}
	}
}

// worstProse is a text of about n bytes of one-word sentences or lines
// drawn from eight words: long, repetitive and, from another seed, all
// different, the costliest input of an alignment.
func worstProse(seed uint64, n int, sep string) string {
	words := []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"}
	var b strings.Builder
	x := seed
	for b.Len() < n {
		x = x*6364136223846793005 + 1442695040888963407
		b.WriteString(words[x>>61])
		b.WriteString(sep)
	}
	return b.String()
}

// TestDiffWordsWorst: the costliest long inputs still rebuild exactly and
// come out the same on every run.
func TestDiffWordsWorst(t *testing.T) {
	for _, sep := range []string{". ", "\n", " "} {
		a, b := worstProse(1, 40000, sep), worstProse(2, 40000, sep)
		wd := DiffWords(a, b)
		if ga, gb := rebuild(wd.Segments); ga != a || gb != b {
			t.Fatalf("sep %q: does not rebuild", sep)
		}
		if again := DiffWords(a, b); fmt.Sprint(again) != fmt.Sprint(wd) {
			t.Errorf("sep %q: two runs differ", sep)
		}
	}
}

// BenchmarkDiffWordsWorst diffs the costliest pairs of long texts: short
// sentences or lines of a few words, all different (an alignment costs
// the square of their number when unbounded), and long texts with a word
// changed in every sentence.
//
//	go test ./compare -run '^$' -bench DiffWordsWorst
func BenchmarkDiffWordsWorst(b *testing.B) {
	var every, everyB strings.Builder
	for i := 0; every.Len() < 315_000; i++ {
		fmt.Fprintf(&every, "Point %d: the parties meet again at the border. ", i)
		fmt.Fprintf(&everyB, "Point %d: the parties met again at the border. ", i)
	}
	cases := []struct {
		name string
		a, z string
	}{
		{"sentences/630KB", worstProse(1, 315_000, ". "), worstProse(2, 315_000, ". ")},
		{"lines/630KB", worstProse(1, 315_000, "\n"), worstProse(2, 315_000, "\n")},
		{"words/630KB", worstProse(1, 315_000, " "), worstProse(2, 315_000, " ")},
		{"every-sentence/630KB", every.String(), everyB.String()},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.a) + len(tc.z)))
			b.ReportAllocs()
			for b.Loop() {
				DiffWords(tc.a, tc.z)
			}
		})
	}
}
