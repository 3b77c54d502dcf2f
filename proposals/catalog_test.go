package proposals

import (
	"embed"
	"reflect"
	"testing"
)

// catalogFS holds the files of the catalogue, for the tests that read
// them; the binary holds them as catalog_builtin.go.
//
//go:embed catalog
var catalogFS embed.FS

// TestBuiltinCatalogUpToDate: the catalogue built into the binary is the
// one the files under catalog/ give today.
func TestBuiltinCatalogUpToDate(t *testing.T) {
	want, err := LoadCatalog(catalogFS, "catalog")
	if err != nil {
		t.Fatal(err)
	}
	got, _ := DefaultCatalog()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("catalog_builtin.go is out of date with the files under catalog/: run go generate ./proposals")
	}
	got.Topics[0].Title = "changed"
	if again, _ := DefaultCatalog(); again.Topics[0].Title == "changed" {
		t.Errorf("DefaultCatalog returns a shared value; a change to one copy shows in the next")
	}
}
