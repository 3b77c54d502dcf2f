package proposals

import (
	"encoding/json"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// TestEmbeddedMaps: the embedded catalogue has a map of Ukraine with a shape
// for each of its 27 regions, sorted by code, and none for other countries.
func TestEmbeddedMaps(t *testing.T) {
	c, err := DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	m := c.Map("UA")
	if m == nil {
		t.Fatal(`Map("UA") = nil`)
	}
	if got := len(m.Regions); got != 27 {
		t.Errorf("map UA has %d regions, want 27", got)
	}
	for _, code := range []string{"UA-30", "UA-32", "UA-40", "UA-43"} {
		if r := m.Region(code); r == nil || r.Path == "" {
			t.Errorf("Region(%q) = %v, want a shape", code, r)
		}
	}
	// Kyiv Oblast has two rings: its outline and the hole of Kyiv city.
	if got := strings.Count(m.Region("UA-32").Path, "M"); got != 2 {
		t.Errorf("UA-32 has %d rings, want 2 (Kyiv city is a hole)", got)
	}
	if w, h := m.Size(); w != 1000 || h <= 0 {
		t.Errorf("Size() = %v, %v, want 1000 wide", w, h)
	}
	if !strings.Contains(m.Credit, "Natural Earth") {
		t.Errorf("Credit = %q, want Natural Earth named", m.Credit)
	}
	if c.Map("RU") != nil || c.Map("") != nil {
		t.Error("a map for a country without a boundary file")
	}
}

// catalogWith is the embedded catalogue's files plus extra ones.
func catalogWith(t *testing.T, extra map[string]string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	err := fs.WalkDir(catalogFS, "catalog", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(p, "catalog/maps/") {
			return err
		}
		data, err := fs.ReadFile(catalogFS, p)
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range extra {
		fsys[name] = &fstest.MapFile{Data: []byte(s)}
	}
	return fsys
}

// ruMap is a valid map of the three Russian regions of the catalogue.
func ruMap(edit func(*Map)) string {
	m := Map{Country: "RU", Credit: "test", ViewBox: "0 0 100 50", Regions: []MapRegion{
		{Code: "RU-BEL", Path: "M0 0l10 0 0 10Z"},
		{Code: "RU-BRY", Path: "M20 0L30 0 30 10Z"},
		{Code: "RU-KRS", Path: "M40 0l10 0 0 10ZM42 2l1 0 0 1Z"},
	}}
	if edit != nil {
		edit(&m)
	}
	b, _ := json.Marshal(m)
	return string(b)
}

// TestLoadMaps: another country's map is only a file; a map that does not
// fit the region catalogue is refused with every problem.
func TestLoadMaps(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		data    string
		wantErr string
	}{
		{"valid", "catalog/maps/RU.json", ruMap(nil), ""},
		{"file name", "catalog/maps/XX.json", ruMap(nil), `country "RU", want "XX"`},
		{"unknown region", "catalog/maps/RU.json", ruMap(func(m *Map) { m.Regions[0].Code = "RU-AAA" }), `region "RU-AAA" is not a region of RU`},
		{"missing region", "catalog/maps/RU.json", ruMap(func(m *Map) { m.Regions = m.Regions[1:] }), "no shape for region RU-BEL (Belgorod Oblast)"},
		{"unsorted", "catalog/maps/RU.json", ruMap(func(m *Map) { m.Regions[0], m.Regions[1] = m.Regions[1], m.Regions[0] }), "not sorted"},
		{"twice", "catalog/maps/RU.json", ruMap(func(m *Map) { m.Regions[1] = m.Regions[0] }), "RU-BEL drawn twice"},
		{"unsafe path", "catalog/maps/RU.json", ruMap(func(m *Map) { m.Regions[0].Path = `M0 0"/><script>` }), "RU-BEL: path is not SVG path data"},
		{"curve", "catalog/maps/RU.json", ruMap(func(m *Map) { m.Regions[0].Path = "M0 0C1 1 2 2 3 3Z" }), "RU-BEL: path is not SVG path data"},
		{"view box", "catalog/maps/RU.json", ruMap(func(m *Map) { m.ViewBox = "0 0 0 50" }), `view_box "0 0 0 50"`},
		{"credit", "catalog/maps/RU.json", ruMap(func(m *Map) { m.Credit = "" }), "missing credit"},
		{"unknown field", "catalog/maps/RU.json", `{"country":"RU","scale":1}`, `catalog/maps/RU.json: json: unknown field "scale"`},
		{"syntax", "catalog/maps/RU.json", "{\"country\":\"RU\",\n \"regions\": [}", "catalog/maps/RU.json:2:14: invalid character '}'"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := LoadCatalog(catalogWith(t, map[string]string{tc.file: tc.data}), "catalog")
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("LoadCatalog = %v, want no error", err)
				}
				if m := c.Map("RU"); m == nil || len(m.Regions) != 3 {
					t.Fatalf(`Map("RU") = %v, want 3 regions`, m)
				}
				if c.Map("UA") != nil {
					t.Errorf(`Map("UA") without a file for it`)
				}
				return
			}
			var list ErrorList
			if !errors.As(err, &list) || !strings.Contains(list.Lines(), tc.wantErr) {
				t.Fatalf("LoadCatalog = %v, want an error list with %q", err, tc.wantErr)
			}
		})
	}
}
