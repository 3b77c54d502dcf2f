package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/importer"
)

func TestReadKey(t *testing.T) {
	dir := t.TempDir()
	write := func(s string) string {
		name := filepath.Join(dir, "k.key")
		os.WriteFile(name, []byte(s), 0o644)
		return name
	}
	k, err := ReadKey(write("# exclude: a b\n# from: c\n# relation: answers\n1\tsovereignty\n2\tceasefire\tkept\t100 days; 600000 personnel\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(k.Exclude, " ") != "a b" || k.From != "c" || k.Relation != "answers" || len(k.Points) != 2 {
		t.Fatalf("key = %+v", k)
	}
	if p := k.Points[1]; p.State != "kept" || len(p.Figures) != 2 || p.Figures[1] != (importer.Figure{Value: 600000, Unit: "personnel"}) {
		t.Errorf("point 2 = %+v", p)
	}
	for _, bad := range []string{"1 sovereignty\n", "1\tx\t-\tlots of days\n"} {
		if _, err := ReadKey(write(bad)); err == nil {
			t.Errorf("ReadKey(%q) = nil error", bad)
		}
	}
}

func TestScore(t *testing.T) {
	key := &Key{From: "x", Points: []KeyPoint{
		{Label: "1", Topic: "a", Figures: []importer.Figure{{Value: 5, Unit: "days"}}},
		{Label: "2", Topic: "b", State: "kept"},
		{Label: "3", Topic: "c"},
	}}
	res := &importer.Result{Points: []importer.Point{
		{Label: "1", Topic: "a", Figures: []importer.Figure{{Value: 5, Unit: "days", Text: "five"}}},
		{Label: "2", Topic: "z", Suggestions: []importer.Suggestion{{Topic: "z"}, {Topic: "b"}}, State: "kept"},
		{Label: "4", Topic: "c"},
	}}
	r := Score("t", key, res)
	want := Report{Name: "t", Points: 3, Split: 2, Extra: 1, Top1: 1, Top3: 2, Figures: 1, FiguresOK: 1, States: 3, StatesOK: 2, Result: res}
	if *r != want {
		t.Errorf("Score = %+v, want %+v", *r, want)
	}
	if m := Misses(key, res); len(m) != 3 {
		t.Errorf("Misses = %q, want point 2's topic, point 3 not found, point 4 not in the key", m)
	}
}
