package importer

import (
	"strconv"
	"strings"
)

// number is a number written in a text, in figures or in words, with
// its multiplier ("600k", "$100bn", "six hundred thousand").
type number struct {
	value      float64
	start, end int    // bytes of the text it takes, multiplier and currency included
	currency   string // usd, eur or gbp when a sign or code stands before it
}

var (
	// digitsRE is a number in figures: 600,000 / 600 000 / 600.000 / 1.5 / 600.
	digitsRE = lazyRE(`\b\d{1,3}(?:[,\x{00a0}\x{202f}\x{2009} ]\d{3})+(?:\.\d+)?\b|\b\d{1,3}(?:\.\d{3})+\b|\b\d+(?:[.,]\d+)?`)
	// multRE is a multiplier right after a number, attached or after a space.
	multRE = lazyRE(`^(?:\s?(?i:thousand|million|billion|trillion|bn|mn|tn)\b|\s?(?i:тис\.?|тисяч\p{L}*|тыс\.?|тысяч\p{L}*|млн|мільйон\p{L}*|миллион\p{L}*|млрд|мільярд\p{L}*|миллиард\p{L}*)|[kKmMbB]\b)`)
	// currencyRE is a currency sign or code right before a number.
	currencyRE = lazyRE(`(?:US\$|\$|€|£|(?:USD|EUR|GBP)\s?)$`)
)

// findNumbers returns the numbers of text in order, in figures and in words.
func findNumbers(text string) []number {
	var out []number
	for _, m := range digitsRE().FindAllStringIndex(text, -1) {
		if m[0] > 0 && (isWordRune(rune(text[m[0]-1])) || text[m[0]-1] == '.') {
			continue // part of a label or a word: 10.a, G7
		}
		n := number{start: m[0], end: m[1]}
		raw := text[m[0]:m[1]]
		v, ok := parseDigits(raw)
		if !ok {
			continue
		}
		rest := text[m[1]:min(len(text), m[1]+32)]
		before := text[max(0, m[0]-8):m[0]]
		if mm := multRE().FindString(rest); mm != "" {
			mult := multiplier(strings.TrimSpace(mm))
			currency := currencyRE().FindString(before)
			if len(strings.TrimSpace(mm)) == 1 && strings.ContainsAny(mm, "mMbB") && currency == "" {
				mult = 0 // 5 m is metres, not millions, unless money
			}
			if mult > 0 {
				v *= mult
				n.end += len(mm)
			}
		}
		if c := currencyRE().FindString(before); c != "" {
			n.start -= len(c)
			n.currency = currencyCode(c)
		}
		n.value = v
		out = append(out, n)
	}
	out = append(out, wordNumbers(text)...)
	sortNumbers(out)
	return out
}

// parseDigits reads a number in figures, its thousands separated by
// commas, spaces or (as in much of Europe) dots.
func parseDigits(s string) (float64, bool) {
	s = strings.NewReplacer("\u00a0", "", "\u202f", "", "\u2009", "", " ", "").Replace(s)
	switch {
	case strings.Count(s, ",") > 0 && len(s)-strings.LastIndexByte(s, ',') == 4 && !strings.Contains(s, "."):
		s = strings.ReplaceAll(s, ",", "")
	case strings.Count(s, ",") > 0 && strings.Contains(s, "."):
		s = strings.ReplaceAll(s, ",", "")
	case strings.Count(s, ".") > 1 || strings.Count(s, ".") == 1 && len(s)-strings.LastIndexByte(s, '.') == 4 && s[0] != '0':
		s = strings.ReplaceAll(s, ".", "") // 600.000
	case strings.Count(s, ",") == 1:
		s = strings.ReplaceAll(s, ",", ".") // 1,5 as a decimal comma
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// multiplier is the value of a multiplier word or letter.
func multiplier(w string) float64 {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	switch {
	case w == "k" || w == "thousand" || strings.HasPrefix(w, "тис") || strings.HasPrefix(w, "тыс"):
		return 1e3
	case w == "m" || w == "mn" || w == "million" || w == "млн" || strings.HasPrefix(w, "мільйон") || strings.HasPrefix(w, "миллион"):
		return 1e6
	case w == "b" || w == "bn" || w == "billion" || w == "млрд" || strings.HasPrefix(w, "мільярд") || strings.HasPrefix(w, "миллиард"):
		return 1e9
	case w == "tn" || w == "trillion":
		return 1e12
	}
	return 0
}

func currencyCode(c string) string {
	switch strings.TrimSpace(c) {
	case "€", "EUR":
		return "eur"
	case "£", "GBP":
		return "gbp"
	}
	return "usd"
}

// numberWords are the words of numbers written out.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scaleWords = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}

var wordTokenRE = lazyRE(`[A-Za-z]+`)

// wordNumbers finds numbers written in English words: "six hundred
// thousand", "thirty", "a hundred", "twenty-five".
func wordNumbers(text string) []number {
	toks := wordTokenRE().FindAllStringIndex(text, -1)
	low := make([]string, len(toks))
	for i, t := range toks {
		low[i] = strings.ToLower(text[t[0]:t[1]])
	}
	var out []number
	for i := 0; i < len(toks); {
		j, v, ok := readWordNumber(text, toks, low, i)
		if !ok {
			i++
			continue
		}
		out = append(out, number{value: v, start: toks[i][0], end: toks[j-1][1]})
		i = j
	}
	return out
}

// readWordNumber reads the number that starts at word i, if one does, and
// returns the index of the word after it.
func readWordNumber(text string, toks [][]int, low []string, i int) (int, float64, bool) {
	total, cur := 0.0, 0.0
	seen := false
	after := i
	j := i
	if low[i] == "a" {
		j++ // "a hundred days"
	}
loop:
	for ; j < len(toks); j++ {
		if j > i && !joinable(text[toks[j-1][1]:toks[j][0]]) {
			break
		}
		w := low[j]
		if v, ok := numberWords[w]; ok {
			cur += v
		} else if v, ok := scaleWords[w]; ok {
			if !seen && low[i] != "a" {
				break
			}
			cur = max(cur, 1)
			if v == 100 {
				cur *= v
			} else {
				total += cur * v
				cur = 0
			}
		} else if w == "and" && seen {
			continue
		} else {
			break loop
		}
		seen = true
		after = j + 1
	}
	if !seen || low[i] == "a" && scaleWords[low[min(i+1, len(low)-1)]] == 0 {
		return 0, 0, false
	}
	return after, total + cur, true
}

// joinable reports whether the text between two words lets them form one
// number: a space or a hyphen.
func joinable(between string) bool {
	return between == " " || between == "-" || between == "\u00a0"
}

func sortNumbers(ns []number) {
	for i := 1; i < len(ns); i++ {
		for j := i; j > 0 && ns[j].start < ns[j-1].start; j-- {
			ns[j], ns[j-1] = ns[j-1], ns[j]
		}
	}
}
