// Package safefile writes files so that a reader never sees a half-written
// one: the content goes to a temporary file in the same folder, which is
// synced and then renamed (or linked) into place. What the target is stays
// as it was: its permissions, a symbolic link to it, its other hard links.
package safefile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrChanged is the error of [Replace] when the file no longer holds what
// was read from it.
var ErrChanged = errors.New("changed since it was read")

// Write creates or replaces the file at path with what write produces. On
// any failure the temporary file is removed and path is left as it was.
//
//   - A new file has mode 0644; an existing one keeps its mode, and its
//     owner where the process may set it.
//   - A symbolic link stays a link: the file it points to (through any
//     number of links, even one that does not exist yet) is replaced.
//   - A file with other hard links is rewritten in place once the new
//     content is whole in the temporary file, so that every name sees it;
//     the temporary file is removed only when that is done.
//   - A file that is not a regular file (a terminal, a pipe, /dev/stdout)
//     is written directly.
func Write(path string, write func(io.Writer) error) error {
	return replace(path, nil, false, write)
}

// Replace is [Write] for a file that was read and found to hold old. Just
// before the file is replaced it is read again: when it no longer holds
// old (an edit was saved meanwhile) nothing is written and the error
// wraps [ErrChanged]. A file that is not a regular file is refused.
func Replace(path string, old []byte, write func(io.Writer) error) error {
	return replace(path, old, true, write)
}

func replace(path string, old []byte, check bool, write func(io.Writer) error) error {
	target, err := resolve(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	st, statErr := os.Stat(target)
	exists := statErr == nil
	switch {
	case exists && st.IsDir():
		return fmt.Errorf("write %s: is a folder", path)
	case exists && !st.Mode().IsRegular() && check:
		return fmt.Errorf("write %s: not a regular file", path)
	case exists && !st.Mode().IsRegular():
		return writeDirect(path, target, write)
	case !exists && check:
		return fmt.Errorf("write %s: %w", path, ErrChanged)
	}
	tmp, err := writeTemp(path, target, st, write) // st is nil for a new file
	if err != nil {
		return err
	}
	keep := false
	defer func() {
		if !keep {
			os.Remove(tmp)
		}
	}()
	if check {
		now, err := os.ReadFile(target)
		if err != nil || !bytes.Equal(now, old) {
			return fmt.Errorf("write %s: %w; not written", path, ErrChanged)
		}
	}
	if exists && links(st) > 1 {
		if err := rewrite(target, tmp); err != nil {
			// The new content is whole in the temporary file: keep it.
			keep = true
			return fmt.Errorf("write %s: %w (the new content is in %s)", path, err, tmp)
		}
		return nil // the deferred function removes the temporary file
	}
	if err := os.Rename(tmp, target); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	keep = true
	return nil
}

// ErrExist is returned by [WriteNew] when the file is already there.
var ErrExist = fs.ErrExist

// WriteNew creates the file at path with what write produces, and fails
// with an error matching [ErrExist] if path already exists (a symbolic
// link too, even one to nothing: its target is never written): the
// content goes to a temporary file that is then linked into place, so
// that the file appears whole or not at all and nothing is ever
// overwritten, even by a file created meanwhile. Where the file system has
// no hard links, the temporary file is renamed into place after a last
// check instead. The new file has mode 0644.
func WriteNew(path string, write func(io.Writer) error) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("write %s: %w", path, fs.ErrExist)
	}
	tmp, err := writeTemp(path, path, nil, write)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	err = os.Link(tmp, path)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf("write %s: %w", path, fs.ErrExist)
	}
	if _, serr := os.Lstat(path); serr == nil {
		return fmt.Errorf("write %s: %w", path, fs.ErrExist)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	return nil
}

// writeTemp writes what write produces to a temporary file beside target
// (the file path leads to), synced and closed, and returns its name; on
// failure it leaves nothing behind. The file gets the mode and owner of
// the file old describes, or mode 0644 when old is nil. Errors name path
// as the user gave it, never the temporary file.
func writeTemp(path, target string, old fs.FileInfo, write func(io.Writer) error) (name string, err error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return "", fmt.Errorf("write %s: is a folder", path)
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return "", fmt.Errorf("write %s: no folder %s", path, filepath.Clean(dir))
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return "", fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return "", err
	}
	mode := os.FileMode(0o644)
	if old != nil {
		mode = old.Mode().Perm()
		sameOwner(tmp, old)
	}
	if err := tmp.Chmod(mode); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	return tmp.Name(), nil
}

// unwrapPath drops the file name of a path or link error: the temporary
// file's name means nothing to the user.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// resolve follows symbolic links from path to the file they lead to,
// which may not exist yet.
func resolve(path string) (string, error) {
	for range 40 {
		st, err := os.Lstat(path)
		if err != nil || st.Mode()&os.ModeSymlink == 0 {
			return path, nil
		}
		to, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(path), to)
		}
		path = to
	}
	return "", errors.New("too many levels of symbolic links")
}

// rewrite copies the content of the file tmp into target in place.
func rewrite(target, tmp string) error {
	src, err := os.Open(tmp)
	if err != nil {
		return err
	}
	defer src.Close()
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, src); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeDirect writes to target, the file path leads to, that is not a
// regular file.
func writeDirect(path, target string, write func(io.Writer) error) error {
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
