//go:build unix

package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteKeeps: what a file is stays as it was: its mode, a symbolic
// link to it (the file it points to is replaced), and its other hard
// links, which see the new content.
func TestWriteKeeps(t *testing.T) {
	tests := []struct {
		name  string
		setup func(dir string) (path string) // returns the path to write
		check func(t *testing.T, dir string)
	}{
		{"mode 0600", func(dir string) string {
			p := filepath.Join(dir, "secret.yaml")
			os.WriteFile(p, []byte("old"), 0o600)
			return p
		}, func(t *testing.T, dir string) {
			st, _ := os.Stat(filepath.Join(dir, "secret.yaml"))
			if st.Mode().Perm() != 0o600 {
				t.Errorf("mode %v, want 0600", st.Mode().Perm())
			}
		}},
		{"mode 0755", func(dir string) string {
			p := filepath.Join(dir, "run.sh")
			os.WriteFile(p, []byte("old"), 0o755)
			os.Chmod(p, 0o755)
			return p
		}, func(t *testing.T, dir string) {
			st, _ := os.Stat(filepath.Join(dir, "run.sh"))
			if st.Mode().Perm() != 0o755 {
				t.Errorf("mode %v, want 0755", st.Mode().Perm())
			}
		}},
		{"symbolic link", func(dir string) string {
			os.Mkdir(filepath.Join(dir, "real"), 0o755)
			os.WriteFile(filepath.Join(dir, "real", "a.yaml"), []byte("old"), 0o640)
			os.Symlink(filepath.Join("real", "a.yaml"), filepath.Join(dir, "link.yaml"))
			return filepath.Join(dir, "link.yaml")
		}, func(t *testing.T, dir string) {
			st, err := os.Lstat(filepath.Join(dir, "link.yaml"))
			if err != nil || st.Mode()&os.ModeSymlink == 0 {
				t.Errorf("link.yaml is no longer a symbolic link")
			}
			if b, _ := os.ReadFile(filepath.Join(dir, "real", "a.yaml")); string(b) != "new" {
				t.Errorf("the file linked to holds %q, want %q", b, "new")
			}
			if st, _ := os.Stat(filepath.Join(dir, "real", "a.yaml")); st.Mode().Perm() != 0o640 {
				t.Errorf("the file linked to has mode %v, want 0640", st.Mode().Perm())
			}
			if left, _ := filepath.Glob(filepath.Join(dir, "real", ".*")); len(left) > 0 {
				t.Errorf("left behind: %v", left)
			}
		}},
		{"symbolic link to a link to nothing yet", func(dir string) string {
			os.Symlink("b.yaml", filepath.Join(dir, "a.yaml"))
			os.Symlink("new.yaml", filepath.Join(dir, "b.yaml"))
			return filepath.Join(dir, "a.yaml")
		}, func(t *testing.T, dir string) {
			if b, _ := os.ReadFile(filepath.Join(dir, "new.yaml")); string(b) != "new" {
				t.Errorf("new.yaml holds %q, want %q", b, "new")
			}
		}},
		{"hard link", func(dir string) string {
			p := filepath.Join(dir, "a.yaml")
			os.WriteFile(p, []byte("old and longer"), 0o644)
			os.Link(p, filepath.Join(dir, "b.yaml"))
			return p
		}, func(t *testing.T, dir string) {
			if b, _ := os.ReadFile(filepath.Join(dir, "b.yaml")); string(b) != "new" {
				t.Errorf("the other hard link holds %q, want %q", b, "new")
			}
			a, _ := os.Stat(filepath.Join(dir, "a.yaml"))
			b, _ := os.Stat(filepath.Join(dir, "b.yaml"))
			if !os.SameFile(a, b) {
				t.Errorf("the hard link is broken")
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 2 {
				t.Errorf("%d entries, want 2 (no temporary file left)", len(entries))
			}
		}},
		{"named pipe", func(dir string) string {
			p := filepath.Join(dir, "pipe")
			if err := syscall.Mkfifo(p, 0o600); err != nil {
				return ""
			}
			go func() { // a reader at the other end
				f, err := os.Open(p)
				if err == nil {
					b, _ := io.ReadAll(f)
					os.WriteFile(filepath.Join(dir, "read"), b, 0o644)
					f.Close()
				}
			}()
			return p
		}, func(t *testing.T, dir string) {
			st, _ := os.Lstat(filepath.Join(dir, "pipe"))
			if st.Mode()&os.ModeNamedPipe == 0 {
				t.Errorf("the pipe was replaced by a file")
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tc.setup(dir)
			if path == "" {
				t.Skip("cannot set up")
			}
			if err := Write(path, writeString("new")); err != nil {
				t.Fatal(err)
			}
			tc.check(t, dir)
		})
	}
}

// TestWriteNewLinks: WriteNew never writes through a symbolic link, not
// even one to nothing, and a new file has mode 0644 whatever the umask.
func TestWriteNewLinks(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "out.yaml")
	os.Symlink("elsewhere.yaml", link)
	if err := WriteNew(link, writeString("new")); !errors.Is(err, ErrExist) {
		t.Errorf("WriteNew over a link to nothing = %v, want ErrExist", err)
	}
	if _, err := os.Lstat(filepath.Join(dir, "elsewhere.yaml")); err == nil {
		t.Errorf("WriteNew created the file the link points to")
	}
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	p := filepath.Join(dir, "fresh.yaml")
	if err := WriteNew(p, writeString("new")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o644 {
		t.Errorf("a new file has mode %v, want 0644", st.Mode().Perm())
	}
}
