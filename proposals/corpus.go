package proposals

import (
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

//go:embed corpus
var corpusFS embed.FS

// MaxFiles is the most proposal files a corpus folder may hold.
const MaxFiles = 10000

// Corpus is a set of validated proposals that may refer to one another,
// ordered by date and then id.
type Corpus struct {
	Catalog *Catalog
	Files   []*File
	// Timeline holds the packages and the rounds without a text, when the
	// corpus folder has a timeline/ subfolder; nil otherwise.
	Timeline *Timeline
	byID     map[string]*File
}

// Embedded returns the corpus built into the binary, with the embedded
// catalogue. File names are embed paths such as "corpus/minsk-ii-2015-02.yaml".
func Embedded() (*Corpus, error) {
	cat, err := DefaultCatalog()
	if err != nil {
		return nil, err
	}
	return LoadCorpus(corpusFS, "corpus", cat)
}

// EmbeddedFiles returns the files of the built-in corpus, the proposal
// files and timeline/, as a file system rooted at the corpus folder.
func EmbeddedFiles() fs.FS {
	sub, err := fs.Sub(corpusFS, "corpus")
	if err != nil {
		panic(err) // the embedded folder is part of the binary
	}
	return sub
}

// LoadCorpus reads, decodes and validates every *.yaml file in dir of fsys,
// then checks the references between them. It returns an [ErrorList] with
// every problem of every file, or the corpus.
func LoadCorpus(fsys fs.FS, dir string, cat *Catalog) (*Corpus, error) {
	return loadCorpus(fsys, dir, func(name string) string { return name }, cat, ReadLimit, nil)
}

// LoadDir is [LoadCorpus] for a folder of the file system, reading files of
// at most maxSize bytes (0 means [ReadLimit]); file names in errors start
// with dir as given. The folder is read only inside: a symbolic link that
// leads out of it is not followed, and a file that is not a regular file
// (a named pipe, a device, a folder) is not opened.
func LoadDir(dir string, cat *Catalog, maxSize int64) (*Corpus, error) {
	return loadDir(dir, cat, maxSize, nil)
}

// loadDir is [LoadDir], decoding through cache (nil decodes every file).
func loadDir(dir string, cat *Catalog, maxSize int64, cache *parseCache) (*Corpus, error) {
	if maxSize <= 0 {
		maxSize = ReadLimit
	}
	fsys, done, err := DirInside(dir)
	if err != nil {
		return nil, err
	}
	defer done()
	return loadCorpus(fsys, ".", func(name string) string { return filepath.Join(dir, name) }, cat, maxSize, cache)
}

func loadCorpus(fsys fs.FS, dir string, display func(string) string, cat *Catalog, maxSize int64, cache *parseCache) (*Corpus, error) {
	c := &Corpus{Catalog: cat, byID: map[string]*File{}}
	var errs ErrorList
	files, err := readDir(fsys, dir, display, cat, maxSize, cache, &errs)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		if prev := c.byID[f.Proposal.ID]; prev != nil {
			errs.Add(f.Pos(&f.Proposal.ID), "id %q already used by %s", f.Proposal.ID, prev.Name)
			continue
		}
		c.byID[f.Proposal.ID] = f
		c.Files = append(c.Files, f)
	}
	c.sort()
	addErrors(&errs, c.Validate())
	c.loadTimeline(fsys, dir, display, &errs)
	c.checkPackages(&errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// readDir reads, decodes and validates every *.yaml file in dir of fsys,
// adding the problems to errs, through cache (nil decodes every file); it
// fails only when the folder cannot be listed or a file cannot be read for
// another reason than its content.
func readDir(fsys fs.FS, dir string, display func(string) string, cat *Catalog, maxSize int64, cache *parseCache, errs *ErrorList) ([]*File, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	if len(names) > MaxFiles {
		var errs ErrorList
		errs.Add(Pos{File: display(dir)}, "%d proposal files: more than the limit of %d", len(names), MaxFiles)
		return nil, errs.Err()
	}
	var files []*File
	for _, name := range names {
		f, err := readAndParse(fsys, name, display(name), cat, maxSize, cache)
		if err != nil {
			if !addErrors(errs, err) {
				return nil, err
			}
			if f == nil || f.Proposal.ID == "" {
				continue
			}
		}
		files = append(files, f)
	}
	return files, nil
}

// LoadDirOver loads the proposal files of dir (and its timeline/) over
// base: a file of dir whose id is one of base's replaces it. The folder
// is read only inside, as by [LoadDir]. It returns
// the corpus, the ids of base's files replaced, and an [ErrorList] of
// every problem, the references between files checked across both.
func LoadDirOver(base *Corpus, dir string, maxSize int64) (*Corpus, []string, error) {
	return loadDirOver(base, dir, maxSize, nil)
}

// loadDirOver is [LoadDirOver], decoding through cache (nil decodes every
// file).
func loadDirOver(base *Corpus, dir string, maxSize int64, cache *parseCache) (*Corpus, []string, error) {
	if maxSize <= 0 {
		maxSize = ReadLimit
	}
	fsys, done, err := DirInside(dir)
	if err != nil {
		return nil, nil, err
	}
	defer done()
	display := func(name string) string { return filepath.Join(dir, name) }
	var errs ErrorList
	files, err := readDir(fsys, ".", display, base.Catalog, maxSize, cache, &errs)
	if err != nil {
		return nil, nil, err
	}
	c := base.With()
	c.Timeline = base.Timeline
	var replaced []string
	seen := map[string]*File{}
	for _, f := range files {
		id := f.Proposal.ID
		if prev := seen[id]; prev != nil {
			errs.Add(f.Pos(&f.Proposal.ID), "id %q already used by %s", id, prev.Name)
			continue
		}
		seen[id] = f
		if base.Get(id) != nil {
			replaced = append(replaced, id)
		}
		c.Add(f)
	}
	addErrors(&errs, c.Validate())
	own := &Corpus{Catalog: c.Catalog, byID: c.byID}
	own.loadTimeline(fsys, ".", display, &errs)
	if own.Timeline != nil {
		c.Timeline = own.Timeline.over(base.Timeline)
	}
	c.checkPackages(&errs)
	if err := errs.Err(); err != nil {
		return nil, nil, err
	}
	return c, replaced, nil
}

func readAndParse(fsys fs.FS, name, display string, cat *Catalog, maxSize int64, cache *parseCache) (*File, error) {
	if cache != nil {
		return cache.readAndParse(fsys, name, display, cat, maxSize)
	}
	data, err := ReadRegular(fsys, name, display, maxSize)
	if err != nil {
		return nil, err
	}
	return ParseAndValidate(display, data, cat)
}

// ParseAndValidate decodes one file and validates it against the catalogue.
// On invalid input the error is an [ErrorList] of every problem found.
func ParseAndValidate(name string, data []byte, cat *Catalog) (*File, error) {
	f, err := Parse(name, data)
	var errs ErrorList
	addErrors(&errs, err)
	if f != nil {
		addErrors(&errs, Validate(f, cat))
	}
	return f, errs.Err()
}

// addErrors appends err's problems to errs and reports whether err was nil
// or an ErrorList.
func addErrors(errs *ErrorList, err error) bool {
	if err == nil {
		return true
	}
	if l, ok := err.(ErrorList); ok {
		*errs = append(*errs, l...)
		return true
	}
	return false
}

// NewCorpus returns an empty corpus with the catalogue cat.
func NewCorpus(cat *Catalog) *Corpus {
	return &Corpus{Catalog: cat, byID: make(map[string]*File)}
}

// With returns a corpus holding c's files and files, which replace any of
// c's with the same id; c is not changed.
func (c *Corpus) With(files ...*File) *Corpus {
	d := &Corpus{Catalog: c.Catalog, Files: slices.Clone(c.Files), byID: maps.Clone(c.byID), Timeline: c.Timeline}
	for _, f := range files {
		d.Add(f)
	}
	return d
}

// Add puts a file that is not part of the corpus folder, such as one named
// on the command line, into the corpus, replacing one of the same id.
func (c *Corpus) Add(f *File) {
	if prev := c.byID[f.Proposal.ID]; prev != nil {
		c.Files = slices.DeleteFunc(c.Files, func(x *File) bool { return x == prev })
	}
	c.byID[f.Proposal.ID] = f
	c.Files = append(c.Files, f)
	c.sort()
}

func (c *Corpus) sort() {
	slices.SortFunc(c.Files, func(a, b *File) int {
		return cmp.Or(cmp.Compare(a.Proposal.Date, b.Proposal.Date), cmp.Compare(a.Proposal.ID, b.Proposal.ID))
	})
}

// Get returns the file of that id, or nil.
func (c *Corpus) Get(id string) *File { return c.byID[id] }

// IDs lists the ids in corpus order.
func (c *Corpus) IDs() []string {
	ids := make([]string, len(c.Files))
	for i, f := range c.Files {
		ids[i] = f.Proposal.ID
	}
	return ids
}

// Validate checks the references between files: every supersedes target
// exists, lineage has no cycle, and every kept or deleted point names a
// point of the text it revises.
func (c *Corpus) Validate() error {
	var errs ErrorList
	looped := c.looped()
	for _, f := range c.Files {
		addErrors(&errs, c.validateRefs(f, looped[f.Proposal.ID]))
	}
	return errs.Err()
}

// ValidateRefs checks the references of one file, in the corpus or not (a
// file named on the command line), against the corpus.
func (c *Corpus) ValidateRefs(f *File) error { return c.validateRefs(f, true) }

// validateRefs is [Corpus.ValidateRefs], looking for a cycle through f
// only when it may be on one.
func (c *Corpus) validateRefs(f *File, mayLoop bool) error {
	var errs ErrorList
	for i := range f.Proposal.Supersedes {
		s := &f.Proposal.Supersedes[i]
		if c.byID[s.ID] == nil && s.ID != f.Proposal.ID {
			errs.Add(f.Pos(&s.ID), "supersedes[%d]: unknown proposal %q%s", i, s.ID, DidYouMean(s.ID, c.IDs()))
		}
	}
	if mayLoop {
		if cycle := c.cycleFrom(f); cycle != nil {
			errs.Add(f.Pos(&f.Proposal.Supersedes), "supersedes: cycle %s", strings.Join(cycle, " -> "))
		}
	}
	for i := range f.Proposal.Provisions {
		pr := &f.Proposal.Provisions[i]
		if st := pr.State.Or(); st != StateKept && st != StateDeleted && st != StateMoved {
			continue
		}
		if target := c.revised(f, pr); target != nil && target.Provision(pr.Point) == nil {
			errs.Add(f.Pos(&pr.Point), "provision %q: state %s, but %s has no point %q", pr.Point, pr.State, target.Proposal.ID, pr.Point)
		}
	}
	return errs.Err()
}

// revised returns the file whose wording a kept or deleted provision of f
// refers to, or nil when it is not in the corpus.
func (c *Corpus) revised(f *File, pr *Provision) *File {
	id := pr.From
	if id == "" && len(f.Proposal.Supersedes) > 0 {
		id = f.Proposal.Supersedes[0].ID
	}
	return c.byID[id]
}

// Text returns the wording of a provision of f, following kept points back
// to the text whose wording they keep. A kept point whose revised text is
// not in the corpus falls back to its own text.
func (c *Corpus) Text(f *File, pr *Provision) string {
	own := pr.Text
	for range len(c.Files) + 1 {
		if pr.State.Or() != StateKept {
			return pr.Text
		}
		g := c.revised(f, pr)
		if g == nil {
			return own
		}
		next := g.Provision(pr.Point)
		if next == nil {
			return own
		}
		f, pr = g, next
	}
	return own
}

// Provision returns the provision of that label, or nil.
func (f *File) Provision(label string) *Provision {
	for i := range f.Proposal.Provisions {
		if f.Proposal.Provisions[i].Point == label {
			return &f.Proposal.Provisions[i]
		}
	}
	return nil
}

// String returns the file's name.
func (f *File) String() string { return fmt.Sprint(f.Name) }
