package proposals

import (
	"strings"
	"testing"
)

// TestCorpusSlugsHaveLabels checks that every slug the built-in corpus
// uses outside a scale (a guarantee's kind, trigger, response or voiding
// event, a zone's kind) has words in catalog/labels.yaml, so that no
// report shows a reader a slug with its hyphens turned to spaces.
func TestCorpusSlugsHaveLabels(t *testing.T) {
	c := embedded(t)
	for _, f := range c.Files {
		for _, term := range Terms(f.Proposal, c.Catalog) {
			for _, fc := range term.Facets {
				// What a reader is shown for each slug of the facet.
				shown := map[string]string{}
				switch {
				case fc.Type == Set:
					for i, s := range fc.Value.Labels {
						shown[fc.Value.Set[i]] = s
					}
				case fc.Type == Enum:
					shown[fc.Value.Enum] = fc.Value.Label
				}
				for slug, words := range shown {
					if _, ok := c.Catalog.Labels[slug]; !ok && strings.Contains(slug, "-") && !strings.Contains(slug, " ") && (words == slug || words == Humanize(slug)) {
						t.Errorf("%s: %s %s: %q is shown as %q: give it a label", f.Name, term.Kind.Name, fc.Label, slug, words)
					}
				}
			}
		}
	}
}
