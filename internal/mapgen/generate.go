package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// options say what map to make.
type options struct {
	Country string  // keep the codes that start with Country + "-"
	Credit  string  // the credit line written into the map
	Width   float64 // width of the view box; 0 means 1000
}

// margin is the room left around the shapes, in view box units, so that
// strokes, even thick ones, are not cut off at the edge.
const margin = 6

// stats count what the generator did.
type stats struct {
	Regions, Rings, DroppedRings, Vertices, InputVertices int
}

type featureCollection struct {
	Type     string    `json:"type"`
	Features []feature `json:"features"`
}

type feature struct {
	Geometry struct {
		Type        string          `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	} `json:"geometry"`
	Properties struct {
		Code string `json:"iso_3166_2"`
	} `json:"properties"`
}

// region is one region's rings in longitude and latitude.
type region struct {
	code  string
	rings [][][]float64
}

// generate makes the map JSON of opts.Country from GeoJSON data.
func generate(data []byte, opts options) ([]byte, stats, error) {
	var st stats
	regions, err := readRegions(data, opts.Country)
	if err != nil {
		return nil, st, err
	}
	width := opts.Width
	if width <= 0 {
		width = 1000
	}
	minLon, minLat, maxLon, maxLat := bounds(regions)
	k := math.Cos((minLat + maxLat) / 2 * math.Pi / 180)
	scale := (width - 2*margin) / ((maxLon - minLon) * k)
	if math.IsInf(scale, 0) || math.IsNaN(scale) {
		return nil, st, errors.New("the shapes have no width")
	}
	// tenths projects a position to tenths of a view box unit. The
	// conversions round each product, so that no platform fuses a multiply
	// and an add and rounds a coordinate the other way.
	tenths := func(p []float64) (int64, int64) {
		x := float64(float64((p[0]-minLon)*k)*scale) + margin
		y := float64((maxLat-p[1])*scale) + margin
		return int64(math.Round(x * 10)), int64(math.Round(y * 10))
	}
	height := math.Ceil(((maxLat-minLat)*scale+2*margin)*10) / 10
	m := proposals.Map{
		Country: opts.Country,
		Credit:  opts.Credit,
		ViewBox: "0 0 " + strconv.FormatFloat(width, 'f', -1, 64) + " " + strconv.FormatFloat(height, 'f', -1, 64),
	}
	for _, r := range regions {
		var b strings.Builder
		for _, ring := range r.rings {
			st.InputVertices += len(ring)
			n := writeRing(&b, ring, tenths)
			if n == 0 {
				st.DroppedRings++
				continue
			}
			st.Rings++
			st.Vertices += n
		}
		if b.Len() == 0 {
			return nil, st, fmt.Errorf("region %s: every ring vanishes at this scale", r.code)
		}
		m.Regions = append(m.Regions, proposals.MapRegion{Code: r.code, Path: b.String()})
	}
	st.Regions = len(m.Regions)
	return encode(&m), st, nil
}

// readRegions decodes the features of a country, sorted by code, their
// rings unclosed (GeoJSON repeats the first position at the end).
func readRegions(data []byte, country string) ([]region, error) {
	var fc featureCollection
	if err := json.Unmarshal(data, &fc); err != nil {
		return nil, err
	}
	if fc.Type != "FeatureCollection" {
		return nil, fmt.Errorf("type %q, want FeatureCollection", fc.Type)
	}
	var out []region
	for i, f := range fc.Features {
		code := f.Properties.Code
		if !strings.HasPrefix(code, country+"-") || code == country+"-" {
			continue
		}
		var polys [][][][]float64
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &p); err != nil {
				return nil, fmt.Errorf("feature %d (%s): %w", i, code, err)
			}
			polys = [][][][]float64{p}
		case "MultiPolygon":
			if err := json.Unmarshal(f.Geometry.Coordinates, &polys); err != nil {
				return nil, fmt.Errorf("feature %d (%s): %w", i, code, err)
			}
		default:
			return nil, fmt.Errorf("feature %d (%s): geometry %q, want Polygon or MultiPolygon", i, code, f.Geometry.Type)
		}
		r := region{code: code}
		for _, p := range polys {
			for _, ring := range p {
				for _, pos := range ring {
					if len(pos) < 2 {
						return nil, fmt.Errorf("feature %d (%s): position with %d numbers", i, code, len(pos))
					}
				}
				if len(ring) > 1 && slices.Equal(ring[0][:2], ring[len(ring)-1][:2]) {
					ring = ring[:len(ring)-1]
				}
				r.rings = append(r.rings, ring)
			}
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no feature with an iso_3166_2 code of %s", country)
	}
	slices.SortFunc(out, func(a, b region) int { return strings.Compare(a.code, b.code) })
	for i := 1; i < len(out); i++ {
		if out[i].code == out[i-1].code {
			return nil, fmt.Errorf("region %s: two features", out[i].code)
		}
	}
	return out, nil
}

// bounds returns the bounding box of every position.
func bounds(regions []region) (minLon, minLat, maxLon, maxLat float64) {
	minLon, minLat = math.Inf(1), math.Inf(1)
	maxLon, maxLat = math.Inf(-1), math.Inf(-1)
	for _, r := range regions {
		for _, ring := range r.rings {
			for _, p := range ring {
				minLon, maxLon = min(minLon, p[0]), max(maxLon, p[0])
				minLat, maxLat = min(minLat, p[1]), max(maxLat, p[1])
			}
		}
	}
	return minLon, minLat, maxLon, maxLat
}

// writeRing writes a ring as a closed subpath and returns its number of
// vertices, or writes nothing and returns 0 when rounding leaves fewer
// than three distinct points.
func writeRing(b *strings.Builder, ring [][]float64, tenths func([]float64) (int64, int64)) int {
	var pts [][2]int64
	for _, p := range ring {
		x, y := tenths(p)
		if n := len(pts); n > 0 && pts[n-1] == [2]int64{x, y} {
			continue
		}
		pts = append(pts, [2]int64{x, y})
	}
	for len(pts) > 1 && pts[0] == pts[len(pts)-1] {
		pts = pts[:len(pts)-1]
	}
	if len(pts) < 3 {
		return 0
	}
	b.WriteString("M")
	b.WriteString(number(pts[0][0]))
	writeNumber(b, pts[0][1])
	b.WriteString("l")
	for i := 1; i < len(pts); i++ {
		if i == 1 {
			b.WriteString(number(pts[i][0] - pts[i-1][0]))
		} else {
			writeNumber(b, pts[i][0]-pts[i-1][0])
		}
		writeNumber(b, pts[i][1]-pts[i-1][1])
	}
	b.WriteString("Z")
	return len(pts)
}

// writeNumber writes a number after another, with a space between them
// unless the sign separates them.
func writeNumber(b *strings.Builder, t int64) {
	s := number(t)
	if s[0] != '-' {
		b.WriteByte(' ')
	}
	b.WriteString(s)
}

// number writes t tenths as a decimal without a needless zero: 12 as
// "1.2", 5 as ".5", -5 as "-.5", 10 as "1".
func number(t int64) string {
	neg := t < 0
	if neg {
		t = -t
	}
	var s string
	switch {
	case t%10 == 0:
		s = strconv.FormatInt(t/10, 10)
	case t < 10:
		s = "." + strconv.FormatInt(t, 10)
	default:
		s = strconv.FormatInt(t/10, 10) + "." + strconv.FormatInt(t%10, 10)
	}
	if neg {
		return "-" + s
	}
	return s
}

// encode writes the map as JSON, one region to a line so that a change of
// the boundaries shows in a diff as the regions it touches.
func encode(m *proposals.Map) []byte {
	var b bytes.Buffer
	str := func(s string) {
		j, _ := json.Marshal(s)
		b.Write(j)
	}
	b.WriteString(`{"country":`)
	str(m.Country)
	b.WriteString(`,"credit":`)
	str(m.Credit)
	b.WriteString(`,"view_box":`)
	str(m.ViewBox)
	b.WriteString(`,"regions":[`)
	for i, r := range m.Regions {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n{\"code\":")
		str(r.Code)
		b.WriteString(`,"path":`)
		str(r.Path)
		b.WriteByte('}')
	}
	b.WriteString("\n]}\n")
	return b.Bytes()
}
