//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package sitedir

import (
	"errors"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// dirLock is the lock of a build on its folder: an advisory lock (flock)
// on a file beside the folder, which the system lets go of when the
// process ends, however it ends.
type dirLock struct {
	f    *os.File
	path string
}

// lock takes the lock of dir, or fails at once when another build holds
// it.
func lock(dir string) (*dirLock, error) {
	parent, base := split(dir)
	path := filepath.Join(parent, "."+base+".lock")
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, err
		}
		if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
			f.Close()
			if errors.Is(err, unix.EWOULDBLOCK) {
				return nil, errBusy(dir, path)
			}
			return nil, err
		}
		// A build removes the file before it lets go of the lock: the
		// lock holds only if the file is still the one at path.
		held, err1 := f.Stat()
		now, err2 := os.Stat(path)
		if err1 == nil && err2 == nil && os.SameFile(held, now) {
			return &dirLock{f: f, path: path}, nil
		}
		f.Close()
		if err1 != nil {
			return nil, err1
		}
	}
}

// unlock removes the lock file and lets go of the lock.
func (l *dirLock) unlock() {
	os.Remove(l.path)
	l.f.Close()
}
