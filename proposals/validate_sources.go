package proposals

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// sources checks the file's sources: unique ids, a publisher of the kind
// the catalogue fixes for it, a usable URL and a real date.
func (v *validator) sources() {
	v.srcs = make(map[string]*Source, len(v.p.Sources))
	if len(v.p.Sources) == 0 {
		if v.f.pos.has(&v.p.Sources) {
			v.add(&v.p.Sources, "sources: empty; expected at least one source")
		}
	}
	for i := range v.p.Sources {
		s := &v.p.Sources[i]
		what := fmt.Sprintf("sources[%d]", i)
		if v.required(&s.ID, s, what+".id") {
			if !slugRE.MatchString(s.ID) {
				v.add(&s.ID, "%s: id %q: expected a lowercase slug", what, s.ID)
			} else if first, dup := v.srcs[s.ID]; dup {
				v.add(&s.ID, "%s: duplicate source id %q (first at %s)", what, s.ID, v.f.Pos(&first.ID))
			}
			v.srcs[s.ID] = s
		}
		if v.required(&s.Publisher, s, what+".publisher") {
			if o := v.cat.Outlet(s.Publisher); o != nil && s.Kind != "" && s.Kind != o.Kind {
				v.add(&s.Kind, "%s: kind %s, but publisher %s is %s (%s); expected kind: %s", what, s.Kind, s.Publisher, o.Kind, o.Why, o.Kind)
			}
		}
		if v.required(&s.URL, s, what+".url") {
			if msg := checkURL(s.URL); msg != "" {
				v.add(&s.URL, "%s: url %q: %s", what, s.URL, msg)
			}
		}
		if s.Date != "" && !s.Date.Valid() {
			v.add(&s.Date, "%s: date %q: expected a real date as YYYY-MM-DD, YYYY-MM or YYYY", what, s.Date)
		}
	}
}

// checkURL returns what is wrong with a source URL, or "".
func checkURL(raw string) string {
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		return "not a URL"
	case u.Scheme != "http" && u.Scheme != "https":
		return "expected an http or https URL"
	case u.Host == "":
		return "no host; expected an absolute URL"
	case strings.ContainsAny(raw, " \t\n<>\"'`"):
		return "contains spaces, quotes or angle brackets; expected a URL-encoded address"
	}
	return ""
}

// confirmed enforces the rule for "confirmed" on a claim resting on the
// sources ids: two independent reputable sources, where sources relaying
// the same outlet count once.
func (v *validator) confirmed(c *Confidence, ids []string, what string) {
	if *c != ConfidenceConfirmed {
		return
	}
	if n := v.origins(ids); n < 2 {
		v.add(c, "%s: confidence confirmed needs two independent reputable sources, found %d; aggregators, state-affiliated outlets, blogs and forums do not count, and sources relaying the same outlet count once", what, n)
	}
}

// origins counts the independent reputable origins of the cited sources:
// sources relaying the same outlet count once, and a source relaying an
// outlet the catalogue holds not reputable does not count, however
// reputable the page that carries it.
func (v *validator) origins(ids []string) int {
	var origins []string // a provision cites a few sources
	for _, id := range ids {
		s := v.srcs[id]
		if s == nil || !s.Kind.Reputable() {
			continue
		}
		if s.Relays != "" {
			if o := v.cat.Outlet(s.Relays); o != nil && !o.Kind.Reputable() {
				continue
			}
		}
		if origin := strings.ToLower(cmp.Or(s.Relays, s.Publisher)); !slices.Contains(origins, origin) {
			origins = append(origins, origin)
		}
	}
	return len(origins)
}
