package redlines

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"path/filepath"
	"slices"

	"github.com/peacediff/peacediff/proposals"
)

//go:embed positions
var positionsFS embed.FS

// Line is a party's stated red line: what the party said it will not
// accept, in our words, with its sources, and a rule that tells whether a
// proposal crosses it. Lines live in YAML files of their own, one per
// party or group of parties (positions/ua.yaml, positions/ru.yaml, ...):
//
//	sources:                       # as in a proposal file
//	  - {id: rbc-ua, publisher: RBC-Ukraine, url: https://..., date: 2025-06-01, kind: newspaper}
//	positions:
//	  - id: ua-army-cap              # lowercase slug, unique over all files
//	    party: UA                    # parties.yaml
//	    date: 2025-12-24             # when the party stated it
//	    title: No cap below 800,000  # a few words, for column headers
//	    statement: ...               # what the party said, in our own words
//	    sources: [rbc-ua]
//	    confidence: confirmed        # as for a provision
//	    since: 2025-04-22            # optional: held from this earlier date
//	    replaced_by: {id: ua-x, date: 2026-01-10}   # optional: its successor, from when
//	    derived_from: [ukraine-us-20-point-2025-12] # optional: drawn from these texts
//	    reads: caps.filter(c, c.party == "UA")   # the terms the line is about
//	    rule: t.limit == "figure" && t.personnel < 800000   # true for a term that crosses it
//	    unknown: t.limit == "unspecified"        # optional: true for a term too vague to judge
//	    stance:                      # where the party stands, for the spectrum
//	      - {term: "cap:UA", personnel: 800000}
//	    cases:                       # small texts the rule must judge as said
//	      - want: crossed
//	        military: {caps: [{party: UA, personnel: 600000, applies: always, points: ["1"]}]}
//	      - want: unknown
//	        unknown_terms: [military]
//
// reads, rule and unknown are CEL expressions over the view of a
// proposal's terms (see the package documentation); [Compile] runs each
// line's cases and reports a rule that disagrees with one at the case.
type Line struct {
	ID    string
	Party string
	Date  proposals.Date
	// Title is a label of a few words.
	Title string
	// Statement is what the party said, in our own words.
	Statement string
	// Sources are the entries of the file's sources the line cites, in
	// the order cited.
	Sources    []proposals.Source
	Confidence proposals.Confidence
	// Since is when the party first held the line, when earlier than
	// Date; empty means Date.
	Since proposals.Date
	// ReplacedBy is the id of the line that replaced this one, from Until.
	ReplacedBy string
	Until      proposals.Date
	// DerivedFrom lists the texts the line is drawn from.
	DerivedFrom []string
	// Reads selects the terms of a proposal the line is about; Rule is
	// true for a term that crosses it; Unknown, when set, is true for a
	// term too vague to judge.
	Reads, Rule, Unknown proposals.Expr
	// Cases are the small texts the rule must judge as each says.
	Cases []Case
	// Stances say where the party stands on ordered terms.
	Stances []Stance
	// Note is the editors' remark on scope and doubts.
	Note string
	// File is the file's name; At is where the entry starts.
	File string
	At   proposals.Pos
}

// Stance is where a party stands on one ordered term: Term is the key of
// the term's axis on the spectrum ([proposals.Term.StanceKey]: "cap:UA",
// "region:UA-14", "line_of_contact", "nato.membership"), with Personnel
// for a number, or Value, a value of the term's scale.
type Stance struct {
	Term      string `yaml:"term"`
	Value     string `yaml:"value,omitempty"`
	Personnel int    `yaml:"personnel,omitempty"`
}

// linesFile is the YAML form of a file of red lines.
type linesFile struct {
	Sources   []proposals.Source `yaml:"sources"`
	Positions []lineEntry        `yaml:"positions"`
}

type lineEntry struct {
	ID          string               `yaml:"id"`
	Party       string               `yaml:"party"`
	Date        proposals.Date       `yaml:"date"`
	Since       proposals.Date       `yaml:"since,omitempty"`
	ReplacedBy  *replacement         `yaml:"replaced_by,omitempty"`
	DerivedFrom []string             `yaml:"derived_from,omitempty"`
	Title       string               `yaml:"title"`
	Statement   string               `yaml:"statement"`
	Sources     []string             `yaml:"sources"`
	Confidence  proposals.Confidence `yaml:"confidence"`
	Reads       string               `yaml:"reads"`
	Rule        string               `yaml:"rule"`
	Unknown     string               `yaml:"unknown,omitempty"`
	Stance      []Stance             `yaml:"stance,omitempty"`
	Cases       []caseEntry          `yaml:"cases,omitempty"`
	Note        string               `yaml:"note,omitempty"`
}

// replacement names the line that replaced another, and from when.
type replacement struct {
	ID   string         `yaml:"id"`
	Date proposals.Date `yaml:"date"`
}

// Embedded returns the red lines built into the binary, checked against
// cat. File names are embed paths such as "positions/ua.yaml".
func Embedded(cat *proposals.Catalog) ([]Line, error) {
	return Load(positionsFS, "positions", cat)
}

// Load reads, decodes strictly and validates every *.yaml file in dir of
// fsys. It returns a [proposals.ErrorList] with every problem of every
// file, each at its file:line:col, or the lines ordered by party (in the
// order of the party catalogue) and date, and as written within a date.
func Load(fsys fs.FS, dir string, cat *proposals.Catalog) ([]Line, error) {
	return load(fsys, dir, func(name string) string { return name }, cat)
}

// LoadDir is [Load] for a folder of the file system; file names in errors
// start with dir as given. The folder is read only inside: a symbolic
// link out of it is not followed, and a file that is not a regular file
// is not opened.
func LoadDir(dir string, cat *proposals.Catalog) ([]Line, error) {
	fsys, done, err := proposals.DirInside(dir)
	if err != nil {
		return nil, err
	}
	defer done()
	return load(fsys, ".", func(name string) string { return filepath.Join(dir, name) }, cat)
}

func load(fsys fs.FS, dir string, display func(string) string, cat *proposals.Catalog) ([]Line, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	var errs proposals.ErrorList
	if len(names) > proposals.MaxFiles {
		errs.Add(proposals.Pos{File: display(dir)}, "%d files of red lines: more than the limit of %d", len(names), proposals.MaxFiles)
		return nil, errs.Err()
	}
	var out []Line
	ids := map[string]Line{}
	for _, name := range names {
		lines, err := readLines(fsys, name, display(name), cat)
		if err != nil {
			var list proposals.ErrorList
			if !errors.As(err, &list) {
				return nil, err
			}
			errs = append(errs, list...)
		}
		for _, l := range lines {
			if first, dup := ids[l.ID]; dup {
				errs.Add(l.At, "position %q: id already used at %s", l.ID, first.At)
				continue
			}
			ids[l.ID] = l
			out = append(out, l)
		}
	}
	for _, l := range out {
		if l.ReplacedBy == "" {
			continue
		}
		next, ok := ids[l.ReplacedBy]
		switch {
		case !ok:
			errs.Add(l.At, "position %q: replaced_by: no line %q%s", l.ID, l.ReplacedBy, proposals.DidYouMean(l.ReplacedBy, slices.Sorted(maps.Keys(ids))))
		case next.Party != l.Party:
			errs.Add(l.At, "position %q: replaced_by: %q is a line of %s, not of %s", l.ID, l.ReplacedBy, next.Party, l.Party)
		}
	}
	if len(names) == 0 {
		errs.Add(proposals.Pos{File: display(dir)}, "no positions files (*.yaml)")
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	party := func(code string) int {
		return slices.IndexFunc(cat.Parties, func(p proposals.Party) bool { return p.Code == code })
	}
	slices.SortStableFunc(out, func(a, b Line) int {
		return cmp.Or(cmp.Compare(party(a.Party), party(b.Party)), cmp.Compare(a.Date, b.Date))
	})
	return out, nil
}

// readLines reads, decodes and validates one file of red lines. It
// returns the lines that could be decoded and a [proposals.ErrorList] of
// every problem.
func readLines(fsys fs.FS, name, display string, cat *proposals.Catalog) ([]Line, error) {
	data, err := proposals.ReadRegular(fsys, name, display, proposals.ReadLimit)
	if err != nil {
		return nil, err
	}
	var lf linesFile
	doc, err := proposals.DecodeDocument(display, data, &lf, cat)
	if err != nil {
		return nil, err
	}
	doc.Sources(&lf.Sources)
	if len(lf.Positions) == 0 && !doc.Bad(&lf.Positions) {
		doc.Add(&lf.Positions, "positions: expected at least one position")
	}
	out := make([]Line, 0, len(lf.Positions))
	for i := range lf.Positions {
		e := &lf.Positions[i]
		what := fmt.Sprintf("positions[%d]", i)
		if e.ID != "" {
			what = fmt.Sprintf("position %q", e.ID)
		}
		l := Line{
			ID: e.ID, Party: e.Party, Date: e.Date, Since: e.Since, DerivedFrom: e.DerivedFrom,
			Title: e.Title, Statement: e.Statement, Sources: checkEntry(doc, e, what),
			Confidence: e.Confidence, Stances: e.Stance, Note: e.Note, File: display, At: doc.Pos(e),
			Reads: doc.Expr(&e.Reads), Rule: doc.Expr(&e.Rule), Unknown: doc.Expr(&e.Unknown),
		}
		if e.ReplacedBy != nil {
			l.ReplacedBy, l.Until = e.ReplacedBy.ID, e.ReplacedBy.Date
		}
		for j := range e.Cases {
			l.Cases = append(l.Cases, newCase(doc, &e.Cases[j], fmt.Sprintf("%s: cases[%d]", what, j)))
		}
		out = append(out, l)
	}
	return out, doc.Err()
}
