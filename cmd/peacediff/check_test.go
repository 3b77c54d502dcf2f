package main

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

// TestCheckFlags parses the check command's flags in process, through the
// runF hook, as gh's command tests do.
func TestCheckFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    checkOptions
		wantErr string
	}{
		{"defaults", nil, checkOptions{output: outputFlags{format: "text"}}, ""},
		{"ids and flags", []string{"a", "b.yaml", "--spectrum", "--exit-code", "--format", "json", "-o", "out.json", "--positions", "dir"},
			checkOptions{args: []string{"a", "b.yaml"}, spectrum: true, exitCode: true, positions: "dir", output: outputFlags{format: "json", out: "out.json"}}, ""},
		{"bad format", []string{"--format", "xml"}, checkOptions{}, "expected one of text, markdown, html, json"},
		{"unknown flag", []string{"--spectra"}, checkOptions{}, "unknown flag: --spectra"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ios, _, _ := Test("")
			var got *checkOptions
			cmd := newCheckCmd(&app{ios: ios}, func(o *checkOptions) error { got = o; return nil })
			cmd.SetArgs(tc.args)
			cmd.SetOut(io.Discard)
			cmd.SetErr(io.Discard)
			err := cmd.Execute()
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("Execute(%q) = %v, want %q", tc.args, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Execute(%q) = %v", tc.args, err)
			}
			if !slices.Equal(got.args, tc.want.args) || got.spectrum != tc.want.spectrum || got.exitCode != tc.want.exitCode ||
				got.positions != tc.want.positions || got.output.format != tc.want.output.format || got.output.out != tc.want.output.out {
				t.Errorf("Execute(%q) gave %+v, want %+v", tc.args, *got, tc.want)
			}
		})
	}
}

// TestRunCheck runs the check in process: the texts of the issue, the
// exit status of --exit-code, and a broken rule.
func TestRunCheck(t *testing.T) {
	tests := []struct {
		name      string
		opts      checkOptions
		wantOut   []string
		wantExit  int
		wantError string
	}{
		{"three texts", checkOptions{args: []string{"us-28-point-2025-11", "e3-counterproposal-2025-11", "ukraine-us-20-point-2025-12"}},
			[]string{"3 texts against 22 red lines", "✗ US 28-point draft: Autonomous Republic of Crimea (UA-43)", "✗ 20-point framework: Donetsk Oblast (UA-14)"}, exitOK, ""},
		{"exit code when crossed", checkOptions{args: []string{"us-28-point-2025-11"}, exitCode: true}, nil, exitDiffer, ""},
		{"exit code when nothing is crossed", checkOptions{args: []string{"china-position-2023-02"}, exitCode: true}, []string{"0 crossed"}, exitOK, ""},
		{"spectrum as JSON", checkOptions{args: []string{"us-28-point-2025-11"}, spectrum: true, output: outputFlags{format: "json"}},
			[]string{`"spectrum": {`, `"key": "region:UA-14"`}, exitOK, ""},
		{"positions not a folder", checkOptions{positions: "check_test.go"}, nil, exitTrouble, "--positions check_test.go: not a folder"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ios, out, errOut := Test("")
			opts := tc.opts
			opts.app = &app{ios: ios}
			if opts.output.format == "" {
				opts.output.format = "text"
			}
			err := runCheck(&opts)
			if code := report(errOut, err); code != tc.wantExit {
				t.Fatalf("runCheck: exit %d (%v), want %d", code, err, tc.wantExit)
			}
			if tc.wantError != "" && !strings.Contains(errOut.String(), tc.wantError) {
				t.Errorf("stderr = %q, want %q", errOut, tc.wantError)
			}
			for _, want := range tc.wantOut {
				if !strings.Contains(out.String(), want) {
					t.Errorf("output lacks %q", want)
				}
			}
		})
	}
}

// TestLoadPositionsDir: red lines of one's own, with a broken rule reported
// by the check at its file:line:col.
func TestLoadPositionsDir(t *testing.T) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loadPositions("", cat); err != nil {
		t.Errorf("built-in positions: %v", err)
	}
	_, err = loadPositions("nowhere", cat)
	if err == nil || errors.As(err, new(*usageError)) {
		t.Errorf("loadPositions(nowhere) = %v, want an error that is not a usage error", err)
	}
}
