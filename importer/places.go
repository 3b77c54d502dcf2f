package importer

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/peacediff/peacediff/proposals"
)

//go:embed places.txt
var placesTxt string

// placeKind tells a region from a party.
type placeKind uint8

const (
	isRegion placeKind = iota + 1
	isParty
)

// alias is one name of one or more regions or of a party.
type alias struct {
	kind   placeKind
	codes  []string
	words  []string // the name's words, lowercased unless exact
	exact  bool     // capitals: match the case
	prefix bool     // the last word matches any ending
}

// places finds regions and parties in a text by their names.
type places struct {
	byFirst  map[string][]alias // plain names by their first word, lowercased
	prefixed []alias            // names whose last word takes any ending
}

// placeMatch is a name found in a text.
type placeMatch struct {
	kind       placeKind
	codes      []string
	start, end int // bytes of the text
}

// newPlaces reads the names of places.txt and of the catalogue's regions.
func newPlaces(cat *proposals.Catalog) (*places, error) {
	p := &places{byFirst: map[string][]alias{}}
	for i, l := range strings.Split(placesTxt, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		head, names, ok := strings.Cut(l, ":")
		f := strings.Fields(head)
		if !ok || len(f) < 2 {
			return nil, fmt.Errorf("places.txt:%d: expected \"region CODE: names\" or \"party CODE: names\"", i+1)
		}
		kind := isRegion
		if f[0] == "party" {
			kind = isParty
		}
		for _, code := range f[1:] {
			if kind == isRegion && cat.Region(code) == nil || kind == isParty && cat.Party(code) == nil {
				return nil, fmt.Errorf("places.txt:%d: %s %s is not in the catalogue", i+1, f[0], code)
			}
		}
		for _, name := range strings.Split(names, ",") {
			p.add(kind, f[1:], strings.TrimSpace(name))
		}
	}
	for _, r := range cat.Regions {
		p.add(isRegion, []string{r.Code}, r.Name)
		if base, ok := strings.CutSuffix(r.Name, " Oblast"); ok {
			p.add(isRegion, []string{r.Code}, base)
		}
		if r.NameLocal != "" {
			p.add(isRegion, []string{r.Code}, r.NameLocal)
		}
	}
	return p, nil
}

func (p *places) add(kind placeKind, codes []string, name string) {
	if name == "" {
		return
	}
	a := alias{kind: kind, codes: codes}
	name, a.prefix = strings.CutSuffix(name, "*")
	a.exact = !a.prefix && strings.ToUpper(name) == name && len(words(name)) == 1
	for _, w := range words(name) {
		if !a.exact {
			w = strings.ToLower(w)
		}
		a.words = append(a.words, w)
	}
	if len(a.words) == 0 {
		return
	}
	if a.prefix {
		p.prefixed = append(p.prefixed, a)
		return
	}
	key := strings.ToLower(a.words[0])
	p.byFirst[key] = append(p.byFirst[key], a)
}

// find returns the names found in text, the longest at each place.
func (p *places) find(text string) []placeMatch {
	type word struct {
		w, low     string
		start, end int
	}
	var ws []word
	start := -1
	for i, c := range text + " " {
		if isWordRune(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			ws = append(ws, word{text[start:i], strings.ToLower(text[start:i]), start, i})
			start = -1
		}
	}
	var out []placeMatch
	for i := 0; i < len(ws); {
		best, bestLen := alias{}, 0
		try := func(a alias) {
			if len(a.words) <= bestLen || i+len(a.words) > len(ws) {
				return
			}
			for k, aw := range a.words {
				tw := ws[i+k]
				last := k == len(a.words)-1
				switch {
				case a.exact && tw.w != aw:
					return
				case !a.exact && last && a.prefix && !strings.HasPrefix(tw.low, aw):
					return
				case !a.exact && !(last && a.prefix) && tw.low != aw:
					return
				}
			}
			best, bestLen = a, len(a.words)
		}
		for _, a := range p.byFirst[ws[i].low] {
			try(a)
		}
		if c := []rune(ws[i].w)[0]; c > unicode.MaxLatin1 {
			for _, a := range p.prefixed {
				try(a)
			}
		}
		if bestLen == 0 {
			i++
			continue
		}
		out = append(out, placeMatch{kind: best.kind, codes: best.codes, start: ws[i].start, end: ws[i+bestLen-1].end})
		i += bestLen
	}
	return out
}

// codes returns the distinct codes of the matches of one kind, in the
// order they first appear.
func codes(ms []placeMatch, kind placeKind) []string {
	var out []string
	for _, m := range ms {
		if m.kind != kind {
			continue
		}
		for _, c := range m.codes {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}
