package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Figure is a figure of a point: a number with what it counts.
type Figure struct {
	// Value is the number, multipliers applied: 600000 for "600k".
	Value float64
	// Unit is what it counts: personnel, days, weeks, months, years, km,
	// mm, percent, usd, eur or gbp.
	Unit string
	// Text is the figure as the text writes it.
	Text string
}

// String writes the figure the same way whatever the text's spelling:
// "600,000 personnel", "100 days", "USD 100 billion".
func (f Figure) String() string {
	switch f.Unit {
	case "usd", "eur", "gbp":
		code := strings.ToUpper(f.Unit)
		for _, s := range []struct {
			v    float64
			name string
		}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
			if f.Value >= s.v {
				return fmt.Sprintf("%s %s %s", code, trimFloat(f.Value/s.v), s.name)
			}
		}
		return code + " " + groupThousands(f.Value)
	case "percent":
		return trimFloat(f.Value) + "%"
	}
	return groupThousands(f.Value) + " " + f.Unit
}

func trimFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// groupThousands writes v with commas between thousands: 600,000.
func groupThousands(v float64) string {
	s := trimFloat(v)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// unitRE tells what a number counts from the words right after it.
var unitRE = []struct {
	unit string
	re   func() *regexp.Regexp
}{
	{"percent", lazyRE(`^(?i)\s?(%|per\s?cent\b|відсот|процент)`)},
	{"days", lazyRE(`^(?i)[\s-](days?|днів|дні|день|дней|дня)\b`)},
	{"weeks", lazyRE(`^(?i)[\s-](weeks?|тижн|недел)`)},
	{"months", lazyRE(`^(?i)[\s-](months?|місяц|месяц)`)},
	{"years", lazyRE(`^(?i)[\s-](years?|років|роки|рік|лет|года|год)\b`)},
	{"km", lazyRE(`^(?i)\s?(km|kilomet(re|er)s?|км)\b`)},
	{"mm", lazyRE(`^(?i)\s?(mm|millimet(re|er)s?|мм)\b`)},
	{"usd", lazyRE(`^(?i)\s(us\s)?(dollars|доларів|долларов)\b`)},
	{"eur", lazyRE(`^(?i)\s(euros?|євро|евро)\b`)},
	{"personnel", lazyRE(`^(?i)([\s-](strong\b|((active[\s-]duty|military|armed|uniformed|ukrainian|russian|foreign|european|american|nato|allied)\s)?(troops|soldiers|personnel|servicemen|servicewomen|service\s?members|men\b|people\b)|військовослужбовц|військових|осіб|чоловік|военнослужащ|военных|человек))`)},
}

// forcesRE are the words before a large number that make it a ceiling on
// forces: "armed forces capped at 600,000".
var forcesRE = lazyRE(`(?i)\b(army|armies|armed forces|forces|military|troops|personnel|soldiers)\b|армі|армия|збройн|вооружен|військ`)

// figures returns the figures of a text: each number that says what it
// counts, and each large number in a sentence about armed forces.
func figures(text string) []Figure {
	var out []Figure
	for _, n := range findNumbers(text) {
		f := Figure{Value: n.value, Text: strings.TrimSpace(text[n.start:n.end])}
		rest := text[n.end:min(len(text), n.end+64)]
		switch {
		case n.currency != "":
			f.Unit = n.currency
		default:
			for _, u := range unitRE {
				if m := u.re().FindString(rest); m != "" {
					f.Unit = u.unit
					break
				}
			}
		}
		if f.Unit == "" && n.value >= 10000 && n.value == float64(int64(n.value)) && !isYear(text[n.start:n.end]) {
			before := text[max(0, sentenceStart(text, n.start)):n.start]
			if forcesRE().MatchString(before) {
				f.Unit = "personnel"
			}
		}
		if f.Unit != "" {
			out = append(out, f)
		}
	}
	return out
}

// isYear reports a number that reads as a year: four figures from 1900 to 2100.
func isYear(s string) bool {
	v, err := strconv.Atoi(s)
	return err == nil && len(s) == 4 && v >= 1900 && v <= 2100
}

// sentenceStart returns where the sentence that holds byte i begins, or
// 200 bytes before i in a longer one.
func sentenceStart(text string, i int) int {
	for j := i - 1; j > max(0, i-200); j-- {
		if (text[j] == '.' || text[j] == ';') && j+1 < len(text) && text[j+1] == ' ' {
			return j + 1
		}
	}
	return max(0, i-200)
}
