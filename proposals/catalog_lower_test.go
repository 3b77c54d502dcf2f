package proposals

import (
	"strings"
	"testing"
)

// TestCompareLower checks compareLower against comparing the lowercase
// forms, on every pair of a set of names: ASCII, accented, a Kelvin sign,
// invalid UTF-8, prefixes of one another.
func TestCompareLower(t *testing.T) {
	names := []string{"", "a", "A", "ab", "AB", "Ab", "b", "Reuters", "reuters", "REUTERSX", "Le Monde", "le monde ",
		"Élysée", "élysée", "Éa", "e", "\u212a", "k", "K", "\xff", "a\xff", "Z", "[", "_", "`", "{"}
	for _, a := range names {
		for _, b := range names {
			if got, want := compareLower(a, b), strings.Compare(strings.ToLower(a), strings.ToLower(b)); got != want {
				t.Errorf("compareLower(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}
