package proposals

import (
	"fmt"
	"strings"
	"testing"
)

// worstCase is a file of about size bytes in one of the shapes that cost
// decoding, validation or formatting the most per byte.
func worstCase(shape string, size int) []byte {
	var b strings.Builder
	b.WriteString(limitsHead)
	switch shape {
	case "problems": // millions of problems: provisions that lack every field
		b.WriteString("provisions:\n")
		for b.Len() < size {
			b.WriteString("  - {}\n")
		}
	case "commented": // a comment above and after each item
		b.WriteString("provisions:\n")
		for b.Len() < size {
			b.WriteString("  # c\n  - {} # d\n")
		}
	case "keys": // a mapping of a million keys
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "k%d: v\n", i)
		}
	case "values": // a list of millions of values
		b.WriteString("provisions:\n  - point: \"1\"\n    topic: armed-forces-size\n    text: T.\n    confidence: single-source\n    sources: [")
		for b.Len() < size {
			b.WriteString("a,")
		}
		b.WriteString("src]\n")
	case "dropped": // comment lines that yaml.v3 attaches to no node
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "? k%d\n# c\n", i)
		}
	case "flow": // one line of quoted strings and empty lists
		b.WriteString("v: [")
		for b.Len() < size {
			b.WriteString(`"a", [], `)
		}
		b.WriteString("[]]\n")
	case "points": // valid provisions, keys out of order
		b.WriteString("provisions:\n")
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "  - text: Forces are capped at a level agreed by the parties in point %d.\n    point: \"%d\"\n    sources: [src]\n    topic: armed-forces-size\n    confidence: single-source\n", i, i)
		}
	}
	return []byte(b.String())
}

var worstSizes = []int{1 << 20, ReadLimit - 1<<10}

// BenchmarkValidateWorst decodes and validates the costliest shapes of
// file, up to the default size limit.
//
//	go test ./proposals -run '^$' -bench Worst -benchtime 1x
func BenchmarkValidateWorst(b *testing.B) {
	cat, err := DefaultCatalog()
	if err != nil {
		b.Fatal(err)
	}
	for _, shape := range []string{"problems", "commented", "keys", "values", "points"} {
		for _, size := range worstSizes {
			data := worstCase(shape, size)
			b.Run(fmt.Sprintf("%s/%dKiB", shape, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					ParseAndValidate("big.yaml", data, cat)
				}
			})
		}
	}
}

// BenchmarkFormatWorst formats the costliest shapes of file, up to the
// default size limit; a shape beyond the budget of fmt stops with an
// error, which the benchmark logs.
func BenchmarkFormatWorst(b *testing.B) {
	for _, shape := range []string{"problems", "commented", "keys", "values", "points", "dropped", "flow"} {
		for _, size := range worstSizes {
			data := worstCase(shape, size)
			b.Run(fmt.Sprintf("%s/%dKiB", shape, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				var err error
				for b.Loop() {
					_, err = Format("big.yaml", data)
				}
				if err != nil {
					b.Log(err)
				}
			})
		}
	}
}
