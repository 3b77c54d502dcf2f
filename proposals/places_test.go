package proposals

import (
	"reflect"
	"testing"
)

// TestValuePlaces: a value is found by its address and type, so that a
// struct and its first field, at one address, keep their own places.
func TestValuePlaces(t *testing.T) {
	s := new(Source)
	other := new(Source)
	p := newValuePlaces(0)
	p.setPtr(s, 3, 1)
	p.set(reflect.ValueOf(&s.ID).Pointer(), reflect.TypeFor[string](), 3, 7)
	p.setPtr(&s.URL, 5, 9)
	var nilSource *Source
	tests := []struct {
		name      string
		ptr       any
		line, col int
		ok        bool
	}{
		{"struct", s, 3, 1, true},
		{"its first field", &s.ID, 3, 7, true},
		{"another field", &s.URL, 5, 9, true},
		{"a field not recorded", &s.Title, 0, 0, false},
		{"another value", other, 0, 0, false},
		{"a type not recorded", &s.Date, 0, 0, false},
		{"nil", nilSource, 0, 0, false},
		{"not a pointer", "x", 0, 0, false},
	}
	for _, tc := range tests {
		line, col, ok := p.get(tc.ptr)
		if line != tc.line || col != tc.col || ok != tc.ok {
			t.Errorf("%s: got %d:%d %v, want %d:%d %v", tc.name, line, col, ok, tc.line, tc.col, tc.ok)
		}
	}
}
