package importer

import "testing"

func TestParseMarker(t *testing.T) {
	tests := []struct {
		in    string
		ok    bool
		kind  numKind
		value int
		label string
		rest  string
	}{
		{"1. Ukraine's sovereignty", true, kindArabic, 1, "1", "Ukraine's sovereignty"},
		{"12) The fund", true, kindArabic, 12, "12", "The fund"},
		{"(3) Elections", true, kindArabic, 3, "3", "Elections"},
		{"a) the United States", true, kindLower, 1, "a", "the United States"},
		{"(b) Ukraine", true, kindLower, 2, "b", "Ukraine"},
		{"B. Second part", true, kindUpper, 2, "B", "Second part"},
		{"ii. second", true, kindRomanLower, 2, "ii", "second"},
		{"IV. Guarantees", true, kindRomanUpper, 4, "IV", "Guarantees"},
		{"i) first", true, kindLower, 9, "i", "first"}, // a letter, and roman 1: the splitter decides
		{"Point 6: Armed forces", true, kindWord, 6, "6", "Armed forces"},
		{"POINT 7. NATO", true, kindWord, 7, "7", "NATO"},
		{"Article 3", true, kindWord, 3, "3", ""},
		{"Article IV – Territory", true, kindWord, 4, "IV", "Territory"},
		{"Пункт 5. Гарантії", true, kindWord, 5, "5", "Гарантії"},
		{"Point 10(a): the guarantee", true, kindDotted, 10, "10.a", "the guarantee"},
		{"10.a The US is paid", true, kindDotted, 10, "10.a", "The US is paid"},
		{"10(b) Ukraine loses it", true, kindDotted, 10, "10.b", "Ukraine loses it"},
		{"II.b.3 Foreign aid ends", true, kindDotted, 2, "II.b.3", "Foreign aid ends"},
		{"1.2. The parties", true, kindDotted, 1, "1.2", "The parties"},
		{"б) обмін полоненими", true, kindLower, 2, "b", "обмін полоненими"},
		{"7 – NATO", true, kindArabic, 7, "7", "NATO"},
		{"3.Ukraine", true, kindArabic, 3, "3", "Ukraine"},
		{"- a bullet", true, kindBullet, 0, "", "a bullet"},
		{"• a bullet", true, kindBullet, 0, "", "a bullet"},
		{"1.5 million troops", false, 0, 0, "", ""},
		{"2.5 percent", false, 0, 0, "", ""},
		{"Article 5 of the NATO treaty", false, 0, 0, "", ""},
		{"600,000 troops", false, 0, 0, "", ""},
		{"2025 was a year", false, 0, 0, "", ""},
		{"U.S. forces", false, 0, 0, "", ""},
		{"Ukraine", false, 0, 0, "", ""},
		{"iiii. not roman", false, 0, 0, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			m, ok := parseMarker(tc.in)
			if ok != tc.ok {
				t.Fatalf("parseMarker(%q) ok = %v, want %v (%+v)", tc.in, ok, tc.ok, m)
			}
			if !ok {
				return
			}
			if m.kind != tc.kind || m.value != tc.value || m.label != tc.label || tc.in[m.end:] != tc.rest {
				t.Errorf("parseMarker(%q) = kind %d value %d label %q rest %q, want kind %d value %d label %q rest %q",
					tc.in, m.kind, m.value, m.label, tc.in[m.end:], tc.kind, tc.value, tc.label, tc.rest)
			}
		})
	}
}

func TestRomanAndLetter(t *testing.T) {
	for n := 1; n < 400; n++ {
		if v, ok := parseRoman(roman(n)); !ok || v != n {
			t.Errorf("parseRoman(roman(%d) = %q) = %d, %v", n, roman(n), v, ok)
		}
	}
	for _, tc := range []struct {
		n    int
		want string
	}{{1, "a"}, {26, "z"}, {27, "aa"}, {28, "ab"}} {
		if got := letter(tc.n); got != tc.want {
			t.Errorf("letter(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}
