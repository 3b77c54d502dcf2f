package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
)

// This file decides the words every human format shows for a value, a
// state and a change; text.go, markdown.go and html.go decide the layout.

// markOf is the one-character mark of a change, which reads without colour.
func markOf(k compare.ChangeKind) string {
	switch k {
	case compare.Same:
		return "="
	case compare.Moved, compare.Changed:
		return "~"
	case compare.Added:
		return "+"
	case compare.Removed, compare.Deleted:
		return "-"
	case compare.Unknown:
		return "?"
	case compare.Disputed:
		return "!"
	}
	return " "
}

// legend explains the marks.
const legend = "= same  ~ changed  + added  - removed or deleted  ? wording unknown  ! disputed"

// valueWords is what a term cell holds, in words.
func valueWords(row *compare.Row, c *compare.Cell) string {
	if c.Value == nil {
		if c.State == compare.StateUnknown {
			return "unknown (not reported)"
		}
		return "not addressed"
	}
	v := c.Value
	var s string
	switch row.Type {
	case proposals.Number:
		s = numberWords(v.Number, v.Unit)
	case proposals.Enum:
		s = v.Label
		if s == "" {
			s = v.Enum
		}
	case proposals.Set:
		members := make([]string, len(v.Set))
		for i, m := range v.Set {
			members[i] = humanize(m)
		}
		s = strings.Join(members, ", ")
	case proposals.Bool:
		s = "no"
		if v.Bool {
			s = "yes"
		}
	}
	if c.State == compare.StateDisputed {
		var parts []string
		for _, va := range c.Variants {
			parts = append(parts, va.Party+": "+va.Text)
		}
		s = "disputed (" + strings.Join(parts, "; ") + ")"
	}
	return s
}

// numberWords writes a number with its unit: "600,000 personnel", "40 km",
// and a zero count as "none allowed".
func numberWords(n int64, unit string) string {
	switch {
	case n == 0 && (unit == "count" || unit == ""):
		return "none allowed"
	case unit == "count" || unit == "":
		return thousands(n)
	}
	return thousands(n) + " " + unit
}

// thousands writes n with commas between groups of three digits.
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// changeWords describes a term's change: "+200,000 (+33.3%)", "toward
// Ukraine (2 steps)", "added: UA; removed: US". Empty when there is
// nothing to add to the values themselves.
func changeWords(c *compare.Cell) string {
	ch := c.Change
	if ch == nil {
		return ""
	}
	switch {
	case ch.Delta != nil:
		s := signed(ch.Delta.By)
		if ch.Delta.Percent != nil {
			s += fmt.Sprintf(" (%+.1f%%)", *ch.Delta.Percent)
		}
		return s
	case ch.Move != nil:
		arrow := "▲"
		if ch.Move.Steps < 0 {
			arrow = "▼"
		}
		return arrow + " " + ch.Move.Direction
	case ch.SetAdded != nil || ch.SetRemoved != nil:
		var parts []string
		if ch.SetAdded != nil {
			parts = append(parts, "added "+strings.Join(ch.SetAdded, ", "))
		}
		if ch.SetRemoved != nil {
			parts = append(parts, "dropped "+strings.Join(ch.SetRemoved, ", "))
		}
		return strings.Join(parts, "; ")
	}
	switch ch.Kind {
	case compare.Added:
		return "newly addressed"
	case compare.Removed:
		return "no longer addressed"
	case compare.Moved:
		return "same wording, renumbered"
	}
	return ""
}

func signed(n int64) string {
	if n > 0 {
		return "+" + thousands(n)
	}
	return thousands(n)
}

// stateWords is what a point cell shows when it has no wording.
func stateWords(c *compare.Cell) string {
	switch c.State {
	case compare.StateNotAddressed:
		return "(not in this text)"
	case compare.StateDeleted:
		return "(deleted)"
	case compare.StateUnknown:
		return "(in the text; wording not known)"
	}
	return ""
}

// rowLabel is a row's label, with its group for terms.
func rowLabel(row *compare.Row) string {
	if row.Group != "" {
		return row.Group + ": " + row.Label
	}
	return row.Label
}

// headerLine describes a proposal in one line.
func headerLine(h compare.Header) string {
	return fmt.Sprintf("%s · %s · %s · %s · %s", h.Title, h.Date, strings.ReplaceAll(h.Status, "-", " "), count(h.PointCount, "point"), count(len(h.Sources), "source"))
}

// countsWords sums up counts: "11 changed, 1 deleted, 7 unknown, 9 same".
func countsWords(c compare.Counts) string {
	var parts []string
	for _, k := range compare.ChangeKinds() {
		if k == compare.Same {
			continue
		}
		if n := c.Get(k); n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, k))
		}
	}
	parts = append(parts, fmt.Sprintf("%d same", c.Same))
	return strings.Join(parts, ", ")
}

// humanize writes a lowercase slug as words ("nato-statute" as "nato
// statute") and leaves codes such as UA-14 or US alone.
func humanize(s string) string {
	if strings.ToLower(s) != s {
		return s
	}
	return strings.ReplaceAll(s, "-", " ")
}

// count writes n and a noun, in the plural unless n is 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
