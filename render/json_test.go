package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/peacediff/peacediff/compare"
)

// stdJSON is what encoding/json's Encoder writes for v with the options
// writeJSON promises to match.
func stdJSON(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestJSONMatchesStandardLibrary checks that the one-pass writer gives the
// bytes of encoding/json, on generated comparisons and on values that
// exercise escaping, floats, empty slices and omitempty. Invalid UTF-8 is
// left out on purpose: the standard library writes it as the escape
// \ufffd and the one-pass writer as the character itself, and no report
// can hold it, since the loader rejects a file that is not UTF-8.
func TestJSONMatchesStandardLibrary(t *testing.T) {
	pct := func(f float64) *float64 { return &f }
	cases := map[string]any{
		"escapes": []string{"<a href=\"x\">&</a>", "tab\there\nnew", "\u2028\u2029", "\x00\x1f", "é ñ 世界"},
		"floats": []*compare.Delta{
			{From: 1, To: 3, By: 2, Percent: pct(200)},
			{Percent: pct(1e21)}, {Percent: pct(1e-7)}, {Percent: pct(-0.5)},
			{Percent: pct(33.333333333333336)}, {Percent: pct(math.SmallestNonzeroFloat64)}, nil,
		},
		"empty":  &compare.Report{},
		"nested": map[string][]int{"b": {}, "a": nil, "c": {1, 2}},
	}
	for _, n := range []int{28, 1000} {
		c, files, _ := benchCorpus(t, n)
		r, err := compare.Compare(c, files, compare.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cases[fmt.Sprintf("points=%d", n)] = r
	}
	for name, v := range cases {
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			if err := writeJSON(&got, v); err != nil {
				t.Fatal(err)
			}
			if want := stdJSON(t, v); !bytes.Equal(got.Bytes(), want) {
				i := 0
				for i < len(want) && i < got.Len() && want[i] == got.Bytes()[i] {
					i++
				}
				t.Errorf("bytes differ from encoding/json at offset %d of %d", i, len(want))
			}
		})
	}
}
