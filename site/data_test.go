package site

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"slices"
	"strings"
	"testing"
)

// TestSiteData: the corpus is on the site as JSON, its points and typed
// terms as CSV with a header row and the URLs of their sources, and the
// texts as an Atom feed whose dates are the texts', not the build's.
func TestSiteData(t *testing.T) {
	c := testCorpus(t)
	files := map[string][]byte{}
	for _, p := range buildSite(t, Options{}) {
		files[p.Path] = p.Data
	}
	var doc struct {
		Version   string            `json:"version"`
		Proposals []json.RawMessage `json:"proposals"`
	}
	if err := json.Unmarshal(files[corpusJSONPath], &doc); err != nil {
		t.Fatalf("%s: %v", corpusJSONPath, err)
	}
	if !strings.HasPrefix(doc.Version, "corpus sha256:") || len(doc.Proposals) != len(c.Files) {
		t.Errorf("%s: version %q, %d proposals; want %d", corpusJSONPath, doc.Version, len(doc.Proposals), len(c.Files))
	}
	points := 0
	for _, f := range c.Files {
		points += len(f.Proposal.Provisions)
	}
	for _, tc := range []struct {
		path   string
		header string
		rows   int
	}{
		{provisionsCSVPath, "proposal,date,point,topic,heading,state,confidence,text,note,sources", points},
		{termsCSVPath, "proposal,date,section,term,group,label,state,value,points,our_reading,confidence,sources", -1},
	} {
		rows, err := csv.NewReader(bytes.NewReader(files[tc.path])).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		if strings.Join(rows[0], ",") != tc.header {
			t.Errorf("%s: header %v", tc.path, rows[0])
		}
		if tc.rows >= 0 && len(rows)-1 != tc.rows || len(rows) < 100 {
			t.Errorf("%s: %d rows, want %d", tc.path, len(rows)-1, tc.rows)
		}
		state := slices.Index(rows[0], "state")
		for _, r := range rows[1:] {
			if url := r[len(r)-1]; r[state] == "present" && !strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://") {
				t.Errorf("%s: %v is stated but cites no source URL", tc.path, r[:4])
			}
		}
	}
	var feed struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string   `xml:"id"`
		Updated string   `xml:"updated"`
		Entries []struct {
			ID      string `xml:"id"`
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
			Summary string `xml:"summary"`
			Link    struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(files[feedPath], &feed); err != nil {
		t.Fatalf("%s: %v", feedPath, err)
	}
	newest := ""
	for _, f := range c.Files {
		newest = max(newest, atomTime(f.Proposal.Date))
	}
	if feed.ID == "" || feed.Updated != newest || len(feed.Entries) != len(c.Files) {
		t.Errorf("feed: id %q, updated %s (want %s), %d entries (want %d)", feed.ID, feed.Updated, newest, len(feed.Entries), len(c.Files))
	}
	for i, e := range feed.Entries {
		if e.ID == "" || e.Title == "" || e.Summary == "" || files[e.Link.Href] == nil || i > 0 && e.Updated > feed.Entries[i-1].Updated {
			t.Errorf("feed entry %d: %+v", i, e)
		}
	}
	if !strings.Contains(string(files[feedPath]), "<summary>Answers US 28-point draft.") {
		t.Errorf("the feed does not say what a text answers")
	}
}
