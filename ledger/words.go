package ledger

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// ReadingMark marks a value that is the editors' reading of a text, as the
// other reports do.
const ReadingMark = "°"

// Short is the value's label with the reading mark when it is a reading.
func (v Value) Short() string {
	if v.Reading {
		return v.Label + ReadingMark
	}
	return v.Label
}

// Words describes the value for a reader: "800,000 personnel (4, 5.a)",
// with the reading mark after the value when it is a reading.
func (v Value) Words() string {
	s := v.Label
	if v.Reading {
		s += ReadingMark
	}
	if len(v.Points) > 0 {
		s += " (" + strings.Join(v.Points, ", ") + ")"
	}
	return s
}

// Size says how far the term moved: "2 steps toward Ukraine" on a
// scale, "+200,000 personnel (+33.3%)" for a number.
func (m *Move) Size() string {
	if m.Scale != "" {
		n := max(m.Steps, -m.Steps)
		unit := "steps"
		if n == 1 {
			unit = "step"
		}
		return fmt.Sprintf("%d %s %s", n, unit, m.Direction)
	}
	switch {
	case m.To.Value == string(proposals.LimitNone):
		return "from a cap to none"
	case m.From.Value == string(proposals.LimitNone):
		return "from no cap to a cap"
	}
	s := signed(m.By)
	if m.Unit != "" {
		s += " " + m.Unit
	}
	if m.Percent != nil {
		p := "+" + strconv.FormatFloat(*m.Percent, 'f', 1, 64)
		if *m.Percent < 0 {
			p = "−" + strconv.FormatFloat(-*m.Percent, 'f', 1, 64)
		}
		s += " (" + p + "%)"
	}
	return s
}

// signed writes n with its sign and thousands separators.
func signed(n int64) string {
	if n < 0 {
		return "−" + proposals.Thousands(-n)
	}
	return "+" + proposals.Thousands(n)
}

// Words says the direction for the party, and the lines it is measured
// against: "toward Ukraine: no longer crosses ua-army-cap (from
// 2025-12-11)", "away from Russia (ru-no-nato: permanent neutrality, from
// 2021-12-17)".
func (t Toward) Words() string {
	when := "from " + t.LineDate
	switch {
	case t.Today:
		when = "today's line, from " + t.LineDate
	case t.Later:
		when = "stated later, from " + t.LineDate
	}
	lines := strings.Join(t.Lines, ", ")
	if len(t.Reads) > 0 {
		when += "; its rule also reads " + strings.Join(t.Reads, ", ") + ", left out here"
	}
	if t.Basis == "stance" {
		dir := "toward " + t.Name
		switch t.Direction {
		case "away":
			dir = "away from " + t.Name
		case "level":
			dir = "level for " + t.Name
		}
		return fmt.Sprintf("%s (stance of %s: %s, %s)", dir, lines, t.Stance, when)
	}
	switch {
	case t.Direction == "within":
		return fmt.Sprintf("within the line of %s at both ends (%s, %s)", t.Name, lines, when)
	case t.Effect == "meets":
		return fmt.Sprintf("toward %s: no longer crosses %s (%s)", t.Name, lines, when)
	case t.Effect == "crosses":
		return fmt.Sprintf("away from %s: now crosses %s (%s)", t.Name, lines, when)
	case t.Direction == "toward":
		return fmt.Sprintf("toward %s: still crosses %s, by less (%s)", t.Name, lines, when)
	case t.Direction == "away":
		return fmt.Sprintf("away from %s: crosses %s by more (%s)", t.Name, lines, when)
	}
	return fmt.Sprintf("level for %s: crosses %s as far (%s)", t.Name, lines, when)
}

// Words says which later text took the move back, and to what.
func (b *TakeBack) Words() string {
	how := "taken back"
	if !b.Full {
		how = "partly taken back"
	}
	return fmt.Sprintf("%s by %s (%s): %s", how, b.Text.Short, b.Text.Date, b.Value.Words())
}

// Heading names the step: "US 28-point draft → E3 counter-proposal,
// 2025-11-23, answers; proposed by E3".
func (s *Step) Heading() string {
	by := strings.Join(s.ProposedBy, ", ")
	if by == "" {
		by = "no proposer recorded"
	}
	return fmt.Sprintf("%s (%s) → %s (%s), %s; proposed by %s", s.From.Short, s.From.Date, s.To.Short, s.To.Date, s.Relation, by)
}

// Words describes a dropped point: "point 7 (NATO membership), left out;
// restored by X as 5".
func (d *Drop) Words() string {
	how := strings.ReplaceAll(d.How, "-", " ")
	s := fmt.Sprintf("point %s (%s), %s", d.Point, d.Label, how)
	if d.Point == "" {
		s = fmt.Sprintf("%s, %s", d.Label, how)
	}
	if d.RestoredBy == nil {
		return s + "; not restored by a later text"
	}
	at := ""
	if d.RestoredBy.Point != "" {
		at = " as point " + d.RestoredBy.Point
	}
	return fmt.Sprintf("%s; restored by %s (%s)%s", s, d.RestoredBy.Text.Short, d.RestoredBy.Text.Date, at)
}

// Words describes a summary entry: "Forces of Ukraine: personnel cap,
// 600,000 → 800,000 (US 28-point draft → E3)".
func (e Entry) Words() string {
	return fmt.Sprintf("%s, %s → %s (%s)", e.TermName.Words(), e.From, e.To, e.Step)
}

// Counts says how many moves, take-backs and unknown terms a lineage has:
// "12 moves in 10 steps, 2 taken back; 40 terms unknown at one end".
func (l *Lineage) Counts() string {
	moves, back, unknown := 0, 0, 0
	for _, s := range l.Steps {
		moves += len(s.Moves)
		unknown += len(s.Unknown)
		for _, m := range s.Moves {
			if m.TakenBack != nil {
				back++
			}
		}
	}
	return fmt.Sprintf("%d texts, %s, %s, %d taken back; %s unknown at one end of a step (not counted as moves)",
		len(l.Texts), plural(len(l.Steps), "step"), plural(moves, "move"), back, plural(unknown, "term"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// Words describes a split: "Donetsk Oblast (UA-14): status, Russian de
// facto (21.a) → UA: frozen on the line of contact, 1 step toward
// Ukraine; US: demilitarised zone, 2 steps toward Ukraine".
func (s *Split) Words() string {
	var parts []string
	for _, v := range s.Variants {
		w := v.Party + ": " + v.Label
		switch n := max(v.Steps, -v.Steps); {
		case n == 1:
			w += ", 1 step " + v.Direction
		case n > 1:
			w += fmt.Sprintf(", %d steps %s", n, v.Direction)
		case v.Placed:
			w += ", no move"
		}
		parts = append(parts, w)
	}
	return s.TermName.Words() + ", " + s.From.Words() + " → " + strings.Join(parts, "; ")
}

// Words describes a stated term: "Donetsk Oblast (UA-14): status, Russian
// de facto (21.a)".
func (s Stated) Words() string { return s.TermName.Words() + ", " + s.Value.Words() }

// Words describes a change off the scales: "Forces of Ukraine: cap
// applies, always (6) → in peacetime (6)".
func (c *Change) Words() string {
	return c.TermName.Words() + ", " + c.From.Words() + " → " + c.To.Words()
}
