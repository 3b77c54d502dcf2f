package proposals

import (
	"slices"
	"strconv"
	"strings"
)

// Thousands writes n with commas between groups of three digits:
// "600,000".
func Thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	digits := strings.TrimPrefix(s, "-")
	var b strings.Builder
	if len(digits) < len(s) {
		b.WriteByte('-')
	}
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Words is a value of type typ in words: "600,000 personnel", "none
// allowed" for a count of zero, a scale value's label, the members of a
// set joined by commas (slugs as words), "yes" or "no".
func (v Value) Words(typ ValueType) string {
	switch typ {
	case Number:
		switch {
		case v.Limit == string(LimitNone):
			return "no limit"
		case v.Limit == string(LimitUnspecified):
			return "a cap, no figure given"
		case v.Number == 0 && (v.Unit == "count" || v.Unit == ""):
			return "none allowed"
		case v.Unit == "count" || v.Unit == "":
			return Thousands(v.Number)
		}
		return Thousands(v.Number) + " " + v.Unit
	case Enum:
		if v.Label != "" {
			return v.Label
		}
		return v.Enum
	case Set:
		members := make([]string, len(v.Set))
		for i, m := range v.Set {
			members[i] = v.SetWord(m)
		}
		return strings.Join(members, ", ")
	case Bool:
		if v.Bool {
			return "yes"
		}
		return "no"
	}
	return ""
}

// Humanize writes a lowercase slug as words ("nato-statute" as "nato
// statute") and leaves codes such as UA-14 or US alone.
func Humanize(s string) string {
	if strings.ToLower(s) != s {
		return s
	}
	return strings.ReplaceAll(s, "-", " ")
}

// SetWord is the words of member m of a set: its label, or the member
// with its hyphens as spaces.
func (v Value) SetWord(m string) string {
	if i := slices.Index(v.Set, m); i >= 0 && i < len(v.Labels) {
		return v.Labels[i]
	}
	return Humanize(m)
}
