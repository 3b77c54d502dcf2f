package importer

import (
	"strings"
	"testing"
)

func TestFigures(t *testing.T) {
	tests := []struct {
		in   string
		want string // the figures' String(), joined by "; "
	}{
		{"Ukraine's armed forces are capped at 600,000 personnel.", "600,000 personnel"},
		{"an army of 600 000 troops", "600,000 personnel"},
		{"an army of 600\u00a0000 troops", "600,000 personnel"},
		{"an army of 600.000 soldiers", "600,000 personnel"},
		{"the army is limited to 600k", "600,000 personnel"},
		{"the army is limited to 800K in peacetime", "800,000 personnel"},
		{"a 600,000-strong army", "600,000 personnel"},
		{"six hundred thousand troops", "600,000 personnel"},
		{"eight hundred and fifty thousand servicemen", "850,000 personnel"},
		{"the forces of Ukraine: 0.8 million", "800,000 personnel"},
		{"the bodies of 6,000 Ukrainian servicemen", "6,000 personnel"},
		{"армія до 600 тисяч військовослужбовців", "600,000 personnel"},
		{"elections within 100 days", "100 days"},
		{"elections within a hundred days", "100 days"},
		{"a 30-day ceasefire", "30 days"},
		{"the past thirty years", "30 years"},
		{"a ten-year guarantee", "10 years"},
		{"within six months", "6 months"},
		{"$100 billion of frozen assets", "USD 100 billion"},
		{"$100bn of frozen assets", "USD 100 billion"},
		{"€100bn from Europe", "EUR 100 billion"},
		{"US$1.5m", "USD 1.5 million"},
		{"100 billion dollars", "USD 100 billion"},
		{"50% of the profit", "50%"},
		{"50 per cent of the profit", "50%"},
		{"missiles with a range over 280 km", "280 km"},
		{"a 5 m wall", ""},
		{"all 28 points", ""},
		{"the borders of 1991", ""},
		{"point 21.b and 10.a", ""},
		{"in 2025 the armed forces", ""},
		{"one of the parties", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var got []string
			for _, f := range figures(tc.in) {
				got = append(got, f.String())
			}
			if s := strings.Join(got, "; "); s != tc.want {
				t.Errorf("figures(%q) = %q, want %q", tc.in, s, tc.want)
			}
		})
	}
}

func TestFigureText(t *testing.T) {
	fs := figures("Europe adds $100bn, and the army keeps 600k.")
	if len(fs) != 2 || fs[0].Text != "$100bn" || fs[1].Text != "600k" {
		t.Errorf("figures = %+v, want the texts $100bn and 600k", fs)
	}
}
