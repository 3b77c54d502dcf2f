package proposals

import (
	"io/fs"
	"path"
	"strings"
)

// EmbeddedSubset returns the part of the built-in corpus that the texts
// named by ids need: those texts and, following references, every text
// they supersede and every text whose wording one of their points keeps.
// Only those files are read and decoded, by their names (a file's name is
// its id, which validation enforces), not the whole corpus: comparing two
// texts by id no longer costs a parse of every other text.
//
// ok is false when an id, or an id one of those texts refers to, is not
// the name of a built-in file, or when a file needed does not load: the
// caller then loads the whole corpus with [Embedded], whose errors and
// suggestions are the ones to give. The subset has no timeline.
func EmbeddedSubset(ids []string) (c *Corpus, ok bool, err error) {
	cat, err := DefaultCatalog()
	if err != nil {
		return nil, false, err
	}
	c = NewCorpus(cat)
	queue := append([]string(nil), ids...)
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		if c.byID[id] != nil {
			continue
		}
		name := path.Join("corpus", id+".yaml")
		if id == "" || strings.ContainsAny(id, `/\`) || !fs.ValidPath(name) {
			return nil, false, nil
		}
		f, err := readAndParse(corpusFS, name, name, cat, ReadLimit, nil)
		if err != nil || f.Proposal.ID != id {
			return nil, false, nil
		}
		c.byID[id] = f
		c.Files = append(c.Files, f)
		queue = append(queue, References(f)...)
	}
	c.sort()
	if c.Validate() != nil {
		return nil, false, nil
	}
	return c, true, nil
}

// References lists the ids of the texts f refers to: those it supersedes
// and those whose wording its kept points keep.
func References(f *File) []string {
	var ids []string
	for _, s := range f.Proposal.Supersedes {
		ids = append(ids, s.ID)
	}
	for i := range f.Proposal.Provisions {
		if from := f.Proposal.Provisions[i].From; from != "" {
			ids = append(ids, from)
		}
	}
	return ids
}
