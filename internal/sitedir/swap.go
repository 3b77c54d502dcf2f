package sitedir

import "os"

// swapByRenames swaps the folders a and b with a third name. Between the
// two renames b is briefly missing, which an atomic exchange avoids.
func swapByRenames(a, b string) error {
	aside := a + ".old"
	if err := os.Rename(b, aside); err != nil {
		return err
	}
	if err := os.Rename(a, b); err != nil {
		os.Rename(aside, b)
		return err
	}
	return os.Rename(aside, a)
}
