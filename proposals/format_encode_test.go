package proposals

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestEncodeChunks: writing a document in pieces gives the same text as
// one encoder, for every file at hand and pieces of any size.
func TestEncodeChunks(t *testing.T) {
	files, _ := filepath.Glob("corpus/*.yaml")
	more, _ := filepath.Glob("testdata/*/*.yaml")
	files = append(files, more...)
	files = append(files, "format-seed")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if f == "format-seed" {
			data, err = []byte("# head\nid: x # line\nlist:\n  # before\n  - a: 1\n    # inside\n  - b\n  # after the list\n# before k\nk: [1, 2]\n# at the end\n"), nil
		}
		if err != nil {
			t.Fatal(err)
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
			continue
		}
		var whole bytes.Buffer
		if err := encodeDoc(&whole, &doc); err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{1, 2, 3, 1000} {
			var pieces bytes.Buffer
			if err := encodeChunks(&pieces, &doc, n); err != nil {
				t.Fatal(err)
			}
			if pieces.String() != whole.String() {
				t.Errorf("%s in pieces of %d differs:\n%s\n---- one encoder:\n%s", f, n, pieces.String(), whole.String())
				break
			}
		}
	}
}

func FuzzEncodeChunks(f *testing.F) {
	f.Add([]byte("# head\nid: x # line\nlist:\n  # before\n  - a: 1\n    # inside\n  - b\n  # after the list\n# before k\nk: [1, 2]\n# at the end\n"))
	f.Add([]byte("&0\n0:\n  - 1\n  - 2\n"))
	f.Add([]byte("a:\n  - 1\n  - [2]\n  - {b: c}\n  -\n    - d\n# foot\nb: &x\n  - 1\n  - 2\nc: *x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
			return
		}
		var whole bytes.Buffer
		if err := encodeDoc(&whole, &doc); err != nil {
			return
		}
		for _, n := range []int{1, 2} {
			var pieces bytes.Buffer
			if err := encodeChunks(&pieces, &doc, n); err != nil {
				t.Fatalf("pieces of %d: %v", n, err)
			}
			if pieces.String() != whole.String() {
				t.Fatalf("in pieces of %d:\n%s\n---- one encoder:\n%s", n, pieces.String(), whole.String())
			}
		}
	})
}
