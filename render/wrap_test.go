package render

import (
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		spans []span
		width int
		color bool
		want  []string // lines as printed without colour
	}{
		{"plain", []span{{"Ukraine keeps a peacetime force of 800,000 troops.", plain}}, 20, false,
			[]string{"Ukraine keeps a", "peacetime force of", "800,000 troops."}},
		{"cyrillic", []span{{"Україна зберігає армію мирного часу", plain}}, 16, false,
			[]string{"Україна зберігає", "армію мирного", "часу"}},
		{"cjk counts two columns", []span{{"乌克兰 保持 和平时期 的 军队", plain}}, 10, false,
			[]string{"乌克兰", "保持", "和平时期", "的 军队"}},
		{"emoji", []span{{"🇺🇦 flag 👍🏽 ok", plain}}, 7, false,
			[]string{"🇺🇦 flag", "👍🏽 ok"}},
		{"long word cut by graphemes", []span{{"example.org/a-very-long-path", plain}}, 12, false,
			[]string{"example.org/", "a-very-long-", "path"}},
		{"brackets count without colour", []span{{"army of ", plain}, {"800,000", inserted}}, 12, false,
			[]string{"army of", "{+800,000+}"}},
		{"brackets free with colour", []span{{"army of ", plain}, {"800,000", inserted}}, 15, true,
			[]string{"army of 800,000"}},
		{"newline", []span{{"a\nb", plain}}, 10, false, []string{"a", "b"}},
		{"empty", nil, 10, false, []string{""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := wrap(tc.spans, tc.width, tc.color)
			var got []string
			for _, l := range lines {
				var b strings.Builder
				for _, s := range l {
					if tc.color {
						b.WriteString(s.text)
					} else {
						b.WriteString(bracketOpen(s.style) + s.text + bracketClose(s.style))
					}
				}
				if w := uniseg.StringWidth(b.String()); w > tc.width {
					t.Errorf("line %q is %d columns wide, more than %d", b.String(), w, tc.width)
				}
				if w := l.width(tc.color); w != uniseg.StringWidth(b.String()) {
					t.Errorf("line %q: width() = %d, printed %d", b.String(), w, uniseg.StringWidth(b.String()))
				}
				got = append(got, b.String())
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("wrap = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestWrapKeepsURLs(t *testing.T) {
	url := "https://example.org/" + strings.Repeat("a", 100)
	lines := wrap([]span{{"see " + url + " and more", plain}}, 40, false)
	var got []string
	for _, l := range lines {
		var b strings.Builder
		for _, s := range l {
			b.WriteString(s.text)
		}
		got = append(got, b.String())
	}
	want := []string{"see", url, "and more"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("wrap = %q, want %q", got, want)
	}
}
