package compare

import (
	"slices"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

func corpus(t testing.TB) *proposals.Corpus {
	t.Helper()
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatalf("Embedded() = %v", err)
	}
	return c
}

func get(t testing.TB, c *proposals.Corpus, id string) *proposals.File {
	t.Helper()
	f := c.Get(id)
	if f == nil {
		t.Fatalf("no proposal %q in the corpus", id)
	}
	return f
}

func mustCompare(t testing.TB, c *proposals.Corpus, opts Options, ids ...string) *Report {
	t.Helper()
	var files []*proposals.File
	for _, id := range ids {
		files = append(files, get(t, c, id))
	}
	r, err := Compare(c, files, opts)
	if err != nil {
		t.Fatalf("Compare(%v) = %v", ids, err)
	}
	return r
}

// TestSelf: every proposal of the corpus compared with itself has no change.
func TestSelf(t *testing.T) {
	c := corpus(t)
	for _, id := range c.IDs() {
		t.Run(id, func(t *testing.T) {
			r := mustCompare(t, c, Options{}, id, id)
			if r.Summary.Differs {
				t.Errorf("compare(%s, %s) differs", id, id)
			}
			for _, s := range r.Sections {
				for _, row := range s.Rows {
					if row.Change != Same {
						t.Errorf("row %s: change %v, want same", row.Key, row.Change)
					}
					if row.Kind == PointRow && row.Strategy != ByTopicAndLabel {
						t.Errorf("row %s: strategy %v, want %v", row.Key, row.Strategy, ByTopicAndLabel)
					}
				}
			}
		})
	}
}

// TestMirror: compare(a, b) and compare(b, a) see the same changes of the
// typed terms, the other way round.
func TestMirror(t *testing.T) {
	c := corpus(t)
	pairs := [][2]string{
		{"us-28-point-2025-11", "e3-counterproposal-2025-11"},
		{"us-28-point-2025-11", "ukraine-us-20-point-2025-12"},
		{"istanbul-communique-2022-03", "istanbul-draft-treaty-2022-04"},
		{"minsk-ii-2015-02", "russia-terms-2024-06"},
	}
	mirror := map[ChangeKind]ChangeKind{Same: Same, Edited: Edited, Changed: Changed, Added: Removed, Removed: Added, Disputed: Disputed, Unknown: Unknown}
	for _, p := range pairs {
		t.Run(p[0]+"/"+p[1], func(t *testing.T) {
			ab := termCells(mustCompare(t, c, Options{}, p[0], p[1]))
			ba := termCells(mustCompare(t, c, Options{}, p[1], p[0]))
			if len(ab) != len(ba) {
				t.Fatalf("%d term rows one way, %d the other", len(ab), len(ba))
			}
			for key, x := range ab {
				y, ok := ba[key]
				if !ok {
					t.Errorf("row %s only one way", key)
					continue
				}
				if x.Kind == Disputed || y.Kind == Disputed {
					continue // a disputed cell is disputed whichever side it is on
				}
				if want := mirror[x.Kind]; y.Kind != want {
					t.Errorf("row %s: %v one way, %v the other, want %v", key, x.Kind, y.Kind, want)
				}
				if x.Delta != nil && (y.Delta == nil || y.Delta.By != -x.Delta.By) {
					t.Errorf("row %s: delta %+v one way, %+v the other", key, x.Delta, y.Delta)
				}
				if x.Move != nil && (y.Move == nil || y.Move.Steps != -x.Move.Steps) {
					t.Errorf("row %s: move %+v one way, %+v the other", key, x.Move, y.Move)
				}
				if !slices.Equal(x.SetAdded, y.SetRemoved) || !slices.Equal(x.SetRemoved, y.SetAdded) {
					t.Errorf("row %s: set change %v/%v one way, %v/%v the other", key, x.SetAdded, x.SetRemoved, y.SetAdded, y.SetRemoved)
				}
			}
		})
	}
}

func termCells(r *Report) map[string]*Change {
	m := make(map[string]*Change)
	for _, s := range r.Sections {
		for _, row := range s.Rows {
			if row.Kind == TermRow {
				m[row.Key] = row.Cells[1].Change
			}
		}
	}
	return m
}

// TestSummaryCounts: the summary agrees with the rows.
func TestSummaryCounts(t *testing.T) {
	c := corpus(t)
	r := mustCompare(t, c, Options{}, "us-28-point-2025-11", "e3-counterproposal-2025-11", "us-ukraine-geneva-2025-11", "ukraine-us-20-point-2025-12")
	var terms, points int
	perProposal := make([]Counts, len(r.Proposals))
	for i, s := range r.Sections {
		var sc Counts
		for _, row := range s.Rows {
			if row.Kind == TermRow {
				terms++
			} else {
				points++
			}
			sc.Add(row.Change)
			for k, cell := range row.Cells {
				kind := Same
				if cell.Change != nil {
					kind = cell.Change.Kind
				}
				perProposal[k].Add(kind)
			}
		}
		if got := r.Summary.BySection[i]; got.Key != s.Key || got.Counts != sc {
			t.Errorf("section %s: summary %+v, rows give %+v", s.Key, got, sc)
		}
	}
	if r.Summary.Terms != terms || r.Summary.Points != points {
		t.Errorf("summary %d terms, %d points; rows give %d, %d", r.Summary.Terms, r.Summary.Points, terms, points)
	}
	for k, want := range perProposal {
		got := r.Summary.ByProposal[k]
		var sum Counts
		for _, kind := range ChangeKinds() {
			for range got.Terms.Get(kind) + got.Points.Get(kind) {
				sum.Add(kind)
			}
		}
		if sum != want {
			t.Errorf("proposal %d: summary %+v, rows give %+v", k, sum, want)
		}
	}
}

// TestUSAgainstE3 checks the facts a reader expects from the seed pair.
func TestUSAgainstE3(t *testing.T) {
	c := corpus(t)
	r := mustCompare(t, c, Options{}, "us-28-point-2025-11", "e3-counterproposal-2025-11")
	rows := map[string]*Row{}
	for _, s := range r.Sections {
		for _, row := range s.Rows {
			rows[row.Key] = row
		}
	}
	cap := rows["term:military.cap:UA"]
	if cap == nil {
		t.Fatal("no army cap row")
	}
	if d := cap.Cells[1].Change.Delta; d == nil || d.From != 600000 || d.To != 800000 || d.By != 200000 || *d.Percent != 33.3 {
		t.Errorf("army cap delta = %+v, want 600000 -> 800000, +200000, +33.3%%", d)
	}
	if a := rows["term:military.cap:UA.applies"]; a == nil || a.Cells[0].Value.Enum != "always" || a.Cells[1].Value.Enum != "peacetime" {
		t.Errorf("cap applies row = %+v, want always -> peacetime", a)
	}
	if m := rows["term:nato.membership"].Cells[1].Change.Move; m == nil || m.From != "barred" || m.To != "requires-consensus" || m.Steps <= 0 || m.Direction != "softened" {
		t.Errorf("NATO membership move = %+v, want barred -> requires-consensus, softened", m)
	}
	// The E3 names no region: the US statuses are no longer addressed.
	if d := rows["term:territory.region:UA-14"].Cells[1].Change; d.Kind != Removed {
		t.Errorf("Donetsk status change = %+v, want removed (the E3 names no region)", d)
	}
	kinds := map[string]ChangeKind{}
	for _, row := range rows {
		if row.Kind == PointRow && row.Cells[1].Point != "" {
			kinds[row.Cells[1].Point] = row.Cells[1].Change.Kind
		}
	}
	// Points the E3 kept word for word are the same, whatever our sources
	// for each text: other fields count only between versions of one text.
	for point, want := range map[string]ChangeKind{"3": Deleted, "17": Unknown, "22": Same, "27": Unknown, "28": Unknown, "1": Same, "21.a": Deleted} {
		if kinds[point] != want {
			t.Errorf("E3 point %s: %v, want %v", point, kinds[point], want)
		}
	}
}

func TestOptions(t *testing.T) {
	c := corpus(t)
	ids := []string{"us-28-point-2025-11", "e3-counterproposal-2025-11"}
	tests := []struct {
		name string
		opts Options
		want []string // section keys
	}{
		{"sections", Options{Sections: []string{"military", "nato"}}, []string{"military", "nato"}},
		{"topics", Options{Topics: []string{"nato-membership"}}, []string{"nato"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := mustCompare(t, c, tc.opts, ids...)
			var got []string
			for _, s := range r.Sections {
				got = append(got, s.Key)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("sections = %v, want %v", got, tc.want)
			}
		})
	}
	r := mustCompare(t, c, Options{OnlyChanges: true}, ids...)
	for _, s := range r.Sections {
		for _, row := range s.Rows {
			if row.Change == Same {
				t.Errorf("OnlyChanges kept unchanged row %s", row.Key)
			}
		}
	}
	if _, err := Compare(c, nil, Options{}); err != ErrNoProposals {
		t.Errorf("Compare(nothing) = %v, want ErrNoProposals", err)
	}
}

func FuzzCompare(f *testing.F) {
	c := corpus(f)
	ids := c.IDs()
	f.Add(uint8(0), uint8(1), uint8(2), false)
	f.Add(uint8(3), uint8(3), uint8(3), true)
	f.Fuzz(func(t *testing.T, a, b, d uint8, prev bool) {
		files := []*proposals.File{c.Files[int(a)%len(ids)], c.Files[int(b)%len(ids)], c.Files[int(d)%len(ids)]}
		r, err := Compare(c, files, Options{AgainstPrevious: prev})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range r.Sections {
			for _, row := range s.Rows {
				if len(row.Cells) != 3 {
					t.Fatalf("row %s has %d cells", row.Key, len(row.Cells))
				}
			}
		}
	})
}
