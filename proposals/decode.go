package proposals

import (
	"cmp"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxNodes bounds the nodes a decoder visits, aliases expanded, when it
// is given no budget of its own, so that an alias bomb ("billion laughs")
// fails fast instead of exhausting memory.
const maxNodes = 1 << 20

// valueBudget is the most values, aliases expanded, that peacediff reads
// or formats in a file of size bytes: one per 8 bytes on average, and
// 65,536. Proposals hold one value per 20 to 40 bytes. Decoding,
// validating and formatting cost hundreds of bytes of memory per value
// (formatting about a kilobyte, while a yaml.v3 encoder writes it), so the
// budget bounds their time and memory by the size of the file, whatever
// its aliases repeat.
func valueBudget(size int) int { return size/8 + 1<<16 }

// maxDepth bounds the nesting of a document. The format needs six levels;
// anything past this is not a proposal.
const maxDepth = 32

// decoder turns a yaml.Node tree into Go values strictly: unknown fields,
// duplicate keys, wrong types, bad enum values and missing required fields
// are all reported, with positions, in one pass.
type decoder struct {
	file   string
	errs   *ErrorList
	pos    *valuePlaces // where each decoded value came from
	bad    map[any]bool // pointers to values that could not be decoded
	todos  *[]todo      // the to-dos of a draft; nil where there are none (catalogues)
	fields map[reflect.Type]fieldSet
	enums  map[reflect.Type][]string // the values of each enum type met; nil for other types
	nodes  int
	budget int // the most nodes to visit; 0 means maxNodes
	size   int // the size of the file in bytes, for the message
	// tooComplex is the problem of a document beyond the budget.
	tooComplex *Error
	depth      int
	// steps lead from the document to the value being decoded; the path
	// of messages is spelled out from them only when one is written.
	steps []step
}

func (d *decoder) structFields(t reflect.Type) fieldSet {
	fs, ok := d.fields[t]
	if !ok {
		fs = structFields(t)
		d.fields[t] = fs
	}
	return fs
}

func (d *decoder) at(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Col: n.Column} }

// fail reports a value that could not be decoded, so that validation
// does not report it again.
func (d *decoder) fail(n *yaml.Node, v reflect.Value, format string, args ...any) {
	d.errs.add(d.at(n), format, args...)
	if v.CanAddr() {
		d.bad[v.Addr().Interface()] = true
	}
}

// decode fills v (a pointer's element) from n. d.steps leads to v from
// the document, for messages such as "military.caps[0]".
func (d *decoder) decode(n *yaml.Node, v reflect.Value) {
	d.nodes++
	if budget := cmp.Or(d.budget, maxNodes); d.nodes > budget {
		if d.nodes == budget+1 {
			d.tooComplex = &Error{Pos: d.at(n), Msg: fmt.Sprintf("document too complex: more than %d values once aliases are expanded, the most for a file of %d bytes (one per 8 bytes, and 65536)", budget, d.size)}
			d.errs.Add(d.tooComplex.Pos, "%s", d.tooComplex.Msg)
		}
		return
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		// Decode the anchored value, but report it where the alias is.
		target := *n.Alias
		target.Line, target.Column = n.Line, n.Column
		n = &target
	}
	if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode {
		d.depth++
		defer func() { d.depth-- }()
		if d.depth > maxDepth {
			d.fail(n, v, "%s: nested more than %d levels deep", orTop(d.path()), maxDepth)
			return
		}
	}
	if v.CanAddr() {
		d.pos.set(v.UnsafeAddr(), v.Type(), n.Line, n.Column)
	}
	switch v.Kind() {
	case reflect.Pointer:
		if n.Tag == "!!null" {
			return
		}
		elem := reflect.New(v.Type().Elem())
		d.decode(n, elem.Elem())
		v.Set(elem)
		d.pos.set(elem.Pointer(), elem.Type().Elem(), n.Line, n.Column)
	case reflect.Struct:
		d.decodeStruct(n, v)
	case reflect.Slice:
		d.decodeSlice(n, v)
	case reflect.String:
		d.decodeString(n, v)
	case reflect.Int:
		d.decodeInt(n, v)
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			d.fail(n, v, "%s: expected true or false, found %s", d.path(), describe(n))
			return
		}
		v.SetBool(n.Value == "true" || n.Value == "True" || n.Value == "TRUE")
	default:
		panic(fmt.Sprintf("proposals: cannot decode into %s", v.Type()))
	}
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value) {
	if n.Kind != yaml.MappingNode {
		found := describe(n)
		if len(d.steps) == 0 {
			found = describeKind(n) // a file that is not a proposal: echo nothing of it
		}
		d.fail(n, v, "%s: expected a mapping, found %s", orTop(d.path()), found)
		return
	}
	fields := d.structFields(v.Type())
	// The fields met, by their place in fields.list, and the key of each:
	// no map per mapping. Keys that are no field are few (each one is a
	// problem) and go in a map made for them.
	var seen uint64
	var keys [maxFields]*yaml.Node
	var unknown map[string]*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if key.Kind != yaml.ScalarNode {
			d.errs.add(d.at(key), "%s: expected a field name, found %s", orTop(d.path()), describe(key))
			continue
		}
		f, ok := fields.byName[key.Value]
		first := unknown[key.Value]
		if ok && seen&(1<<f.bit) != 0 {
			first = keys[f.bit]
		}
		if first != nil {
			d.errs.add(d.at(key), "duplicate field %q in %s (first at line %d)", key.Value, orTop(d.path()), first.Line)
			continue
		}
		if !ok {
			if unknown == nil {
				unknown = make(map[string]*yaml.Node)
			}
			unknown[key.Value] = key
			if d.errs.full() {
				d.errs.add(d.at(key), "unknown field")
				continue
			}
			msg := fmt.Sprintf("unknown field %q in %s", key.Value, orTop(d.path()))
			if s := Suggest(key.Value, fields.names); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			}
			d.errs.add(d.at(key), "%s", msg)
			continue
		}
		seen |= 1 << f.bit
		keys[f.bit] = key
		d.steps = append(d.steps, step{name: key.Value})
		d.decode(val, v.Field(f.index))
		d.steps = d.steps[:len(d.steps)-1]
	}
	for _, f := range fields.list {
		if f.required && seen&(1<<f.bit) == 0 {
			d.errs.add(d.at(n), "%s: missing required field %q", orTop(d.path()), f.name)
		}
	}
}

func (d *decoder) decodeSlice(n *yaml.Node, v reflect.Value) {
	if n.Kind != yaml.SequenceNode {
		if n.Tag == "!!null" {
			return
		}
		d.fail(n, v, "%s: expected a list, found %s", d.path(), describe(n))
		return
	}
	// Allocate once so that pointers recorded in d.pos stay valid.
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		d.steps = append(d.steps, step{index: i})
		d.decode(item, s.Index(i))
		d.steps = d.steps[:len(d.steps)-1]
	}
	v.Set(s)
}

func (d *decoder) decodeString(n *yaml.Node, v reflect.Value) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" || n.Tag == "!!bool" {
		d.fail(n, v, "%s: expected a string, found %s", d.path(), describe(n))
		return
	}
	v.SetString(n.Value)
	if text, ok := strings.CutPrefix(n.Value, TodoPrefix); ok && d.todos != nil && v.CanAddr() {
		*d.todos = append(*d.todos, todo{ptr: v.Addr().Interface(), pos: d.at(n), path: d.path(), text: strings.TrimSpace(text)})
		return
	}
	if values := d.enumValues(v.Type()); values != nil && n.Value != "" && !slices.Contains(values, n.Value) {
		msg := fmt.Sprintf("%s: invalid value %q; expected one of %s", d.path(), n.Value, strings.Join(values, ", "))
		if s := Suggest(n.Value, values); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		}
		d.fail(n, v, "%s", msg)
	}
}

// enumValues returns the valid values of an enum type, or nil for a type
// that is not an enum; a type is asked once per decoder, not every value
// boxed to find out.
func (d *decoder) enumValues(t reflect.Type) []string {
	if t == stringType {
		return nil
	}
	values, ok := d.enums[t]
	if !ok {
		if t.Implements(enumType) {
			values = reflect.Zero(t).Interface().(enum).Values()
		}
		if d.enums == nil {
			d.enums = make(map[reflect.Type][]string)
		}
		d.enums[t] = values
	}
	return values
}

var (
	stringType = reflect.TypeFor[string]()
	enumType   = reflect.TypeFor[enum]()
)

func (d *decoder) decodeInt(n *yaml.Node, v reflect.Value) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!float" && strings.Trim(n.Value, "-+0123456789_") == "" {
		d.fail(n, v, "%s: integer %s out of range", d.path(), n.Value)
		return
	}
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
		d.fail(n, v, "%s: expected an integer, found %s", d.path(), describe(n))
		return
	}
	i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64)
	if err != nil || i > math.MaxInt32 || i < math.MinInt32 {
		d.fail(n, v, "%s: integer %s out of range", d.path(), n.Value)
		return
	}
	v.SetInt(i)
}

// describe names what a node is, for "found ..." in messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.Tag {
	case "!!null":
		return "nothing"
	case "!!bool":
		return "boolean " + n.Value
	case "!!int", "!!float":
		return "number " + n.Value
	}
	v := n.Value
	if len(v) > 40 {
		v = v[:37] + "..."
	}
	return strconv.Quote(v)
}

// describeKind names what kind of value a node is, without its value.
func describeKind(n *yaml.Node) string {
	switch {
	case n.Kind != yaml.ScalarNode:
		return describe(n)
	case n.Tag == "!!null":
		return "nothing"
	case n.Tag == "!!bool":
		return "a boolean"
	case n.Tag == "!!int" || n.Tag == "!!float":
		return "a number"
	}
	return "a string"
}

func orTop(path string) string {
	if path == "" {
		return "the document"
	}
	return path
}

// field is one decodable field of a struct.
type field struct {
	name     string
	index    int  // in the struct
	bit      uint // the field's place among the decodable fields
	required bool
}

// maxFields is the most decodable fields a struct may have: the decoder
// marks the fields met in a mapping with the bits of a uint64.
const maxFields = 64

type fieldSet struct {
	list   []field
	byName map[string]field
	names  []string
}

// structFields lists t's fields by their yaml names. A field whose tag
// lacks omitempty is required.
func structFields(t reflect.Type) fieldSet {
	fs := fieldSet{byName: make(map[string]field)}
	for i := range t.NumField() {
		tag := t.Field(i).Tag.Get("yaml")
		if tag == "" || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if len(fs.list) == maxFields {
			panic(fmt.Sprintf("proposals: %s has more than %d fields to decode", t, maxFields))
		}
		f := field{name: name, index: i, bit: uint(len(fs.list)), required: !strings.Contains(opts, "omitempty")}
		fs.list = append(fs.list, f)
		fs.byName[name] = f
		fs.names = append(fs.names, name)
	}
	return fs
}
