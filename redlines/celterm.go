package redlines

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/common/types/traits"
	"github.com/peacediff/peacediff/proposals"
)

// termTypeName is the CEL type of every term a rule reads.
const termTypeName = "redlines.Term"

// commonAttrs are the attributes every term has, whatever its kind.
func commonAttrs() []proposals.Attr {
	return []proposals.Attr{
		{Name: "term", Type: proposals.AttrString, Doc: "the kind of term: region, cap, nato.membership, ..."},
		{Name: "points", Type: proposals.AttrStrings, Doc: "the labels of the points the term comes from"},
	}
}

// termType is the CEL object type of a term: one field per attribute that
// any kind of term declares ([proposals.TermKind.Attrs]), so that a rule
// can read terms of several kinds at once; a term whose kind lacks an
// attribute reads the attribute's Absent value, or its type's zero value.
type termType struct {
	celType *types.Type
	names   []string
	fields  map[string]*types.FieldType
	absent  map[string]any
}

// newTermType gathers the attributes of every kind. Two kinds that give
// one attribute different types are a programming error, reported as one.
func newTermType() (*termType, error) {
	t := &termType{celType: types.NewObjectType(termTypeName), fields: map[string]*types.FieldType{}, absent: map[string]any{}}
	declared := map[string]proposals.AttrType{}
	attrs := commonAttrs()
	for _, k := range proposals.TermKinds() {
		attrs = append(attrs, k.Attrs...)
	}
	for _, a := range attrs {
		if typ, ok := declared[a.Name]; ok {
			if typ != a.Type {
				return nil, fmt.Errorf("term attribute %q declared with two types", a.Name)
			}
			continue
		}
		declared[a.Name] = a.Type
		t.names = append(t.names, a.Name)
		t.absent[a.Name] = absentValue(a)
		name := a.Name
		t.fields[name] = &types.FieldType{
			Type:    celTypeOf(a.Type),
			IsSet:   func(any) bool { return true },
			GetFrom: func(obj any) (any, error) { return t.get(obj, name) },
		}
	}
	slices.Sort(t.names)
	return t, nil
}

// get reads attribute name of a term.
func (t *termType) get(obj any, name string) (any, error) {
	term, ok := obj.(*Term)
	if !ok {
		return nil, fmt.Errorf("not a term: %T", obj)
	}
	if v, ok := term.attrs[name]; ok {
		return v, nil
	}
	return t.absent[name], nil
}

func celTypeOf(a proposals.AttrType) *types.Type {
	switch a {
	case proposals.AttrInt:
		return types.IntType
	case proposals.AttrBool:
		return types.BoolType
	case proposals.AttrStrings:
		return types.NewListType(types.StringType)
	case proposals.AttrStringMap:
		return types.NewMapType(types.StringType, types.StringType)
	}
	return types.StringType
}

func absentValue(a proposals.Attr) any {
	if a.Absent != nil {
		return a.Absent
	}
	switch a.Type {
	case proposals.AttrInt:
		return 0
	case proposals.AttrBool:
		return false
	case proposals.AttrStrings:
		return []string{}
	case proposals.AttrStringMap:
		return map[string]string{}
	}
	return ""
}

// The methods below make termType a CEL struct type ([types.StructTypeDescriptor]).

// HasTrait reports the traits of an object type.
func (t *termType) HasTrait(trait int) bool { return t.celType.HasTrait(trait) }

// TypeName is "redlines.Term".
func (t *termType) TypeName() string { return termTypeName }

// ReflectType is *Term, so that lists of terms given to a rule adapt to CEL.
func (t *termType) ReflectType() reflect.Type { return reflect.TypeFor[*Term]() }

// FieldNames lists the attributes, sorted.
func (t *termType) FieldNames() []string { return t.names }

// FindFieldType returns an attribute's type and how to read it.
func (t *termType) FindFieldType(name string) (*types.FieldType, bool) {
	f, ok := t.fields[name]
	return f, ok
}

// NewValue refuses: rules read terms, they do not make them.
func (t *termType) NewValue(types.Adapter, map[string]ref.Val) ref.Val {
	return types.NewErr("a rule cannot make a %s", termTypeName)
}

// Adapt wraps a *Term as a CEL value.
func (t *termType) Adapt(adapter types.Adapter, value any) ref.Val {
	term, ok := value.(*Term)
	if !ok || term == nil {
		return types.NullValue
	}
	return &termVal{adapter: adapter, typ: t, term: term}
}

// termVal is a term as a CEL value.
type termVal struct {
	adapter types.Adapter
	typ     *termType
	term    *Term
}

func (v *termVal) ConvertToNative(typeDesc reflect.Type) (any, error) {
	if reflect.TypeFor[*Term]().AssignableTo(typeDesc) {
		return v.term, nil
	}
	return nil, fmt.Errorf("type conversion error from %s to %v", termTypeName, typeDesc)
}

func (v *termVal) ConvertToType(typeVal ref.Type) ref.Val {
	switch {
	case typeVal == types.TypeType:
		return types.NewTypeTypeWithParam(v.typ.celType)
	case typeVal.TypeName() == termTypeName:
		return v
	}
	return types.NewErr("type conversion error from %s to %s", termTypeName, typeVal.TypeName())
}

func (v *termVal) Equal(other ref.Val) ref.Val {
	o, ok := other.(*termVal)
	return types.Bool(ok && o.term == v.term)
}

func (v *termVal) Type() ref.Type { return v.typ.celType }
func (v *termVal) Value() any     { return v.term }

// HasTrait: a term can be indexed by field name and tested for a field.
func (v *termVal) HasTrait(trait int) bool {
	return (traits.FieldTesterType|traits.IndexerType)&trait == trait
}

// Get reads a field by name.
func (v *termVal) Get(index ref.Val) ref.Val {
	name, ok := index.(types.String)
	if !ok {
		return types.MaybeNoSuchOverloadErr(index)
	}
	if _, ok := v.typ.fields[string(name)]; !ok {
		return types.NewErr("no such field: %s", name)
	}
	got, _ := v.typ.get(v.term, string(name))
	return v.adapter.NativeToValue(got)
}

// IsSet: every declared field is set.
func (v *termVal) IsSet(field ref.Val) ref.Val {
	name, ok := field.(types.String)
	if !ok {
		return types.MaybeNoSuchOverloadErr(field)
	}
	_, declared := v.typ.fields[string(name)]
	return types.Bool(declared)
}
