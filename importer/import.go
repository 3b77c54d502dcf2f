package importer

import (
	"errors"
	"fmt"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// MaxPoints is the most points a draft may have; a text with more is
// refused rather than turned into a file nobody can review.
const MaxPoints = 2000

// MaxPointBytes is the most text one point may hold: a point longer than
// this is a text whose numbering was not read, not a point.
const MaxPointBytes = 100 << 10

// SourceID is the id of the source a draft cites for every point: a
// to-do until its publisher, URL and kind are given.
const SourceID = "imported-text"

// Options say how to import a text.
type Options struct {
	// ID is the id of the new proposal, a lowercase slug.
	ID string
	// Name names the input in messages and in the draft's first comment:
	// its file name, or "-" for standard input.
	Name string
	// Format is the input's format; FormatAuto tells it from Name and
	// the content.
	Format Format
	// Catalog holds the topics, regions and parties. Required.
	Catalog *proposals.Catalog
	// Ranker suggests the topics; nil ranks against the topic catalogue
	// alone.
	Ranker *Ranker
	// From is the text this one revises or marks up, or nil. Its points
	// are aligned with the import's by label and wording.
	From *proposals.File
	// Relation is how the text relates to From: revises (the default) or
	// answers.
	Relation proposals.Relation
}

// Warning is something the import read only in part, or guessed at.
type Warning struct {
	Pos proposals.Pos
	Msg string
}

// String returns "file:line: message".
func (w Warning) String() string { return w.Pos.String() + ": " + w.Msg }

// Result is a draft and what the import found in the text.
type Result struct {
	// YAML is the draft proposal file, in the canonical layout of
	// [proposals.Format].
	YAML []byte
	// Format is the format the input was read as.
	Format Format
	// Points are the points found, in the text's order.
	Points []Point
	// Warnings are what the import read only in part, in input order.
	Warnings []Warning
	// Todos counts the to-dos left in the draft.
	Todos int
}

// Point is one point of a draft as the import read it.
type Point struct {
	// Label is the point's label: 7, 10.b, II.3.
	Label string
	// Heading is the point's own heading, if the text gives one.
	Heading string
	// Section is the heading of the part of the text the point is in.
	Section string
	// Text is the point's wording; struck runs of a mark-up left out.
	Text string
	// Line is the input line of the point's number.
	Line int
	// State is how the point stands against Options.From: "" (present:
	// new or changed wording), kept, deleted, or unknown when the text
	// gives only the point's number.
	State proposals.ProvisionState
	// Topic is the topic the draft gives the point.
	Topic string
	// Suggestions are the best topics by similarity, at most three.
	Suggestions []Suggestion
	// Figures are the figures the point states.
	Figures []Figure
	// Regions and Parties are the codes of those the point names.
	Regions, Parties []string
	// From is the label of the point of Options.From it is aligned with.
	From string
	// Similarity is the Dice coefficient of the two points' words.
	Similarity float64
	// Given is set when the import made the label up: the text used
	// bullets, or no numbers at all.
	Given bool

	src    *point // the point as the splitter found it
	body   rich
	places []placeMatch
}

var slugRE = lazyRE(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Import reads the text of a proposal and returns a draft proposal file.
// A text that cannot be read as text, or holds nothing to import, is an
// error: a [proposals.ErrorList] with the position of the problem. A text
// without numbering becomes one point per paragraph, with a warning.
func Import(data []byte, opts Options) (*Result, error) {
	if !slugRE().MatchString(opts.ID) {
		return nil, fmt.Errorf("id %q: expected a lowercase slug of letters, digits and single hyphens", opts.ID)
	}
	if opts.Catalog == nil {
		return nil, errors.New("import: no catalogue")
	}
	if opts.Name == "" {
		opts.Name = "-"
	}
	text, err := checkText(opts.Name, data)
	if err != nil {
		return nil, err
	}
	res := &Result{Format: opts.Format}
	if res.Format == FormatAuto {
		res.Format = detect(opts.Name, text)
	}
	var lines []line
	switch res.Format {
	case FormatHTML:
		lines = htmlLines(text)
	case FormatMarkdown:
		lines = markdownLines(text)
	case FormatText:
		lines = textLines(text)
	default:
		return nil, fmt.Errorf("format %q: expected one of %s", res.Format, strings.Join(Formats(), ", "))
	}
	sp := splitLines(opts.Name, lines, opts.From != nil)
	res.Warnings = sp.warnings
	if err := usable(opts.Name, sp); err != nil {
		return nil, err
	}
	pl, err := newPlaces(opts.Catalog)
	if err != nil {
		return nil, err
	}
	ranker := opts.Ranker
	if ranker == nil {
		if ranker, err = NewRanker(opts.Catalog, nil); err != nil {
			return nil, err
		}
	}
	d := &draft{opts: opts, format: res.Format, split: sp, places: pl, ranker: ranker}
	d.read()
	if opts.From != nil {
		d.align()
	} else {
		d.dropStruck()
	}
	d.suggest()
	d.infer()
	out, todos, err := d.write()
	if err != nil {
		return nil, err
	}
	res.YAML, res.Todos = out, todos
	res.Points = d.points
	res.Warnings = append(res.Warnings, d.warnings...)
	return res, nil
}

// usable reports an error when the split found nothing to import.
func usable(name string, sp *split) error {
	var errs proposals.ErrorList
	at := proposals.Pos{File: name, Line: 1, Col: 1}
	words := 0
	for _, p := range sp.points {
		words += wordCount(p.body.String()) + wordCount(p.heading)
	}
	switch {
	case len(sp.points) == 0 || words == 0:
		errs.Add(at, "nothing to import: no numbered points and no paragraph of text")
	case len(sp.points) > MaxPoints:
		errs.Add(at, "more than %d points: more than a draft can hold; import the text in parts", MaxPoints)
	}
	for _, p := range sp.points {
		if n := len(p.body.String()); n > MaxPointBytes {
			errs.Add(proposals.Pos{File: name, Line: p.line}, "point %s holds %d KiB of text, more than the %d KiB of a point: is its numbering read right? import the text in parts", p.label, n>>10, MaxPointBytes>>10)
			break
		}
	}
	return errs.Err()
}
