// Package sitedir writes a built site to a folder safely: the site is
// written to a temporary folder beside the target and swapped in, so that
// readers and a killed build never see half a site; a folder that a build
// did not make is never replaced, nor a file that a build did not make
// removed; and two builds into one folder never run at once.
package sitedir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// File is one file of a site: a slash-separated relative path and its
// bytes.
type File interface {
	~struct {
		Path string
		Data []byte
	}
}

// file is the struct that every [File] is.
type file = struct {
	Path string
	Data []byte
}

// Check reports whether dir may receive a site: it does not exist, is an
// empty folder, or holds the marker file of an earlier build and no file
// that the earlier build did not make (a .git, a CNAME), which replacing
// the site would remove. A folder marked by a build from before the
// marker listed the site's files is checked by [Replace] against the new
// site's files.
func Check(dir, marker string) error {
	_, err := check(dir, marker, nil)
	return err
}

// check is [Check], and for a folder marked by an earlier build it
// returns the files of that build; a marker without the list counts as
// listing the files of the new site, paths.
func check(dir, marker string, paths []string) (exists bool, err error) {
	st, err := os.Stat(dir)
	switch {
	case os.IsNotExist(err):
		return false, nil
	case err != nil:
		return false, err
	case !st.IsDir():
		return true, fmt.Errorf("%s is a file, not a folder", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return true, err
	}
	if len(entries) == 0 {
		return true, nil
	}
	data, err := os.ReadFile(filepath.Join(dir, marker))
	if err != nil {
		return true, fmt.Errorf("%s is not empty and holds no %s file, so it is not a site that peacediff built; refusing to replace it: choose a new or empty folder", dir, marker)
	}
	listed, ok := parseMarker(data)
	if !ok {
		if paths == nil {
			return true, nil
		}
		listed = paths
	}
	others, err := otherFiles(dir, marker, listed)
	if err != nil {
		return true, err
	}
	if len(others) > 0 {
		return true, othersError(dir, others, ok)
	}
	return true, nil
}

// Replace writes files into a new temporary folder beside dir and puts it
// in dir's place: in one atomic exchange where the system allows it, else
// by two renames. The old site is then removed. dir must pass [Check];
// files must include the marker, to which Replace adds the list of the
// site's files. While it runs it holds a lock beside dir: another Replace
// of the same folder fails at once, saying so. Stale temporary folders of
// killed builds are removed first.
func Replace[F File](dir, marker string, files []F) error {
	plain := make([]file, len(files))
	paths := make([]string, 0, len(files))
	for i, f := range files {
		plain[i] = file(f)
		p := plain[i].Path
		if !filepath.IsLocal(filepath.FromSlash(p)) || strings.ContainsAny(p, "\n\r\\") {
			return fmt.Errorf("site file %q: not a relative path inside the site", p)
		}
		if p != marker {
			paths = append(paths, p)
		}
	}
	parent, base := split(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	l, err := lock(dir)
	if err != nil {
		return err
	}
	defer l.unlock()
	exists, err := check(dir, marker, paths)
	if err != nil {
		return err
	}
	removeStale(parent, base, marker)
	tmp, err := os.MkdirTemp(parent, "."+base+".building-")
	if err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	if err := write(tmp, marker, plain, paths); err != nil {
		return err
	}
	if !exists {
		if err := os.Rename(tmp, dir); err != nil {
			return err
		}
		ok = true
		return nil
	}
	if err := exchange(tmp, dir); err != nil {
		return err
	}
	ok = true
	// tmp now holds the old site.
	return os.RemoveAll(tmp)
}

// write writes the site into the folder tmp, through an [os.Root] so that
// nothing is written outside it. The marker goes first, so that a killed
// build's folder is known as ours and removed by the next build; it is
// written again at the end with the list of files.
func write(tmp, marker string, files []file, paths []string) error {
	root, err := os.OpenRoot(tmp)
	if err != nil {
		return err
	}
	defer root.Close()
	var markerData []byte
	for _, f := range files {
		if f.Path == marker {
			markerData = f.Data
		}
	}
	if err := root.WriteFile(marker, markerData, 0o644); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if f.Path == marker {
			continue
		}
		p := filepath.FromSlash(f.Path)
		if d := filepath.Dir(p); d != "." {
			if err := root.MkdirAll(d, 0o755); err != nil {
				return err
			}
		}
		if err := root.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
	}
	return root.WriteFile(marker, markerWithList(markerData, paths), 0o644)
}

func split(dir string) (parent, base string) {
	parent, base = filepath.Split(filepath.Clean(dir))
	if parent == "" {
		parent = "."
	}
	return parent, base
}

// removeStale removes the temporary folders that killed builds of dir
// left behind, recognised by their name and the marker inside. It runs
// under the lock, so no live build's folder is among them.
func removeStale(parent, base, marker string) {
	stale, _ := filepath.Glob(filepath.Join(parent, "."+base+".building-*"))
	for _, s := range stale {
		if _, err := os.Stat(filepath.Join(s, marker)); err == nil {
			os.RemoveAll(s)
		}
	}
}

// errBusy is the error of a build that finds another one running.
func errBusy(dir, lockFile string) error {
	return errors.New("another build of " + dir + " is running (it holds " + lockFile + "); try again when it has finished")
}
