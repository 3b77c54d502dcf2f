package proposals

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"

	"github.com/invopop/jsonschema"
)

// SchemaID is the $id of the JSON Schema of the format.
const SchemaID = "https://peacediff.github.io/schema/proposal.json"

// Schema returns the JSON Schema (draft 2020-12) of the proposal format,
// generated from the Go types, with the enums of the format and the
// catalogue's topics, regions, parties and scales, so that an editor can
// validate and complete a file while it is typed.
func Schema(cat *Catalog) ([]byte, error) {
	r := &jsonschema.Reflector{
		Anonymous: true,
		Mapper: func(t reflect.Type) *jsonschema.Schema {
			if t == reflect.TypeFor[Date]() {
				return &jsonschema.Schema{
					Type:        "string",
					Pattern:     `^\d{4}(-\d{2}(-\d{2})?)?$`,
					Description: "a date: YYYY-MM-DD, YYYY-MM or YYYY",
				}
			}
			return nil
		},
	}
	s := r.Reflect(&Proposal{})
	s.ID = SchemaID
	s.Title = "peacediff proposal"
	s.Description = "One peace proposal: metadata, sources, typed terms and every point of the text."

	constrain(s, reflect.TypeFor[Proposal](), enumSources(cat), map[reflect.Type]bool{})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// termAreas lists the areas of the kinds of term, as unknown_terms names
// them.
func termAreas() []string {
	var out []string
	for _, k := range TermKinds() {
		if !slices.Contains(out, k.Area()) {
			out = append(out, k.Area())
		}
	}
	return out
}

// enumSources gives the values a field may take, by the name in its
// catalog or scale tag: catalog:"party", catalog:"region",
// catalog:"topic", catalog:"area", scale:"region-status".
func enumSources(cat *Catalog) func(tag reflect.StructTag) []string {
	parties, regions, topics := cat.PartyCodes(), cat.RegionCodes(), cat.TopicSlugs()
	return func(tag reflect.StructTag) []string {
		if sc := tag.Get("scale"); sc != "" {
			return cat.Scale(sc).Slugs()
		}
		return map[string][]string{"party": parties, "region": regions, "topic": topics, "area": termAreas()}[tag.Get("catalog")]
	}
}

// constrain sets the enum of every property of the schema's definitions
// whose Go field is an enum type (one with Values), or carries a catalog
// or scale tag, for t and every struct type reachable from it.
func constrain(s *jsonschema.Schema, t reflect.Type, values func(reflect.StructTag) []string, seen map[reflect.Type]bool) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || seen[t] {
		return
	}
	seen[t] = true
	def := s.Definitions[t.Name()]
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		constrain(s, f.Type, values, seen)
		if def == nil || name == "" {
			continue
		}
		prop, ok := def.Properties.Get(name)
		if !ok {
			continue
		}
		ft := f.Type
		if ft.Kind() == reflect.Slice && ft.Elem().Kind() != reflect.Struct {
			ft, prop = ft.Elem(), prop.Items
		}
		list := values(f.Tag)
		if e, ok := reflect.Zero(ft).Interface().(enum); ok && list == nil {
			list = e.Values()
		}
		if list != nil {
			prop.Enum = make([]any, len(list))
			for i, v := range list {
				prop.Enum[i] = v
			}
		}
	}
}
