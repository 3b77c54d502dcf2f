package render

import (
	"encoding/xml"
	"strings"
)

// svgBuilder writes SVG, every attribute value and text escaped for XML
// and HTML alike, so that it is safe inline in an HTML page; one element
// per line.
type svgBuilder struct {
	strings.Builder
}

func (b *svgBuilder) start(name string, attrs []string) {
	b.WriteByte('<')
	b.WriteString(name)
	for i := 0; i+1 < len(attrs); i += 2 {
		b.WriteByte(' ')
		b.WriteString(attrs[i])
		b.WriteString(`="`)
		b.text(attrs[i+1])
		b.WriteByte('"')
	}
}

// open starts an element that holds other elements.
func (b *svgBuilder) open(name string, attrs ...string) {
	b.start(name, attrs)
	b.WriteString(">\n")
}

// empty writes an element without content.
func (b *svgBuilder) empty(name string, attrs ...string) {
	b.start(name, attrs)
	b.WriteString("/>\n")
}

// element writes an element holding text.
func (b *svgBuilder) element(name, text string, attrs ...string) {
	b.start(name, attrs)
	b.WriteByte('>')
	b.text(text)
	b.close(name)
}

func (b *svgBuilder) close(name string) {
	b.WriteString("</" + name + ">\n")
}

// text writes s escaped for XML and HTML alike.
func (b *svgBuilder) text(s string) {
	xml.EscapeText(b, []byte(s))
}
