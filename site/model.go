package site

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/internal/parallel"
	"github.com/peacediff/peacediff/proposals"
)

// Site is the site of a corpus: which pages it has, how they link and
// what each is made from, each page made when it is first asked for and
// then kept. [Build] makes every page of one. A server that follows the
// files of a corpus makes a new Site at each change with [Site.Update],
// which keeps the pages the change leaves as they were. The pages of a
// Site are the bytes [Build] gives for its corpus. A Site is safe for
// concurrent use.
type Site struct {
	b      *builder
	memo   *memo
	slots  []*slot // in the order Build reports their errors
	byPath map[string]*slot
}

// slot is a page of a site and its bytes, once made.
type slot struct {
	spec
	once sync.Once
	made atomic.Pointer[made]
	// kept are the page's bytes in an earlier site, where the page read
	// the same texts and had the same links: they are its bytes but for
	// the version of the corpus they cite. Taken when the page is made.
	kept atomic.Pointer[made]
}

// made are a page's bytes, made for a version of the corpus, or why they
// could not be made.
type made struct {
	data    []byte
	version string
	err     error
}

// New works out the site of corpus c: its pages, how they link and what
// each is made from. It makes no page, and fails where [Build] fails
// before it makes any: more pairs of texts of the same month than
// [MaxSameMonth], a pair of opts naming no text of the corpus, red lines
// that do not compile.
func New(c *proposals.Corpus, opts Options) (*Site, error) {
	return newSite(c, opts, &memo{})
}

// newSite is [New], with what the site before kept of each text alone.
func newSite(c *proposals.Corpus, opts Options, before *memo) (*Site, error) {
	b := &builder{c: c, opts: opts, reports: map[*proposals.File]*lazy[*compare.Report]{}}
	m := before.next(c)
	var err error
	if b.compared, err = b.pairs(); err != nil {
		return nil, err
	}
	if b.histories, err = b.chainHeads(); err != nil {
		return nil, err
	}
	if b.sections, err = m.sections(c); err != nil {
		return nil, err
	}
	if b.version, err = m.version(c); err != nil {
		return nil, err
	}
	if b.lines, err = m.compiledLines(c.Catalog, opts); err != nil {
		return nil, err
	}
	b.anchorLineages()
	s := &Site{b: b, memo: m, byPath: map[string]*slot{}}
	for _, sp := range b.specs() {
		sl := &slot{spec: sp}
		s.slots = append(s.slots, sl)
		s.byPath[sp.path] = sl
	}
	return s, nil
}

// Update works out the site of c, the corpus of the same files after a
// change, with the options of s. The pages of s that read the same texts
// as before (the same *proposals.File, and every text they refer to) and
// link the same pages are kept, made already or not, and only the version
// of the corpus they cite is changed; the others are made when they are
// asked for. A text whose *proposals.File is not the one before counts as
// changed. It fails as [New] does; s is left as it was, and may still
// serve its pages.
func (s *Site) Update(c *proposals.Corpus) (*Site, error) {
	n, err := newSite(c, s.b.opts, s.memo)
	if err != nil {
		return nil, err
	}
	before := s.b.c
	if before.Catalog != c.Catalog || !reflect.DeepEqual(before.Timeline, c.Timeline) {
		return n, nil // every page may read them
	}
	changed := map[string]bool{}
	for _, f := range c.Files {
		if before.Get(f.Proposal.ID) != f {
			changed[f.Proposal.ID] = true
		}
	}
	for _, f := range before.Files {
		if c.Get(f.Proposal.ID) == nil {
			changed[f.Proposal.ID] = true
		}
	}
	stale := readers(c, changed)
	for _, sl := range n.slots {
		old := s.byPath[sl.path]
		if old == nil || !unchanged(old, sl, len(changed) == 0, stale) {
			continue
		}
		k := old.made.Load()
		if k == nil || k.err != nil {
			k = old.kept.Load()
		}
		if k != nil && k.err == nil {
			sl.kept.Store(k)
		}
	}
	return n, nil
}

// unchanged reports whether the page of slot now is the page of slot old
// in the site before, but for the version of the corpus: it reads no
// stale text (one changed, or one that reads a changed one) and links the
// same pages. same tells whether no text changed.
func unchanged(old, now *slot, same bool, stale map[string]bool) bool {
	if now.every || same {
		return same
	}
	for _, id := range now.ids {
		if stale[id] {
			return false
		}
	}
	return reflect.DeepEqual(old.links, now.links)
}

// Page returns the bytes of the page at path p, made if they are not made
// yet, and whether the site has a page there.
func (s *Site) Page(p string) ([]byte, bool, error) {
	sl := s.byPath[p]
	if sl == nil {
		return nil, false, nil
	}
	data, err := s.make(sl)
	return data, true, err
}

// Paths lists the paths of the pages of the site, sorted.
func (s *Site) Paths() []string {
	paths := make([]string, 0, len(s.slots))
	for _, sl := range s.slots {
		paths = append(paths, sl.path)
	}
	slices.Sort(paths)
	return paths
}

// All makes every page of the site not made yet, on all processors, and
// returns them sorted by path, or the errors of the pages that could not
// be made.
func (s *Site) All() ([]Page, error) {
	jobs := make([]func() error, len(s.slots))
	for i, sl := range s.slots {
		jobs[i] = func() error {
			_, err := s.make(sl)
			return err
		}
	}
	if err := parallel.Run(jobs); err != nil {
		return nil, err
	}
	pages := make([]Page, len(s.slots))
	for i, sl := range s.slots {
		pages[i] = Page{Path: sl.path, Data: sl.made.Load().data}
	}
	slices.SortFunc(pages, func(x, y Page) int { return strings.Compare(x.Path, y.Path) })
	return pages, nil
}

// make makes the page of sl once, from the bytes it kept of an earlier
// site, or from its texts.
func (s *Site) make(sl *slot) ([]byte, error) {
	sl.once.Do(func() {
		m := &made{version: s.b.version}
		if k := sl.kept.Swap(nil); k != nil {
			m.data = replaceVersion(k.data, k.version, m.version)
		} else {
			m.data, m.err = sl.spec.make()
		}
		sl.made.Store(m)
	})
	m := sl.made.Load()
	return m.data, m.err
}

// replaceVersion returns page, which cites the corpus by version from, as
// it cites it by version to. No text of a corpus holds its version (the
// version is a hash of the texts), so from appears in page only where the
// page cites it.
func replaceVersion(page []byte, from, to string) []byte {
	if from == to {
		return page
	}
	return bytes.ReplaceAll(page, []byte(from), []byte(to))
}
