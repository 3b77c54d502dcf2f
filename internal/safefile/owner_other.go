//go:build !unix

package safefile

import "os"

// links returns 1: hard links are not counted on this system.
func links(os.FileInfo) uint64 { return 1 }

// sameOwner does nothing on this system.
func sameOwner(*os.File, os.FileInfo) {}
