package proposals

import (
	"bytes"

	"gopkg.in/yaml.v3"
)

// chunkItems is the most items of a list that one encoder writes.
const chunkItems = 256

// encodeChunks writes doc as YAML, the way one yaml.v3 encoder writes it,
// but in pieces: the keys of the root mapping by runs of about n, and a
// long block list under one of them by runs of about n items, each run by
// its own encoder. A yaml.v3
// encoder keeps every event it has written until it is done, about 300
// bytes per value, so that one encoder for a file of millions of values
// holds gigabytes; a piece holds what it writes. The pieces join into the
// same text: the keys of the root and the items of a block list are
// written the same way whatever their neighbours, but for the comments
// between them, so a run never ends or starts at a comment.
func encodeChunks(buf *bytes.Buffer, doc *yaml.Node, n int) error {
	root := doc.Content[0]
	pairs := len(root.Content) / 2
	if pairs == 0 || root.Anchor != "" || root.Style&yaml.FlowStyle != 0 || root.ShortTag() != "!!map" {
		return encodeDoc(buf, doc)
	}
	// emit writes the pairs kv as one document; the comments of the
	// document and the root go on the first and the last piece. A piece
	// that goes on a list drops the line of its key.
	first := true
	emit := func(kv []*yaml.Node, last, goOn bool) error {
		r := &yaml.Node{Kind: yaml.MappingNode, Tag: root.Tag, Style: root.Style, Content: kv}
		d := &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{r}}
		if first {
			d.HeadComment, r.HeadComment = doc.HeadComment, root.HeadComment
			d.LineComment, r.LineComment = doc.LineComment, root.LineComment
			first = false
		}
		if last {
			d.FootComment, r.FootComment = doc.FootComment, root.FootComment
		}
		start := buf.Len()
		if err := encodeDoc(buf, d); err != nil {
			return err
		}
		if goOn {
			b := buf.Bytes()[start:]
			if nl := bytes.IndexByte(b, '\n'); nl >= 0 {
				rest := bytes.Clone(b[nl+1:])
				buf.Truncate(start)
				buf.Write(rest)
			}
		}
		return nil
	}
	var group []*yaml.Node
	for i := range pairs {
		k, v := root.Content[2*i], root.Content[2*i+1]
		runs := itemRuns(v, n)
		if len(runs) < 2 || !quietEnd(k) || v.Anchor != "" {
			group = append(group, k, v)
			if len(group) >= 2*n && i < pairs-1 && quietEnd(k) && quietEnd(v) && root.Content[2*i+2].HeadComment == "" {
				if err := emit(group, false, false); err != nil {
					return err
				}
				group = nil
			}
			continue
		}
		for j, run := range runs {
			part := *v
			part.Content = run
			if j > 0 {
				part.HeadComment, part.LineComment = "", ""
			}
			if j < len(runs)-1 {
				part.FootComment = ""
			}
			last := i == pairs-1 && j == len(runs)-1
			var err error
			if j == 0 {
				err = emit(append(group, k, &part), last, false)
				group = nil
			} else {
				bare := *k // the key's line is dropped, and its comments with it
				bare.HeadComment, bare.LineComment = "", ""
				err = emit([]*yaml.Node{&bare, &part}, last, true)
			}
			if err != nil {
				return err
			}
		}
	}
	if len(group) > 0 {
		return emit(group, true, false)
	}
	return nil
}

// itemRuns splits the items of a block list into runs of at least n
// items, each ending with no comment and followed by an item with none
// above it ([quietEnd]), or returns nil when v is not a block list.
func itemRuns(v *yaml.Node, n int) [][]*yaml.Node {
	if v.Kind != yaml.SequenceNode || v.Style&yaml.FlowStyle != 0 || len(v.Content) <= n {
		return nil
	}
	var runs [][]*yaml.Node
	start := 0
	for i, item := range v.Content {
		if i+1-start >= n && i+1 < len(v.Content) && quietEnd(item) && v.Content[i+1].HeadComment == "" {
			runs = append(runs, v.Content[start:i+1])
			start = i + 1
		}
	}
	return append(runs, v.Content[start:])
}

// quietEnd reports whether the text of n ends with no comment: a yaml.v3
// encoder writes a blank line after a foot comment, and may leave out a
// comment before the next key, so a piece never ends on one.
func quietEnd(n *yaml.Node) bool {
	for n != nil {
		if n.HeadComment != "" || n.LineComment != "" || n.FootComment != "" {
			return false
		}
		switch {
		case n.Kind == yaml.MappingNode && len(n.Content) >= 2:
			if !quietEnd(n.Content[len(n.Content)-2]) {
				return false
			}
			n = n.Content[len(n.Content)-1]
		case n.Kind == yaml.SequenceNode && len(n.Content) > 0:
			n = n.Content[len(n.Content)-1]
		default:
			return true
		}
	}
	return true
}

func encodeDoc(buf *bytes.Buffer, doc *yaml.Node) error {
	enc := yaml.NewEncoder(buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return enc.Close()
}
