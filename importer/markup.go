package importer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// keptSimilarity is how alike, without a mark-up, a point's words must be
// to those of the same point of the other text to count as kept: the Dice
// coefficient of their sets of words, figures included.
const keptSimilarity = 0.8

// movedSimilarity is how alike the words of a point and of a point of the
// other text under another label must be to align them.
const movedSimilarity = 0.6

// unlikeSimilarity is how unlike the words of two points of the same
// label must be for a text without mark-up to look for the point under
// another label.
const unlikeSimilarity = 0.3

// align sets each point against the points of Options.From: by label
// first, then by wording. In a mark-up (bold, inserted or struck runs) a
// point with no marked run is kept, one struck whole is deleted and one
// with marked runs is changed; in a text without mark-up, a point is kept
// when its words match those of its counterpart.
func (d *draft) align() {
	from := d.opts.From
	markup := false
	for _, p := range d.points {
		markup = markup || p.body.has(inserted) || p.body.has(struck)
	}
	d.markup = markup
	used := map[string]bool{}
	for i := range d.points {
		p := &d.points[i]
		old := collapse(p.body.without(inserted))
		if pr := from.Provision(p.Label); pr != nil && !used[p.Label] {
			p.From, p.Similarity = p.Label, dice(old, d.fromText(pr))
		}
		if p.From == "" || p.Similarity < unlikeSimilarity && !markup {
			// No point of that label, or one unlike it: a point renumbered.
			if label, sim := d.closest(old, used); sim >= movedSimilarity {
				p.From, p.Similarity = label, sim
			}
		}
		if p.From == "" {
			continue
		}
		used[p.From] = true
		counterpart := from.Provision(p.From)
		p.Topic = counterpart.Topic
		switch {
		case p.State == proposals.StateUnknown:
		case markup && p.body.only(struck) && p.From == p.Label:
			p.State = proposals.StateDeleted
		case markup && !p.body.has(inserted) && !p.body.has(struck) && p.From == p.Label:
			p.State = proposals.StateKept
		case !markup && p.From == p.Label && p.Similarity >= keptSimilarity && sameFigures(p.Figures, figures(d.fromText(counterpart))):
			p.State = proposals.StateKept
		default:
			p.State = ""
		}
	}
	d.dropStruck()
	var missing []string
	for _, pr := range from.Proposal.Provisions {
		if !used[pr.Point] {
			missing = append(missing, pr.Point)
		}
	}
	switch len(missing) {
	case 0:
	case 1:
		d.warn(1, "%s's point %s is not in the text: not marked deleted, as a point left out is not a point struck", from.Proposal.ID, missing[0])
	default:
		d.warn(1, "%s's points %s are not in the text: not marked deleted, as a point left out is not a point struck", from.Proposal.ID, strings.Join(missing, ", "))
	}
}

// fromText is the wording of a point of From: its own text, or the
// heading of a point that gives only one.
func (d *draft) fromText(pr *proposals.Provision) string {
	if pr.Text != "" {
		return pr.Text
	}
	return pr.Heading
}

// closest returns the label of the point of From not yet aligned whose
// words are most like text, and how alike they are.
func (d *draft) closest(text string, used map[string]bool) (string, float64) {
	best, bestSim := "", 0.0
	for _, pr := range d.opts.From.Proposal.Provisions {
		if used[pr.Point] || d.hasLabel(pr.Point) {
			continue
		}
		if s := dice(text, d.fromText(&pr)); s > bestSim {
			best, bestSim = pr.Point, s
		}
	}
	return best, bestSim
}

// hasLabel reports whether the import has a point of that label.
func (d *draft) hasLabel(label string) bool {
	return slices.ContainsFunc(d.points, func(p Point) bool { return p.Label == label })
}

// dice is the Dice coefficient of the sets of lowercased words of a and b,
// figures included: 1 for the same words, 0 for none in common.
func dice(a, b string) float64 {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range words(s) {
			m[strings.ToLower(w)] = true
		}
		return m
	}
	sa, sb := set(a), set(b)
	if len(sa)+len(sb) == 0 {
		return 0
	}
	common := 0
	for w := range sa {
		if sb[w] {
			common++
		}
	}
	return 2 * float64(common) / float64(len(sa)+len(sb))
}

// sameFigures reports whether two points state the same figures.
func sameFigures(a, b []Figure) bool {
	key := func(fs []Figure) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.String())
		}
		slices.Sort(out)
		return out
	}
	return slices.Equal(key(a), key(b))
}

// changes describes what a mark-up changed in a point: its inserted and
// struck runs, each cut to a few words.
func changes(r rich) string {
	var parts []string
	for _, s := range r {
		t := collapse(s.text)
		if !hasWord(t) {
			continue
		}
		switch s.mark {
		case inserted:
			parts = append(parts, fmt.Sprintf("inserted %q", shorten(t, 8)))
		case struck:
			parts = append(parts, fmt.Sprintf("struck %q", shorten(t, 8)))
		}
	}
	return strings.Join(parts, "; ")
}

// shorten cuts s to n words.
func shorten(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return s
	}
	return strings.Join(f[:n], " ") + " ..."
}

func pluralWord(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
