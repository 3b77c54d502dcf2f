package proposals

import (
	"regexp"
	"time"
)

// Date is a calendar date, possibly partial: "2025-11-20", "2025-11" or
// "2025". Many texts are known only to the month.
type Date string

var dateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// Valid reports whether d is a real date in one of the three forms.
func (d Date) Valid() bool {
	s := string(d)
	if !dateRE.MatchString(s) {
		return false
	}
	layout := "2006-01-02"[:len(s)]
	t, err := time.Parse(layout, s)
	return err == nil && t.Year() >= 1900 && t.Year() <= 2100
}
