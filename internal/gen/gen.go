// Package gen makes synthetic proposal files for benchmarks: a text of N
// points of plausible negotiating prose spread over the topics of the
// catalogue, with sources and typed terms (territory, caps, NATO,
// guarantees), and revisions of it in which a chosen share of the points
// is reworded, moved, added or deleted.
//
// The output depends only on the options: the same seed gives the same
// bytes (math/rand/v2 with a PCG source, no clock, no map order). Every
// file is a valid proposal in the layout of peacediff fmt; a revision
// supersedes the text before it. The command internal/gen/cmd/gen writes
// them to a folder; the benchmarks of proposals, compare and render and
// bench/compare.sh use them.
package gen

import (
	"fmt"
	"math"
	"testing/fstest"
	"time"

	"github.com/peacediff/peacediff/proposals"
)

// Shares are the shares of a text's live points that its revision
// changes. The revision deletes, moves and rewords distinct points, taken
// in that order, each share limited to the points left; the rest are
// unchanged. Added points come on top.
type Shares struct {
	// Reworded points keep their label and change a few words (one to
	// three replacements, insertions or deletions).
	Reworded float64
	// Moved points keep their wording under a new label, at another place.
	Moved float64
	// Added points are new, with new labels, at random places.
	Added float64
	// Deleted points keep their label with state deleted; the text after
	// leaves them out. A point that carries a typed term is never deleted.
	Deleted float64
}

// DefaultShares are the shares used when [Options.Changes] is nil: 10%
// reworded, 5% moved, 5% added, 5% deleted.
func DefaultShares() Shares {
	return Shares{Reworded: 0.10, Moved: 0.05, Added: 0.05, Deleted: 0.05}
}

// Options say what to make. The zero value makes a text of 28 points with
// seed 0 and the default shares.
type Options struct {
	// Points is the number of points of the first text; 0 means 28.
	Points int
	// Seed selects the texts: the same seed gives the same bytes.
	Seed uint64
	// Changes are the shares a revision changes; nil means
	// [DefaultShares], and &Shares{} a revision that changes no point.
	Changes *Shares
	// Prefix starts every id; "" means "synth-" and the number of points.
	Prefix string
}

func (o Options) points() int {
	if o.Points <= 0 {
		return 28
	}
	return o.Points
}

func (o Options) prefix() string {
	if o.Prefix == "" {
		return fmt.Sprintf("synth-%d", o.points())
	}
	return o.Prefix
}

func (o Options) shares() Shares {
	if o.Changes == nil {
		return DefaultShares()
	}
	return *o.Changes
}

// IDs returns the ids of the two texts of [Pair]: the prefix followed by
// "-base" and "-revision". Each file's name is its id and ".yaml".
func (o Options) IDs() (base, revision string) {
	return o.prefix() + "-base", o.prefix() + "-revision"
}

// File is one generated proposal file.
type File struct {
	ID   string
	Data []byte
}

// Name returns the file's name: its id and ".yaml".
func (f File) Name() string { return f.ID + ".yaml" }

// Pair returns a text and a revision of it that supersedes it, with the
// ids of [Options.IDs].
func Pair(opts Options) (base, revision []byte) {
	b, r := opts.IDs()
	files := chain(opts, []string{b, r})
	return files[0].Data, files[1].Data
}

// Many returns n texts, each a revision of the one before, with the ids
// PREFIX-v001, PREFIX-v002 and so on.
func Many(n int, opts Options) []File {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("%s-v%03d", opts.prefix(), i+1)
	}
	return chain(opts, ids)
}

// Plan is what the revision of [Pair] does to the base's points.
type Plan struct {
	Points                                     int // points of the base
	Unchanged, Reworded, Moved, Added, Deleted int
}

// Plan returns what the revision of [Pair] does with these options.
func (o Options) Plan() Plan {
	n := o.points()
	return plan(n, min(n, len(termTopics())), o.shares())
}

// plan counts the changes of a revision of a text with live points, of
// which anchors carry terms and are never deleted.
func plan(live, anchors int, s Shares) Plan {
	share := func(f float64) int { return max(0, int(math.Round(f*float64(live)))) }
	p := Plan{Points: live}
	p.Deleted = min(share(s.Deleted), live-anchors)
	p.Moved = min(share(s.Moved), live-p.Deleted)
	p.Reworded = min(share(s.Reworded), live-p.Deleted-p.Moved)
	p.Unchanged = live - p.Deleted - p.Moved - p.Reworded
	p.Added = share(s.Added)
	return p
}

// Corpus loads files as a corpus with the catalogue, as peacediff
// --corpus does with a folder of them.
func Corpus(cat *proposals.Catalog, files ...File) (*proposals.Corpus, error) {
	fsys := fstest.MapFS{}
	for _, f := range files {
		fsys[f.Name()] = &fstest.MapFile{Data: f.Data}
	}
	return proposals.LoadCorpus(fsys, ".", cat)
}

// chain makes the texts of ids, each revising the one before.
func chain(opts Options, ids []string) []File {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		panic(fmt.Sprintf("gen: the embedded catalogue: %v", err)) // a broken build
	}
	g := newGenerator(cat, opts.Seed)
	start := time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)
	files := make([]File, len(ids))
	var d *doc
	for k, id := range ids {
		date := start.AddDate(0, 0, 7*k).Format(time.DateOnly)
		if k == 0 {
			d = g.first(id, date, opts.points())
		} else {
			d = g.revise(d, id, date, k, opts.shares())
		}
		files[k] = File{ID: id, Data: d.yaml()}
	}
	return files
}
