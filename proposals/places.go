package proposals

import (
	"math"
	"reflect"
)

// valuePlaces records where each decoded value came from: the line and
// column of its node, by the value's address and type (a struct and its
// first field share an address). A file has an entry per value: the
// entries hold no pointers, so that the collector never scans them, and
// take 24 bytes, where a map of interfaces to [Pos] takes 48.
//
// An address is kept as a number, which is sound because the collector
// does not move heap values and every value recorded belongs to the
// decoded value its [File] holds, alive as long as its places are.
type valuePlaces struct {
	types map[reflect.Type]uint32 // a small number per type recorded
	at    map[posKey]place
}

type posKey struct {
	addr uintptr
	typ  uint32
}

// place is a line and a column, saturated at the largest int32: no file
// of the limits peacediff reads has so many lines.
type place struct{ line, col int32 }

// newValuePlaces returns valuePlaces sized for about n values.
func newValuePlaces(n int) *valuePlaces {
	return &valuePlaces{types: make(map[reflect.Type]uint32), at: make(map[posKey]place, n)}
}

// key is the key of a value of type t at addr.
func (p *valuePlaces) key(addr uintptr, t reflect.Type) posKey {
	id, ok := p.types[t]
	if !ok {
		id = uint32(len(p.types))
		p.types[t] = id
	}
	return posKey{addr, id}
}

// set records that the value of type t at addr came from line and col.
func (p *valuePlaces) set(addr uintptr, t reflect.Type, line, col int) {
	p.at[p.key(addr, t)] = place{clampInt32(line), clampInt32(col)}
}

// setPtr records that the value ptr points to came from line and col.
func (p *valuePlaces) setPtr(ptr any, line, col int) {
	v := reflect.ValueOf(ptr)
	p.set(v.Pointer(), v.Type().Elem(), line, col)
}

// get returns where the value ptr points to came from, and whether it
// was recorded; ptr is any pointer.
func (p *valuePlaces) get(ptr any) (line, col int, ok bool) {
	v := reflect.ValueOf(ptr)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return 0, 0, false
	}
	id, ok := p.types[v.Type().Elem()]
	if !ok {
		return 0, 0, false
	}
	lc, ok := p.at[posKey{v.Pointer(), id}]
	return int(lc.line), int(lc.col), ok
}

// has reports whether the value ptr points to was recorded.
func (p *valuePlaces) has(ptr any) bool {
	_, _, ok := p.get(ptr)
	return ok
}

func clampInt32(n int) int32 { return int32(min(n, math.MaxInt32)) }
