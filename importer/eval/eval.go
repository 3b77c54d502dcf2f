// Package eval measures the quality of peacediff import on texts with an
// answer key: how many points it splits right, how often the topic it
// suggests is the key's (first, or among the first three), how many of
// the key's figures it finds and, for a mark-up, how many points it reads
// as kept, changed or deleted as the key does.
//
// A text NAME.txt, NAME.md or NAME.html comes with NAME.key: lines of
// "label<TAB>topic<TAB>state<TAB>figures", state being present, kept,
// deleted or unknown and figures "600000 personnel; 100 days" (either may
// be left empty or "-"). Lines starting with "# exclude:", "# from:" and
// "# relation:" say which corpus text to leave out of the ranking (the
// text itself, so that it is not ranked against its own points), which
// text it marks up, and how it relates to it.
package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/importer"
	"github.com/peacediff/peacediff/proposals"
)

// Key is the answer key of one text.
type Key struct {
	Exclude  []string
	From     string
	Relation proposals.Relation
	Points   []KeyPoint
}

// KeyPoint is the answer for one point.
type KeyPoint struct {
	Label, Topic string
	State        proposals.ProvisionState // "" for present
	Figures      []importer.Figure        // value and unit only
}

// Report is what one text scored.
type Report struct {
	Name               string
	Points             int // points in the key
	Split              int // key points found under their label
	Extra              int // points found that the key does not have
	Top1, Top3         int // key topics first, or among the first three
	Figures, FiguresOK int // figures in the key, and found
	States, StatesOK   int // states in the key (a mark-up), and right
	Result             *importer.Result
}

// ReadKey reads an answer key.
func ReadKey(name string) (*Key, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	k := &Key{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if v, ok := strings.CutPrefix(l, "# exclude:"); ok {
			k.Exclude = append(k.Exclude, strings.Fields(v)...)
			continue
		}
		if v, ok := strings.CutPrefix(l, "# from:"); ok {
			k.From = strings.TrimSpace(v)
			continue
		}
		if v, ok := strings.CutPrefix(l, "# relation:"); ok {
			k.Relation = proposals.Relation(strings.TrimSpace(v))
			continue
		}
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("%s:%d: expected label, tab, topic", name, n)
		}
		kp := KeyPoint{Label: f[0], Topic: f[1]}
		if len(f) > 2 && f[2] != "-" && f[2] != "" && f[2] != "present" {
			kp.State = proposals.ProvisionState(f[2])
		}
		if len(f) > 3 {
			for _, s := range strings.Split(f[3], ";") {
				if s = strings.TrimSpace(s); s == "" || s == "-" {
					continue
				}
				v, unit, ok := strings.Cut(s, " ")
				value, err := strconv.ParseFloat(v, 64)
				if !ok || err != nil {
					return nil, fmt.Errorf("%s:%d: figure %q: expected a value and a unit", name, n, s)
				}
				kp.Figures = append(kp.Figures, importer.Figure{Value: value, Unit: unit})
			}
		}
		k.Points = append(k.Points, kp)
	}
	return k, sc.Err()
}

// Texts lists the texts of dir that have an answer key, in name order.
func Texts(dir string) ([]string, error) {
	var out []string
	for _, ext := range []string{"*.txt", "*.md", "*.html"} {
		names, err := filepath.Glob(filepath.Join(dir, ext))
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			if _, err := os.Stat(KeyOf(n)); err == nil {
				out = append(out, n)
			}
		}
	}
	slices.Sort(out)
	return out, nil
}

// KeyOf names the answer key of a text: NAME.key beside NAME.txt.
func KeyOf(text string) string { return strings.TrimSuffix(text, filepath.Ext(text)) + ".key" }

// Run imports one text against corpus, leaving out of the ranking what
// its key excludes, and scores it against the key.
func Run(text string, corpus *proposals.Corpus) (*Report, error) {
	key, err := ReadKey(KeyOf(text))
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(text)
	if err != nil {
		return nil, err
	}
	var files []*proposals.File
	for _, f := range corpus.Files {
		if !slices.Contains(key.Exclude, f.Proposal.ID) {
			files = append(files, f)
		}
	}
	base := strings.TrimSuffix(filepath.Base(text), filepath.Ext(text))
	ranker, err := importer.NewRanker(corpus.Catalog, files)
	if err != nil {
		return nil, err
	}
	opts := importer.Options{ID: base, Name: filepath.Base(text), Catalog: corpus.Catalog, Ranker: ranker, Relation: key.Relation}
	if key.From != "" {
		if opts.From = corpus.Get(key.From); opts.From == nil {
			return nil, fmt.Errorf("%s: from %q: not in the corpus", text, key.From)
		}
	}
	res, err := importer.Import(data, opts)
	if err != nil {
		return nil, err
	}
	return Score(filepath.Base(text), key, res), nil
}

// Score compares an import with its key.
func Score(name string, key *Key, res *importer.Result) *Report {
	r := &Report{Name: name, Points: len(key.Points), Result: res}
	byLabel := map[string]*importer.Point{}
	for i := range res.Points {
		byLabel[res.Points[i].Label] = &res.Points[i]
	}
	inKey := map[string]bool{}
	for _, kp := range key.Points {
		inKey[kp.Label] = true
		r.Figures += len(kp.Figures)
		if key.From != "" {
			r.States++
		}
		p := byLabel[kp.Label]
		if p == nil {
			continue
		}
		r.Split++
		if p.Topic == kp.Topic {
			r.Top1++
		}
		if slices.Contains(candidates(p), kp.Topic) {
			r.Top3++
		}
		for _, f := range kp.Figures {
			if slices.ContainsFunc(p.Figures, func(g importer.Figure) bool { return g.Unit == f.Unit && g.Value == f.Value }) {
				r.FiguresOK++
			}
		}
		if key.From != "" && p.State == kp.State {
			r.StatesOK++
		}
	}
	for _, p := range res.Points {
		if !inKey[p.Label] {
			r.Extra++
		}
	}
	return r
}

// candidates are a point's first three topics: the one it was given,
// then the best suggestions.
func candidates(p *importer.Point) []string {
	out := []string{p.Topic}
	for _, s := range p.Suggestions {
		if len(out) == 3 {
			break
		}
		if !slices.Contains(out, s.Topic) {
			out = append(out, s.Topic)
		}
	}
	return out
}

// Percent is n of total as a whole percentage.
func Percent(n, total int) float64 {
	if total == 0 {
		return 100
	}
	return 100 * float64(n) / float64(total)
}

// Misses lists, one a line, where an import differs from its key: points
// not found, topics not first, figures not found, states wrong.
func Misses(key *Key, res *importer.Result) []string {
	byLabel := map[string]*importer.Point{}
	for i := range res.Points {
		byLabel[res.Points[i].Label] = &res.Points[i]
	}
	var out []string
	for _, kp := range key.Points {
		p := byLabel[kp.Label]
		if p == nil {
			out = append(out, fmt.Sprintf("%s: not found", kp.Label))
			continue
		}
		if p.Topic != kp.Topic {
			out = append(out, fmt.Sprintf("%s: topic %s, key %s (top 3: %v)", kp.Label, p.Topic, kp.Topic, candidates(p)))
		}
		for _, f := range kp.Figures {
			if !slices.ContainsFunc(p.Figures, func(g importer.Figure) bool { return g.Unit == f.Unit && g.Value == f.Value }) {
				out = append(out, fmt.Sprintf("%s: figure %s not found (found %v)", kp.Label, f, p.Figures))
			}
		}
		if key.From != "" && p.State != kp.State {
			out = append(out, fmt.Sprintf("%s: state %q, key %q", kp.Label, p.State, kp.State))
		}
	}
	for _, p := range res.Points {
		if !slices.ContainsFunc(key.Points, func(k KeyPoint) bool { return k.Label == p.Label }) {
			out = append(out, fmt.Sprintf("%s: not in the key (line %d)", p.Label, p.Line))
		}
	}
	return out
}
