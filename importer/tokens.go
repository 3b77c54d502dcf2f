package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isWordRune reports a letter or a digit.
func isWordRune(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }

// words splits text into runs of letters and digits, in the case written.
func words(text string) []string {
	return strings.FieldsFunc(text, func(c rune) bool { return !isWordRune(c) })
}

// wordCount counts the words of text.
func wordCount(text string) int { return len(words(text)) }

// stopText are the words left out of the ranking: function words, and the
// words that every point of a corpus uses about itself.
const stopText = `a an the and or of to in on for by with at from as is are be been being was were
will shall would should must may might can could its it this that these those which who whom whose what
their they them there than then all any each every other others such not no nor has have had having do
does did into onto upon also both between under over after before within without while until so if but
only own same further more most some very our we he she his her him us you your i me my here where when
how why about against among per via etc one ie eg s
point points text texts draft drafts plan clause clauses paragraph article section item items
agreement deal party parties side sides`

// newStopWords returns the set of stopText.
func newStopWords() map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(stopText) {
		set[w] = true
	}
	return set
}

// terms returns the ranking terms of text: lowercased, stemmed words that
// are not stop words and hold a letter.
func terms(text string, stop map[string]bool) []string {
	var out []string
	ws := words(text)
	for i, w := range ws {
		w = strings.ToLower(w)
		if stop[w] || !strings.ContainsFunc(w, unicode.IsLetter) || partyWord(ws, i) {
			continue
		}
		if w = stem(w); w != "" && !stop[w] {
			out = append(out, w)
		}
	}
	return out
}

// stem strips the common English endings from a lowercase word, so that
// invades, invaded and invading rank as one, and spells -ize as -ise.
// Cyrillic words are cut to their first six letters, a rough stem.
func stem(w string) string {
	if c, _ := utf8.DecodeRuneInString(w); c > unicode.MaxLatin1 {
		if r := []rune(w); len(r) > 6 {
			return string(r[:6])
		}
		return w
	}
	if len(w) <= 3 {
		return w
	}
	w = strings.ReplaceAll(w, "iz", "is")
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	for _, suf := range []string{"ational", "ation", "ments", "ment", "ingly", "edly", "ing", "ed", "ly"} {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 3 && strings.ContainsAny(base, "aeiouy") {
			w = base
			if suf == "ation" || suf == "ational" {
				w += "ate"
			}
			break
		}
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("lsz", rune(w[n-1])) && !strings.ContainsRune("aeiou", rune(w[n-1])) {
		w = w[:n-1] // stopped, stopp: stop
	}
	if n := len(w); n > 4 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	if n := len(w); n > 2 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])) {
		w = w[:n-1] + "i" // amnesty and amnestied alike
	}
	return w
}

// partyWord reports whether words[i] is part of "United States" or
// "United Kingdom": names of parties, which say nothing of a topic and
// would otherwise rank as "unite" and "state".
func partyWord(words []string, i int) bool {
	is := func(j int, w string) bool { return j >= 0 && j < len(words) && strings.EqualFold(words[j], w) }
	return is(i, "united") && (is(i+1, "states") || is(i+1, "kingdom")) ||
		(is(i, "states") || is(i, "kingdom")) && is(i-1, "united")
}
