package importer

import (
	"strings"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

func testCatalog(t testing.TB) *proposals.Catalog {
	t.Helper()
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

func TestPlaces(t *testing.T) {
	pl, err := newPlaces(testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in               string
		regions, parties string
	}{
		{"Crimea, Luhansk and Donetsk are recognised as Russian by the United States.", "UA-43 UA-09 UA-14", "RU US"},
		{"Ukraine leaves the Donbas.", "UA-14 UA-09", "UA"},
		{"Ukraine leaves the Donbass and Zaporozhye.", "UA-14 UA-09 UA-23", "UA"},
		{"Kherson Oblast and the Zaporizhzhia region", "UA-65 UA-23", ""},
		{"Україна виводить війська з Донеччини та Луганщини", "UA-14 UA-09", "UA"},
		{"Росія визнає Донецьку область і Крим", "UA-14 UA-43", "RU"},
		{"Россия признает Донецкую область и Крым", "UA-14 UA-43", "RU"},
		{"the Donetsk People's Republic", "", "DPR"},
		{"let us see what the US and the EU do", "", "US EU"},
		{"the U.S. and NATO", "", "US NATO"},
		{"Kyiv must sign; the city of Kyiv is safe", "UA-30", "UA"},
		{"Kursk and Belgorod", "RU-KRS RU-BEL", ""},
		{"Washington and Moscow", "", "US RU"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			ms := pl.find(tc.in)
			if got := strings.Join(codes(ms, isRegion), " "); got != tc.regions {
				t.Errorf("regions = %q, want %q", got, tc.regions)
			}
			if got := strings.Join(codes(ms, isParty), " "); got != tc.parties {
				t.Errorf("parties = %q, want %q", got, tc.parties)
			}
		})
	}
}
