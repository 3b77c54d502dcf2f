//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package sitedir

import (
	"errors"
	"os"
	"path/filepath"
)

// dirLock is the lock of a build on its folder: a file beside the folder
// that only one build can create. A build that is killed leaves it
// behind, and the message says to remove it.
type dirLock struct {
	path string
}

// lock takes the lock of dir, or fails at once when the lock file exists.
func lock(dir string) (*dirLock, error) {
	parent, base := split(dir)
	path := filepath.Join(parent, "."+base+".lock")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return nil, errors.New(errBusy(dir, path).Error() + " (if no build is running, remove " + path + ")")
	}
	if err != nil {
		return nil, err
	}
	f.Close()
	return &dirLock{path: path}, nil
}

// unlock removes the lock file.
func (l *dirLock) unlock() { os.Remove(l.path) }
