package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

// pt is a provision for the alignment tests: "topic label text".
type pt struct{ topic, label, text string }

func slots(ps []pt) []slot {
	out := make([]slot, len(ps))
	for i, p := range ps {
		out[i] = slot{prov: &proposals.Provision{Topic: p.topic, Point: p.label}, text: p.text}
	}
	return out
}

// matchingOf returns a matching of the second list against rows built
// from the first.
func matchingOf(base, next []pt) *matching {
	a := &aligner{n: 2}
	a.add(0, slots(base))
	return &matching{k: 1, rows: a.rows, provs: slots(next), placed: make([]*pointRow, len(next))}
}

// placements describes where each provision went: "7->3" for a provision
// labelled 7 in the row whose first point is 3, "7->-" when not placed.
func placements(m *matching) string {
	var out []string
	for i, r := range m.placed {
		to := "-"
		if r != nil {
			to = r.rep().prov.Point
		}
		out = append(out, fmt.Sprintf("%s->%s", m.provs[i].prov.Point, to))
	}
	return strings.Join(out, " ")
}

func TestByTopicAndLabel(t *testing.T) {
	tests := []struct {
		name       string
		base, next []pt
		want       string
		wantShared int
	}{
		{"same topic and label", []pt{{"a", "1", "x"}, {"b", "2", "y"}}, []pt{{"a", "1", "z"}, {"b", "2", "w"}}, "1->1 2->2", 2},
		{"same label, other topic", []pt{{"a", "1", "x"}}, []pt{{"b", "1", "x"}}, "1->-", 0},
		{"same topic, other label", []pt{{"a", "1", "x"}}, []pt{{"a", "2", "x"}}, "2->-", 0},
		{"a row takes one point", []pt{{"a", "1", "x"}}, []pt{{"a", "1", "x"}, {"a", "1", "y"}}, "1->1 1->-", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := matchingOf(tc.base, tc.next)
			shared := m.byTopicAndLabel()
			if got := placements(m); got != tc.want || shared != tc.wantShared {
				t.Errorf("byTopicAndLabel = %q, shared %d; want %q, %d", got, shared, tc.want, tc.wantShared)
			}
		})
	}
}

func TestByTopicAndText(t *testing.T) {
	tests := []struct {
		name       string
		base, next []pt
		want       string
	}{
		{"similar wording", []pt{{"a", "1", "the army is capped at 600000"}}, []pt{{"a", "5", "the army is capped at 800000"}}, "5->1"},
		// Dice of {one two three four} and {one five six seven}: 2*1/8 = 0.25.
		{"below the threshold", []pt{{"a", "1", "one two three four"}}, []pt{{"a", "5", "one five six seven"}}, "5->-"},
		// Dice 2*2/8 = 0.5, above the threshold.
		{"above the threshold", []pt{{"a", "1", "one two three four"}}, []pt{{"a", "5", "one two six seven"}}, "5->1"},
		{"other topic", []pt{{"a", "1", "the army is capped"}}, []pt{{"b", "5", "the army is capped"}}, "5->-"},
		{"best pair first", []pt{{"a", "1", "alpha beta gamma"}, {"a", "2", "alpha beta delta"}},
			[]pt{{"a", "8", "alpha beta"}, {"a", "9", "alpha beta delta"}}, "8->1 9->2"},
		{"no wording", []pt{{"a", "1", ""}}, []pt{{"a", "5", ""}}, "5->-"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := matchingOf(tc.base, tc.next)
			m.byTopicAndText()
			if got := placements(m); got != tc.want {
				t.Errorf("byTopicAndText = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestByTopic(t *testing.T) {
	tests := []struct {
		name       string
		base, next []pt
		want       string
	}{
		{"one on each side", []pt{{"a", "1", "x"}, {"b", "2", "y"}}, []pt{{"a", "4", "unrelated"}}, "4->1"},
		{"two rows of the topic", []pt{{"a", "1", "x"}, {"a", "2", "y"}}, []pt{{"a", "4", "z"}}, "4->-"},
		{"two points of the topic", []pt{{"a", "1", "x"}}, []pt{{"a", "4", "z"}, {"a", "5", "w"}}, "4->- 5->-"},
		{"other topic", []pt{{"a", "1", "x"}}, []pt{{"b", "4", "z"}}, "4->-"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := matchingOf(tc.base, tc.next)
			m.byTopic()
			if got := placements(m); got != tc.want {
				t.Errorf("byTopic = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestByLabel(t *testing.T) {
	m := matchingOf([]pt{{"a", "1", "x"}, {"b", "2", "y"}}, []pt{{"c", "2", "z"}, {"c", "3", "w"}})
	m.byLabel()
	if got, want := placements(m), "2->2 3->-"; got != want {
		t.Errorf("byLabel = %q, want %q", got, want)
	}
}

// TestAlignNumberingFallback: the label strategy joins points only when
// at least half of a text's points matched by topic and label, that is
// when the texts share their numbering.
func TestAlignNumberingFallback(t *testing.T) {
	base := []pt{{"a", "1", "x"}, {"b", "2", "y"}, {"c", "3", "z"}, {"d", "4", "w"}}
	tests := []struct {
		name string
		next []pt
		want Strategy // of the row of base point 4
	}{
		{"shared numbering", []pt{{"a", "1", "x"}, {"b", "2", "y"}, {"e", "4", "q"}}, ByLabel},
		{"other numbering", []pt{{"a", "1", "x"}, {"e", "4", "q"}, {"f", "7", "r"}}, Unmatched},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &aligner{n: 2}
			a.add(0, slots(base))
			a.add(1, slots(tc.next))
			for _, r := range a.rows {
				if r.slots[0] != nil && r.slots[0].prov.Point == "4" {
					if r.strategy != tc.want {
						t.Errorf("row of point 4: strategy %v, want %v", r.strategy, tc.want)
					}
					return
				}
			}
			t.Fatal("no row of point 4")
		})
	}
}

// TestAppendUnmatched: a point with no counterpart gets a row of its own
// after the row of the point before it in its text.
func TestAppendUnmatched(t *testing.T) {
	a := &aligner{n: 2}
	a.add(0, slots([]pt{{"a", "1", "x"}, {"b", "2", "y"}, {"c", "3", "z"}}))
	a.add(1, slots([]pt{{"z", "0", "q"}, {"a", "1", "x"}, {"e", "1a", "r"}, {"c", "3", "z"}}))
	var got []string
	for _, r := range a.rows {
		var cells []string
		for _, s := range r.slots {
			label := "."
			if s != nil {
				label = s.prov.Point
			}
			cells = append(cells, label)
		}
		got = append(got, strings.Join(cells, "|"))
	}
	if want := ".|0 1|1 .|1a 2|. 3|3"; strings.Join(got, " ") != want {
		t.Errorf("rows = %q, want %q", strings.Join(got, " "), want)
	}
}
