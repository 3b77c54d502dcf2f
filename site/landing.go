package site

import (
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
)

// attachLanding sets on the spectrum of "Where they stand" each term's
// landing zone by today's lines: the values no party's line forbids.
func attachLanding(set *redlines.RuleSet, files []*proposals.File, s *redlines.Spectrum) error {
	l, err := set.LandingZones(files, redlines.Current, "")
	if err != nil {
		return err
	}
	s.AttachLanding(l)
	return nil
}
