//go:build !linux

package sitedir

// exchange swaps the folders a and b by two renames.
func exchange(a, b string) error { return swapByRenames(a, b) }
