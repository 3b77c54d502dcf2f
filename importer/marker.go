package importer

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// numKind is a kind of numbering.
type numKind uint8

const (
	kindArabic     numKind = iota + 1 // 1, 2, 3
	kindLower                         // a, b, c
	kindUpper                         // A, B, C
	kindRomanLower                    // i, ii, iii
	kindRomanUpper                    // I, II, III
	kindWord                          // Point 3, Article 4
	kindDotted                        // 10.a, 1.2, II.b.1: a whole label
	kindBullet                        // -, *, •
)

// marker is the numbering at the start of a line.
type marker struct {
	kind  numKind
	punct string // how the number is set off: ".", ")", "()", "-", or the word of kindWord
	value int    // the number: 1 for 1, a, i and I
	roman int    // for a single letter that is also a roman numeral (i, v, x...), its value as one
	label string // the label it gives: "10", "a", "II"; the whole label for kindDotted
	end   int    // byte offset where the point's own text begins
}

// style names the numbering a marker belongs to: its kind and how it is set off.
func (m marker) style() string {
	return strconv.Itoa(int(m.kind)) + m.punct
}

// asRoman returns the marker read as a roman numeral, for a letter that is one.
func (m marker) asRoman() marker {
	r := m
	r.value, r.roman = m.roman, 0
	if m.kind == kindLower {
		r.kind = kindRomanLower
	} else {
		r.kind = kindRomanUpper
	}
	return r
}

var (
	wordRE = lazyRE(`^(?i)(point|article|art\.|section|clause|paragraph|item|пункт|стаття|статья|розділ|раздел)\s+` +
		`(\d{1,3}|[IVXLC]{1,7})((?:\.(?:\d{1,2}|[a-z])|\((?:[a-z]|\d{1,2})\))*)(?:\s*([.:)–—-]))?(?:\s+|$)`)
	dottedRE = lazyRE(`^(\d{1,3}|[IVXL]{1,6})((?:\.(?:\d{1,2}|[a-z]))+|(?:\((?:[a-z]|\d{1,2})\))+)([.):])?(?:\s+|$)`)
	parenRE  = lazyRE(`^\((\d{1,3}|[a-zA-Z]|[ivxlc]{2,6}|[IVXLC]{2,6}|[а-яА-Я])\)(?:\s+|$)`)
	suffixRE = lazyRE(`^(\d{1,3}|[a-zA-Z]|[ivxlc]{2,6}|[IVXLC]{2,6}|[а-яА-Я])([.)])(?:\s+|$)`)
	dashRE   = lazyRE(`^(\d{1,3})\s*[–—-]\s+`)
	gluedRE  = lazyRE(`^(\d{1,3})\.(\p{Lu})`)
	bulletRE = lazyRE(`^[-*•–—·▪◦○●]\s+`)
	// unitAfterRE is a word after "1.5" that makes it a number, not a label.
	unitAfterRE = lazyRE(`^(?i)(million|billion|thousand|trillion|bn|mn|m|k|km|mm|per|percent|%|times|years?|months?|days?)\b`)
)

// parseMarker reads the numbering at the start of s, if any.
func parseMarker(s string) (marker, bool) {
	if m := wordRE().FindStringSubmatchIndex(s); m != nil {
		word := strings.ToLower(strings.TrimSuffix(s[m[2]:m[3]], "."))
		num, sub := s[m[4]:m[5]], s[m[6]:m[7]]
		if m[8] < 0 && m[1] < len(s) && !startsUpper(s[m[1]:]) {
			return marker{}, false // "Article 5 of the treaty": a reference, not a heading
		}
		value, ok := atoiOrRoman(num)
		if !ok {
			return marker{}, false
		}
		mk := marker{kind: kindWord, punct: word, value: value, label: num, end: m[1]}
		if sub != "" {
			mk.kind, mk.label = kindDotted, num+dottedLabel(sub)
		}
		return mk, true
	}
	if m := dottedRE().FindStringSubmatchIndex(s); m != nil {
		first, sub := s[m[2]:m[3]], s[m[4]:m[5]]
		rest := s[m[1]:]
		last := sub[strings.LastIndexAny(sub, ".(")+1:]
		numeric := last[0] >= '0' && last[0] <= '9'
		if numeric && (unitAfterRE().MatchString(rest) || m[6] < 0 && rest != "" && !startsUpper(rest)) {
			return marker{}, false // 1.5 million: a number
		}
		value, ok := atoiOrRoman(first)
		if !ok {
			return marker{}, false
		}
		return marker{kind: kindDotted, value: value, label: first + dottedLabel(sub), end: m[1]}, true
	}
	if m := parenRE().FindStringSubmatchIndex(s); m != nil {
		return numbered(s[m[2]:m[3]], "()", m[1])
	}
	if m := suffixRE().FindStringSubmatchIndex(s); m != nil {
		return numbered(s[m[2]:m[3]], s[m[4]:m[5]], m[1])
	}
	if m := dashRE().FindStringSubmatchIndex(s); m != nil {
		return numbered(s[m[2]:m[3]], "-", m[1])
	}
	if m := gluedRE().FindStringSubmatchIndex(s); m != nil {
		return numbered(s[m[2]:m[3]], ".", m[3]+1)
	}
	if m := bulletRE().FindStringIndex(s); m != nil {
		return marker{kind: kindBullet, punct: strings.TrimSpace(s[:m[1]]), end: m[1]}, true
	}
	return marker{}, false
}

// numbered makes the marker of one number, letter or roman numeral.
func numbered(num, punct string, end int) (marker, bool) {
	m := marker{punct: punct, label: num, end: end}
	c, size := utf8.DecodeRuneInString(num)
	switch {
	case c >= '0' && c <= '9':
		m.kind = kindArabic
		m.value, _ = strconv.Atoi(num)
	case size == len(num) && c >= 'a' && c <= 'z':
		m.kind, m.value = kindLower, int(c-'a')+1
		m.roman, _ = parseRoman(num)
	case size == len(num) && c >= 'A' && c <= 'Z':
		m.kind, m.value = kindUpper, int(c-'A')+1
		m.roman, _ = parseRoman(num)
	case size == len(num): // a Cyrillic letter: а, б, в
		i := strings.IndexRune(cyrillicLetters, unicode.ToLower(c))
		if i < 0 {
			return marker{}, false
		}
		m.kind, m.value = kindLower, utf8.RuneCountInString(cyrillicLetters[:i])+1
		m.label = letter(m.value)
	default:
		v, ok := parseRoman(num)
		if !ok {
			return marker{}, false
		}
		m.value = v
		if unicode.IsLower(c) {
			m.kind = kindRomanLower
		} else {
			m.kind = kindRomanUpper
		}
	}
	return m, true
}

// cyrillicLetters are the letters that Ukrainian and Russian texts number
// sub-points with, in order; а) is a), б) is b).
const cyrillicLetters = "абвгдежзиклмнопрстуфхцчшщэюя"

// dottedLabel turns ".a", ".2" or "(a)(2)" into ".a.2".
func dottedLabel(sub string) string {
	sub = strings.ReplaceAll(sub, ")", "")
	return strings.ReplaceAll(sub, "(", ".")
}

func startsUpper(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(c) || unicode.IsDigit(c) || strings.ContainsRune("\"'“‘«(", c)
}

func atoiOrRoman(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	return parseRoman(s)
}

// parseRoman reads a roman numeral from 1 to 399 written the usual way.
func parseRoman(s string) (int, bool) {
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	lower := strings.ToLower(s)
	n := 0
	for i := 0; i < len(lower); i++ {
		v, ok := vals[lower[i]]
		if !ok {
			return 0, false
		}
		if i+1 < len(lower) && vals[lower[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	if n <= 0 || n >= 400 || roman(n) != lower {
		return 0, false
	}
	return n, true
}

// roman writes n (1 to 399) as a lowercase roman numeral.
func roman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// letter writes n as list letters: 1 is a, 26 is z, 27 is aa.
func letter(n int) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	s := ""
	for n > 0 {
		n--
		s = string(rune('a'+n%26)) + s
		n /= 26
	}
	return s
}
