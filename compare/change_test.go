package compare

import (
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

// TestTermChangeNumbers checks the change of a number term, a cap with a
// figure or without one: a delta only between two figures, never against
// "no limit" or a cap demanded without a figure, which are not zero.
func TestTermChangeNumbers(t *testing.T) {
	figure := func(n int64) *Cell {
		return &Cell{State: StatePresent, Value: &proposals.Value{Number: n, Unit: "personnel"}}
	}
	noFigure := func(limit string) *Cell {
		return &Cell{State: StatePresent, Value: &proposals.Value{Unit: "personnel", Limit: limit}}
	}
	tests := []struct {
		name      string
		ref, cur  *Cell
		want      ChangeKind
		wantDelta bool
	}{
		{"same figure", figure(600000), figure(600000), Same, false},
		{"figure raised", figure(600000), figure(800000), Changed, true},
		{"figure to no limit", figure(600000), noFigure("none"), Changed, false},
		{"no limit to figure", noFigure("none"), figure(800000), Changed, false},
		{"no limit to unspecified", noFigure("none"), noFigure("unspecified"), Changed, false},
		{"no limit both", noFigure("none"), noFigure("none"), Same, false},
		{"not addressed to figure", &Cell{}, figure(600000), Added, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ch := termChange(tc.ref, tc.cur, proposals.Number, nil)
			if ch.Kind != tc.want || (ch.Delta != nil) != tc.wantDelta {
				t.Errorf("termChange = %v with delta %+v, want %v (delta %v)", ch.Kind, ch.Delta, tc.want, tc.wantDelta)
			}
		})
	}
}
