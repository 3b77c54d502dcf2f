package compare

import "github.com/peacediff/peacediff/proposals"

// predecessors are, for each of files, the index of the first text it
// revises or answers among files, or its own index when there is none.
func predecessors(files []*proposals.File) []int {
	index := make(map[string]int, len(files))
	for i, f := range files {
		index[f.Proposal.ID] = i
	}
	out := make([]int, len(files))
	for k, f := range files {
		out[k] = k
		for _, s := range f.Proposal.Supersedes {
			if j, ok := index[s.ID]; ok && j != k {
				out[k] = j
				break
			}
		}
	}
	return out
}
