package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/peacediff/peacediff/internal/gen"
	"github.com/peacediff/peacediff/proposals"
)

// The reference alignment: the plain form of byTopicAndText (every
// provision against every free row of its topic, sets of words as maps)
// and of appendUnmatched (each row inserted in turn), which the fast forms
// must match row for row.

func refWordSet(text string) map[string]bool {
	set := make(map[string]bool)
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		set[w] = true
	}
	return set
}

func refDice(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}

func (m *matching) refByTopicAndText() {
	var pairs []pair
	byTopic := make(map[string][]int)
	for j, r := range m.rows {
		if m.free(r) {
			byTopic[r.rep().prov.Topic] = append(byTopic[r.rep().prov.Topic], j)
		}
	}
	for i := range m.provs {
		if m.placed[i] != nil || m.provs[i].text == "" {
			continue
		}
		for _, j := range byTopic[m.provs[i].prov.Topic] {
			rep := m.rows[j].rep()
			if rep.text == "" {
				continue
			}
			if sim := refDice(refWordSet(m.provs[i].text), refWordSet(rep.text)); sim > SimilarAbove {
				pairs = append(pairs, pair{int32(i), int32(j), sim})
			}
		}
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		return cmp.Or(cmp.Compare(y.sim, x.sim), cmp.Compare(x.i, y.i), cmp.Compare(x.row, y.row))
	})
	for _, p := range pairs {
		if r := m.rows[p.row]; m.placed[p.i] == nil && m.free(r) {
			m.put(int(p.i), r, ByTopicAndText)
		}
	}
}

func (a *aligner) refAdd(k int, provs []slot) {
	if k == 0 {
		for i := range provs {
			a.rows = append(a.rows, a.newRow(k, &provs[i], Unmatched))
		}
		return
	}
	m := &matching{k: k, rows: a.rows, provs: provs, placed: make([]*pointRow, len(provs))}
	shared := m.byTopicAndLabel()
	m.refByTopicAndText()
	m.byTopic()
	if 2*shared >= len(provs) {
		m.byLabel()
	}
	for i := range provs {
		if m.placed[i] != nil {
			continue
		}
		r := a.newRow(k, &provs[i], Unmatched)
		at := 0
		if i > 0 {
			at = slices.Index(a.rows, m.placed[i-1]) + 1
		}
		a.rows = slices.Insert(a.rows, at, r)
		m.placed[i] = r
	}
}

// alignFiles aligns the provisions of files, by the fast or the reference
// form, and describes the rows: per row its strategy and, per text, the
// label of its point or "-".
func alignFiles(c *proposals.Corpus, files []*proposals.File, ref bool) string {
	return describeRows(alignRows(c, files, ref))
}

func alignRows(c *proposals.Corpus, files []*proposals.File, ref bool) *aligner {
	a := &aligner{n: len(files)}
	for k, f := range files {
		provs := make([]slot, len(f.Proposal.Provisions))
		for i := range f.Proposal.Provisions {
			pr := &f.Proposal.Provisions[i]
			provs[i] = slot{prov: pr, text: c.Text(f, pr)}
		}
		if ref {
			a.refAdd(k, provs)
		} else {
			a.add(k, provs)
		}
	}
	return a
}

func describeRows(a *aligner) string {
	var b strings.Builder
	for _, r := range a.rows {
		fmt.Fprintf(&b, "%s", r.strategy)
		for _, s := range r.slots {
			if s == nil {
				b.WriteString(" -")
			} else {
				fmt.Fprintf(&b, " %s/%s", s.prov.Topic, s.prov.Point)
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// unrelatedPair is two texts of n points that are not revisions of one
// another: the bases of two pairs of other seeds.
func unrelatedPair(n int) []gen.File {
	a := gen.Options{Points: n, Seed: 1}
	b := gen.Options{Points: n, Seed: 2, Prefix: "other"}
	aID, _ := a.IDs()
	bID, _ := b.IDs()
	aData, _ := gen.Pair(a)
	bData, _ := gen.Pair(b)
	return []gen.File{{ID: aID, Data: aData}, {ID: bID, Data: bData}}
}

// TestAlignMatchesReference checks that the fast alignment puts every
// point in the row the reference puts it, on related and unrelated pairs
// and on a chain of texts.
func TestAlignMatchesReference(t *testing.T) {
	cases := map[string][]gen.File{
		"related/points=28":     pairOf(gen.Options{Points: 28, Seed: 3}),
		"related/points=2000":   pairOf(gen.Options{Points: 2000, Seed: 1}),
		"unrelated/points=1000": unrelatedPair(1000),
		"chain/proposals=20":    gen.Many(20, gen.Options{Points: 60, Seed: 5}),
	}
	for name, files := range cases {
		t.Run(name, func(t *testing.T) {
			c, fs, _ := benchCorpus(t, files)
			got, want := alignFiles(c, fs, false), alignFiles(c, fs, true)
			if got != want {
				t.Errorf("the alignment differs from the reference:\n%s", firstDiff(got, want))
			}
		})
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("row %d: got %q, want %q", i, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d rows, want %d", len(g), len(w))
}

// parsedCorpus is benchCorpus without the limit on a file's size, for the
// texts of 50,000 points.
func parsedCorpus(tb testing.TB, files []gen.File) (*proposals.Corpus, []*proposals.File, int64) {
	tb.Helper()
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		tb.Fatal(err)
	}
	var out []*proposals.File
	var size int64
	for _, f := range files {
		pf, err := proposals.ParseAndValidate(f.Name(), f.Data, cat)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, pf)
		size += int64(len(f.Data))
	}
	return proposals.NewCorpus(cat).With(out...), out, size
}

// BenchmarkAlign aligns the points of two generated texts, loading
// excluded: a text and its revision, and two unrelated texts.
//
//	go test ./compare -run '^$' -bench Align -count 10 | benchstat -
func BenchmarkAlign(b *testing.B) {
	cases := []struct {
		name  string
		files []gen.File
	}{
		{"related/points=10000", pairOf(gen.Options{Points: 10000, Seed: 1})},
		{"related/points=50000", pairOf(gen.Options{Points: 50000, Seed: 1})},
		{"unrelated/points=10000", unrelatedPair(10000)},
		{"unrelated/points=50000", unrelatedPair(50000)},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			c, files, size := parsedCorpus(b, tc.files)
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				alignRows(c, files, false)
			}
		})
	}
}
