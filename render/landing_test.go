package render

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/peacediff/peacediff/redlines"
)

// TestLandingGolden renders the landing zones of the fixture texts against
// the fixture lines, today's and at a date, as text and JSON.
func TestLandingGolden(t *testing.T) {
	c := fixtureCorpus(t)
	ps, err := redlines.LoadDir(filepath.Join("testdata", "fixtures", "lines"), c.Catalog)
	if err != nil {
		t.Fatal(err)
	}
	set, err := redlines.Compile(c.Catalog, ps)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		lines redlines.LinesInForce
		date  string
	}{
		{"landing-today", redlines.Current, ""},
		{"landing-2025-06", redlines.AtDate, "2025-06-01"},
	} {
		l, err := set.LandingZones(c.Files, tc.lines, tc.date)
		if err != nil {
			t.Fatal(err)
		}
		goldenTwice(t, tc.name+".txt", func(b *bytes.Buffer) error { return LandingText(b, l, Options{Width: 80}) })
		goldenTwice(t, tc.name+".json", func(b *bytes.Buffer) error { return LandingJSON(b, l) })
	}
}

// TestSpectrumLandingGolden draws the fixture spectrum with today's
// landing zones: a row of ▬ in text, a pale band in SVG.
func TestSpectrumLandingGolden(t *testing.T) {
	r := fixtureCheck(t)
	c := fixtureCorpus(t)
	ps, err := redlines.LoadDir(filepath.Join("testdata", "fixtures", "lines"), c.Catalog)
	if err != nil {
		t.Fatal(err)
	}
	set, err := redlines.Compile(c.Catalog, ps)
	if err != nil {
		t.Fatal(err)
	}
	l, err := set.LandingZones(c.Files, redlines.Current, "")
	if err != nil {
		t.Fatal(err)
	}
	r.Spectrum.AttachLanding(l)
	goldenTwice(t, "spectrum-landing.txt", func(b *bytes.Buffer) error { return SpectrumText(b, r.Spectrum, Options{Width: 80}) })
	goldenTwice(t, "spectrum-landing.svg", func(b *bytes.Buffer) error { return SpectrumSVG(b, r.Spectrum) })
}
