package importer

import (
	"slices"
	"strings"
	"testing"
)

// splitText splits a text of the given format and returns its labels,
// and the texts and headings by label.
func splitText(t *testing.T, f Format, text string) ([]string, map[string]*point, *split) {
	t.Helper()
	var lines []line
	switch f {
	case FormatHTML:
		lines = htmlLines(text)
	case FormatMarkdown:
		lines = markdownLines(text)
	default:
		lines = textLines(text)
	}
	sp := splitLines("in", lines, false)
	var labels []string
	by := map[string]*point{}
	for _, p := range sp.points {
		labels = append(labels, p.label)
		by[p.label] = p
	}
	return labels, by, sp
}

func TestSplitNumbering(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		in     string
		want   string // labels, space-separated
	}{
		{"arabic with dots", FormatText, "1. One.\n2. Two.\n3. Three.", "1 2 3"},
		{"arabic with parentheses", FormatText, "1) One.\n2) Two.", "1 2"},
		{"point words", FormatText, "Point 1: One.\nPoint 2: Two.\nPoint 3: Three.", "1 2 3"},
		{"articles", FormatText, "Article 1\nThe parties agree.\n\nArticle 2\nThey sign.", "1 2"},
		{"lettered sub-points", FormatText, "1. One:\n  a) first;\n  b) second.\n2. Two.", "1 1.a 1.b 2"},
		{"parenthesised letters", FormatText, "1. One:\n(a) first;\n(b) second.\n2. Two.", "1 1.a 1.b 2"},
		{"dotted labels", FormatText, "10. The guarantee:\n10.a paid;\n10.b lost.\n11. EU.", "10 10.a 10.b 11"},
		{"roman sections", FormatText, "I. Terms\n1) one;\n2) two.\nII. Ceasefire\na) option one;\nb) option two:\n1. frozen;\n2. ended.\nIII. Steps\n1) first.",
			"I I.1 I.2 II II.a II.b II.b.1 II.b.2 III III.1"},
		{"roman numerals below letters", FormatText, "1. One:\n(a) first:\n(i) x;\n(ii) y;\n(b) second.\n2. Two.", "1 1.a 1.a.i 1.a.ii 1.b 2"},
		{"i is a letter after h", FormatText, "1. One:\na) a;\nb) b;\nc) c;\nd) d;\ne) e;\nf) f;\ng) g;\nh) h;\ni) i;\nj) j.", "1 1.a 1.b 1.c 1.d 1.e 1.f 1.g 1.h 1.i 1.j"},
		{"an excerpt skips points", FormatText, "3. Three.\n7. Seven.\n21. Twenty-one.", "3 7 21"},
		{"an excerpt skips sub-points", FormatText, "14. Funds:\nb) half the profit;\nd) unfrozen.", "14 14.b 14.d"},
		{"a number on the line of its parent", FormatText, "20. a) Ukraine adopts the rules.\nb) Both abolish.", "20 20.a 20.b"},
		{"inline sub-points", FormatText, "14. Funds are used: (a) $100bn for rebuilding; (b) half of the profit; and (c) the rest.", "14 14.a 14.b 14.c"},
		{"inline sub-points with one paren", FormatText, "5. Both: a) stop; b) go.", "5 5.a 5.b"},
		{"an inline list of one is text", FormatText, "5. Only (a) here.", "5"},
		{"a preamble", FormatText, "Some intro.\n\nThe points:\n1. One.\n2. Two.", "1 2"},
		{"bullets under a point", FormatText, "12. A package:\n- a fund;\n- gas;\n- roads.\n13. More.", "12 12.a 12.b 12.c 13"},
		{"bullets alone", FormatText, "- first\n- second", "1 2"},
		{"numbers out of order are text", FormatText, "1. One\n2. Two, and see\n1. above.", "1 2"},
		{"a number in a wrapped line is text", FormatText, "1. The army of\n600,000 troops.\n2. Two.", "1 2"},
		{"cyrillic letters", FormatText, "1. Гуманітарні питання:\nа) обмін;\nб) повернення.", "1 1.a 1.b"},
		{"no numbering", FormatText, "First paragraph\nstill first.\n\nSecond paragraph.", "1 2"},
		{"markdown lists", FormatMarkdown, "# Title\n\n1. **One.** First.\n2. Two\n   - sub\n   - sub", "1 2 2.a 2.b"},
		{"markdown nested numbers", FormatMarkdown, "1. One\n   1. one one\n   2. one two\n2. Two", "1 1.1 1.2 2"},
		{"html ordered lists", FormatHTML, `<ol><li>One<ol type="a"><li>x</li><li>y</li></ol></li><li>Two</li></ol>`, "1 1.a 1.b 2"},
		{"html nested lists of one type", FormatHTML, `<ol start="5"><li>Five<ol><li>x</li></ol></li><li>Six</li></ol>`, "5 5.1 6"},
		{"html paragraphs", FormatHTML, `<p>1. One.</p><p>a) sub</p><p>2. Two.</p>`, "1 1.a 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			labels, _, _ := splitText(t, tc.format, tc.in)
			if got := strings.Join(labels, " "); got != tc.want {
				t.Errorf("labels = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSplitTextAndHeadings(t *testing.T) {
	tests := []struct {
		name                  string
		format                Format
		in                    string
		label, heading, text  string
		title, section, warns string
	}{
		{"a heading over the text", FormatText, "6. Armed forces\nUkraine's army is capped.", "6", "Armed forces", "Ukraine's army is capped.", "", "", ""},
		{"a wrapped line is no heading", FormatText, "6. Ukraine's army is\ncapped at 600,000.", "6", "", "Ukraine's army is capped at 600,000.", "", "", ""},
		{"a bold lead-in", FormatMarkdown, "6. **Armed forces.** The army is capped.", "6", "Armed forces", "The army is capped.", "", "", ""},
		{"a word broken over two lines", FormatText, "21. A demilitar-\nised zone.", "21", "", "A demilitarised zone.", "", "", ""},
		{"the title and a section", FormatMarkdown, "# The plan\n\n## Security\n\n1. One.", "1", "", "One.", "The plan", "Security", ""},
		{"a plain title", FormatText, "THE PLAN\n\n1. One.", "1", "", "One.", "THE PLAN", "", ""},
		{"html headings", FormatHTML, "<title>T</title><h2>Land</h2><p>1. One.</p>", "1", "", "One.", "T", "Land", ""},
		{"text after the list's last heading", FormatMarkdown, "1. One.\n\n## Related\n\nRead more here.", "1", "", "One.", "", "", "in:5: text after the heading \"Related\" is in no point and is left out"},
		{"no numbering warns", FormatText, "One paragraph.", "1", "", "One paragraph.", "", "", "in:1: no numbering found: one point per paragraph (1 points), labelled 1 to 1 by the import"},
		{"html entities and spaces", FormatHTML, "<p>1. NATO&nbsp;&amp; the   EU.</p>", "1", "", "NATO & the EU.", "", "", ""},
		{"scripts are no text", FormatHTML, "<p>1. One.<script>alert(1)</script></p>", "1", "", "One.", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, by, sp := splitText(t, tc.format, tc.in)
			p := by[tc.label]
			if p == nil {
				t.Fatalf("no point %s", tc.label)
			}
			if got := collapse(p.body.String()); got != tc.text {
				t.Errorf("text = %q, want %q", got, tc.text)
			}
			if p.heading != tc.heading {
				t.Errorf("heading = %q, want %q", p.heading, tc.heading)
			}
			if sp.title != tc.title {
				t.Errorf("title = %q, want %q", sp.title, tc.title)
			}
			if p.section != tc.section {
				t.Errorf("section = %q, want %q", p.section, tc.section)
			}
			var warns []string
			for _, w := range sp.warnings {
				warns = append(warns, w.String())
			}
			if got := strings.Join(warns, "\n"); got != tc.warns {
				t.Errorf("warnings = %q, want %q", got, tc.warns)
			}
		})
	}
}

func TestSplitMarkup(t *testing.T) {
	_, by, _ := splitText(t, FormatHTML, `<p>6. Capped at <del>600,000</del> <b>800,000</b>.</p><p><s>7. Struck.</s></p>`)
	six := by["6"].body
	if got := six.without(struck); collapse(got) != "Capped at 800,000." {
		t.Errorf("new wording = %q", got)
	}
	if got := six.without(inserted); collapse(got) != "Capped at 600,000 ." {
		t.Errorf("old wording = %q", got)
	}
	if !six.has(inserted) || !six.has(struck) || !by["7"].body.only(struck) {
		t.Errorf("marks of 6 and 7 not read: %+v %+v", six, by["7"].body)
	}
	_, md, _ := splitText(t, FormatMarkdown, "1. Kept.\n2. ~~Struck.~~\n3. Now **new**.")
	if !md["2"].body.only(struck) || !md["3"].body.has(inserted) || md["1"].body.has(inserted) {
		t.Errorf("Markdown marks not read: %+v", md)
	}
}

func TestSplitLimit(t *testing.T) {
	var b strings.Builder
	for range MaxPoints + 10 {
		b.WriteString("- A point.\n")
	}
	labels, _, _ := splitText(t, FormatText, b.String())
	if len(labels) != MaxPoints+1 {
		t.Errorf("%d points, want the splitter to stop at %d", len(labels), MaxPoints+1)
	}
	if !slices.Contains(labels, itoa(MaxPoints)) {
		t.Errorf("point %d missing", MaxPoints)
	}
}
