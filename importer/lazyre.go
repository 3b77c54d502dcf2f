package importer

import (
	"regexp"
	"sync"
)

// lazyRE compiles pattern the first time it is asked for, not when the
// program starts: every command links the importer, only import uses its
// patterns, and compiling them all up front cost each command about 3 ms.
func lazyRE(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
