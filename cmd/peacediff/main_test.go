package main

import (
	"flag"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite golden files and the expected output in test scripts")

func TestMain(m *testing.M) {
	// Tests that must kill a real process run this binary as peacediff.
	if os.Getenv("PEACEDIFF_AS_MAIN") == "1" {
		os.Exit(run(os.Args[1:], System()))
	}
	testscript.Main(m, map[string]func(){
		"peacediff": func() { os.Exit(run(os.Args[1:], System())) },
	})
}

// TestScripts runs the real binary on the scripts in testdata/script.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "")
			return nil
		},
	})
}
