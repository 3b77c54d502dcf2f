package proposals

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// digest sums up the data of a YAML node: the values a YAML 1.2 reader
// gets from it, whatever the layout, the quoting, the comments, the order
// of keys and the aliases. It is 128 bits, from two hashes.
type digest [2]uint64

// valueChecker computes the digests of documents, expanding aliases
// within the budget of the file ([valueBudget]): [Format] checks that its
// output holds the same data as its input in time that grows with the
// size of the file, not with the square of the keys of a mapping nor with
// what aliases repeat.
type valueChecker struct {
	name   string
	size   int
	budget int
	nodes  int
	seeds  [2]maphash.Seed
	buf    []byte
	// comments counts the comment lines of the input, which the output
	// must all hold.
	comments map[string]int
}

func newValueChecker(name string, size int) *valueChecker {
	return &valueChecker{name: name, size: size, budget: valueBudget(size), seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}}
}

// digest returns the digest of doc, or an error beyond the budget.
func (c *valueChecker) digest(doc *yaml.Node) (digest, error) {
	c.nodes = 0
	d, ok := c.node(doc)
	if !ok {
		var errs ErrorList
		errs.Add(Pos{File: c.name}, "document too complex to format: more than %d values once aliases are expanded, the most for a file of %d bytes (one per 8 bytes, and 65536)", c.budget, c.size)
		return digest{}, errs.Err()
	}
	return d, nil
}

func (c *valueChecker) sum(kind byte, parts []byte) digest {
	var d digest
	for i := range d {
		var h maphash.Hash
		h.SetSeed(c.seeds[i])
		h.WriteByte(kind)
		h.Write(parts)
		d[i] = h.Sum64()
	}
	return d
}

func appendDigest(b []byte, d digest) []byte {
	b = binary.LittleEndian.AppendUint64(b, d[0])
	return binary.LittleEndian.AppendUint64(b, d[1])
}

func (c *valueChecker) node(n *yaml.Node) (digest, bool) {
	c.nodes++
	if c.nodes > c.budget {
		return digest{}, false
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return c.sum('0', nil), true
		}
		return c.node(n.Content[0])
	case yaml.AliasNode:
		if n.Alias == nil {
			return c.sum('0', nil), true
		}
		return c.node(n.Alias)
	case yaml.ScalarNode:
		tag, value := scalarValue(n)
		c.buf = append(append(append(c.buf[:0], tag...), 0), value...)
		return c.sum('s', c.buf), true
	case yaml.SequenceNode:
		parts := make([]byte, 0, 16*len(n.Content))
		for _, item := range n.Content {
			d, ok := c.node(item)
			if !ok {
				return digest{}, false
			}
			parts = appendDigest(parts, d)
		}
		return c.sum('q', append(parts, n.ShortTag()...)), true
	case yaml.MappingNode:
		// The order of keys carries no data: sort the pairs' digests.
		pairs := make([]digest, 0, len(n.Content)/2)
		var pair []byte
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, ok1 := c.node(n.Content[i])
			v, ok2 := c.node(n.Content[i+1])
			if !ok1 || !ok2 {
				return digest{}, false
			}
			pair = appendDigest(appendDigest(pair[:0], k), v)
			pairs = append(pairs, c.sum('p', pair))
		}
		slices.SortFunc(pairs, func(a, b digest) int {
			if a[0] != b[0] {
				return cmpUint(a[0], b[0])
			}
			return cmpUint(a[1], b[1])
		})
		parts := make([]byte, 0, 16*len(pairs))
		for _, p := range pairs {
			parts = appendDigest(parts, p)
		}
		return c.sum('m', append(parts, n.ShortTag()...)), true
	}
	return c.sum('?', nil), true
}

func cmpUint(a, b uint64) int {
	if a < b {
		return -1
	}
	return 1
}

// scalarValue returns the tag a YAML 1.2 reader resolves a scalar to and
// its value in one spelling: 0x10, 0o20 and 1_6 are the integer 16, 1e3
// and 1000.0 the same float, .NaN and .nan the same NaN, True and true the
// same boolean, ~ and null nothing.
func scalarValue(n *yaml.Node) (tag, value string) {
	tag = n.ShortTag()
	v := n.Value
	switch tag {
	case "!!null":
		return tag, ""
	case "!!bool":
		return tag, strconv.FormatBool(strings.ToLower(v) == "true")
	case "!!int":
		if i, ok := new(big.Int).SetString(strings.ReplaceAll(v, "_", ""), 0); ok {
			return tag, i.String()
		}
	case "!!float":
		if f, ok := parseYAMLFloat(v); ok {
			if math.IsNaN(f) {
				return tag, "nan"
			}
			return tag, strconv.FormatFloat(f, 'g', -1, 64)
		}
	}
	return tag, v
}

// parseYAMLFloat reads a YAML float: digits, .inf, -.Inf, .NaN and so on.
func parseYAMLFloat(s string) (float64, bool) {
	switch strings.ToLower(strings.TrimPrefix(s, "+")) {
	case ".inf":
		return math.Inf(1), true
	case "-.inf":
		return math.Inf(-1), true
	case ".nan":
		return math.NaN(), true
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	return f, err == nil
}
