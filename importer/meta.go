package importer

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/peacediff/peacediff/proposals"
)

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
	"серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
	"августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}

var (
	isoDateRE    = lazyRE(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	dayMonthRE   = lazyRE(`(?i)\b(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})\b`)
	monthDayRE   = lazyRE(`(?i)\b(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})\b`)
	dottedDateRE = lazyRE(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
)

// findDate returns the first date written in texts as YYYY-MM-DD, or "".
func findDate(texts ...string) proposals.Date {
	for _, t := range texts {
		type hit struct {
			at      int
			y, m, d string
		}
		var best *hit
		try := func(at int, y, m, d string) {
			if best == nil || at < best.at {
				best = &hit{at, y, m, d}
			}
		}
		if m := isoDateRE().FindStringSubmatchIndex(t); m != nil {
			try(m[0], t[m[2]:m[3]], t[m[4]:m[5]], t[m[6]:m[7]])
		}
		if m := dayMonthRE().FindStringSubmatchIndex(t); m != nil {
			if mo := months[strings.ToLower(t[m[4]:m[5]])]; mo > 0 {
				try(m[0], t[m[6]:m[7]], strconv.Itoa(mo), t[m[2]:m[3]])
			}
		}
		if m := monthDayRE().FindStringSubmatchIndex(t); m != nil {
			if mo := months[strings.ToLower(t[m[2]:m[3]])]; mo > 0 {
				try(m[0], t[m[6]:m[7]], strconv.Itoa(mo), t[m[4]:m[5]])
			}
		}
		if m := dottedDateRE().FindStringSubmatchIndex(t); m != nil {
			try(m[0], t[m[6]:m[7]], t[m[4]:m[5]], t[m[2]:m[3]])
		}
		if best != nil {
			y, _ := strconv.Atoi(best.y)
			m, _ := strconv.Atoi(best.m)
			day, _ := strconv.Atoi(best.d)
			if d := proposals.Date(fmt.Sprintf("%04d-%02d-%02d", y, m, day)); d.Valid() {
				return d
			}
		}
	}
	return ""
}

// language guesses the language of the points: uk or ru for Cyrillic by
// the letters only one of them has, en for Latin text with English's
// commonest words, or "" when it cannot tell.
func language(points []Point) string {
	var b strings.Builder
	for _, p := range points {
		b.WriteString(p.Text)
		b.WriteByte(' ')
	}
	text := strings.ToLower(b.String())
	cyr, lat := 0, 0
	for _, c := range text {
		switch {
		case unicode.Is(unicode.Cyrillic, c):
			cyr++
		case c >= 'a' && c <= 'z':
			lat++
		}
	}
	switch {
	case cyr > lat && strings.ContainsAny(text, "іїєґ"):
		return "uk"
	case cyr > lat && strings.ContainsAny(text, "ыэъё"):
		return "ru"
	case lat > cyr:
		n := 0
		for _, w := range words(text) {
			if w == "the" || w == "and" || w == "of" || w == "to" {
				n++
			}
		}
		if n*20 >= len(words(text)) {
			return "en"
		}
	}
	return ""
}

// topLabels counts the distinct top-level labels, as point_count does.
func topLabels(points []Point) int {
	seen := map[string]bool{}
	for _, p := range points {
		top, _, _ := strings.Cut(p.Label, ".")
		seen[top] = true
	}
	return len(seen)
}
