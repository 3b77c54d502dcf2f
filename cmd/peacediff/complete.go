package main

import (
	"strings"

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
			out = append(out, f.Proposal.ID+"\t"+f.Proposal.Short)
		}
	}
	return out, cobra.ShellCompDirectiveDefault
}

// completeSections completes section keys: the domains of the catalogue.
func (a *app) completeSections(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	for _, d := range cat.Domains {
		out = append(out, d.Slug+"\t"+d.Title)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeTopics completes topic slugs.
func (a *app) completeTopics(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	for _, t := range cat.Topics {
		out = append(out, t.Slug+"\t"+t.Title)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}
