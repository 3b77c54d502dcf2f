package proposals

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Map is the boundary data of one country's regions, projected and ready
// to draw as SVG. The catalogue holds one per file maps/<COUNTRY>.json,
// written by the generator in internal/mapgen:
//
//	{"country":"UA","credit":"...","view_box":"0 0 1000 667.3",
//	 "regions":[{"code":"UA-05","path":"M...Z"}, ...]}
//
// A map covers every region of its country in the region catalogue, and
// nothing else, sorted by code. Paths are SVG path data in the view box's
// units, to be filled with fill-rule evenodd: a region's holes (Kyiv city
// in Kyiv Oblast) are rings of its own path.
type Map struct {
	// Country is the code of the country, as in the region catalogue.
	Country string `json:"country"`
	// Credit names the source of the boundaries; every drawing shows it.
	Credit string `json:"credit"`
	// ViewBox is the SVG viewBox the paths are drawn in: "0 0 W H".
	ViewBox string `json:"view_box"`
	// Regions are the shapes, sorted by code.
	Regions []MapRegion `json:"regions"`
}

// MapRegion is the shape of one region.
type MapRegion struct {
	// Code is the region's ISO 3166-2 code.
	Code string `json:"code"`
	// Path is SVG path data: one closed subpath per ring, holes included.
	Path string `json:"path"`
}

// Map returns the map of a country, or nil when the catalogue has none.
func (c *Catalog) Map(country string) *Map {
	for i := range c.Maps {
		if c.Maps[i].Country == country {
			return &c.Maps[i]
		}
	}
	return nil
}

// Region returns the shape of the region of that code, or nil.
func (m *Map) Region(code string) *MapRegion {
	i, ok := slices.BinarySearchFunc(m.Regions, code, func(r MapRegion, s string) int { return strings.Compare(r.Code, s) })
	if !ok {
		return nil
	}
	return &m.Regions[i]
}

// Size returns the width and height of the view box.
func (m *Map) Size() (w, h float64) {
	f := strings.Fields(m.ViewBox)
	if len(f) != 4 {
		return 0, 0
	}
	w, _ = strconv.ParseFloat(f[2], 64)
	h, _ = strconv.ParseFloat(f[3], 64)
	return w, h
}

// loadMaps reads maps/*.json under dir and checks each map against the
// region catalogue, which must be loaded and sorted already.
func (c *Catalog) loadMaps(fsys fs.FS, dir string, errs *ErrorList) {
	files, err := fs.Glob(fsys, path.Join(dir, "maps", "*.json"))
	if err != nil {
		errs.Add(Pos{File: dir}, "%v", err)
		return
	}
	for _, name := range files {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs.Add(Pos{File: name}, "%v", err)
			continue
		}
		var m Map
		d := json.NewDecoder(bytes.NewReader(data))
		d.DisallowUnknownFields()
		if err := d.Decode(&m); err != nil {
			errs.Add(jsonPos(name, data, err), "%v", err)
			continue
		}
		n := len(*errs)
		if c.checkMap(name, &m, errs); len(*errs) == n {
			c.Maps = append(c.Maps, m)
		}
	}
}

// checkMap adds to errs what is wrong with a map read from file name.
func (c *Catalog) checkMap(name string, m *Map, errs *ErrorList) {
	pos := Pos{File: name}
	if want := strings.TrimSuffix(path.Base(name), ".json"); m.Country != want {
		errs.Add(pos, "map: country %q, want %q as the file name says", m.Country, want)
	}
	if w, h := m.Size(); w <= 0 || h <= 0 || !strings.HasPrefix(m.ViewBox, "0 0 ") {
		errs.Add(pos, "map %s: view_box %q: expected \"0 0 W H\" with W and H above zero", m.Country, m.ViewBox)
	}
	if m.Credit == "" {
		errs.Add(pos, "map %s: missing credit", m.Country)
	}
	if !slices.IsSortedFunc(m.Regions, func(a, b MapRegion) int { return strings.Compare(a.Code, b.Code) }) {
		errs.Add(pos, "map %s: regions not sorted by code", m.Country)
	}
	seen := make(map[string]bool)
	for _, r := range m.Regions {
		switch reg := c.Region(r.Code); {
		case seen[r.Code]:
			errs.Add(pos, "map %s: region %s drawn twice", m.Country, r.Code)
		case reg == nil || reg.Country != m.Country:
			errs.Add(pos, "map %s: region %q is not a region of %s in the catalogue", m.Country, r.Code, m.Country)
		case !validPath(r.Path):
			errs.Add(pos, "map %s: region %s: path is not SVG path data of the commands M, L, H, V, Z", m.Country, r.Code)
		}
		seen[r.Code] = true
	}
	for _, reg := range c.Regions {
		if reg.Country == m.Country && !seen[reg.Code] {
			errs.Add(pos, "map %s: no shape for region %s (%s)", m.Country, reg.Code, reg.Name)
		}
	}
}

// validPath reports whether p is non-empty path data made only of the
// commands of straight lines and of numbers, so that it is safe to write
// into an attribute as it is.
func validPath(p string) bool {
	if p == "" || (p[0] != 'M' && p[0] != 'm') {
		return false
	}
	for _, r := range p {
		if !strings.ContainsRune("MmLlHhVvZz0123456789.-+eE ,", r) {
			return false
		}
	}
	return true
}

// jsonPos places a JSON decoding error at its line and column when the
// error says where it is.
func jsonPos(name string, data []byte, err error) Pos {
	var off int64
	switch e := err.(type) {
	case *json.SyntaxError:
		off = e.Offset
	case *json.UnmarshalTypeError:
		off = e.Offset
	default:
		return Pos{File: name}
	}
	off = min(off, int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(off) - (bytes.LastIndexByte(before, '\n') + 1)
	return Pos{File: name, Line: line, Col: max(col, 1)}
}
