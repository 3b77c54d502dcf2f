package proposals

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// CompareLabels orders point labels in reading order, part by part, numbers
// by value: 2 before 10, 10 before 10.a, I.2 before I.10.
func CompareLabels(a, b string) int {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		na, ea := strconv.Atoi(pa[i])
		nb, eb := strconv.Atoi(pb[i])
		switch {
		case ea == nil && eb == nil && na != nb:
			return cmp.Compare(na, nb)
		case ea == nil && eb != nil:
			return -1
		case ea != nil && eb == nil:
			return 1
		case pa[i] != pb[i]:
			return strings.Compare(pa[i], pb[i])
		}
	}
	return cmp.Compare(len(pa), len(pb))
}

// SortLabels returns the labels sorted in reading order, without repeats.
func SortLabels(labels []string) []string {
	out := slices.Clone(labels)
	slices.SortFunc(out, CompareLabels)
	return slices.Compact(out)
}
