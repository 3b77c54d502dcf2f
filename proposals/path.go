package proposals

import "strconv"

// step is one step of a path into a document: a field's name, or for a
// list item "" and the item's index.
type step struct {
	name  string
	index int
}

// path spells out where the value being decoded is, such as
// "military.caps[0]"; "" for the document itself. It is built only when a
// message needs it, not for every value decoded.
func (d *decoder) path() string {
	var b []byte
	for _, s := range d.steps {
		if s.name == "" {
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(s.index), 10)
			b = append(b, ']')
			continue
		}
		if len(b) > 0 {
			b = append(b, '.')
		}
		b = append(b, s.name...)
	}
	return string(b)
}
