package proposals

import (
	"slices"
	"strings"
	"testing"
)

// TestLooped: the texts that may be on a cycle of supersedes are those on
// one, those between two cycles, and no other.
func TestLooped(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edges string // "a>b" for a supersedes b, space-separated
		want  string // the texts left, sorted
	}{
		{"a chain", "b>a c>b d>c", ""},
		{"two heads on one root", "b>a c>a", ""},
		{"a text that supersedes itself", "a>a b>a", "a"},
		{"a cycle with a way in and a way out", "x>a a>b b>c c>a c>y", "a b c"},
		{"between two cycles", "a>b b>a b>m m>c c>d d>c", "a b c d m"},
		{"an unknown text", "a>nope", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &Corpus{byID: map[string]*File{}}
			for _, e := range strings.Fields(tc.edges) {
				from, to, _ := strings.Cut(e, ">")
				for _, id := range []string{from, to} {
					if id != "nope" && c.byID[id] == nil {
						f := &File{Proposal: &Proposal{ID: id}}
						c.byID[id] = f
						c.Files = append(c.Files, f)
					}
				}
				f := c.byID[from]
				f.Proposal.Supersedes = append(f.Proposal.Supersedes, Lineage{ID: to})
			}
			var got []string
			for id := range c.looped() {
				got = append(got, id)
			}
			slices.Sort(got)
			if strings.Join(got, " ") != tc.want {
				t.Errorf("looped: %q, want %q", strings.Join(got, " "), tc.want)
			}
			for _, f := range c.Files {
				if c.cycleFrom(f) != nil && !slices.Contains(got, f.Proposal.ID) {
					t.Errorf("%s is on a cycle, and not left", f.Proposal.ID)
				}
			}
		})
	}
}
