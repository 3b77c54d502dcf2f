package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// choice is a flag that takes one value of a list, checked when the
// flags are parsed: an unknown value is bad usage with the list and a
// suggestion. With many, the flag takes a comma-separated list of them,
// and may be given more than once.
type choice struct {
	one     *string
	many    *[]string
	allowed func() []string
}

// choiceFlag defines a flag that takes one of allowed.
func choiceFlag(fs *pflag.FlagSet, p *string, name, value, usage string, allowed func() []string) {
	*p = value
	fs.Var(&choice{one: p, allowed: allowed}, name, usage)
}

// choicesFlag defines a flag that takes a list of values of allowed.
func choicesFlag(fs *pflag.FlagSet, p *[]string, name, usage string, allowed func() []string) {
	fs.Var(&choice{many: p, allowed: allowed}, name, usage)
}

func (c *choice) String() string {
	if c.many != nil {
		return strings.Join(*c.many, ",")
	}
	if c.one == nil {
		return ""
	}
	return *c.one
}

func (c *choice) Type() string {
	if c.many != nil {
		return "strings"
	}
	return "string"
}

// Set checks each value against the list.
func (c *choice) Set(v string) error {
	values := []string{v}
	if c.many != nil {
		values = strings.Split(v, ",")
	}
	allowed := c.allowed()
	for _, x := range values {
		if !slices.Contains(allowed, x) {
			return fmt.Errorf("expected one of %s%s", strings.Join(allowed, ", "), proposals.DidYouMean(x, allowed))
		}
	}
	if c.many != nil {
		*c.many = append(*c.many, values...)
	} else {
		*c.one = v
	}
	return nil
}

// completeChoices offers the values of a choice flag.
func completeChoices(c *choice) func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return c.allowed(), cobra.ShellCompDirectiveNoFileComp
	}
}

// registerChoiceCompletions gives every choice flag of cmd and its
// children the completion of its values.
func registerChoiceCompletions(cmd *cobra.Command) {
	visit := func(fs *pflag.FlagSet) {
		fs.VisitAll(func(f *pflag.Flag) {
			if c, ok := f.Value.(*choice); ok {
				cmd.RegisterFlagCompletionFunc(f.Name, completeChoices(c))
			}
		})
	}
	visit(cmd.LocalNonPersistentFlags())
	visit(cmd.PersistentFlags())
	for _, sub := range cmd.Commands() {
		registerChoiceCompletions(sub)
	}
}

var invalidArg = regexp.MustCompile(`^invalid argument "(.*)" for "(?:-., )?(--[^"]+)" flag: (.*)$`)

// flagError words a flag error for a reader: "--format htm: expected one
// of ...; did you mean "html"?", or an unknown flag with the closest one.
func flagError(cmd *cobra.Command, err error) error {
	msg := err.Error()
	if m := invalidArg.FindStringSubmatch(msg); m != nil {
		msg = m[2] + " " + m[1] + ": " + m[3]
	}
	if name, ok := strings.CutPrefix(msg, "unknown flag: --"); ok {
		var names []string
		cmd.Flags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
		cmd.InheritedFlags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
		if s := proposals.Suggest(name, names); s != "" {
			msg += fmt.Sprintf("; did you mean --%s?", s)
		}
	}
	return &usageError{err: fmt.Errorf("%s", msg), cmd: cmd.CommandPath()}
}
