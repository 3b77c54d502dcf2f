package proposals

import (
	"bytes"
	"io/fs"
)

// Loader loads one corpus folder again and again, as [LoadDir] does, or
// over a base corpus as [LoadDirOver] does, decoding and validating only
// the files whose bytes changed since its last load: a file read again
// with the same bytes under the same name is the same *File, with the same
// problems. Every load reads every file, checks the references between
// the files across the whole corpus and reads the timeline, so that it
// gives the corpus, or the problems, that a first load would. A Loader is
// not safe for concurrent use.
type Loader struct {
	// Dir is the folder.
	Dir string
	// Base, when set, is the corpus the folder's files go over, as with
	// [LoadDirOver]; without it the folder is loaded alone, with Catalog.
	Base    *Corpus
	Catalog *Catalog
	// MaxSize is the largest file read, in bytes; 0 means [ReadLimit].
	MaxSize int64

	cache parseCache
}

// Load loads the folder, and returns the corpus with the ids of Base's
// files that files of the folder replace, or an [ErrorList] of every
// problem.
func (l *Loader) Load() (*Corpus, []string, error) {
	l.cache.next = map[string]decoded{}
	defer func() { l.cache.last, l.cache.next = l.cache.next, nil }()
	if l.Base == nil {
		c, err := loadDir(l.Dir, l.Catalog, l.MaxSize, &l.cache)
		return c, nil, err
	}
	return loadDirOver(l.Base, l.Dir, l.MaxSize, &l.cache)
}

// parseCache keeps what the last load decoded of each file, by the name
// its problems give, with the bytes it was decoded from.
type parseCache struct {
	last, next map[string]decoded
	buf        []byte // what the files are read into, to be compared
}

// decoded is a file decoded and validated, or its problems.
type decoded struct {
	data []byte
	f    *File
	err  error
}

// readAndParse reads the file name of fsys, named display, and decodes
// and validates it as [ParseAndValidate] does, unless the last load
// decoded the same bytes under the same name.
func (pc *parseCache) readAndParse(fsys fs.FS, name, display string, cat *Catalog, maxSize int64) (*File, error) {
	data, err := readRegular(fsys, name, display, maxSize, pc.buf[:0])
	if err != nil {
		return nil, err
	}
	pc.buf = data
	d, ok := pc.last[display]
	if !ok || !bytes.Equal(d.data, data) {
		data = bytes.Clone(data)
		f, err := ParseAndValidate(display, data, cat)
		d = decoded{data: data, f: f, err: err}
	}
	pc.next[display] = d
	return d.f, d.err
}
