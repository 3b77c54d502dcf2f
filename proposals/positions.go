package proposals

import (
	"cmp"
	"embed"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
)

//go:embed positions
var positionsFS embed.FS

// Position is a party's stated red line: what the party said it will not
// accept, in our words, with its sources, and a rule that tells whether a
// proposal crosses it. Positions live in YAML files of their own, one per
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
// reads and rule are expressions that package redlines compiles and
// documents; this package keeps their text and where it came from.
type Position struct {
	ID    string
	Party string
	Date  Date
	// Title is a label of a few words.
	Title string
	// Statement is what the party said, in our own words.
	Statement string
	// Sources are the entries of the file's sources the position cites, in
	// the order cited.
	Sources    []Source
	Confidence Confidence
	// Reads selects the terms of a proposal the line is about; Rule is
	// true for a term that crosses it.
	Reads, Rule Expr
	// Stances say where the party stands on ordered terms.
	Stances []Stance
	// Note is the editors' remark on scope and doubts.
	Note string
	// File is the file's name; Pos is where the entry starts.
	File string
	Pos  Pos
}

// Stance is where a party stands on one ordered term. Term is one of
// "cap:<party>" (a personnel cap on that party's forces, with Personnel),
// "nato.membership", "line_of_contact" or "region:<ISO 3166-2 code>" (with
// Value, a value of the term's scale; see [StanceScale]).
type Stance struct {
	Term      string `yaml:"term"`
	Value     string `yaml:"value,omitempty"`
	Personnel int    `yaml:"personnel,omitempty"`
}

// The kinds of term a [Stance] can name.
const (
	StanceCap            = "cap"
	StanceNATOMembership = "nato.membership"
	StanceLineOfContact  = "line_of_contact"
	StanceRegion         = "region"
)

// StanceScale returns the kind of a stance term ("cap", "region", ...),
// its key ("UA", "UA-14", or "" for terms without one) and the name of the
// scale its values come from ("" for a cap, which is a number).
func StanceScale(term string) (kind, key, scale string) {
	kind, key, _ = strings.Cut(term, ":")
	switch kind {
	case StanceNATOMembership:
		scale = ScaleNATOMembership
	case StanceLineOfContact:
		scale = ScaleLineOfContact
	case StanceRegion:
		scale = ScaleRegionStatus
	}
	return kind, key, scale
}

// positionsFile is the YAML form of a positions file.
type positionsFile struct {
	Sources   []Source        `yaml:"sources"`
	Positions []positionEntry `yaml:"positions"`
}

type positionEntry struct {
	ID         string     `yaml:"id"`
	Party      string     `yaml:"party"`
	Date       Date       `yaml:"date"`
	Title      string     `yaml:"title"`
	Statement  string     `yaml:"statement"`
	Sources    []string   `yaml:"sources"`
	Confidence Confidence `yaml:"confidence"`
	Reads      string     `yaml:"reads"`
	Rule       string     `yaml:"rule"`
	Stance     []Stance   `yaml:"stance,omitempty"`
	Note       string     `yaml:"note,omitempty"`
}

// EmbeddedPositions returns the positions built into the binary, checked
// against cat. File names are embed paths such as "positions/ua.yaml".
func EmbeddedPositions(cat *Catalog) ([]Position, error) {
	return LoadPositions(positionsFS, "positions", cat)
}

// LoadPositions reads, decodes strictly and validates every *.yaml file in
// dir of fsys. It returns an [ErrorList] with every problem of every file,
// each at its file:line:col, or the positions ordered by party (in the
// order of the party catalogue) and date, and as written within a date.
func LoadPositions(fsys fs.FS, dir string, cat *Catalog) ([]Position, error) {
	return loadPositions(fsys, dir, func(name string) string { return name }, cat)
}

// LoadPositionsDir is [LoadPositions] for a folder of the file system; file
// names in errors start with dir as given.
func LoadPositionsDir(dir string, cat *Catalog) ([]Position, error) {
	return loadPositions(os.DirFS(dir), ".", func(name string) string { return filepath.Join(dir, name) }, cat)
}

func loadPositions(fsys fs.FS, dir string, display func(string) string, cat *Catalog) ([]Position, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	if len(names) > MaxFiles {
		var errs ErrorList
		errs.Add(Pos{File: display(dir)}, "%d positions files: more than the limit of %d", len(names), MaxFiles)
		return nil, errs.Err()
	}
	var errs ErrorList
	var out []Position
	ids := map[string]Position{}
	for _, name := range names {
		data, err := readLimited(fsys, name, display(name))
		if err != nil {
			if !addErrors(&errs, err) {
				return nil, err
			}
			continue
		}
		ps, err := parsePositions(display(name), data, cat)
		addErrors(&errs, err)
		for _, p := range ps {
			if first, dup := ids[p.ID]; dup {
				errs.Add(p.Pos, "position %q: id already used at %s", p.ID, first.Pos)
				continue
			}
			ids[p.ID] = p
			out = append(out, p)
		}
	}
	if len(names) == 0 {
		errs.Add(Pos{File: display(dir)}, "no positions files (*.yaml)")
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	party := func(code string) int {
		return slices.IndexFunc(cat.Parties, func(p Party) bool { return p.Code == code })
	}
	slices.SortStableFunc(out, func(a, b Position) int {
		return cmp.Or(cmp.Compare(party(a.Party), party(b.Party)), cmp.Compare(a.Date, b.Date))
	})
	return out, nil
}

func readLimited(fsys fs.FS, name, display string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadFile(display, f, ReadLimit)
}

// parsePositions decodes and validates one positions file. It returns the
// entries that could be decoded and an ErrorList of every problem.
func parsePositions(name string, data []byte, cat *Catalog) ([]Position, error) {
	root, err := parseNode(name, data)
	if err != nil {
		return nil, err
	}
	var errs ErrorList
	f := &File{Name: name, Proposal: new(Proposal), pos: make(map[any]Pos), bad: make(map[any]bool)}
	var pf positionsFile
	d := &decoder{file: name, errs: &errs, pos: f.pos, bad: f.bad, fields: make(map[reflect.Type]fieldSet)}
	d.decode(root, reflect.ValueOf(&pf).Elem(), "")
	f.Proposal.Sources = pf.Sources
	v := &validator{f: f, cat: cat, p: f.Proposal}
	v.sources()
	if len(pf.Positions) == 0 && !f.bad[&pf.Positions] {
		v.add(&pf.Positions, "positions: expected at least one position")
	}
	out := make([]Position, 0, len(pf.Positions))
	for i := range pf.Positions {
		e := &pf.Positions[i]
		v.position(e, i)
		p := Position{
			ID: e.ID, Party: e.Party, Date: e.Date, Title: e.Title, Statement: e.Statement,
			Confidence: e.Confidence, Stances: e.Stance, Note: e.Note, File: name, Pos: f.Pos(e),
			Reads: newExpr(data, f.Pos(&e.Reads), e.Reads),
			Rule:  newExpr(data, f.Pos(&e.Rule), e.Rule),
		}
		for _, id := range e.Sources {
			if s := v.srcs[id]; s != nil {
				p.Sources = append(p.Sources, *s)
			}
		}
		out = append(out, p)
	}
	errs = append(errs, v.errs...)
	return out, errs.Err()
}
