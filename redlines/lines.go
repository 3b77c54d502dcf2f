package redlines

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
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
//	    reads: caps.filter(c, c.party == "UA")   # the terms the line is about
//	    rule: t.personnel < 800000   # true for a term that crosses the line
//	    stance:                      # where the party stands, for the spectrum
//	      - {term: "cap:UA", personnel: 800000}
//
// reads and rule are CEL expressions over the view of a proposal's terms
// (see the package documentation).
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
	// Reads selects the terms of a proposal the line is about; Rule is
	// true for a term that crosses it.
	Reads, Rule proposals.Expr
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
	ID         string               `yaml:"id"`
	Party      string               `yaml:"party"`
	Date       proposals.Date       `yaml:"date"`
	Title      string               `yaml:"title"`
	Statement  string               `yaml:"statement"`
	Sources    []string             `yaml:"sources"`
	Confidence proposals.Confidence `yaml:"confidence"`
	Reads      string               `yaml:"reads"`
	Rule       string               `yaml:"rule"`
	Stance     []Stance             `yaml:"stance,omitempty"`
	Note       string               `yaml:"note,omitempty"`
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
// start with dir as given.
func LoadDir(dir string, cat *proposals.Catalog) ([]Line, error) {
	return load(os.DirFS(dir), ".", func(name string) string { return filepath.Join(dir, name) }, cat)
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
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := proposals.ReadFile(display, f, proposals.ReadLimit)
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
		out = append(out, Line{
			ID: e.ID, Party: e.Party, Date: e.Date, Title: e.Title, Statement: e.Statement,
			Sources:    checkEntry(doc, e, what),
			Confidence: e.Confidence, Stances: e.Stance, Note: e.Note, File: display, At: doc.Pos(e),
			Reads: doc.Expr(&e.Reads), Rule: doc.Expr(&e.Rule),
		})
	}
	return out, doc.Err()
}
