package render

import (
	"io"

	"github.com/peacediff/peacediff/view"
)

// About is the data of a site's page about its data: what the corpus
// holds and how to read the answers and marks of the other pages.
type About struct {
	// Texts is the number of texts, First and Last the dates of the oldest
	// and the newest.
	Texts       int
	First, Last string
	// Sections link the matrix of each section of typed terms.
	Sections []Link
	// Nav is the site's navigation; Cite how to cite the page, or nil.
	Nav  []Link
	Cite *Citation
}

// AboutHTML writes a site's page about its data.
func AboutHTML(w io.Writer, a About) error {
	data := struct {
		pageMeta
		Texts        int
		First, Last  string
		SectionLinks []siteLink
		Marks        []view.LegendEntry
	}{newMeta("About the data", a.Nav), a.Texts, a.First, a.Last, siteLinks(a.Sections), view.CompareLegend(nil)}
	data.Cite = newCite(a.Cite, "About the data")
	return templates().ExecuteTemplate(w, "about.html.tmpl", data)
}
