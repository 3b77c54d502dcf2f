package importer

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

var labelRE = regexp.MustCompile(`^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$`)

// FuzzSplit feeds any text to the splitter in each format: it never
// panics, and the points it finds have unique labels of the format's
// shape, parents before their sub-points, and no more than the limit.
// The seeds are the texts of testdata.
func FuzzSplit(f *testing.F) {
	names, _ := filepath.Glob("testdata/*/*")
	for _, name := range names {
		if ext := filepath.Ext(name); ext == ".txt" || ext == ".md" || ext == ".html" {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(data))
		}
	}
	f.Add("1. a\n  a) b\n  (i) c\n10.a d\nPoint 3: e\n- f")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, lines := range [][]line{textLines(text), markdownLines(text), htmlLines(text)} {
			sp := splitLines("in", lines, false)
			if len(sp.points) > MaxPoints+1 {
				t.Fatalf("%d points, more than the limit", len(sp.points))
			}
			seen := map[string]bool{}
			for _, p := range sp.points {
				if !labelRE.MatchString(p.label) {
					t.Fatalf("label %q is not a label of the format", p.label)
				}
				if seen[p.label] {
					t.Fatalf("label %q twice", p.label)
				}
				seen[p.label] = true
				if p.parent != nil && (!seen[p.parent.label] || !strings.HasPrefix(p.label, p.parent.label+".")) {
					t.Fatalf("point %q before or outside its parent %q", p.label, p.parent.label)
				}
			}
		}
	})
}
