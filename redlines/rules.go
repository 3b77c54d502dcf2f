package redlines

import (
	"fmt"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/ext"
	"github.com/peacediff/peacediff/proposals"
)

// costLimit bounds the work of one evaluation, checkBudget the work of
// every evaluation of one line on one proposal together (its reads and
// its rule on each term read), so that a rule from a user's file cannot
// run away, however many terms it reads, and textBudget the work of every
// line on one proposal together, so that a file of many dear lines cannot
// either (a check costs at most about textBudget per text); the built-in
// rules cost at most 545 each on the corpus. All are costs as CEL counts
// them, not time, so the same input gives the same result on every
// machine.
const (
	costLimit   = 100_000
	checkBudget = 100_000
	textBudget  = 1_000_000
)

// RuleSet is a set of positions with their rules compiled, ready to check
// proposals against. It holds no state between checks and may be used by
// several goroutines.
type RuleSet struct {
	cat   *proposals.Catalog
	lines []*rule
}

// rule is one compiled line.
type rule struct {
	pos     Line
	reads   cel.Program
	rule    cel.Program
	unknown cel.Program // nil when the line has no unknown expression
	// kinds are the kinds of term the reads expression names; ruleKinds
	// those the rule names (a rule may look at other terms of the text).
	kinds, ruleKinds []*proposals.TermKind
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
		what := fmt.Sprintf("position %q: ", p.ID)
		reads, readsAST, ok1 := compile(env, p.Reads, what+"reads", cel.ListType(cel.ObjectType(termTypeName)), "a list of terms", &errs)
		rl, ruleAST, ok2 := compile(termEnv, p.Rule, what+"rule", cel.BoolType, "true or false", &errs)
		ok3 := true
		if p.Unknown.Text != "" {
			r.unknown, _, ok3 = compile(termEnv, p.Unknown, what+"unknown", cel.BoolType, "true or false", &errs)
		}
		if ok1 && ok2 && ok3 {
			r.reads, r.rule, r.kinds, r.ruleKinds = reads, rl, kindsRead(readsAST), kindsRead(ruleAST)
			s.lines = append(s.lines, r)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	for _, r := range s.lines {
		errs = append(errs, s.runCases(r)...)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return s, nil
}

// kindsRead lists the kinds of term whose variables an expression names.
func kindsRead(ast *cel.Ast) []*proposals.TermKind {
	names := map[string]bool{}
	for _, ref := range ast.NativeRep().ReferenceMap() {
		names[ref.Name] = true
	}
	var out []*proposals.TermKind
	for _, k := range proposals.TermKinds() {
		if k.Var != "" && names[k.Var] {
			out = append(out, k)
		}
	}
	return out
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
func compile(env *cel.Env, e proposals.Expr, field string, want *cel.Type, wantWords string, errs *proposals.ErrorList) (cel.Program, *cel.Ast, bool) {
	ast, iss := env.Compile(e.Text)
	if iss.Err() != nil {
		for _, ce := range iss.Errors() {
			at := e.At(ce.Location.Line(), ce.Location.Column()+1)
			errs.Add(at, "%s: %s", field, ce.Message)
		}
		return nil, nil, false
	}
	if got := ast.OutputType(); !got.IsExactType(want) {
		errs.Add(e.Pos, "%s: expected %s, found %s", field, wantWords, typeWords(got))
		return nil, nil, false
	}
	prg, err := env.Program(ast, cel.CostLimit(costLimit), cel.EvalOptions(cel.OptTrackCost))
	if err != nil {
		errs.Add(e.Pos, "%s: %v", field, err)
		return nil, nil, false
	}
	return prg, ast, true
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

// cost is what an evaluation cost, as CEL counts it.
func cost(det *cel.EvalDetails) uint64 {
	if det == nil {
		return 0
	}
	if c := det.ActualCost(); c != nil {
		return *c
	}
	return 0
}

// evalError reports a failure while evaluating an expression, at the
// expression's place.
func (r *rule) evalError(id string, e proposals.Expr, field string, err error) error {
	var errs proposals.ErrorList
	errs.Add(e.Pos, "position %q: %s: evaluating it on %s: %v", r.pos.ID, field, id, err)
	return errs.Err()
}
