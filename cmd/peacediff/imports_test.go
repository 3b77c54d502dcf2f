package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestImportDirection checks the layering cmd -> render -> compare ->
// proposals, and that each third-party library stays in its one package.
func TestImportDirection(t *testing.T) {
	const module = "github.com/peacediff/peacediff/"
	allowed := map[string][]string{
		"proposals":     {},
		"compare":       {"proposals"},
		"redlines":      {"proposals", "compare"},
		"render":        {"redlines", "compare", "proposals"},
		"cmd/peacediff": {"render", "redlines", "compare", "proposals"},
	}
	confined := map[string]string{ // library -> the only package that may import it
		"github.com/spf13/cobra":    "cmd/peacediff",
		"gopkg.in/yaml.v3":          "proposals",
		"github.com/sergi/go-diff":  "compare",
		"github.com/google/cel-go/": "redlines",
	}
	root := filepath.Join("..", "..")
	for pkg, may := range allowed {
		dir := filepath.Join(root, filepath.FromSlash(pkg))
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				if rest, ok := strings.CutPrefix(path, module); ok {
					if dep := strings.Split(rest, "/")[0]; !slices.Contains(may, dep) && !strings.HasPrefix(rest, "internal/") {
						t.Errorf("%s imports %s: %s may import only %v", file, path, pkg, may)
					}
				}
				for lib, owner := range confined {
					if strings.HasPrefix(path, lib) && pkg != owner {
						t.Errorf("%s imports %s, which belongs in %s only", file, path, owner)
					}
				}
			}
		}
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not found: %v", err)
	}
}
