package render

import (
	"encoding/json"
	"html/template"
	"io"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/view"
)

// SearchEntry is one point the search page can find: Title names it
// ("US 28-point draft, point 7: Heading"), Text gives its topic and
// wording, Href links its row on its text's page.
type SearchEntry struct {
	Title string `json:"t"`
	Text  string `json:"x"`
	Href  string `json:"h"`
}

// Search is the data of a site's search page.
type Search struct {
	Entries []SearchEntry
	// Nav is the site's navigation; Cite how to cite the page, or nil.
	Nav  []Link
	Cite *Citation
}

// searchJS finds, as the reader types, the points whose title and text
// hold every word typed. It writes results with textContent only. It is
// allowed by its hash in the page's Content-Security-Policy.
const searchJS = `(function () {
  var data = JSON.parse(document.getElementById("search-data").textContent);
  var q = document.getElementById("q"), out = document.getElementById("results"), count = document.getElementById("count");
  for (var i = 0; i < data.length; i++) data[i].k = (data[i].t + " " + data[i].x).toLowerCase();
  function run() {
    var words = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    out.textContent = "";
    if (!words.length) { count.textContent = ""; return; }
    var n = 0;
    for (var i = 0; i < data.length; i++) {
      var d = data[i], ok = true;
      for (var j = 0; j < words.length && ok; j++) ok = d.k.indexOf(words[j]) >= 0;
      if (!ok) continue;
      n++;
      if (n > 200) continue;
      var li = document.createElement("li"), a = document.createElement("a"), p = document.createElement("p");
      a.href = d.h; a.textContent = d.t; p.textContent = d.x;
      li.appendChild(a); li.appendChild(p); out.appendChild(li);
    }
    count.textContent = n + (n === 1 ? " point found" : " points found") + (n > 200 ? "; the first 200 are shown" : "") + ".";
  }
  q.addEventListener("input", run);
  document.getElementById("search").hidden = false;
  run();
})();`

// SearchHTML writes a site's search page: every point's heading, topic
// and wording, searched in the page itself by a script allowed by its
// hash, so that it works offline and from file://. Without scripts the
// page says so and links the data.
func SearchHTML(w io.Writer, s Search) error {
	index, err := json.Marshal(s.Entries) // escapes <, > and &
	if err != nil {
		return err
	}
	m := newMeta("Search every point", s.Nav)
	m.CSP = strings.Replace(m.CSP, "img-src", "script-src "+HashSource(searchJS)+"; img-src", 1)
	m.Cite = newCite(s.Cite, m.Title)
	data := struct {
		pageMeta
		Index, Script template.JS
		Count         int
	}{m, template.JS(index), template.JS(searchJS), len(s.Entries)}
	return templates().ExecuteTemplate(w, "search.html.tmpl", data)
}

// PointsToFind lists the points of r, a report of one proposal alone, for
// the search page: each titled by the text, its label and its heading,
// with its topic, wording and variants as text, and linked to its row on
// page, the text's page relative to the search page.
func PointsToFind(r *compare.Report, page string) []SearchEntry {
	v := view.Single(r)
	var out []SearchEntry
	for _, pt := range v.Points {
		title := v.Head.Short + ", point " + pt.Label
		if pt.Heading != "" {
			title += ": " + pt.Heading
		}
		var text []string
		if pt.Topic != "" {
			text = append(text, pt.Topic+".")
		}
		for _, s := range pt.Cell.Body {
			text = append(text, s.Text)
		}
		if len(pt.Cell.Body) == 0 && pt.Cell.State != "" {
			text = append(text, pt.Cell.State)
		}
		for _, va := range pt.Cell.Variants {
			text = append(text, va.Party+": "+va.Text)
		}
		out = append(out, SearchEntry{Title: title, Text: strings.Join(text, " "), Href: page + "#" + pt.Anchor})
	}
	return out
}
