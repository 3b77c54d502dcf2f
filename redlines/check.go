package redlines

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// ErrNoProposals is returned when there is nothing to check.
var ErrNoProposals = errors.New("nothing to check: give at least one proposal")

// LinesInForce chooses which lines judge a text.
type LinesInForce int

// The choices.
const (
	// AtDate judges each text by the lines each party held at the text's
	// date: a line stated later is "later line", one replaced by then is
	// "replaced", and neither judges the text.
	AtDate LinesInForce = iota
	// Current judges every text by the lines in force today, whatever its
	// date; replaced lines judge nothing.
	Current
	// All judges every text by every line, whatever the dates.
	All
)

var linesNames = [...]string{"at-date", "current", "all"}

// String returns "at-date", "current" or "all".
func (l LinesInForce) String() string { return linesNames[l] }

// LinesNamed returns the choice named name, and whether there is one.
func LinesNamed(name string) (LinesInForce, bool) {
	i := slices.Index(linesNames[:], name)
	return LinesInForce(max(i, 0)), i >= 0
}

// LinesNames lists the names of the choices.
func LinesNames() []string { return slices.Clone(linesNames[:]) }

// Check evaluates the lines of the set against every file, in the order
// given, the lines in force chosen by lines. A line drawn from a text is
// not tested against it. Check fails only when a rule cannot be evaluated
// (a [proposals.ErrorList] at the rule's place); the same input gives the
// same report.
func (s *RuleSet) Check(files []*proposals.File, lines LinesInForce) (*Report, error) {
	if len(files) == 0 {
		return nil, ErrNoProposals
	}
	r := &Report{SchemaVersion: SchemaVersion, Kind: "check", LinesInForce: lines.String()}
	views := make([]*View, len(files))
	for i, f := range files {
		p := f.Proposal
		r.Proposals = append(r.Proposals, Proposal{
			ID: p.ID, Title: p.Title, Short: p.Short, Date: string(p.Date), Status: string(p.Status),
			Proposers: slices.Clone(p.Proposers),
		})
		views[i] = NewView(p, s.cat)
		r.Summary.ByProposal = append(r.Summary.ByProposal, Counts{ID: p.ID})
	}
	var errs proposals.ErrorList
	spent := make([]uint64, len(views)) // what the lines cost on each text
	for _, ru := range s.lines {
		line := s.line(ru.pos)
		for i, v := range views {
			p := files[i].Proposal
			c, ok := notJudged(ru.pos, p, lines)
			if !ok {
				if spent[i] > textBudget { // reported once, at the line that went over
					line.Cells = append(line.Cells, Cell{})
					continue
				}
				var err error
				c, err = s.judgeCost(ru, p.ID, p, v, &spent[i])
				if err == nil && spent[i] > textBudget {
					err = overBudget(ru, p.ID)
				}
				if err != nil {
					errs = append(errs, err.(proposals.ErrorList)...)
					line.Cells = append(line.Cells, Cell{})
					continue
				}
			}
			r.Summary.ByProposal[i].Add(c.Verdict)
			r.Summary.Add(c.Verdict)
			if c.Verdict == Crossed {
				line.Crossed++
			}
			line.Cells = append(line.Cells, c)
		}
		r.Lines = append(r.Lines, line)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	r.Summary.Lines, r.Summary.Proposals = len(r.Lines), len(r.Proposals)
	r.Summary.AnyCrossed = r.Summary.Crossed > 0
	return r, nil
}

// notJudged returns the cell of a line that does not judge text p, and
// true: a line drawn from the text, one stated after it or replaced before
// it (at the text's date), one replaced (for the current lines).
func notJudged(l Line, p *proposals.Proposal, lines LinesInForce) (Cell, bool) {
	from := cmp.Or(l.Since, l.Date)
	switch {
	case slices.Contains(l.DerivedFrom, p.ID):
		return Cell{Verdict: Derived, Why: "the line is drawn from this text"}, true
	case lines == Current && l.ReplacedBy != "":
		return Cell{Verdict: Replaced, Why: "replaced by " + l.ReplacedBy + " from " + string(l.Until)}, true
	case lines != AtDate || p.Date == "":
	case earliest(from) > latest(p.Date):
		return Cell{Verdict: LaterLine, Why: "held from " + string(from) + ", after the text (" + string(p.Date) + ")"}, true
	case l.ReplacedBy != "" && latest(l.Until) <= earliest(p.Date):
		return Cell{Verdict: Replaced, Why: "replaced by " + l.ReplacedBy + " from " + string(l.Until) + ", before the text (" + string(p.Date) + ")"}, true
	}
	return Cell{}, false
}

// earliest and latest are the first and last days a date can mean:
// "2025-11" runs from "2025-11-01" to "2025-11-31" (a bound, not a day).
func earliest(d proposals.Date) string { return pad(string(d), "-01") }
func latest(d proposals.Date) string   { return pad(string(d), "-12", "-31") }

func pad(d string, month string, day ...string) string {
	switch len(d) {
	case 4:
		d += month
		fallthrough
	case 7:
		if len(day) > 0 {
			return d + day[0]
		}
		return d + month
	}
	return d
}

// line describes a position as a line of the report, without cells.
func (s *RuleSet) line(p Line) *LineCheck {
	l := &LineCheck{
		ID: p.ID, Party: p.Party, PartyName: s.cat.PartyName(p.Party), Date: string(p.Date), Title: p.Title,
		Statement: p.Statement, Confidence: string(p.Confidence), Note: p.Note,
		Since: string(p.Since), ReplacedBy: p.ReplacedBy, Until: string(p.Until), DerivedFrom: p.DerivedFrom,
		Reads: p.Reads.Text, Rule: p.Rule.Text, Unknown: p.Unknown.Text, At: p.At.String(),
	}
	for _, src := range p.Sources {
		l.Sources = append(l.Sources, Source{
			Publisher: src.Publisher, Relays: src.Relays, Title: src.Title, URL: src.URL,
			Date: string(src.Date), Kind: string(src.Kind),
		})
	}
	return l
}

// witness describes a term that crosses a line, in the words of its
// facets: the main one's value, the others as detail.
// A variant's party, when set, names the drafter whose value of a
// disputed term crosses the line.
func (s *RuleSet) witness(t *Term, variant string) Witness {
	src := t.src
	w := Witness{Term: t.Kind, Key: src.Subject, Name: src.Group, Points: proposals.SortLabels(t.Points), Reading: src.Reading}
	if len(src.Facets) == 0 {
		return w
	}
	main := src.Facets[0]
	w.Label = main.Value.Words(main.Type)
	switch {
	case main.Value.Limit != "":
		w.Value = main.Value.Limit // "none", "unspecified": no figure
	case main.Type == proposals.Number:
		w.Value = strconv.FormatInt(main.Value.Number, 10)
	case main.Type == proposals.Bool:
		w.Value = strconv.FormatBool(main.Value.Bool)
	default:
		w.Value = main.Value.Enum
	}
	if w.Name == "" {
		w.Name = main.Label
	}
	var detail []string
	for _, f := range src.Facets[1:] {
		detail = append(detail, f.Label+" "+f.Value.Words(f.Type))
	}
	if variant != "" {
		for _, tv := range src.Variants {
			if tv.Party == variant {
				w.Value, w.Label = tv.Value, tv.Label
			}
		}
		detail = append(detail, "in the variant of "+s.cat.PartyName(variant))
	}
	w.Detail = strings.Join(detail, ", ")
	return w
}

// overBudget is the error of line ru that took the lines together over
// textBudget on text id: the lines after it are not evaluated on the text.
func overBudget(ru *rule, id string) error {
	var errs proposals.ErrorList
	errs.Add(ru.pos.Reads.Pos, "position %q: evaluating it on %s: the red lines together cost more than %d on this text, the budget of every line on one text; the lines after this one were not evaluated on it", ru.pos.ID, id, textBudget)
	return errs.Err()
}
