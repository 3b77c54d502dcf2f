package proposals

import "testing"

// TestEmbeddedSubset checks that the subset for each built-in text holds
// it and everything it refers to, and gives each point the wording the
// whole corpus gives it; and that an id that is not a built-in file, or
// could escape the corpus folder, asks for the whole corpus.
func TestEmbeddedSubset(t *testing.T) {
	full, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range full.IDs() {
		sub, ok, err := EmbeddedSubset([]string{id})
		if err != nil || !ok {
			t.Fatalf("%s: ok %v, err %v", id, ok, err)
		}
		if len(sub.Files) > len(full.Files) {
			t.Errorf("%s: subset of %d files, more than the corpus", id, len(sub.Files))
		}
		for _, f := range sub.Files {
			for _, ref := range References(f) {
				if sub.Get(ref) == nil {
					t.Errorf("%s: %s refers to %s, missing from the subset", id, f.Proposal.ID, ref)
				}
			}
		}
		f, g := sub.Get(id), full.Get(id)
		if f == nil {
			t.Fatalf("%s: not in its own subset", id)
		}
		for i := range f.Proposal.Provisions {
			if got, want := sub.Text(f, &f.Proposal.Provisions[i]), full.Text(g, &g.Proposal.Provisions[i]); got != want {
				t.Errorf("%s point %s: wording %q in the subset, %q in the corpus", id, f.Proposal.Provisions[i].Point, got, want)
			}
		}
	}
	for _, id := range []string{"no-such-text", "", "../corpus/minsk-ii-2015-02", "timeline/x", `a\b`} {
		if _, ok, err := EmbeddedSubset([]string{id}); ok || err != nil {
			t.Errorf("%q: ok %v, err %v; want the whole corpus asked for", id, ok, err)
		}
	}
}
