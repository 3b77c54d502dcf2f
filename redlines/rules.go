package redlines

import (
	"fmt"
	"reflect"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/ext"
	"github.com/peacediff/peacediff/proposals"
)

// costLimit bounds the work of one evaluation, so that a rule from a
// user's file cannot run away; the built-in rules use a tiny fraction.
const costLimit = 1_000_000

// RuleSet is a set of positions with their rules compiled, ready to check
// proposals against. It holds no state between checks and may be used by
// several goroutines.
type RuleSet struct {
	cat   *proposals.Catalog
	lines []*rule
}

// rule is one compiled position.
type rule struct {
	pos   Line
	reads cel.Program
	rule  cel.Program
}

// Compile compiles the reads and rule expressions of every position. A
// syntax or type error, or an expression of the wrong type (reads must be
// a list of terms, rule a bool), is reported in a [proposals.ErrorList] at
// its file:line:col: the place of the expression in its file, moved on to
// where CEL found the problem.
func Compile(cat *proposals.Catalog, positions []Line) (*RuleSet, error) {
	env, err := newEnv(cat)
	if err != nil {
		return nil, err
	}
	termEnv, err := env.Extend(cel.Variable("t", cel.ObjectType(termTypeName)))
	if err != nil {
		return nil, err
	}
	s := &RuleSet{cat: cat}
	var errs proposals.ErrorList
	for _, p := range positions {
		r := &rule{pos: p}
		var ok1, ok2 bool
		what := fmt.Sprintf("position %q: ", p.ID)
		r.reads, ok1 = compile(env, p.Reads, what+"reads", cel.ListType(cel.ObjectType(termTypeName)), "a list of terms", &errs)
		r.rule, ok2 = compile(termEnv, p.Rule, what+"rule", cel.BoolType, "true or false", &errs)
		if ok1 && ok2 {
			s.lines = append(s.lines, r)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return s, nil
}

// Lines returns the lines of the set, in their order.
func (s *RuleSet) Lines() []Line {
	out := make([]Line, len(s.lines))
	for i, r := range s.lines {
		out[i] = r.pos
	}
	return out
}

// compile compiles one expression and checks its type, adding any problem
// to errs at its place in the file.
func compile(env *cel.Env, e proposals.Expr, field string, want *cel.Type, wantWords string, errs *proposals.ErrorList) (cel.Program, bool) {
	ast, iss := env.Compile(e.Text)
	if iss.Err() != nil {
		for _, ce := range iss.Errors() {
			at := e.At(ce.Location.Line(), ce.Location.Column()+1)
			errs.Add(at, "%s: %s", field, ce.Message)
		}
		return nil, false
	}
	if got := ast.OutputType(); !got.IsExactType(want) {
		errs.Add(e.Pos, "%s: expected %s, found %s", field, wantWords, typeWords(got))
		return nil, false
	}
	prg, err := env.Program(ast, cel.CostLimit(costLimit))
	if err != nil {
		errs.Add(e.Pos, "%s: %v", field, err)
		return nil, false
	}
	return prg, true
}

// typeWords names a CEL type for a message.
func typeWords(t *cel.Type) string {
	if t == nil {
		return "nothing"
	}
	return t.String()
}

// newEnv declares the view's variables, one per variable of the term
// kinds, and the rank function.
func newEnv(cat *proposals.Catalog) (*cel.Env, error) {
	tt, err := newTermType()
	if err != nil {
		return nil, err
	}
	terms := cel.ListType(cel.ObjectType(termTypeName))
	opts := []cel.EnvOption{cel.Types(tt), ext.Strings(), ext.Lists(), ext.Sets()}
	for _, k := range proposals.TermKinds() {
		if k.Var != "" {
			opts = append(opts, cel.Variable(k.Var, terms))
		}
	}
	opts = append(opts, cel.Function("rank",
		cel.Overload("rank_string_string", []*cel.Type{cel.StringType, cel.StringType}, cel.IntType,
			cel.BinaryBinding(func(scale, value ref.Val) ref.Val {
				sc, ok1 := scale.(types.String)
				v, ok2 := value.(types.String)
				if !ok1 || !ok2 {
					return types.NewErr("rank: expected two strings")
				}
				s := cat.Scale(string(sc))
				if s == nil {
					return types.NewErr("rank: unknown scale %q", string(sc))
				}
				r, ok := s.Rank(string(v))
				if !ok {
					return types.NewErr("rank: %q is not a value on the %s scale", string(v), string(sc))
				}
				return types.Int(r)
			}))))
	return cel.NewEnv(opts...)
}

// verdictOf evaluates a rule against the view of proposal id: the terms
// it reads, and those among them that cross the line.
func (r *rule) verdictOf(id string, v *View) (read, crossing []*Term, err error) {
	vars := v.vars
	out, _, err := r.reads.Eval(vars)
	if err != nil {
		return nil, nil, r.evalError(id, r.pos.Reads, "reads", err)
	}
	native, err := out.ConvertToNative(reflect.TypeFor[[]*Term]())
	if err != nil {
		return nil, nil, r.evalError(id, r.pos.Reads, "reads", err)
	}
	read = native.([]*Term)
	for _, t := range read {
		vars["t"] = t
		got, _, err := r.rule.Eval(vars)
		if err != nil {
			return nil, nil, r.evalError(id, r.pos.Rule, "rule", err)
		}
		if b, ok := got.(types.Bool); ok && bool(b) {
			crossing = append(crossing, t)
		}
	}
	return read, crossing, nil
}

// evalError reports a failure while evaluating an expression, at the
// expression's place.
func (r *rule) evalError(id string, e proposals.Expr, field string, err error) error {
	var errs proposals.ErrorList
	errs.Add(e.Pos, "position %q: %s: evaluating it on %s: %v", r.pos.ID, field, id, err)
	return errs.Err()
}
