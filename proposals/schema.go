package proposals

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"

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

	parties := make([]string, len(cat.Parties))
	for i, p := range cat.Parties {
		parties[i] = p.Code
	}
	regions := make([]string, len(cat.Regions))
	for i, r := range cat.Regions {
		regions[i] = r.Code
	}
	topics := make([]string, len(cat.Topics))
	for i, t := range cat.Topics {
		topics[i] = t.Slug
	}
	scale := func(name string) []string { return cat.Scale(name).Slugs() }

	enums := []struct {
		def, prop string
		values    []string
		list      bool
	}{
		{"Proposal", "status", Status("").Values(), false},
		{"Proposal", "proposers", parties, true},
		{"Proposal", "parties", parties, true},
		{"Proposal", "unknown_terms", termAreas(), true},
		{"Lineage", "relation", Relation("").Values(), false},
		{"Source", "kind", SourceKind("").Values(), false},
		{"Provision", "state", ProvisionState("").Values(), false},
		{"Provision", "confidence", Confidence("").Values(), false},
		{"Provision", "topic", topics, false},
		{"Variant", "party", parties, false},
		{"LineOfContact", "rule", scale(ScaleLineOfContact), false},
		{"RegionTerm", "region", regions, false},
		{"RegionTerm", "status", scale(ScaleRegionStatus), false},
		{"RegionTerm", "recognized_by", parties, true},
		{"OtherRegions", "status", scale(ScaleRegionStatus), false},
		{"PartyStatus", "party", parties, false},
		{"PartyStatus", "status", scale(ScaleRegionStatus), false},
		{"Zone", "kind", ZoneKind("").Values(), false},
		{"Zone", "regions", regions, true},
		{"Zone", "sovereign", parties, false},
		{"Cap", "party", parties, false},
		{"Cap", "proposed_by", parties, false},
		{"Cap", "applies", Applies("").Values(), false},
		{"WeaponLimit", "party", parties, false},
		{"WeaponLimit", "proposed_by", parties, false},
		{"WeaponLimit", "unit", Unit("").Values(), false},
		{"ForeignTroops", "who", parties, false},
		{"ForeignTroops", "in", parties, false},
		{"ForeignTroops", "rule", scale(ScaleForeignTroops), false},
		{"Membership", "rule", scale(ScaleNATOMembership), false},
		{"Enlargement", "rule", scale(ScaleNATOEnlargement), false},
		{"Stationing", "rule", scale(ScaleForeignTroops), false},
		{"Guarantee", "guarantor", parties, false},
		{"Guarantee", "beneficiary", parties, false},
		{"Guarantee", "kind", GuaranteeKind("").Values(), false},
		{"Cap", "limit", CapLimit("").Values(), false},
		{"ForeignTroops", "where", ForcesWhere("").Values(), false},
		{"ForeignTroops", "when", ForcesWhen("").Values(), false},
		{"PartyValue", "party", parties, false},
		{"PackageRef", "role", PackageRole("").Values(), false},
	}
	for _, def := range []string{"LineOfContact", "RegionTerm", "OtherRegions", "Zone", "Commitment", "Cap", "WeaponLimit", "ForeignTroops", "Membership", "Enlargement", "Stationing", "Guarantee"} {
		enums = append(enums, struct {
			def, prop string
			values    []string
			list      bool
		}{def, "basis", Basis("").Values(), false})
	}
	for _, e := range enums {
		def := s.Definitions[e.def]
		prop, ok := def.Properties.Get(e.prop)
		if !ok {
			panic("proposals: schema has no property " + e.def + "." + e.prop)
		}
		if e.list {
			prop = prop.Items
		}
		prop.Enum = make([]any, len(e.values))
		for i, v := range e.values {
			prop.Enum[i] = v
		}
	}
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
