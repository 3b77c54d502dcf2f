package site

import (
	"bytes"
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"encoding/json"
	"slices"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
)

// memo is what a site works out of each text alone, and of its catalogue
// and options, kept for the site of the next change of the same files: a
// text whose file did not change (the same *proposals.File) is not worked
// on again. A memo is used by one site being made; the next is a copy.
type memo struct {
	catalog *proposals.Catalog
	lines   *redlines.RuleSet
	texts   map[*proposals.File]*textMemo
	// hashed are the texts the last version hashed, in order; hashes are
	// the states of the hash after the catalogue, and after each of them.
	hashed []*proposals.File
	hashes [][]byte
}

// textMemo is what a site works out of one text alone.
type textMemo struct {
	sections []string // the keys of the sections of its typed terms
	encoded  []byte   // its proposal as JSON, for the version
}

// next returns the memo of the site of c: what m holds of c's texts, when
// c has m's catalogue. m is not changed.
func (m *memo) next(c *proposals.Corpus) *memo {
	n := &memo{catalog: c.Catalog, texts: make(map[*proposals.File]*textMemo, len(c.Files))}
	if m.catalog != c.Catalog {
		return n
	}
	n.lines, n.hashed, n.hashes = m.lines, m.hashed, m.hashes
	for _, f := range c.Files {
		if t := m.texts[f]; t != nil {
			copied := *t
			n.texts[f] = &copied
		}
	}
	return n
}

// of returns what m holds of f, made empty if it holds nothing yet.
func (m *memo) of(f *proposals.File) *textMemo {
	t := m.texts[f]
	if t == nil {
		t = &textMemo{}
		m.texts[f] = t
	}
	return t
}

// sections are the sections of the typed terms of the texts of c, in the
// order of the catalogue's domains: those of a terms-only comparison of
// every text, which has a section where one text has a term of it.
func (m *memo) sections(c *proposals.Corpus) ([]section, error) {
	has := map[string]bool{}
	for _, f := range c.Files {
		t := m.of(f)
		if t.sections == nil {
			r, err := compare.Compare(c, []*proposals.File{f}, compare.Options{TermsOnly: true})
			if err != nil {
				return nil, err
			}
			t.sections = []string{}
			for _, s := range r.Sections {
				t.sections = append(t.sections, s.Key)
			}
		}
		for _, k := range t.sections {
			has[k] = true
		}
	}
	var out []section
	for _, d := range c.Catalog.Domains {
		if has[d.Slug] {
			out = append(out, section{Key: d.Slug, Title: d.Title})
		}
	}
	return out, nil
}

// version names corpus c by its content: the SHA-256 of its catalogue and
// proposals as JSON, so that the same corpus always has the same name
// and a changed one another, whenever it is built. The hash starts again
// from its state after the texts the last version hashed first.
func (m *memo) version(c *proposals.Corpus) (string, error) {
	if m.hashes == nil {
		js, err := encodeJSON(c.Catalog)
		if err != nil {
			return "", err
		}
		h := sha256.New()
		h.Write(js)
		state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
		if err != nil {
			return "", err
		}
		m.hashed, m.hashes = nil, [][]byte{state}
	}
	same := 0
	for same < len(m.hashed) && same < len(c.Files) && m.hashed[same] == c.Files[same] {
		same++
	}
	h := sha256.New()
	if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(m.hashes[same]); err != nil {
		return "", err
	}
	hashes := slices.Clip(m.hashes[:same+1])
	for _, f := range c.Files[same:] {
		t := m.of(f)
		if t.encoded == nil {
			js, err := encodeJSON(f.Proposal)
			if err != nil {
				return "", err
			}
			t.encoded = js
		}
		h.Write(t.encoded)
		state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
		if err != nil {
			return "", err
		}
		hashes = append(hashes, state)
	}
	m.hashed, m.hashes = slices.Clone(c.Files), hashes
	return "corpus sha256:" + hex.EncodeToString(h.Sum(nil))[:16], nil
}

// encodeJSON is v as a JSON encoder writes it, with its newline.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// compiledLines are the parties' red lines of opts compiled, once for the
// catalogue cat: the options of a site do not change between updates.
func (m *memo) compiledLines(cat *proposals.Catalog, opts Options) (*redlines.RuleSet, error) {
	if m.lines == nil {
		set, err := compileLines(cat, opts)
		if err != nil {
			return nil, err
		}
		m.lines = set
	}
	return m.lines, nil
}
