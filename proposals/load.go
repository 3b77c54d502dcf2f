package proposals

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// File is a decoded proposal file: the proposal and where each of its
// values came from.
type File struct {
	// Name is the file's name as the user gave it, or its embed path.
	Name string
	// Proposal is the decoded proposal. It is never nil in a File returned
	// without error; after an error it holds what could be decoded.
	Proposal *Proposal

	pos   *valuePlaces
	bad   map[any]bool
	todos []todo
}

// Pos returns the position of the value ptr points to, which must point
// into f.Proposal (for example &f.Proposal.Provisions[2].Sources[0]), or a
// position with only the file name when it is not known.
func (f *File) Pos(ptr any) Pos {
	if line, col, ok := f.pos.get(ptr); ok {
		return Pos{File: f.Name, Line: line, Col: col}
	}
	return Pos{File: f.Name}
}

// Parse decodes one proposal file strictly. On a problem it returns the
// File decoded so far (nil when the file is not a YAML document) and an
// [ErrorList] with every problem of the file, each with its position; a
// file beyond the budget of values ([valueBudget]) is not decoded (nil).
// Parse does not check references to catalogues or to other files:
// [Validate] does.
func Parse(name string, data []byte) (*File, error) {
	// Sized for about one value per 64 bytes of YAML: generated texts
	// hold one per 54 bytes, and the map grows in steps.
	f := &File{Name: name, Proposal: new(Proposal), pos: newValuePlaces(len(data) / 64), bad: make(map[any]bool)}
	var errs ErrorList
	root, err := parseNode(name, data)
	if err != nil {
		return nil, err
	}
	d := &decoder{file: name, errs: &errs, pos: f.pos, bad: f.bad, todos: &f.todos, fields: make(map[reflect.Type]fieldSet), budget: valueBudget(len(data)), size: len(data)}
	d.decode(root, reflect.ValueOf(f.Proposal).Elem())
	if d.nodes > d.budget {
		// Decoding stopped half way: what was decoded is not the file,
		// and its problems are not all the file's.
		return nil, ErrorList{d.tooComplex}.Err()
	}
	return f, errs.Err()
}

// parseNode parses data as exactly one YAML document and returns its root
// node.
func parseNode(name string, data []byte) (*yaml.Node, error) {
	doc, err := parseDoc(name, data)
	if err != nil {
		return nil, err
	}
	return doc.Content[0], nil
}

// parseDoc parses data as exactly one YAML document and returns the
// document node, which holds the root node and the comments around it.
func parseDoc(name string, data []byte) (*yaml.Node, error) {
	var errs ErrorList
	at := Pos{File: name, Line: 1, Col: 1}
	switch {
	case len(data) == 0 || len(bytes.TrimSpace(data)) == 0:
		errs.Add(at, "empty file: expected a proposal")
		return nil, errs.Err()
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		errs.Add(at, "file is UTF-16: expected UTF-8")
		return nil, errs.Err()
	case !utf8.Valid(data):
		line, col := invalidUTF8At(data)
		errs.Add(Pos{File: name, Line: line, Col: col}, "invalid UTF-8: expected UTF-8 text")
		return nil, errs.Err()
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := lineCol(data, i)
		errs.Add(Pos{File: name, Line: line, Col: col}, "NUL byte: expected text")
		return nil, errs.Err()
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			errs.Add(at, "no document: expected a proposal")
		} else {
			pos := syntaxPos(name, err)
			msg := syntaxMsg(err)
			if col := tabIndent(data, pos.Line); col > 0 {
				pos.Col = col
				msg += "; indent with spaces, not tabs"
			}
			errs.Add(pos, "%s", msg)
		}
		return nil, errs.Err()
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		errs.Add(Pos{File: name, Line: extra.Line, Col: extra.Column}, "a second YAML document: expected one proposal per file")
		return nil, errs.Err()
	} else if !errors.Is(err, io.EOF) {
		errs.Add(syntaxPos(name, err), "%s", syntaxMsg(err))
		return nil, errs.Err()
	}
	if len(doc.Content) == 0 {
		errs.Add(at, "no document: expected a proposal")
		return nil, errs.Err()
	}
	return &doc, nil
}

var (
	lineRE   = regexp.MustCompile(`^yaml: line (\d+): `)
	anchorRE = regexp.MustCompile(`anchor '[^']*'`)
)

// syntaxPos extracts the line yaml.v3 reports in a syntax error.
func syntaxPos(name string, err error) Pos {
	if m := lineRE.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return Pos{File: name, Line: n}
	}
	return Pos{File: name}
}

// syntaxMsg turns yaml.v3's syntax error into our style. It names no
// anchor, the only part of a file that yaml.v3 quotes: a file that is not
// YAML is not echoed.
func syntaxMsg(err error) string {
	msg := lineRE.ReplaceAllString(err.Error(), "")
	msg = anchorRE.ReplaceAllString(msg, "anchor")
	if len(msg) > 5 && msg[:5] == "yaml:" {
		msg = msg[5:]
	}
	return "YAML syntax: " + trimSpace(msg)
}

func trimSpace(s string) string { return string(bytes.TrimSpace([]byte(s))) }

// tabIndent returns the column of a tab in the indentation of line, or 0.
func tabIndent(data []byte, line int) int {
	lines := bytes.Split(data, []byte{'\n'})
	if line < 1 || line > len(lines) {
		return 0
	}
	l := lines[line-1]
	indent := l[:len(l)-len(bytes.TrimLeft(l, " \t"))]
	if i := bytes.IndexByte(indent, '\t'); i >= 0 {
		return i + 1
	}
	return 0
}

// lineCol returns the 1-based line and column of byte offset off in data.
func lineCol(data []byte, off int) (line, col int) {
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	col = off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}

func invalidUTF8At(data []byte) (line, col int) {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return lineCol(data, i)
		}
		i += size
	}
	return 1, 1
}

// ReadLimit is the default limit on the size of one proposal file.
const ReadLimit = 10 << 20

// ReadFile reads all of r up to limit bytes, and fails with a positioned
// error naming the limit when r holds more.
func ReadFile(name string, r io.Reader, limit int64) ([]byte, error) {
	return readFile(name, r, limit, make([]byte, 0, 512))
}

// readFile is [ReadFile], reading into buf, which it grows as needed.
func readFile(name string, r io.Reader, limit int64, buf []byte) ([]byte, error) {
	data, err := readAll(io.LimitReader(r, limit+1), buf)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > limit {
		var errs ErrorList
		errs.Add(Pos{File: name}, "file larger than the limit of %d bytes", limit)
		return nil, errs.Err()
	}
	return data, nil
}

// readAll is [io.ReadAll], reading into buf.
func readAll(r io.Reader, buf []byte) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}
