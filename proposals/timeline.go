package proposals

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// A corpus folder may hold, in its subfolder timeline/, what happened
// between the texts: the packages that group the documents of one round
// (packages.yaml) and the rounds of talks that produced no text of their
// own (rounds.yaml). Both are sourced like a proposal's facts.

// Package groups documents negotiated as one set, such as a framework and
// its companion guarantees; each member file names it in its package
// field, and the package lists its members.
type Package struct {
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	Date  Date   `yaml:"date"`
	// Members are the ids of the files of the package, in the order shown.
	Members []string `yaml:"members"`
	// Unreported names documents of the package that were reported but
	// whose text is not known, in our words.
	Unreported []string `yaml:"unreported,omitempty"`
	// Sources attest the grouping (ids of the file's sources); Cited are
	// those sources, resolved when the file is loaded.
	Sources []string `yaml:"sources"`
	Cited   []Source `yaml:"-"`
	Note    string   `yaml:"note,omitempty"`
}

// Round is a round of talks, or another event of the negotiation, that
// produced no text of its own.
type Round struct {
	Date  Date   `yaml:"date"`
	Place string `yaml:"place,omitempty"`
	// Parties are the codes of the parties taking part.
	Parties []string `yaml:"parties"`
	Title   string   `yaml:"title"`
	// Summary says what was reported, in our own words.
	Summary string `yaml:"summary"`
	// Sources are ids of the file's sources; Cited those sources,
	// resolved when the file is loaded.
	Sources    []string   `yaml:"sources"`
	Cited      []Source   `yaml:"-"`
	Confidence Confidence `yaml:"confidence"`
	Note       string     `yaml:"note,omitempty"`
}

// timelineFile is the YAML form of packages.yaml and rounds.yaml.
type timelineFile struct {
	Sources  []Source  `yaml:"sources"`
	Packages []Package `yaml:"packages,omitempty"`
	Rounds   []Round   `yaml:"rounds,omitempty"`
}

// Timeline is what a corpus knows of the negotiation besides its texts.
type Timeline struct {
	Packages []Package
	Rounds   []Round
}

// over returns t with the packages and rounds of base it does not have:
// a package of t replaces base's of the same id.
func (t *Timeline) over(base *Timeline) *Timeline {
	if base == nil {
		return t
	}
	out := &Timeline{Packages: slices.Clone(t.Packages), Rounds: slices.Concat(base.Rounds, t.Rounds)}
	for _, p := range base.Packages {
		if t.Package(p.ID) == nil {
			out.Packages = append(out.Packages, p)
		}
	}
	slices.SortStableFunc(out.Rounds, func(a, b Round) int { return strings.Compare(string(a.Date), string(b.Date)) })
	return out
}

// Package returns the package with id, or nil.
func (t *Timeline) Package(id string) *Package {
	for i := range t.Packages {
		if t.Packages[i].ID == id {
			return &t.Packages[i]
		}
	}
	return nil
}

// loadTimeline reads dir/timeline/*.yaml of fsys, when the folder exists,
// into c.Timeline, adding every problem to errs.
func (c *Corpus) loadTimeline(fsys fs.FS, dir string, display func(string) string, errs *ErrorList) {
	names, err := fs.Glob(fsys, path.Join(dir, "timeline", "*.yaml"))
	if err != nil || len(names) == 0 {
		return
	}
	c.Timeline = &Timeline{}
	for _, name := range names {
		data, err := ReadRegular(fsys, name, display(name), ReadLimit)
		if err != nil {
			var list ErrorList
			if errors.As(err, &list) {
				*errs = append(*errs, list...)
			} else {
				errs.Add(Pos{File: display(name)}, "%v", err)
			}
			continue
		}
		var tf timelineFile
		doc, err := DecodeDocument(display(name), data, &tf, c.Catalog)
		if err != nil {
			var list ErrorList
			if errors.As(err, &list) {
				*errs = append(*errs, list...)
			}
			continue
		}
		doc.Sources(&tf.Sources)
		// Source ids belong to their file: each package and round keeps
		// the sources it cites, so that two files may use the same id.
		byID := map[string]Source{}
		for _, s := range tf.Sources {
			byID[s.ID] = s
		}
		cited := func(ids []string) []Source {
			var out []Source
			for _, id := range ids {
				if s, ok := byID[id]; ok {
					out = append(out, s)
				}
			}
			return out
		}
		for i := range tf.Packages {
			c.checkPackage(doc, &tf.Packages[i], fmt.Sprintf("packages[%d]", i))
			tf.Packages[i].Cited = cited(tf.Packages[i].Sources)
		}
		for i := range tf.Rounds {
			checkRound(doc, &tf.Rounds[i], fmt.Sprintf("rounds[%d]", i))
			tf.Rounds[i].Cited = cited(tf.Rounds[i].Sources)
		}
		if err := doc.Err(); err != nil {
			var list ErrorList
			errors.As(err, &list)
			*errs = append(*errs, list...)
		}
		c.Timeline.Packages = append(c.Timeline.Packages, tf.Packages...)
		c.Timeline.Rounds = append(c.Timeline.Rounds, tf.Rounds...)
	}
	slices.SortStableFunc(c.Timeline.Rounds, func(a, b Round) int { return strings.Compare(string(a.Date), string(b.Date)) })
}

// checkPackage checks a package against the corpus: its members exist
// and name it, and exactly one is its core.
func (c *Corpus) checkPackage(doc *Document, p *Package, what string) {
	doc.Slug(&p.ID, p, what+": id")
	doc.Required(&p.Title, p, what+": title")
	doc.Date(&p.Date, p, what+": date")
	doc.Cite(&p.Sources, p, what)
	if len(p.Members) == 0 {
		doc.Add(p, "%s: members: expected the ids of the package's files", what)
	}
	cores := 0
	for i := range p.Members {
		f := c.Get(p.Members[i])
		switch {
		case f == nil:
			doc.Add(&p.Members[i], "%s: members[%d]: no proposal %q in the corpus%s", what, i, p.Members[i], DidYouMean(p.Members[i], c.IDs()))
		case f.Proposal.Package == nil || f.Proposal.Package.ID != p.ID:
			doc.Add(&p.Members[i], "%s: members[%d]: %s does not name the package; expected package: {id: %s, role: ...} in it", what, i, p.Members[i], p.ID)
		case f.Proposal.Package.Role == RoleCore:
			cores++
		}
	}
	if cores > 1 {
		doc.Add(&p.Members, "%s: %d members are the core; expected one", what, cores)
	}
}

// checkRound checks a round of talks.
func checkRound(doc *Document, r *Round, what string) {
	doc.Date(&r.Date, r, what+": date")
	doc.Required(&r.Title, r, what+": title")
	doc.Required(&r.Summary, r, what+": summary")
	for i := range r.Parties {
		doc.Party(&r.Parties[i], fmt.Sprintf("%s: parties[%d]", what, i))
	}
	doc.Cite(&r.Sources, r, what)
	doc.Confidence(&r.Confidence, r.Sources, what)
}

// checkPackages checks, for every file that names a package, that the
// timeline has it and lists the file.
func (c *Corpus) checkPackages(errs *ErrorList) {
	for _, f := range c.Files {
		ref := f.Proposal.Package
		if ref == nil {
			continue
		}
		var p *Package
		if c.Timeline != nil {
			p = c.Timeline.Package(ref.ID)
		}
		switch {
		case p == nil:
			errs.Add(f.Pos(&ref.ID), "package %q: not in the corpus's timeline/packages.yaml", ref.ID)
		case !slices.Contains(p.Members, f.Proposal.ID):
			errs.Add(f.Pos(&ref.ID), "package %q does not list %s among its members", ref.ID, f.Proposal.ID)
		}
	}
}
