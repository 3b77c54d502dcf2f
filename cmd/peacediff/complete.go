package main

import (
	"strings"

	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/proposals"
	"github.com/spf13/cobra"
)

// completeIDs completes proposal ids of the corpus (and, as the shell
// does, file names).
func (a *app) completeIDs(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	c, err := a.corpus()
	if err != nil {
		return nil, cobra.ShellCompDirectiveDefault
	}
	var out []string
	for _, f := range c.Files {
		if strings.HasPrefix(f.Proposal.ID, toComplete) {
			out = append(out, candidate(f.Proposal.ID, f.Proposal.Short))
		}
	}
	return out, cobra.ShellCompDirectiveDefault
}

// sections lists the keys of the sections a report can have: the domains
// of the catalogue.
func (a *app) sections() []string {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		return nil
	}
	out := make([]string, len(cat.Domains))
	for i, d := range cat.Domains {
		out[i] = d.Slug
	}
	return out
}

// topics lists the topic slugs of the catalogue.
func (a *app) topics() []string {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		return nil
	}
	return cat.TopicSlugs()
}

// candidate is a completion candidate: the value, a tab and its
// description, each made safe for the terminal and kept on its line (a
// tab or a line break would start another field or candidate).
func candidate(value, description string) string {
	return termsafe.String(value) + "\t" + termsafe.String(description)
}
