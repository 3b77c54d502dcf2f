// Package parallel runs independent jobs on a bounded number of
// goroutines.
package parallel

import (
	"errors"
	"runtime"
	"sync"
)

// Run runs each of jobs, at most GOMAXPROCS at a time, waits for them all
// and returns their errors joined in the jobs' order (nil when none
// failed). A single job runs on the caller's goroutine.
func Run(jobs []func() error) error {
	if len(jobs) == 1 {
		return jobs[0]()
	}
	errs := make([]error, len(jobs))
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, job := range jobs {
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			errs[i] = job()
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}
