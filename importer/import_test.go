package importer

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func testFiles(t testing.TB) []*proposals.File {
	t.Helper()
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return c.Files
}

func testRanker(t testing.TB) *Ranker {
	t.Helper()
	r, err := NewRanker(testCatalog(t), testFiles(t))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// fixtureRanker ranks against the hand-made texts of the renderers'
// tests, which change only with the format: the golden files do not move
// each time a text of the corpus is edited.
func fixtureRanker(t testing.TB) *Ranker {
	t.Helper()
	c, err := proposals.LoadDir(filepath.Join("..", "render", "testdata", "fixtures"), testCatalog(t), 0)
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRanker(testCatalog(t), c.Files)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestImportGolden(t *testing.T) {
	names, _ := filepath.Glob("testdata/golden/*.txt")
	if len(names) == 0 {
		t.Fatal("no golden inputs")
	}
	cat, r := testCatalog(t), fixtureRanker(t)
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			id := strings.TrimSuffix(filepath.Base(name), ".txt")
			res, err := Import(data, Options{ID: id, Name: filepath.Base(name), Catalog: cat, Ranker: r})
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(name, ".txt") + ".yaml"
			if *update {
				if err := os.WriteFile(golden, res.YAML, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(res.YAML, want) {
				t.Errorf("Import(%s) differs from %s (go test ./importer -update rewrites it):\n%s", name, golden, res.YAML)
			}
		})
	}
}

// TestImportDraft checks what every draft must be: formatted as fmt
// leaves it, the same bytes every time, and valid but for its to-dos.
func TestImportDraft(t *testing.T) {
	cat, r := testCatalog(t), testRanker(t)
	names, _ := filepath.Glob("testdata/*/*.*")
	for _, name := range names {
		if ext := filepath.Ext(name); ext != ".txt" && ext != ".md" && ext != ".html" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			opts := Options{ID: "draft", Name: filepath.Base(name), Catalog: cat, Ranker: r}
			one, err := Import(data, opts)
			if err != nil {
				t.Fatal(err)
			}
			two, err := Import(data, opts)
			if err != nil || !bytes.Equal(one.YAML, two.YAML) {
				t.Fatalf("a second import differs (%v)", err)
			}
			formatted, err := proposals.Format("draft.yaml", one.YAML)
			if err != nil || !bytes.Equal(formatted, one.YAML) {
				t.Errorf("fmt changes the draft (%v)", err)
			}
			_, err = proposals.ParseAndValidate("draft.yaml", one.YAML, cat)
			if !proposals.OnlyTodos(err) {
				t.Errorf("validate = %v, want to-dos only", err)
			}
			if got := len(err.(proposals.ErrorList)); got != one.Todos {
				t.Errorf("%d to-dos, Result.Todos = %d", got, one.Todos)
			}
			if !bytes.Contains(one.YAML, []byte("confidence: inferred")) || bytes.Contains(one.YAML, []byte("confidence: confirmed")) {
				t.Errorf("points not all marked inferred")
			}
		})
	}
}

func TestImportErrors(t *testing.T) {
	cat := testCatalog(t)
	big := strings.Repeat("- a point\n", MaxPoints+5)
	tests := []struct {
		name string
		id   string
		in   string
		want string
	}{
		{"empty", "x", "", "in.txt:1:1: empty input: expected the text of a proposal"},
		{"white space", "x", " \n\t\n", "in.txt:1:1: empty input: expected the text of a proposal"},
		{"binary", "x", "1. ok\nPK\x03\x04\x00\x00", "in.txt:2:3: control character U+0003: a binary file? expected text"},
		{"NUL", "x", "1. ok\n\x00", "in.txt:2:1: NUL byte: a binary file? expected text"},
		{"invalid UTF-8", "x", "1. ok\n2. caf\xe9", "in.txt:2:7: invalid UTF-8: expected UTF-8 text (convert it first, e.g. with iconv -f CP1251 -t UTF-8)"},
		{"UTF-16", "x", "\xff\xfe1\x00.\x00", "in.txt:1:1: input is UTF-16: expected UTF-8 text (convert it, e.g. with iconv -f UTF-16 -t UTF-8)"},
		{"no words", "x", "1.\n2.\n--\n", "in.txt:1:1: nothing to import: no numbered points and no paragraph of text"},
		{"punctuation only", "x", "!!! ???", "in.txt:1:1: nothing to import: no numbered points and no paragraph of text"},
		{"only a script", "x", "<html><script>var a = 1;</script></html>", "in.txt:1:1: nothing to import: no numbered points and no paragraph of text"},
		{"too many points", "x", big, "in.txt:1:1: more than 2000 points: more than a draft can hold; import the text in parts"},
		{"bad id", "Bad Id", "1. ok", `id "Bad Id": expected a lowercase slug of letters, digits and single hyphens`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			name := "in.txt"
			if strings.Contains(tc.in, "<html>") {
				name = "in.html"
			}
			_, err := Import([]byte(tc.in), Options{ID: tc.id, Name: "in.txt", Format: detect(name, tc.in), Catalog: cat})
			if err == nil {
				t.Fatalf("Import = nil error, want %q", tc.want)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("Import error = %q, want %q", got, tc.want)
			}
			var list proposals.ErrorList
			if tc.id == "x" && !errors.As(err, &list) {
				t.Errorf("Import error is %T, want a proposals.ErrorList (exit status 2, with a position)", err)
			}
		})
	}
}

func TestImportLarge(t *testing.T) {
	// A 10 MiB text without numbering: paragraphs of prose, more than a
	// draft can hold, refused with an error.
	para := strings.Repeat("Prose without any numbering at all, sentence after sentence. ", 20) + "\n\n"
	text := strings.Repeat(para, (10<<20)/len(para))
	_, err := Import([]byte(text), Options{ID: "x", Name: "big.txt", Catalog: testCatalog(t)})
	if err == nil || !strings.Contains(err.Error(), "more than 2000 points") {
		t.Errorf("Import(10 MiB of prose) = %v, want too many points", err)
	}
	// One line of 1 MiB: one point too long to be one.
	line := strings.Repeat("word ", (1<<20)/5)
	_, err = Import([]byte("1. "+line), Options{ID: "x", Name: "line.txt", Catalog: testCatalog(t)})
	if want := "line.txt:1: point 1 holds 1023 KiB of text, more than the 100 KiB of a point: is its numbering read right? import the text in parts"; err == nil || err.Error() != want {
		t.Errorf("Import(one 1 MiB point) = %v, want %q", err, want)
	}
}

func TestImportNoNumbering(t *testing.T) {
	res, err := Import([]byte("First paragraph about a ceasefire.\n\nSecond, about elections.\n"), Options{ID: "x", Name: "p.txt", Catalog: testCatalog(t)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Points) != 2 || len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Msg, "no numbering found") {
		t.Errorf("points %d, warnings %v; want 2 points and a warning", len(res.Points), res.Warnings)
	}
	if !bytes.Contains(res.YAML, []byte("the label is the import's")) {
		t.Errorf("no review comment on the labels the import gave")
	}
}
