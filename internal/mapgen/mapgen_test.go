package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

func readFixture(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "tiny.geojson"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestDeterministic: the same input gives the same bytes.
func TestDeterministic(t *testing.T) {
	data := readFixture(t)
	opts := options{Country: "XX", Credit: "test"}
	a, _, err := generate(data, opts)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := generate(data, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatalf("two runs differ:\n%s\n%s", a, b)
	}
}

// TestRoundTrip: the paths read back give the projected positions of the
// fixture, to the rounding; holes and islands are kept, the other
// country's feature left out, and a ring that rounding merges dropped.
func TestRoundTrip(t *testing.T) {
	out, st, err := generate(readFixture(t), options{Country: "XX", Credit: "Made with test data"})
	if err != nil {
		t.Fatal(err)
	}
	var m proposals.Map
	d := json.NewDecoder(bytes.NewReader(out))
	d.DisallowUnknownFields()
	if err := d.Decode(&m); err != nil {
		t.Fatalf("output is not a map: %v\n%s", err, out)
	}
	if m.Country != "XX" || m.Credit != "Made with test data" {
		t.Errorf("country, credit = %q, %q", m.Country, m.Credit)
	}
	// Longitudes 0 to 4 fill the width less the margins; latitudes 0 to 2
	// are scaled by 1/cos(1°) against them.
	k := math.Cos(math.Pi / 180)
	scale := (1000 - 2*margin) / (4 * k)
	project := func(lon, lat float64) [2]float64 { return [2]float64{margin + lon*k*scale, margin + (2-lat)*scale} }
	wantH := math.Ceil((2*scale+2*margin)*10) / 10
	if want := "0 0 1000 " + strconv.FormatFloat(wantH, 'f', -1, 64); m.ViewBox != want {
		t.Errorf("view box %q, want %q", m.ViewBox, want)
	}
	want := map[string][][][2]float64{
		"XX-01": {{project(0.5, 0.5), project(1.5, 0.5), project(1.5, 1.5), project(0.5, 1.5)}},
		"XX-02": {
			{project(0, 0), project(2, 0), project(2, 2), project(0, 2)},
			{project(0.5, 0.5), project(0.5, 1.5), project(1.5, 1.5), project(1.5, 0.5)},
		},
		"XX-03": {
			{project(2, 0), project(4, 0), project(4, 1), project(2, 1)},
			{project(3, 1.5), project(3.5, 1.5), project(3.5, 2)},
		},
	}
	var codes []string
	for _, r := range m.Regions {
		codes = append(codes, r.Code)
		rings, err := parsePath(r.Path)
		if err != nil {
			t.Fatalf("%s: %v: %q", r.Code, err, r.Path)
		}
		w := want[r.Code]
		if len(rings) != len(w) {
			t.Fatalf("%s: %d rings, want %d: %q", r.Code, len(rings), len(w), r.Path)
		}
		for i := range rings {
			if len(rings[i]) != len(w[i]) {
				t.Fatalf("%s ring %d: %v, want %v", r.Code, i, rings[i], w[i])
			}
			for j, p := range rings[i] {
				if math.Abs(p[0]-w[i][j][0]) > 0.05+1e-9 || math.Abs(p[1]-w[i][j][1]) > 0.05+1e-9 {
					t.Errorf("%s ring %d point %d: %v, want %v", r.Code, i, j, p, w[i][j])
				}
			}
		}
	}
	if got := strings.Join(codes, " "); got != "XX-01 XX-02 XX-03" {
		t.Errorf("regions %s, want XX-01 XX-02 XX-03 in order", got)
	}
	if st.DroppedRings != 1 || st.Rings != 5 || st.Regions != 3 || st.Vertices != 19 {
		t.Errorf("stats %+v, want 3 regions, 5 rings, 1 dropped, 19 vertices", st)
	}
}

// parsePath reads back the paths mapgen writes: "M x y l dx dy ... Z" per
// ring, as absolute points.
func parsePath(d string) ([][][2]float64, error) {
	var rings [][][2]float64
	for _, sub := range strings.Split(d, "Z") {
		if sub == "" {
			continue
		}
		head, tail, ok := strings.Cut(strings.TrimPrefix(sub, "M"), "l")
		if !ok || !strings.HasPrefix(sub, "M") {
			return nil, strconv.ErrSyntax
		}
		nums, err := numbers(head + " " + tail)
		if err != nil || len(nums)%2 != 0 {
			return nil, strconv.ErrSyntax
		}
		ring := [][2]float64{{nums[0], nums[1]}}
		for i := 2; i < len(nums); i += 2 {
			last := ring[len(ring)-1]
			ring = append(ring, [2]float64{last[0] + nums[i], last[1] + nums[i+1]})
		}
		rings = append(rings, ring)
	}
	return rings, nil
}

// numbers splits "1.2-3 .4" into 1.2, -3, 0.4.
func numbers(s string) ([]float64, error) {
	s = strings.ReplaceAll(s, "-", " -")
	var out []float64
	for _, f := range strings.Fields(s) {
		n, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

// TestNumber: tenths are written without needless zeros.
func TestNumber(t *testing.T) {
	for _, tc := range []struct {
		in   int64
		want string
	}{{0, "0"}, {5, ".5"}, {-5, "-.5"}, {10, "1"}, {12, "1.2"}, {-1234, "-123.4"}, {-20, "-2"}} {
		if got := number(tc.in); got != tc.want {
			t.Errorf("number(%d) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestErrors: input that is not a country's regions is refused.
func TestErrors(t *testing.T) {
	tests := []struct {
		name, in, wantErr string
	}{
		{"not json", "{", "unexpected end"},
		{"not a collection", `{"type":"Feature"}`, "want FeatureCollection"},
		{"no region", `{"type":"FeatureCollection","features":[]}`, "no feature with an iso_3166_2 code of XX"},
		{"point", `{"type":"FeatureCollection","features":[{"properties":{"iso_3166_2":"XX-1"},"geometry":{"type":"Point","coordinates":[0,0]}}]}`, `geometry "Point"`},
		{"twice", `{"type":"FeatureCollection","features":[` +
			`{"properties":{"iso_3166_2":"XX-1"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},` +
			`{"properties":{"iso_3166_2":"XX-1"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}`, "region XX-1: two features"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := generate([]byte(tc.in), options{Country: "XX"})
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("generate = %v, want an error with %q", err, tc.wantErr)
			}
		})
	}
}

// TestRun: the command writes the file and says what it did; bad usage
// exits 2.
func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "XX.json")
	var stderr bytes.Buffer
	if code := run([]string{"-in", filepath.Join("testdata", "tiny.geojson"), "-country", "XX", "-out", out}, &stderr); code != 0 {
		t.Fatalf("run = %d: %s", code, &stderr)
	}
	if !strings.Contains(stderr.String(), "3 regions, 5 rings (1 dropped)") {
		t.Errorf("stderr %q", &stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Error(err)
	}
	if code := run([]string{"-country", "XX"}, &stderr); code != 2 {
		t.Errorf("run without -in = %d, want 2", code)
	}
}

// TestCommittedMap: the map in the catalogue is what the generator makes of
// the shared boundary file, when that file is at hand (it is not needed to
// build or test peacediff).
func TestCommittedMap(t *testing.T) {
	src := filepath.Join("..", "..", "..", "shared", "data", "ukraine-admin1.geojson")
	data, err := os.ReadFile(src)
	if err != nil {
		t.Skipf("no boundary file: %v", err)
	}
	got, _, err := generate(data, options{Country: "UA", Credit: defaultCredit})
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "proposals", "catalog", "maps", "UA.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("proposals/catalog/maps/UA.json is not what mapgen makes; rerun the command in mapgen's doc comment")
	}
}
