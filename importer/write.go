package importer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// write returns the draft as a proposal file in the canonical layout, and
// how many to-dos it leaves. The draft is checked as peacediff validate
// --draft would: a problem other than a to-do is a fault of the import.
func (d *draft) write() ([]byte, int, error) {
	var w writer
	d.header(&w)
	d.sources(&w)
	d.writeTerms(&w)
	d.provisions(&w)
	name := d.opts.ID + ".yaml"
	out, err := proposals.Format(name, []byte(w.b.String()))
	if err != nil {
		return nil, 0, fmt.Errorf("import: the draft is not YAML (please report this): %w", err)
	}
	f, err := proposals.ParseAndValidate(name, out, d.opts.Catalog)
	if err == nil {
		return out, 0, nil
	}
	if !proposals.OnlyTodos(err) {
		return nil, 0, fmt.Errorf("import: the draft is invalid (please report this): %w", err)
	}
	if f != nil && d.opts.From != nil {
		c := proposals.NewCorpus(d.opts.Catalog).With(d.opts.From)
		if err := c.ValidateRefs(f); err != nil {
			return nil, 0, fmt.Errorf("import: the draft does not fit %s (please report this): %w", d.opts.From.Proposal.ID, err)
		}
	}
	return out, len(err.(proposals.ErrorList)), nil
}

func (d *draft) header(w *writer) {
	top := topLabels(d.points)
	w.comment(0, fmt.Sprintf("Imported by peacediff import from %s (%s): %s, %d at the top level.",
		d.opts.Name, d.format, pluralWord(len(d.points), "point"), top))
	w.comment(0, `A draft. Each "review:" comment says what the import inferred, and each "TODO:" value what it could not know: peacediff validate --draft lists them. The wording of every point is the input's: check it against the source and put it in our own words before publishing.`)
	w.key(0, "id", quote(d.opts.ID))
	if t := collapse(d.split.title); t != "" {
		w.review(0, "the first heading of the text")
		w.key(0, "title", quote(t))
	} else {
		w.key(0, "title", todo("the full title of the text"))
	}
	w.review(0, "a label of a few words for column headers")
	w.key(0, "short", quote(d.opts.ID))
	w.key(0, "proposers", "["+todo("the codes of the parties that put the text forward (parties.yaml)")+"]")
	var parties []string
	for _, p := range d.points {
		for _, c := range p.Parties {
			if !slices.Contains(parties, c) {
				parties = append(parties, c)
			}
		}
	}
	if len(parties) > 0 {
		w.review(0, "the parties the text names; keep those it addresses or binds")
		w.key(0, "parties", list(parties))
	}
	if date := findDate(append([]string{d.split.title}, d.split.preamble...)...); date != "" {
		w.review(0, "the first date of the text's opening lines: check that the text was made public then")
		w.key(0, "date", quote(string(date)))
	} else {
		w.key(0, "date", todo("when the text was made public, as YYYY-MM-DD, YYYY-MM or YYYY"))
	}
	w.review(0, "an imported text is most often a leaked draft")
	w.key(0, "status", quote(string(proposals.StatusLeakedDraft)))
	if from := d.opts.From; from != nil {
		rel := d.opts.Relation
		if rel == "" {
			rel = proposals.RelationRevises
		}
		w.key(0, "supersedes", "")
		w.item(2, "id", quote(from.Proposal.ID))
		w.key(4, "relation", quote(string(rel)))
	}
	if lang := language(d.points); lang != "" {
		w.review(0, "guessed from the letters and commonest words of the points")
		w.key(0, "language", quote(lang))
	}
	w.key(0, "point_count", itoa(top))
	w.key(0, "summary", todo("one or two sentences, in our own words, on what the text does"))
}

func (d *draft) sources(w *writer) {
	w.key(0, "sources", "")
	w.item(2, "id", quote(SourceID))
	w.key(4, "publisher", todo("the outlet or person that published the text"))
	w.key(4, "url", todo("the address where the text can be read, http or https"))
	w.key(4, "kind", todo(strings.Join(proposals.SourceKind("").Values(), ", ")))
}

func (d *draft) provisions(w *writer) {
	w.key(0, "provisions", "")
	if len(d.split.preamble) > 0 {
		w.comment(2, "The text before the first point: "+shorten(strings.Join(d.split.preamble, " "), 60))
	}
	section := ""
	for _, p := range d.points {
		if p.Section != section && p.Section != "" {
			w.comment(2, "Section: "+p.Section)
		}
		section = p.Section
		w.comment(2, fmt.Sprintf("line %d", p.Line))
		if p.Given {
			w.review(2, "the label is the import's: the text numbers this point with a bullet or not at all")
		}
		w.item(2, "point", quote(p.Label))
		d.topicComment(w, p)
		w.key(4, "topic", quote(p.Topic))
		if p.Heading != "" && p.Heading != p.Text {
			w.key(4, "heading", quote(p.Heading))
		}
		d.stateComment(w, p)
		if p.State != "" {
			w.key(4, "state", quote(string(p.State)))
		}
		if notes := pointNotes(p); notes != "" {
			w.review(4, "%s", notes)
		}
		if p.Text != "" && p.State != proposals.StateDeleted && p.State != proposals.StateUnknown {
			w.key(4, "text", quote(p.Text))
		}
		w.key(4, "sources", list([]string{SourceID}))
		w.key(4, "confidence", quote(string(proposals.ConfidenceInferred)))
	}
}

// topicComment says where the topic came from and what else ranked.
func (d *draft) topicComment(w *writer, p Point) {
	var ranked []string
	for _, s := range p.Suggestions {
		ranked = append(ranked, fmt.Sprintf("%s %.1f", s.Topic, s.Score))
	}
	by := "other: no words in common with any topic or point of the corpus"
	if len(ranked) > 0 {
		by = "by similarity (BM25): " + strings.Join(ranked, ", ")
	}
	if p.From != "" {
		w.review(4, "topic of %s's point %s; %s", d.opts.From.Proposal.ID, p.From, by)
		return
	}
	w.review(4, "topic %s", by)
}

// stateComment says why a point is kept, changed, deleted or unknown.
func (d *draft) stateComment(w *writer, p Point) {
	id := ""
	if d.opts.From != nil {
		id = d.opts.From.Proposal.ID
	}
	switch {
	case p.State == proposals.StateUnknown:
		w.review(4, "the text gives this point's number but no wording")
	case p.State == proposals.StateDeleted:
		w.review(4, "struck out whole in the mark-up of %s", id)
	case p.State == proposals.StateKept && d.markup:
		w.review(4, "kept: the mark-up marks no change to %s's point %s (their words match %.2f)", id, p.From, p.Similarity)
	case p.State == proposals.StateKept:
		w.review(4, "kept: its words match those of %s's point %s (%.2f)", id, p.From, p.Similarity)
	case p.From != "" && (p.body.has(inserted) || p.body.has(struck)):
		w.review(4, "changed from %s's point %s: %s", id, p.From, changes(p.body))
	case p.From != "" && p.From != p.Label:
		w.review(4, "reads like %s's point %s (%.2f)", id, p.From, p.Similarity)
	case p.From != "":
		w.review(4, "changed from %s's point %s: their words match %.2f", id, p.From, p.Similarity)
	case d.opts.From != nil:
		w.review(4, "no point of %s matches this one: new", id)
	}
}

// pointNotes lists the figures, regions and parties a point names.
func pointNotes(p Point) string {
	var parts []string
	if len(p.Figures) > 0 {
		var fs []string
		for _, f := range p.Figures {
			s := f.String()
			if f.Text != "" && !strings.HasPrefix(s, f.Text) {
				s += fmt.Sprintf(" (%q)", f.Text)
			}
			fs = append(fs, s)
		}
		parts = append(parts, "figures: "+strings.Join(fs, ", "))
	}
	if len(p.Regions) > 0 {
		parts = append(parts, "regions: "+strings.Join(p.Regions, ", "))
	}
	if len(p.Parties) > 0 {
		parts = append(parts, "parties: "+strings.Join(p.Parties, ", "))
	}
	return strings.Join(parts, "; ")
}
