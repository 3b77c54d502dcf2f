// Package sitedir writes a built site to a folder safely: the site is
// written to a temporary folder beside the target and swapped in, so that
// readers and a killed build never see half a site, and a folder that a
// build did not make is never replaced.
package sitedir

import (
	"fmt"
	"os"
	"path/filepath"
)

// File is one file of a site: a slash-separated relative path and its
// bytes.
type File interface {
	~struct {
		Path string
		Data []byte
	}
}

// Check reports whether dir may receive a site: it does not exist, is an
// empty folder, or holds the marker file of an earlier build.
func Check(dir, marker string) error {
	st, err := os.Stat(dir)
	switch {
	case os.IsNotExist(err):
		return nil
	case err != nil:
		return err
	case !st.IsDir():
		return fmt.Errorf("%s is a file, not a folder", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, marker)); err == nil {
		return nil
	}
	return fmt.Errorf("%s is not empty and holds no %s file, so it is not a site that peacediff built; refusing to replace it: choose a new or empty folder", dir, marker)
}

// Replace writes files into a new temporary folder beside dir and puts it
// in dir's place: in one atomic exchange where the system allows it, else
// by two renames. The old site is then removed. dir must pass [Check];
// files must include the marker. Stale temporary folders of killed builds
// are removed first.
func Replace[F File](dir, marker string, files []F) error {
	if err := Check(dir, marker); err != nil {
		return err
	}
	parent, base := filepath.Split(filepath.Clean(dir))
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
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
	// The marker goes first, so that a killed build's folder is known as
	// ours and removed by the next build.
	if err := os.WriteFile(filepath.Join(tmp, marker), nil, 0o644); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		f := struct {
			Path string
			Data []byte
		}(f)
		p := filepath.Join(tmp, filepath.FromSlash(f.Path))
		if !filepath.IsLocal(filepath.FromSlash(f.Path)) {
			return fmt.Errorf("site file %q: not a relative path inside the site", f.Path)
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
	}
	if _, err := os.Stat(dir); os.IsNotExist(err) {
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

// removeStale removes the temporary folders that killed builds of dir
// left behind, recognised by their name and the marker inside.
func removeStale(parent, base, marker string) {
	stale, _ := filepath.Glob(filepath.Join(parent, "."+base+".building-*"))
	for _, s := range stale {
		if _, err := os.Stat(filepath.Join(s, marker)); err == nil {
			os.RemoveAll(s)
		}
	}
}
