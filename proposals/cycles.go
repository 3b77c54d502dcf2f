package proposals

import "slices"

// cycleFrom returns the ids of a supersedes cycle that starts and ends at
// f, or nil. Each cycle is reported once, at its smallest id.
func (c *Corpus) cycleFrom(f *File) []string {
	start := f.Proposal.ID
	visited := map[string]bool{}
	var walk func(id string, path []string) []string
	walk = func(id string, path []string) []string {
		path = append(path, id)
		g := c.byID[id]
		if id == start {
			g = f
		}
		if g == nil {
			return nil
		}
		for _, s := range g.Proposal.Supersedes {
			if s.ID == start {
				return append(path, s.ID)
			}
			if !visited[s.ID] {
				visited[s.ID] = true
				if cyc := walk(s.ID, path); cyc != nil {
					return cyc
				}
			}
		}
		return nil
	}
	cyc := walk(start, nil)
	if cyc == nil || slices.Min(cyc) != start {
		return nil
	}
	return cyc
}

// looped returns the ids of the texts of the corpus that may be on a
// cycle of supersedes: all of them, but those that peeling the texts no
// text left supersedes, and then those that supersede no text left,
// takes away (Kahn's algorithm, one way then the other). A text on a
// cycle is never taken away; one between two cycles may be left.
func (c *Corpus) looped() map[string]bool {
	supersedes := map[string][]string{}
	supersededBy := map[string][]string{}
	left := map[string]bool{}
	for _, f := range c.Files {
		left[f.Proposal.ID] = true
		for _, s := range f.Proposal.Supersedes {
			if c.byID[s.ID] != nil {
				supersedes[f.Proposal.ID] = append(supersedes[f.Proposal.ID], s.ID)
				supersededBy[s.ID] = append(supersededBy[s.ID], f.Proposal.ID)
			}
		}
	}
	peel(left, supersedes)
	peel(left, supersededBy)
	return left
}

// peel takes away from left, again and again, the nodes no node left has
// an edge to, the edges of a node being out.
func peel(left map[string]bool, out map[string][]string) {
	in := map[string]int{}
	for id := range left {
		for _, o := range out[id] {
			if left[o] {
				in[o]++
			}
		}
	}
	var free []string
	for id := range left {
		if in[id] == 0 {
			free = append(free, id)
		}
	}
	for len(free) > 0 {
		id := free[len(free)-1]
		free = free[:len(free)-1]
		delete(left, id)
		for _, o := range out[id] {
			if in[o]--; in[o] == 0 && left[o] {
				free = append(free, o)
			}
		}
	}
}
