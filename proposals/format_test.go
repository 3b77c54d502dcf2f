package proposals

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFormat formats a hand-written file: keys in schema order, comments
// kept, values unchanged, and formatting again changes nothing.
func TestFormat(t *testing.T) {
	data, err := os.ReadFile("testdata/format/messy.yaml")
	if err != nil {
		t.Fatal(err)
	}
	out, err := Format("messy.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	golden := "testdata/format/messy.formatted.yaml"
	if *update {
		os.WriteFile(golden, out, 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, want) {
		t.Errorf("Format(messy.yaml) differs from %s (go test -update rewrites it):\n%s", golden, out)
	}
	for _, c := range []string{"# yaml-language-server", "# A hand-written file", "# the title", "# The only point.", "# one source", "# A comment at the end."} {
		if !bytes.Contains(out, []byte(c)) {
			t.Errorf("comment %q lost", c)
		}
	}
	if i, j := bytes.Index(out, []byte("\nid:")), bytes.Index(out, []byte("\ntitle:")); i < 0 || j < i {
		t.Errorf("id does not come before title")
	}
	again, err := Format("messy.yaml", out)
	if err != nil || !bytes.Equal(again, out) {
		t.Errorf("Format is not idempotent: %v", err)
	}
}

// TestFormatCorpus: every corpus file is already in the canonical layout.
func TestFormatCorpus(t *testing.T) {
	files, _ := filepath.Glob("corpus/*.yaml")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out, err := Format(f, data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if !bytes.Equal(out, data) {
			t.Errorf("%s is not formatted: run peacediff fmt proposals/corpus", f)
		}
	}
}

func FuzzFormat(f *testing.F) {
	// Small seeds: the fuzzer minimises every new input, which is slow on
	// large files.
	for _, p := range []string{"testdata/format/messy.yaml", "testdata/valid/example-2030-01.yaml", "testdata/valid/example-2030-02.yaml"} {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("id: x\nnote: \"a  b\"\nlist: [1, 2]\n# c\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := Format("f.yaml", data)
		if err != nil {
			// A file may be refused for what it is, never for a fault
			// of the formatter.
			if strings.Contains(err.Error(), "please report this") {
				t.Fatalf("%v\n%q", err, data)
			}
			return
		}
		again, err := Format("f.yaml", out)
		if err != nil {
			t.Fatalf("formatted output does not format: %v\n%s", err, out)
		}
		if !bytes.Equal(again, out) {
			t.Fatalf("fmt of fmt's output changed it:\n%s\n----\n%s", out, again)
		}
		if strings.Count(string(out), "#") < strings.Count(string(data), "\n#") {
			t.Fatalf("comments lost")
		}
	})
}
