package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/peacediff/peacediff/"

// layers lists every package of the module and the packages of the module
// it may import (in its non-test files). A package missing from the list
// fails the test, so that a new package states its place.
var layers = map[string][]string{
	"proposals":                    {},
	"compare":                      {"proposals", "internal/parallel"},
	"redlines":                     {"proposals"},
	"ledger":                       {"compare", "redlines", "proposals"},
	"view":                         {"compare", "redlines", "proposals"},
	"render":                       {"view", "ledger", "compare", "redlines", "proposals", "internal/termsafe"},
	"site":                         {"render", "ledger", "compare", "redlines", "proposals", "internal/parallel"},
	"importer":                     {"proposals"},
	"importer/eval":                {"importer", "proposals"},
	"importer/cmd/importeval":      {"importer/eval", "proposals"},
	"cmd/peacediff":                {"site", "render", "ledger", "redlines", "compare", "proposals", "importer", "internal/formatdoc", "internal/safefile", "internal/sitedir", "internal/termsafe"},
	"internal/browsertest":         {},
	"internal/formatdoc":           {"proposals"},
	"internal/gen":                 {"proposals"},
	"internal/golden":              {},
	"internal/overlap":             {},
	"internal/overlap/cmd/overlap": {"internal/overlap"},
	"internal/gen/cmd/gen":         {"internal/gen"},
	"internal/htmlcheck":           {},
	"internal/mapgen":              {"proposals", "internal/safefile"},
	"internal/cmd/catalogc":        {"proposals", "internal/safefile"},
	"internal/safefile":            {},
	"internal/parallel":            {},
	"internal/sitedir":             {},
	"internal/termsafe":            {},
	"bench/floor":                  {},
	"bench/worstgen":               {},
}

// owners lists, for every third-party module, the packages that may
// import it, in their non-test files and in their tests.
var owners = map[string]struct{ code, tests []string }{
	"github.com/spf13/pflag":                   {code: []string{"cmd/peacediff"}},
	"github.com/spf13/cobra":                   {code: []string{"cmd/peacediff"}},
	"github.com/fsnotify/fsnotify":             {code: []string{"cmd/peacediff"}},
	"golang.org/x/term":                        {code: []string{"cmd/peacediff"}},
	"gopkg.in/yaml.v3":                         {code: []string{"proposals", "internal/formatdoc", "bench/floor"}},
	"github.com/invopop/jsonschema":            {code: []string{"proposals"}},
	"github.com/santhosh-tekuri/jsonschema/v6": {tests: []string{"proposals"}},
	"github.com/sergi/go-diff":                 {code: []string{"compare"}},
	"github.com/google/cel-go":                 {code: []string{"redlines"}},
	"github.com/rivo/uniseg":                   {code: []string{"render"}},
	"github.com/go-json-experiment/json":       {code: []string{"render"}},
	"golang.org/x/net/html":                    {code: []string{"internal/htmlcheck", "importer"}, tests: []string{"render", "site"}},
	"golang.org/x/sys":                         {code: []string{"internal/sitedir"}},
	"github.com/chromedp":                      {code: []string{"internal/browsertest"}},
	"github.com/rogpeppe/go-internal":          {code: []string{"internal/golden", "cmd/peacediff"}, tests: []string{"cmd/peacediff"}},
	"github.com/google/shlex":                  {tests: []string{"cmd/peacediff"}},
}

// TestImportDirection checks the layering of the module's packages, that
// each third-party module stays in the packages that own it, and that
// render uses only the types of compare and redlines, never their
// functions: renderers read reports, they run no engine.
func TestImportDirection(t *testing.T) {
	root := filepath.Join("..", "..")
	pkgs := map[string][]string{} // package -> its .go files
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && p != root {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") {
			rel, _ := filepath.Rel(root, filepath.Dir(p))
			pkgs[filepath.ToSlash(rel)] = append(pkgs[filepath.ToSlash(rel)], p)
		}
		return nil
	})
	for pkg, files := range pkgs {
		may, ok := layers[pkg]
		if !ok {
			t.Errorf("package %s is not in the layers of imports_test.go", pkg)
			continue
		}
		for _, file := range files {
			test := strings.HasSuffix(file, "_test.go")
			f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				if dep, ok := strings.CutPrefix(path, module); ok {
					if !test && !slices.Contains(may, dep) {
						t.Errorf("%s imports %s: %s may import only %v", file, path, pkg, may)
					}
					continue
				}
				if !strings.Contains(strings.Split(path, "/")[0], ".") {
					continue // the standard library
				}
				checkOwner(t, file, pkg, path, test)
			}
		}
	}
	checkTypesOnly(t, filepath.Join(root, "render"), map[string]string{
		"compare":  filepath.Join(root, "compare"),
		"redlines": filepath.Join(root, "redlines"),
	})
}

// checkOwner reports a third-party import outside the packages that own
// its module.
func checkOwner(t *testing.T, file, pkg, path string, test bool) {
	t.Helper()
	for mod, o := range owners {
		if path != mod && !strings.HasPrefix(path, mod+"/") {
			continue
		}
		if slices.Contains(o.code, pkg) || test && slices.Contains(o.tests, pkg) {
			return
		}
		t.Errorf("%s imports %s, which belongs in %v (tests: %v) only", file, path, o.code, o.tests)
		return
	}
	t.Errorf("%s imports %s, a module with no owner in imports_test.go", file, path)
}

// checkTypesOnly reports every use, in the non-test files of dir, of a
// function of the packages named in pkgs (name -> folder).
func checkTypesOnly(t *testing.T, dir string, pkgs map[string]string) {
	t.Helper()
	funcs := map[string]map[string]bool{}
	for name, pdir := range pkgs {
		funcs[name] = map[string]bool{}
		for _, file := range goFiles(t, pdir) {
			f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.IsExported() {
					funcs[name][fd.Name.Name] = true
				}
			}
		}
	}
	for _, file := range goFiles(t, dir) {
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && funcs[id.Name][sel.Sel.Name] {
					t.Errorf("%s calls %s.%s: render reads reports and runs no engine", file, id.Name, sel.Sel.Name)
				}
			}
			return true
		})
	}
}

// goFiles lists the non-test Go files of dir.
func goFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".go") && !strings.HasSuffix(e.Name(), "_test.go") {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out
}
