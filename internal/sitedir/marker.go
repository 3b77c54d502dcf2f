package sitedir

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// listHeading starts the list of the site's files at the end of the
// marker, one slash-separated path a line.
const listHeading = "files of this site:"

// markerWithList returns the marker's content followed by the list of
// the site's files.
func markerWithList(data []byte, paths []string) []byte {
	var b bytes.Buffer
	b.Write(data)
	if len(data) > 0 && data[len(data)-1] != '\n' {
		b.WriteByte('\n')
	}
	b.WriteString(listHeading + "\n")
	sorted := slices.Clone(paths)
	slices.Sort(sorted)
	for _, p := range sorted {
		b.WriteString(p + "\n")
	}
	return b.Bytes()
}

// parseMarker returns the files that a marker lists, and false for a
// marker without the list (from an earlier peacediff).
func parseMarker(data []byte) ([]string, bool) {
	lines := strings.Split(string(data), "\n")
	i := slices.Index(lines, listHeading)
	if i < 0 {
		return nil, false
	}
	var paths []string
	for _, l := range lines[i+1:] {
		if l != "" {
			paths = append(paths, l)
		}
	}
	return paths, true
}

// otherFiles lists what dir holds that is not the marker, a listed file,
// or a folder on the way to one: the files a replacement would remove.
// A folder that holds no listed file is named alone, not its content.
func otherFiles(dir, marker string, listed []string) ([]string, error) {
	files := map[string]bool{marker: true}
	folders := map[string]bool{}
	for _, p := range listed {
		files[p] = true
		for d := filepath.ToSlash(filepath.Dir(filepath.FromSlash(p))); d != "."; d = filepath.ToSlash(filepath.Dir(filepath.FromSlash(d))) {
			folders[d] = true
		}
	}
	var others []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == dir {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir() && folders[rel]:
			return nil
		case d.IsDir():
			others = append(others, rel)
			return filepath.SkipDir
		case d.Type().IsRegular() && files[rel]:
			return nil
		}
		others = append(others, rel)
		return nil
	})
	if err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	return others, nil
}

// othersError is the refusal to remove the files others of dir. listed
// tells whether the marker listed the earlier build's files.
func othersError(dir string, others []string, listed bool) error {
	names := others
	more := ""
	if len(names) > 10 {
		names, more = names[:10], fmt.Sprintf(" and %d more", len(others)-10)
	}
	what := "files that peacediff did not build"
	hint := "move them out of the folder, or build into another one"
	if !listed {
		what = "files that this build would not make"
		hint = "if they are pages of a site that an earlier peacediff built, remove the folder and build again; else move them out of the folder, or build into another one"
	}
	return fmt.Errorf("%s holds %s, which replacing the site would remove: %s%s; refusing to replace it: %s", dir, what, strings.Join(names, ", "), more, hint)
}
