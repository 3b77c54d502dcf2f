package proposals

import (
	"slices"
	"strings"
)

// terms checks the typed terms, kind by kind (see [TermKind]): scale
// values, catalogue codes, the points each term names, and one entry per
// key; then the areas of unknown_terms.
func (v *validator) terms() {
	var areas []string
	for _, k := range TermKinds() {
		k.validate(v, v.p)
		if !slices.Contains(areas, k.Area()) {
			areas = append(areas, k.Area())
		}
	}
	for i := range v.p.UnknownTerms {
		if !slices.Contains(areas, v.p.UnknownTerms[i]) {
			v.add(&v.p.UnknownTerms[i], "unknown_terms[%d]: %q: expected %s", i, v.p.UnknownTerms[i], orList(areas))
		}
	}
}

// orList joins words as "a, b, c or d".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}
