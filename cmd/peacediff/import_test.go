package main

import (
	"io"
	"strings"
	"testing"
)

// TestImportFlags checks the flags of import through the runF hook.
func TestImportFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    importOptions
		wantErr string
	}{
		{"defaults", []string{"leak.txt", "--id", "x-2030"}, importOptions{input: "leak.txt", id: "x-2030"}, ""},
		{"every flag", []string{"-", "--id", "x-2030", "--from", "us-28-point-2025-11", "--answers", "--input-format", "html", "-o", "out.yaml", "--force"},
			importOptions{input: "-", id: "x-2030", from: "us-28-point-2025-11", answers: true, format: "html", out: "out.yaml", force: true}, ""},
		{"no id", []string{"leak.txt"}, importOptions{}, "--id ID is required"},
		{"no input", []string{"--id", "x"}, importOptions{}, "accepts 1 arg(s), received 0"},
		{"answers without from", []string{"leak.txt", "--id", "x", "--answers"}, importOptions{}, "--answers needs --from OTHER"},
		{"bad format", []string{"leak.txt", "--id", "x", "--input-format", "pdf"}, importOptions{}, `"pdf" for "--input-format" flag: expected one of text, markdown, html`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ios, _, _ := Test("")
			var got *importOptions
			cmd := newImportCmd(&app{ios: ios}, func(o *importOptions) error { got = o; return nil })
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
			g := *got
			g.app = nil
			if g != tc.want {
				t.Errorf("Execute(%q) gave %+v, want %+v", tc.args, g, tc.want)
			}
		})
	}
}
