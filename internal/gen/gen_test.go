package gen

import (
	"bytes"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
)

func catalog(t testing.TB) *proposals.Catalog {
	t.Helper()
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatalf("DefaultCatalog() = %v", err)
	}
	return cat
}

func pairFiles(opts Options) []File {
	b, r := opts.IDs()
	base, rev := Pair(opts)
	return []File{{ID: b, Data: base}, {ID: r, Data: rev}}
}

// TestDeterministic: the same options give the same bytes, another seed
// other bytes.
func TestDeterministic(t *testing.T) {
	opts := Options{Points: 300, Seed: 7}
	b1, r1 := Pair(opts)
	b2, r2 := Pair(opts)
	if !bytes.Equal(b1, b2) || !bytes.Equal(r1, r2) {
		t.Errorf("Pair(%+v) gave different bytes on a second call", opts)
	}
	b3, _ := Pair(Options{Points: 300, Seed: 8})
	if bytes.Equal(b1, b3) {
		t.Errorf("Pair with seeds 7 and 8 gave the same base")
	}
	m1, m2 := Many(4, opts), Many(4, opts)
	for i := range m1 {
		if m1[i].ID != m2[i].ID || !bytes.Equal(m1[i].Data, m2[i].Data) {
			t.Errorf("Many(4): file %d differs on a second call", i)
		}
	}
	if a, b := Prose(3, 500), Prose(3, 500); a != b {
		t.Errorf("Prose(3, 500) differs on a second call")
	}
	if a, b := Reword(3, Prose(3, 500), 5), Reword(3, Prose(3, 500), 5); a != b {
		t.Errorf("Reword differs on a second call")
	}
}

// TestValid: every file validates, the corpus of a pair or a chain holds
// together, and the files are in the layout of peacediff fmt.
func TestValid(t *testing.T) {
	cat := catalog(t)
	tests := []struct {
		name  string
		files []File
	}{
		{"points=5", pairFiles(Options{Points: 5, Seed: 1})},
		{"points=28", pairFiles(Options{Seed: 1})},
		{"points=1000", pairFiles(Options{Points: 1000, Seed: 2})},
		{"unchanged", pairFiles(Options{Points: 50, Seed: 3, Changes: &Shares{}})},
		{"all-changed", pairFiles(Options{Points: 50, Seed: 4, Changes: &Shares{Reworded: 1, Moved: 1, Added: 1, Deleted: 1}})},
		{"many=6", Many(6, Options{Points: 60, Seed: 5})},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range tc.files {
				if _, err := proposals.ParseAndValidate(f.Name(), f.Data, cat); err != nil {
					t.Fatalf("ParseAndValidate(%s) = %v", f.Name(), err)
				}
				got, err := proposals.Format(f.Name(), f.Data)
				if err != nil {
					t.Fatalf("Format(%s) = %v", f.Name(), err)
				}
				if !bytes.Equal(got, f.Data) {
					t.Errorf("%s is not in the layout of peacediff fmt", f.Name())
				}
			}
			if _, err := Corpus(cat, tc.files...); err != nil {
				t.Fatalf("Corpus() = %v", err)
			}
		})
	}
}

// TestShares: the revision has the planned numbers of points in each
// state, the points spread over the topics, and the typed terms are there.
func TestShares(t *testing.T) {
	cat := catalog(t)
	opts := Options{Points: 1000, Seed: 1}
	files := pairFiles(opts)
	base, err := proposals.ParseAndValidate(files[0].Name(), files[0].Data, cat)
	if err != nil {
		t.Fatal(err)
	}
	rev, err := proposals.ParseAndValidate(files[1].Name(), files[1].Data, cat)
	if err != nil {
		t.Fatal(err)
	}
	plan := opts.Plan()
	if want := (Plan{Points: 1000, Unchanged: 800, Reworded: 100, Moved: 50, Added: 50, Deleted: 50}); plan != want {
		t.Errorf("Plan() = %+v, want %+v", plan, want)
	}
	if n := len(base.Proposal.Provisions); n != 1000 || base.Proposal.PointCount != 1000 {
		t.Errorf("base: %d provisions, point_count %d, want 1000", n, base.Proposal.PointCount)
	}
	if n, want := len(rev.Proposal.Provisions), 1000+plan.Added; n != want {
		t.Errorf("revision: %d provisions, want %d", n, want)
	}
	var unchanged, reworded, moved, added, deleted int
	for i := range rev.Proposal.Provisions {
		p := &rev.Proposal.Provisions[i]
		old := base.Provision(p.Point)
		switch {
		case p.State == proposals.StateDeleted:
			deleted++
		case old == nil && movedFrom(base, p.Text):
			moved++
		case old == nil:
			added++
		case old.Text == p.Text:
			unchanged++
		default:
			reworded++
		}
	}
	got := Plan{Points: 1000, Unchanged: unchanged, Reworded: reworded, Moved: moved, Added: added, Deleted: deleted}
	if got != plan {
		t.Errorf("revision = %+v, want %+v", got, plan)
	}
	topics := map[string]int{}
	for _, p := range base.Proposal.Provisions {
		topics[p.Topic]++
	}
	if len(topics) != len(cat.Topics) {
		t.Errorf("base: %d topics, want every one of the %d of the catalogue", len(topics), len(cat.Topics))
	}
	p := base.Proposal
	if p.Territory == nil || len(p.Territory.Regions) == 0 || p.Military == nil || len(p.Military.Caps) == 0 || p.NATO == nil || len(p.Guarantees) == 0 {
		t.Errorf("base: missing typed terms")
	}
	for _, f := range []*proposals.File{base, rev} {
		for _, pr := range f.Proposal.Provisions {
			if n := len(strings.Fields(pr.Text)); pr.State == "" && (n < 15 || n > 85) {
				t.Errorf("%s point %s: %d words, want 15 to 85", f.Name, pr.Point, n)
			}
		}
	}
}

func movedFrom(base *proposals.File, text string) bool {
	for _, p := range base.Proposal.Provisions {
		if p.Text == text {
			return true
		}
	}
	return false
}

// TestCompare: the comparison of a pair reports about the planned numbers
// of deleted, added, moved and reworded points.
func TestCompare(t *testing.T) {
	cat := catalog(t)
	for _, n := range []int{28, 1000} {
		opts := Options{Points: n, Seed: 11}
		files := pairFiles(opts)
		c, err := Corpus(cat, files...)
		if err != nil {
			t.Fatal(err)
		}
		r, err := compare.Compare(c, []*proposals.File{c.Get(files[0].ID), c.Get(files[1].ID)}, compare.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, plan := r.Summary.ByProposal[1].Points, opts.Plan()
		tol := max(1, n/50)
		for _, k := range []struct {
			kind      compare.ChangeKind
			got, want int
		}{
			{compare.Deleted, got.Deleted, plan.Deleted},
			{compare.Added, got.Added, plan.Added},
			{compare.Moved, got.Moved, plan.Moved},
			{compare.Changed, got.Changed, plan.Reworded},
			{compare.Same, got.Same, plan.Unchanged},
		} {
			if d := k.got - k.want; d < -tol || d > tol {
				t.Errorf("points=%d: %d points %v, want %d±%d", n, k.got, k.kind, k.want, tol)
			}
		}
	}
}
