package compare

import (
	"runtime"
	"sync"
)

// inParallel runs each of jobs, at most GOMAXPROCS at a time, and waits
// for them all.
func inParallel(jobs []func()) {
	if len(jobs) == 1 {
		jobs[0]()
		return
	}
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, job := range jobs {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			job()
		})
	}
	wg.Wait()
}
