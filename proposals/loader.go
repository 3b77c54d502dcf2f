package proposals

import "bytes"

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
}

// decoded is a file decoded and validated, or its problems.
type decoded struct {
	data []byte
	f    *File
	err  error
}

// parse is [ParseAndValidate], which it skips when the last load decoded
// the same bytes under the same name. A nil cache decodes every file.
func (pc *parseCache) parse(name string, data []byte, cat *Catalog) (*File, error) {
	if pc == nil {
		return ParseAndValidate(name, data, cat)
	}
	d, ok := pc.last[name]
	if !ok || !bytes.Equal(d.data, data) {
		f, err := ParseAndValidate(name, data, cat)
		d = decoded{data: data, f: f, err: err}
	}
	pc.next[name] = d
	return d.f, d.err
}
