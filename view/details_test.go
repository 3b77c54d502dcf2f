package view

import (
	"reflect"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/compare"
)

func TestFieldsWords(t *testing.T) {
	long := strings.Repeat("word ", 40)
	tests := []struct {
		name string
		in   []compare.FieldChange
		want []string
	}{
		{"value", []compare.FieldChange{{Field: "status", From: "leaked-draft", To: "signed"}}, []string{"status: leaked-draft → signed"}},
		{"added", []compare.FieldChange{{Field: "notes", To: "n"}}, []string{"notes: (not given) → n"}},
		{"entries", []compare.FieldChange{
			{Field: "sources[a].url", From: "https://a", To: "https://b"},
			{Field: "sources[x]", From: "id: x"}, {Field: "sources[y]", To: "id: y"}, {Field: "sources[z]", To: "id: z"},
		}, []string{"sources[a].url: https://a → https://b", "sources: added y, z; dropped x"}},
		{"long, reworded", []compare.FieldChange{{Field: "notes", From: "One two three four five six. " + long, To: "One two three four five seven. " + long}},
			[]string{"notes: One two three four five [-six-]{+seven+}. word word word …"}},
		{"long, rewritten", []compare.FieldChange{{Field: "notes", From: long, To: strings.Repeat("other ", 40)}}, []string{"notes: rewritten"}},
		{"long, dropped", []compare.FieldChange{{Field: "notes", From: long}}, []string{"notes: dropped (40 words) → (not given)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FieldsWords(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FieldsWords = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCellFieldsWords(t *testing.T) {
	in := []compare.FieldChange{{Field: "note", From: "a", To: "b"}, {Field: "sources", From: "s1", To: "s2"}, {Field: "confidence", From: "confirmed", To: "inferred"}}
	if got, want := cellFieldsWords(in, true), []string{"note changed", "sources changed", "confidence: confirmed → inferred"}; !reflect.DeepEqual(got, want) {
		t.Errorf("term: %q, want %q", got, want)
	}
	if got, want := cellFieldsWords(in, false), []string{"note: a → b", "sources changed", "confidence: confirmed → inferred"}; !reflect.DeepEqual(got, want) {
		t.Errorf("point: %q, want %q", got, want)
	}
}
