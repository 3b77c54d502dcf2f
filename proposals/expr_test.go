package proposals

import "testing"

func TestExprAt(t *testing.T) {
	tests := []struct {
		name      string
		yaml      string
		line, col int // in the expression
		want      string
	}{
		{"plain", "rule: a == b\n", 1, 6, "f:1:12"},
		{"plain end", "rule: a == b\n", 1, 9, "f:1:13"},
		{"double quoted", `rule: "a == \"b\""` + "\n", 1, 6, "f:1:14"},
		{"single quoted", "rule: 'a == ''b'''\n", 1, 7, "f:1:15"},
		{"folded", "rule: >-\n  a ==\n  b\n", 1, 6, "f:3:3"},
		{"literal", "rule: |\n  a ==\n    b\n", 2, 3, "f:3:5"},
		{"plain multi-line", "rule: a ==\n  b && c\n", 1, 8, "f:2:5"},
		{"flow", "x: {rule: a == b}\n", 1, 1, "f:1:11"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root, err := parseNode("f", []byte(tc.yaml))
			if err != nil {
				t.Fatal(err)
			}
			n := root
			for n.Kind == 4 { // mapping: descend to the value of rule
				n = n.Content[1]
			}
			e := newExpr([]byte(tc.yaml), Pos{File: "f", Line: n.Line, Col: n.Column}, n.Value)
			if got := e.At(tc.line, tc.col).String(); got != tc.want {
				t.Errorf("At(%d, %d) of %q = %s, want %s", tc.line, tc.col, e.Text, got, tc.want)
			}
		})
	}
}
