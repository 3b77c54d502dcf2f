package gen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// doc is one generated text.
type doc struct {
	id, title, short, date string
	proposers              []string
	supersedes             string
	seed                   uint64
	summary                string
	sources                []source
	terms                  terms
	provs                  []prov
}

type source struct {
	id, publisher, relays, title, url, date, kind string
}

type prov struct {
	label, topic, heading, state, text, confidence, note string
	sources                                              []string
	fresh                                                bool // needs a new label
}

// outlet is a publisher the sources are drawn from. The URLs are under
// the reserved domain news.example: the files are synthetic.
type outlet struct{ publisher, relays, kind string }

var outlets = []outlet{
	{"Reuters", "", "agency"}, {"Associated Press", "", "agency"}, {"AFP", "", "agency"},
	{"BBC News", "", "broadcaster"}, {"Financial Times", "", "newspaper"},
	{"Kyiv Independent", "", "newspaper"}, {"Le Monde", "", "newspaper"}, {"Axios", "", "newspaper"},
	{"Politico", "", "newspaper"}, {"Deutsche Welle", "", "broadcaster"},
	{"Chatham House", "", "think-tank"}, {"Office of the President of Ukraine", "", "official"},
	{"LIGA.net", "Axios", "newspaper"}, {"UNN", "Reuters", "agency"}, {"TASS", "", "state-affiliated"},
	{"lordspress.co.uk", "Politico", "aggregator"}, {"Ukrainska Pravda", "", "newspaper"},
}

// generator makes a chain of texts.
type generator struct {
	cat      *proposals.Catalog
	seed     uint64
	topics   []proposals.Topic
	next     int // the next fresh point label
	sources  int // the sources made so far, for unique ids
	sources1 int // the sources of the first text
}

func newGenerator(cat *proposals.Catalog, seed uint64) *generator {
	return &generator{cat: cat, seed: seed, topics: cat.Topics, next: 1}
}

// rng returns the random source of text k of the chain.
func (g *generator) rng(k int) *rand.Rand { return rand.New(rand.NewPCG(g.seed, uint64(k))) }

// first makes the first text: n points whose topics are the topics of the
// terms and then topics drawn uniformly from the catalogue, shuffled.
func (g *generator) first(id, date string, n int) *doc {
	r := g.rng(0)
	d := &doc{id: id, date: date, seed: g.seed, proposers: []string{"US"}}
	d.title = fmt.Sprintf("Synthetic negotiating text of %d points", n)
	d.short = "Synthetic draft 1"
	d.summary = paragraph(r, "political")
	g.sources1 = 6 + n/100
	d.sources = g.newSources(r, date, g.sources1)
	topics := make([]string, n)
	for i := range topics {
		if tt := termTopics(); i < len(tt) {
			topics[i] = tt[i]
		} else {
			topics[i] = pick(r, g.topics).Slug
		}
	}
	r.Shuffle(n, func(i, j int) { topics[i], topics[j] = topics[j], topics[i] })
	for _, t := range topics {
		d.provs = append(d.provs, g.newProv(r, d, t))
	}
	g.label(d)
	d.terms = g.firstTerms(r, n)
	return d
}

// revise makes text k, a revision of prev.
func (g *generator) revise(prev *doc, id, date string, k int, s Shares) *doc {
	r := g.rng(k)
	d := &doc{id: id, date: date, seed: g.seed, supersedes: prev.id}
	d.proposers = [][]string{{"US"}, {"UA", "E3"}}[k%2]
	d.title = fmt.Sprintf("Synthetic negotiating text, draft %d", k+1)
	d.short = fmt.Sprintf("Synthetic draft %d", k+1)
	d.summary = reword(r, prev.summary, 2)
	d.sources = append(slices.Clone(prev.sources), g.newSources(r, date, 1+g.sources1/10)...)

	var live []int // indexes of prev's points that are still in the text
	for i, p := range prev.provs {
		if p.state == "" {
			live = append(live, i)
		}
	}
	anchors := prev.anchors()
	isAnchor := func(i int) bool { return slices.Contains(anchors, prev.provs[i].label) }
	pl := plan(len(live), len(anchors), s)
	fate := make(map[int]string, len(live)) // index in prev -> what happens to it
	deleted := 0
	for _, j := range r.Perm(len(live)) {
		if i := live[j]; deleted < pl.Deleted && !isAnchor(i) {
			fate[i] = "deleted"
			deleted++
		}
	}
	moved, reworded := 0, 0
	for _, j := range r.Perm(len(live)) {
		switch i := live[j]; {
		case fate[i] != "":
		case moved < pl.Moved:
			fate[i] = "moved"
			moved++
		case reworded < pl.Reworded:
			fate[i] = "reworded"
			reworded++
		}
	}

	var extra []prov
	for _, i := range live {
		p := prev.provs[i]
		p.sources = slices.Clone(p.sources)
		switch fate[i] {
		case "deleted":
			p.state, p.text, p.heading, p.note = "deleted", "", "", ""
		case "moved":
			p.fresh = true
			extra = append(extra, p)
			continue
		case "reworded":
			p.text = reword(r, p.text, 1+r.IntN(3))
		}
		d.provs = append(d.provs, p)
	}
	for range pl.Added {
		p := g.newProv(r, d, pick(r, g.topics).Slug)
		p.fresh = true
		extra = append(extra, p)
	}
	for _, p := range extra {
		d.provs = slices.Insert(d.provs, r.IntN(len(d.provs)+1), p)
	}
	g.label(d)
	d.terms = g.evolve(r, prev.terms)
	return d
}

// label gives every fresh point the next label, in the order of the text.
func (g *generator) label(d *doc) {
	for i := range d.provs {
		if d.provs[i].label == "" || d.provs[i].fresh {
			d.provs[i].label = strconv.Itoa(g.next)
			d.provs[i].fresh = false
			g.next++
		}
	}
}

// newProv makes a point on topic, citing one to three of d's sources.
func (g *generator) newProv(r *rand.Rand, d *doc, topic string) prov {
	t := g.cat.Topic(topic)
	p := prov{topic: topic, text: paragraph(r, t.Domain)}
	if r.IntN(3) == 0 {
		p.heading = t.Title
	}
	if r.IntN(20) == 0 {
		p.note = sentence(r, "general")
	}
	for _, i := range r.Perm(len(d.sources))[:min(len(d.sources), 1+r.IntN(3))] {
		p.sources = append(p.sources, d.sources[i].id)
	}
	slices.Sort(p.sources)
	p.confidence = "single-source"
	switch {
	case r.IntN(30) == 0:
		p.confidence = "inferred"
	case d.origins(p.sources) >= 2:
		p.confidence = "confirmed"
	}
	return p
}

// origins counts the independent reputable origins of the sources, as
// the rule for "confirmed" does.
func (d *doc) origins(ids []string) int {
	var seen []string
	for _, s := range d.sources {
		if !slices.Contains(ids, s.id) || !proposals.SourceKind(s.kind).Reputable() {
			continue
		}
		o := strings.ToLower(s.relays)
		if o == "" {
			o = strings.ToLower(s.publisher)
		}
		if !slices.Contains(seen, o) {
			seen = append(seen, o)
		}
	}
	return len(seen)
}

// newSources makes n sources dated date.
func (g *generator) newSources(r *rand.Rand, date string, n int) []source {
	out := make([]source, n)
	for i := range out {
		o := outlets[g.sources%len(outlets)]
		num := g.sources/len(outlets) + 1
		g.sources++
		slug := slugify(o.publisher)
		out[i] = source{
			id: fmt.Sprintf("%s-%d", slug, num), publisher: o.publisher, relays: o.relays, kind: o.kind, date: date,
			title: fmt.Sprintf("What the draft says about %s, report %d", strings.ToLower(pick(r, g.topics).Title), num),
			url:   fmt.Sprintf("https://news.example/%s/%s/draft-peace-plan-report-%d", slug, strings.ReplaceAll(date[:7], "-", "/"), num),
		}
	}
	return out
}

func slugify(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		} else if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// anchors returns the label of the first live point of each term topic.
func (d *doc) anchors() []string {
	var out []string
	for _, t := range termTopics() {
		if a := d.anchor(t); a != "" {
			out = append(out, a)
		}
	}
	return out
}

func (d *doc) anchor(topic string) string {
	for _, p := range d.provs {
		if p.topic == topic && p.state == "" {
			return p.label
		}
	}
	return ""
}
