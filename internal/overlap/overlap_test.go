package overlap

import "testing"

func TestLongest(t *testing.T) {
	ix := NewIndex(4, "The army of Ukraine shall be limited to 600,000 personnel in peacetime.", "Another text entirely.")
	tests := []struct {
		name, text string
		want       int
	}{
		{"none", "Ukraine keeps an army of its own choosing.", 0},
		{"three words only", "the army of Kyiv", 0},
		{"a run", "We say: the army of Ukraine shall be limited to a figure.", 8},
		{"case and punctuation ignored", "ARMY, of Ukraine; shall be", 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, got := ix.Longest(tc.text); got != tc.want {
				t.Errorf("Longest(%q) = %d, want %d", tc.text, got, tc.want)
			}
		})
	}
}
