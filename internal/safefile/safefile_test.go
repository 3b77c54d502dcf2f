package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	if err := Write(path, writeString("one")); err != nil {
		t.Fatal(err)
	}
	// A failing writer leaves the old content and no temporary file.
	boom := errors.New("boom")
	err := Write(path, func(w io.Writer) error { io.WriteString(w, "half"); return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("Write = %v, want %v", err, boom)
	}
	if b, _ := os.ReadFile(path); string(b) != "one" {
		t.Errorf("content after a failed write = %q, want %q", b, "one")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d entries in the folder, want 1 (no temporary file left)", len(entries))
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("a new file has mode %v, want 0644", st.Mode().Perm())
	}
}

// TestReplaceChanged: a file changed since it was read is not written.
func TestReplaceChanged(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	os.WriteFile(path, []byte("as read"), 0o644)
	if err := Replace(path, []byte("as read"), writeString("formatted")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "formatted" {
		t.Fatalf("holds %q, want formatted", b)
	}
	// Someone saves an edit between the reading and the writing.
	err := Replace(path, []byte("formatted"), func(w io.Writer) error {
		os.WriteFile(path, []byte("an edit"), 0o644)
		_, err := io.WriteString(w, "formatted again")
		return err
	})
	if !errors.Is(err, ErrChanged) {
		t.Errorf("Replace = %v, want ErrChanged", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "an edit" {
		t.Errorf("holds %q, want the edit kept", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d entries, want 1 (no temporary file left)", len(entries))
	}
	// A file that is not a regular file is never replaced.
	if err := Replace(dir, nil, writeString("x")); err == nil {
		t.Errorf("Replace of a folder = nil, want an error")
	}
}

func TestWriteNew(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "new.txt")
	write := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	if err := WriteNew(path, write("one")); err != nil {
		t.Fatal(err)
	}
	if err := WriteNew(path, write("two")); !errors.Is(err, ErrExist) {
		t.Errorf("WriteNew over a file = %v, want ErrExist", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "one" {
		t.Errorf("content = %q, want %q: WriteNew must never overwrite", b, "one")
	}
	boom := errors.New("boom")
	if err := WriteNew(filepath.Join(dir, "failed.txt"), func(io.Writer) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("WriteNew with a failing writer = %v, want %v", err, boom)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d entries in the folder, want 1 (no temporary or failed file left)", len(entries))
	}
}

// TestWriteErrorsNamePath: a missing folder or a folder at the path is
// reported with the path as given, never the temporary file's name, and
// leaves nothing behind, for both ways of writing.
func TestWriteErrorsNamePath(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	content := func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err }
	tests := []struct {
		name, path, want string
	}{
		{"missing folder", filepath.Join(dir, "nowhere", "out.txt"), "write " + filepath.Join(dir, "nowhere", "out.txt") + ": no folder " + filepath.Join(dir, "nowhere")},
		{"a folder", filepath.Join(dir, "sub"), "write " + filepath.Join(dir, "sub") + ": is a folder"},
	}
	for _, tc := range tests {
		for fn, write := range map[string]func(string, func(io.Writer) error) error{"Write": Write, "WriteNew": WriteNew} {
			err := write(tc.path, content)
			if fn == "WriteNew" && tc.name == "a folder" {
				// The folder exists, so WriteNew refuses it as it would a file.
				if !errors.Is(err, ErrExist) {
					t.Errorf("%s %s: %v, want ErrExist", fn, tc.name, err)
				}
				continue
			}
			if err == nil || err.Error() != tc.want {
				t.Errorf("%s %s: %v, want %q", fn, tc.name, err, tc.want)
			}
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*tmp-*"))
	if len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}
