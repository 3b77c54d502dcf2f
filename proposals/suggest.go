package proposals

import "strings"

// Suggest returns the candidate closest to got, for "did you mean"
// messages, or "" when none is close. Known synonyms come first (troop_cap
// for personnel), then the smallest edit distance within a third of the
// word's length, then a candidate that contains got or is contained in it.
func Suggest(got string, candidates []string) string {
	if s := synonym(got); s != "" {
		for _, c := range candidates {
			if c == s {
				return c
			}
		}
	}
	lower := strings.ToLower(strings.ReplaceAll(got, "-", "_"))
	best, bestDist := "", len(got)/3+1
	for _, c := range candidates {
		lc := strings.ToLower(strings.ReplaceAll(c, "-", "_"))
		d := editDistance(lower, lc)
		// On a tie, prefer a candidate that begins the word (US for USA).
		if d < bestDist || d == bestDist && best != "" && strings.HasPrefix(lower, lc) {
			best, bestDist = c, d
		}
	}
	if best != "" {
		return best
	}
	if len(lower) >= 4 {
		for _, c := range candidates {
			lc := strings.ToLower(strings.ReplaceAll(c, "-", "_"))
			if strings.Contains(lc, lower) || strings.Contains(lower, lc) {
				return c
			}
		}
	}
	return ""
}

// synonym maps words that people write for a field of the format to that
// field's name.
func synonym(word string) string {
	switch strings.ToLower(word) {
	case "troop_cap", "troops", "army_size", "size", "cap", "manpower", "strength", "troop_ceiling":
		return "personnel"
	case "when", "applies_in", "period":
		return "applies"
	case "label", "number", "num", "no", "id":
		return "point"
	case "summary", "body", "wording", "description":
		return "text"
	case "link", "href":
		return "url"
	case "source", "refs", "references", "citations":
		return "sources"
	case "outlet", "publication", "site":
		return "publisher"
	case "type":
		return "kind"
	case "region_code", "code", "iso":
		return "region"
	case "membership", "nato_membership":
		return "ukraine_membership"
	case "guarantees", "guarantee":
		return "security_guarantees"
	case "points_count", "count", "num_points", "number_of_points":
		return "point_count"
	case "revises", "replaces", "parent":
		return "supersedes"
	case "proposer", "authors", "author":
		return "proposers"
	}
	return ""
}

// editDistance is the optimal-string-alignment distance between a and b,
// in bytes: insertions, deletions, substitutions and transpositions of two
// neighbours each cost one ("titel" is one step from "title").
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
