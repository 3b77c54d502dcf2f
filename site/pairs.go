package site

import (
	"fmt"

	"github.com/peacediff/peacediff/proposals"
)

// pairs lists the comparison pages, without repeats, in a stable order.
func (b *builder) pairs() ([]pair, error) {
	var out []pair
	seen := map[string]bool{}
	add := func(x, y *proposals.File, why string) {
		key := pairPath(x, y)
		if x == y || seen[key] {
			return
		}
		seen[key] = true
		out = append(out, pair{x, y, why})
	}
	for _, f := range b.c.Files {
		for _, s := range f.Proposal.Supersedes {
			if g := b.c.Get(s.ID); g != nil {
				add(g, f, string(s.Relation))
			}
		}
	}
	if err := b.sameMonthBound(); err != nil {
		return nil, err
	}
	for i, f := range b.c.Files {
		for _, g := range b.c.Files[i+1:] {
			if month(f) != "" && month(f) == month(g) {
				add(f, g, "same month")
			}
		}
	}
	for _, p := range b.opts.Pairs {
		x, y := b.c.Get(p[0]), b.c.Get(p[1])
		if x == nil || y == nil {
			return nil, fmt.Errorf("pair %s:%s: no such proposal in the corpus", p[0], p[1])
		}
		add(x, y, "asked for")
	}
	return out, nil
}

// sameMonthBound fails when the texts dated in the same month make more
// than [MaxSameMonth] pairs, naming the busiest month.
func (b *builder) sameMonthBound() error {
	count := map[string]int{}
	for _, f := range b.c.Files {
		if m := month(f); m != "" {
			count[m]++
		}
	}
	total, busiest := 0, ""
	for m, n := range count {
		total += n * (n - 1) / 2
		if busiest == "" || n > count[busiest] || n == count[busiest] && m < busiest {
			busiest = m
		}
	}
	if total <= MaxSameMonth {
		return nil
	}
	return fmt.Errorf("the texts dated in the same month make %d pairs to compare (%d texts in %s), more than the %d a site builds: build it from fewer texts", total, count[busiest], busiest, MaxSameMonth)
}

// month is the year and month of a text's date, or "" when the date has
// only a year.
func month(f *proposals.File) string {
	d := string(f.Proposal.Date)
	if len(d) < 7 {
		return ""
	}
	return d[:7]
}

func pairPath(a, b *proposals.File) string {
	return "c/" + a.Proposal.ID + "--" + b.Proposal.ID + ".html"
}
