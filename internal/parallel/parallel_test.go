package parallel

import (
	"errors"
	"sync/atomic"
	"testing"
)

// TestRun: every job runs once, and the errors come back in the jobs'
// order whatever order the jobs end in.
func TestRun(t *testing.T) {
	errA, errB := errors.New("a"), errors.New("b")
	tests := []struct {
		name string
		errs []error
		want string
	}{
		{"none", nil, ""},
		{"one that fails", []error{errA}, "a"},
		{"all succeed", []error{nil, nil, nil}, ""},
		{"two fail, in order", []error{nil, errA, nil, errB}, "a\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ran atomic.Int32
			var jobs []func() error
			for _, err := range tt.errs {
				jobs = append(jobs, func() error { ran.Add(1); return err })
			}
			err := Run(jobs)
			if int(ran.Load()) != len(tt.errs) {
				t.Errorf("%d jobs ran, want %d", ran.Load(), len(tt.errs))
			}
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("error %q, want %q", got, tt.want)
			}
		})
	}
}
