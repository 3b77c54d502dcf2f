package proposals

import (
	"io/fs"
	"os"
)

// DirInside returns the folder dir as a file system that is read only
// inside: a symbolic link that leads out of it is not followed (an
// [os.Root]). Call done when finished with it.
func DirInside(dir string) (fsys fs.FS, done func(), err error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, nil, err
	}
	return root.FS(), func() { root.Close() }, nil
}

// ReadRegular reads the file name of fsys, of at most limit bytes, named
// display in errors. A file that is not a regular file (a named pipe
// would block the reading for ever, a device never end) or a symbolic
// link out of fsys or to nothing is refused, with an [ErrorList] that
// names it, and not opened.
func ReadRegular(fsys fs.FS, name, display string, limit int64) ([]byte, error) {
	return readRegular(fsys, name, display, limit, make([]byte, 0, 512))
}

// readRegular is [ReadRegular], reading into buf, which it grows as
// needed.
func readRegular(fsys fs.FS, name, display string, limit int64, buf []byte) ([]byte, error) {
	if err := checkRegular(fsys, name, display); err != nil {
		return nil, err
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return readFile(display, file, limit, buf)
}

// checkRegular refuses a file that is a symbolic link out of fsys or to
// nothing, or that is not a regular file: it is not a proposal, and a
// named pipe would block the reading for ever.
func checkRegular(fsys fs.FS, name, display string) error {
	var errs ErrorList
	st, err := fs.Stat(fsys, name)
	if err != nil {
		if lst, lerr := fs.Lstat(fsys, name); lerr == nil && lst.Mode()&fs.ModeSymlink != 0 {
			errs.Add(Pos{File: display}, "a symbolic link outside the folder, or to nothing; not read")
			return errs.Err()
		}
		return err
	}
	if !st.Mode().IsRegular() {
		errs.Add(Pos{File: display}, "not a regular file (%s); not read", fileKind(st.Mode()))
		return errs.Err()
	}
	return nil
}

// fileKind names what a file that is not a regular file is.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
