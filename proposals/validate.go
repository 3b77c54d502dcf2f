package proposals

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
)

var (
	slugRE  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	labelRE = regexp.MustCompile(`^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$`)
	langRE  = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]+)*$`)
)

// Validate checks one decoded file against the rules of the format and the
// catalogue: required values, enums and scales, the id and the file name,
// unique point labels, defined source ids, http(s) URLs, dates, the
// confidence rule, and references to topics, regions and parties. It
// returns an [ErrorList] with every problem, or nil. References to other
// files (supersedes, kept points) are checked by [Corpus.Validate].
func Validate(f *File, cat *Catalog) error {
	v := &validator{f: f, cat: cat, p: f.Proposal, isTodo: make(map[any]bool, len(f.todos))}
	for _, t := range f.todos {
		v.isTodo[t.ptr] = true
	}
	v.header()
	v.sources()
	v.provisions()
	v.terms()
	v.todos()
	return v.errs.Err()
}

type validator struct {
	f      *File
	cat    *Catalog
	p      *Proposal
	errs   ErrorList
	points map[string]bool
	srcs   map[string]*Source
	isTodo map[any]bool // values that are to-dos: not checked as values
}

// add reports a problem with the value ptr points to, unless the decoder
// already reported that the value could not be decoded or the value is a
// to-do.
func (v *validator) add(ptr any, format string, args ...any) {
	if v.f.bad[ptr] || v.isTodo[ptr] {
		return
	}
	v.errs.add(v.f.Pos(ptr), format, args...)
}

// countOnly counts a problem with the value ptr points to, without its
// message, when the file has more problems than are listed, and reports
// whether it did: callers then skip computing a suggestion.
func (v *validator) countOnly(ptr any) bool {
	if !v.errs.full() {
		return false
	}
	v.add(ptr, "")
	return true
}

// has reports whether the file gave a value for what ptr points to.
func (v *validator) has(ptr any) bool {
	return v.f.pos.has(ptr)
}

// required reports an empty required string; the decoder already reported
// a missing one.
func (v *validator) required(s *string, owner any, what string) bool {
	if strings.TrimSpace(*s) != "" {
		return true
	}
	if v.f.pos.has(s) {
		v.add(s, "%s: empty; expected a value", what)
	} else if !v.f.pos.has(owner) {
		v.add(owner, "%s: missing", what)
	}
	return false
}

func (v *validator) header() {
	p := v.p
	if pk := p.Package; pk != nil && !slugRE.MatchString(pk.ID) {
		v.add(&pk.ID, "package.id %q: expected a lowercase slug", pk.ID)
	}
	if v.required(&p.ID, p, "id") {
		switch {
		case !slugRE.MatchString(p.ID):
			v.add(&p.ID, "id %q: expected a lowercase slug of letters, digits and single hyphens", p.ID)
		case len(p.ID) > MaxIDLength:
			v.add(&p.ID, "id %q: %d characters, expected at most %d (a site names the page of a comparison by two ids)", p.ID, len(p.ID), MaxIDLength)
		case v.f.Name != "-" && strings.HasSuffix(v.f.Name, ".yaml") && baseName(v.f.Name) != p.ID+".yaml":
			v.add(&p.ID, "id %q does not match the file name %q; expected %q", p.ID, baseName(v.f.Name), strings.TrimSuffix(baseName(v.f.Name), ".yaml"))
		}
	}
	v.required(&p.Title, p, "title")
	v.required(&p.Short, p, "short")
	v.required(&p.Summary, p, "summary")
	if v.required((*string)(&p.Date), p, "date") && !p.Date.Valid() {
		v.add(&p.Date, "date %q: expected a real date as YYYY-MM-DD, YYYY-MM or YYYY", p.Date)
	}
	if len(p.Proposers) == 0 {
		if v.f.pos.has(&p.Proposers) {
			v.add(&p.Proposers, "proposers: empty; expected at least one party")
		}
	}
	for i := range p.Proposers {
		v.party(&p.Proposers[i], fmt.Sprintf("proposers[%d]", i))
	}
	for i := range p.Parties {
		v.party(&p.Parties[i], fmt.Sprintf("parties[%d]", i))
	}
	if p.Language != "" && !langRE.MatchString(p.Language) {
		v.add(&p.Language, "language %q: expected a BCP 47 tag such as en or uk", p.Language)
	}
	if p.PointCount < 0 {
		v.add(&p.PointCount, "point_count: expected a number of points, found %d", p.PointCount)
	}
	seen := map[string]bool{}
	for i := range p.Supersedes {
		s := &p.Supersedes[i]
		switch {
		case !slugRE.MatchString(s.ID):
			v.add(&s.ID, "supersedes[%d]: id %q: expected a proposal id", i, s.ID)
		case s.ID == p.ID:
			v.add(&s.ID, "supersedes[%d]: a proposal cannot supersede itself", i)
		case seen[s.ID]:
			v.add(&s.ID, "supersedes[%d]: %q listed twice", i, s.ID)
		}
		seen[s.ID] = true
	}
}

func (v *validator) provisions() {
	p := v.p
	v.points = make(map[string]bool, len(p.Provisions))
	first := make(map[string]*Provision, len(p.Provisions))
	top := make(map[string]bool, p.PointCount)
	for i := range p.Provisions {
		pr := &p.Provisions[i]
		what := fmt.Sprintf("provision %q", pr.Point)
		if pr.Point == "" {
			what = fmt.Sprintf("provisions[%d]", i)
		}
		if v.required(&pr.Point, pr, what+": point") {
			label, _, _ := strings.Cut(pr.Point, ".")
			top[label] = true
			if !labelRE.MatchString(pr.Point) {
				v.add(&pr.Point, "%s: expected a label of letters and digits separated by dots, such as 7 or 10.b", what)
			} else if prev, dup := first[pr.Point]; dup {
				v.add(&pr.Point, "%s: duplicate point label (first at %s)", what, v.f.Pos(&prev.Point))
			} else {
				first[pr.Point] = pr
				v.points[pr.Point] = true
			}
		}
		if v.required(&pr.Topic, pr, what+": topic") && v.cat.Topic(pr.Topic) == nil && !v.countOnly(&pr.Topic) {
			v.add(&pr.Topic, "%s: unknown topic %q%s", what, pr.Topic, DidYouMean(pr.Topic, v.cat.TopicSlugs()))
		}
		v.state(pr, what)
		if len(pr.Sources) == 0 {
			if v.f.pos.has(&pr.Sources) {
				v.add(&pr.Sources, "%s: sources: empty; expected at least one source id", what)
			}
		}
		for j := range pr.Sources {
			v.sourceRef(&pr.Sources[j], what)
		}
		v.confidence(pr, what)
	}
	if p.PointCount > 0 && len(top) != p.PointCount {
		v.add(&p.PointCount, "point_count is %d but the provisions have %d top-level points", p.PointCount, len(top))
	}
}

func (v *validator) state(pr *Provision, what string) {
	state := pr.State.Or()
	if state != StateDisputed && len(pr.Variants) > 0 {
		v.add(&pr.Variants, "%s: variants need state disputed, found state %s", what, state)
	}
	switch state {
	case StatePresent:
		if strings.TrimSpace(pr.Text) == "" {
			v.add(pr, "%s: missing required field \"text\" (or set state: unknown, deleted, kept, disputed or moved)", what)
		}
	case StateDeleted, StateKept, StateMoved:
		if len(v.p.Supersedes) == 0 {
			v.add(&pr.State, "%s: state %s needs supersedes: the text this one revises", what, state)
		}
		if state == StateMoved && strings.TrimSpace(pr.Note) == "" {
			v.add(&pr.State, "%s: state moved needs a note that says where the point went", what)
		}
	case StateDisputed:
		if len(pr.Variants) < 2 {
			v.add(&pr.State, "%s: state disputed needs at least two variants, one per party; found %d", what, len(pr.Variants))
		}
		seen := map[string]bool{}
		for j := range pr.Variants {
			va := &pr.Variants[j]
			vw := fmt.Sprintf("%s: variants[%d]", what, j)
			if v.party(&va.Party, vw+".party") && seen[va.Party] {
				v.add(&va.Party, "%s: party %s has two variants", vw, va.Party)
			}
			seen[va.Party] = true
			v.required(&va.Text, va, vw+".text")
			for k := range va.Sources {
				v.sourceRef(&va.Sources[k], vw)
			}
		}
	}
	if pr.From != "" {
		if state != StateKept {
			v.add(&pr.From, "%s: from is only for state kept", what)
		} else if !slices.ContainsFunc(v.p.Supersedes, func(l Lineage) bool { return l.ID == pr.From }) {
			v.add(&pr.From, "%s: from %q is not in supersedes", what, pr.From)
		}
	} else if state == StateKept && len(v.p.Supersedes) > 1 {
		v.add(&pr.State, "%s: state kept: name the text whose wording is kept with from, since this one supersedes %d", what, len(v.p.Supersedes))
	}
}

// confidence enforces the rule for "confirmed" on a provision.
func (v *validator) confidence(pr *Provision, what string) {
	v.confirmed(&pr.Confidence, pr.Sources, what)
}

func (v *validator) sourceRef(id *string, what string) {
	if _, ok := v.srcs[*id]; !ok && !v.countOnly(id) {
		v.add(id, "%s: undefined source %q%s", what, *id, DidYouMean(*id, v.sourceIDs()))
	}
}

func (v *validator) sourceIDs() []string {
	ids := make([]string, 0, len(v.srcs))
	for id := range v.srcs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// party checks a party code against the catalogue.
func (v *validator) party(code *string, what string) bool {
	if v.cat.Party(*code) != nil {
		return true
	}
	if v.countOnly(code) {
		return false
	}
	v.add(code, "%s: unknown party %q%s", what, *code, DidYouMean(*code, v.cat.PartyCodes()))
	return false
}

func (v *validator) region(code *string, what string) {
	if v.cat.Region(*code) != nil || v.countOnly(code) {
		return
	}
	codes := make([]string, len(v.cat.Regions))
	for i, r := range v.cat.Regions {
		codes[i] = r.Code
	}
	v.add(code, "%s: unknown region %q; expected an ISO 3166-2 code from the region catalogue%s", what, *code, DidYouMean(*code, codes))
}

// scaleValue checks an enum term's value against its scale.
func (v *validator) scaleValue(value *string, scale, what string) {
	s := v.cat.Scale(scale)
	if s.Value(*value) != nil || v.countOnly(value) {
		return
	}
	v.add(value, "%s: invalid value %q; expected one of %s%s", what, *value, strings.Join(s.Slugs(), ", "), DidYouMean(*value, s.Slugs()))
}

// termPoints checks that a term names existing points.
func (v *validator) termPoints(points *[]string, owner any, what string) {
	if len(*points) == 0 {
		v.add(owner, "%s: points: expected the labels of the points the term comes from", what)
	}
	for i := range *points {
		if lbl := &(*points)[i]; !v.points[*lbl] {
			v.add(lbl, "%s: point %q is not a provision of this file", what, *lbl)
		}
	}
}

func (v *validator) slugs(list []string, what string) {
	for i := range list {
		if !slugRE.MatchString(list[i]) {
			v.add(&list[i], "%s[%d]: %q: expected a lowercase slug", what, i, list[i])
		}
	}
}

// DidYouMean is "; did you mean "x"?" for the candidate closest to got
// (see [Suggest]), or "" when none is close.
func DidYouMean(got string, candidates []string) string {
	if s := Suggest(got, candidates); s != "" {
		return fmt.Sprintf("; did you mean %q?", s)
	}
	return ""
}

// baseName is the file name of a path, a Windows path or a git REV:path.
func baseName(name string) string {
	base := path.Base(strings.ReplaceAll(name, `\`, "/"))
	if i := strings.LastIndex(base, ":"); i >= 0 {
		base = base[i+1:]
	}
	return base
}
