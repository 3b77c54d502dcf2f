//go:build unix

package safefile

import (
	"os"
	"syscall"
)

// links returns the number of hard links of the file st describes.
func links(st os.FileInfo) uint64 {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return uint64(s.Nlink)
	}
	return 1
}

// sameOwner gives f the owner and group of the file st describes, where
// the process may.
func sameOwner(f *os.File, st os.FileInfo) {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		if int(s.Uid) != os.Getuid() || int(s.Gid) != os.Getgid() {
			f.Chown(int(s.Uid), int(s.Gid))
		}
	}
}
