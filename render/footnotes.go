package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/compare"
)

// footnotes numbers the sources a report shows, in the order they are
// first shown, across all proposals. A source cited by several proposals
// (the same URL) has one number.
type footnotes struct {
	r     *compare.Report
	num   map[string]int // by URL
	order []sourceRef
}

// sourceRef is source number source of proposal number proposal.
type sourceRef struct{ proposal, source int }

func newFootnotes(r *compare.Report) *footnotes {
	return &footnotes{r: r, num: make(map[string]int)}
}

// number returns the footnote number of a source, giving it the next one
// on first use.
func (f *footnotes) number(proposal, source int) int {
	url := f.r.Proposals[proposal].Sources[source].URL
	n, ok := f.num[url]
	if !ok {
		f.order = append(f.order, sourceRef{proposal, source})
		n = len(f.order)
		f.num[url] = n
	}
	return n
}

// maxRefs is how many footnote numbers a cell shows; the rest are counted.
const maxRefs = 4

// refs writes "[1,4]" for sources of proposal k, or "". Past maxRefs it
// writes the count of the others: "[1,2,3,4 +3]".
func (f *footnotes) refs(k int, sources []int) string {
	if len(sources) == 0 {
		return ""
	}
	var nums []string
	for _, s := range sources[:min(len(sources), maxRefs)] {
		nums = append(nums, strconv.Itoa(f.number(k, s)))
	}
	more := ""
	if len(sources) > maxRefs {
		more = fmt.Sprintf(" +%d", len(sources)-maxRefs)
	}
	return "[" + strings.Join(nums, ",") + more + "]"
}
