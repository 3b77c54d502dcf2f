package proposals

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad: any bytes given to the loader give a result or an error list,
// never a panic; what parses also validates without panic, and every error
// names the file.
func FuzzLoad(f *testing.F) {
	// Small seeds only: the fuzzer minimises every new input, which is
	// slow on large files such as the corpus.
	for _, dir := range []string{"testdata/valid", "testdata/invalid", "testdata/format"} {
		names, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
		for _, n := range names {
			if data, err := os.ReadFile(n); err == nil {
				f.Add(data)
			}
		}
	}
	cat, err := DefaultCatalog()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := ParseAndValidate("f.yaml", data, cat)
		if err == nil {
			return
		}
		list, ok := err.(ErrorList)
		if !ok {
			t.Fatalf("error of type %T, want ErrorList: %v", err, err)
		}
		for _, e := range list {
			if e.Pos.File != "f.yaml" {
				t.Fatalf("error without the file name: %v", e)
			}
		}
	})
}

// FuzzPosString: String never panics and always names something.
func FuzzPosString(f *testing.F) {
	f.Add("a.yaml", 1, 2)
	f.Add("", 0, 0)
	f.Add("x", -1, -5)
	f.Fuzz(func(t *testing.T, file string, line, col int) {
		if s := (Pos{File: file, Line: line, Col: col}).String(); s == "" {
			t.Fatal("empty position")
		}
	})
}
