package main

import (
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMapFlags: the map command's arguments and flags reach its options.
func TestMapFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    mapOptions
		wantErr bool
	}{
		{"id", []string{"us-28-point-2025-11"}, mapOptions{arg: "us-28-point-2025-11"}, false},
		{"output", []string{"e3", "-o", "e3.svg", "--against", "us"}, mapOptions{arg: "e3", out: "e3.svg", against: "us"}, false},
		{"no argument", nil, mapOptions{}, true},
		{"two arguments", []string{"a", "b"}, mapOptions{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ios, _, _ := Test("")
			var got *mapOptions
			cmd := newMapCmd(&app{ios: ios}, func(o *mapOptions) error { got = o; return nil })
			cmd.SetArgs(tc.args)
			cmd.SetOut(io.Discard)
			cmd.SetErr(io.Discard)
			err := cmd.Execute()
			if tc.wantErr {
				if err == nil {
					t.Fatalf("map %v: no error", tc.args)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.arg != tc.want.arg || got.out != tc.want.out || got.against != tc.want.against {
				t.Errorf("map %v = %+v, want %+v", tc.args, *got, tc.want)
			}
		})
	}
}

// TestRunMap: the map is an SVG document on standard output, or in the
// file -o names; --against outlines what changed.
func TestRunMap(t *testing.T) {
	ios, out, _ := Test("")
	if err := runMap(&mapOptions{app: &app{ios: ios}, arg: "us-28-point-2025-11"}); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(out.Bytes(), new(struct{})); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if !strings.Contains(out.String(), `id="UA-43"`) || strings.Contains(out.String(), "outlined") {
		t.Errorf("map of the US draft: no Crimea, or outlines without --against")
	}
	path := filepath.Join(t.TempDir(), "e3.svg")
	ios, out, _ = Test("")
	if err := runMap(&mapOptions{app: &app{ios: ios}, arg: "e3-counterproposal-2025-11", against: "us-28-point-2025-11", out: path}); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 {
		t.Errorf("-o: %d bytes on standard output", out.Len())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "outlined: status differs from US 28-point draft (6)") {
		t.Errorf("--against: the six regions of 21.a and 21.b are not outlined")
	}
}
