package frontend

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/frontend/diag"
)

// corpusDirs are searched for Rust programs that must parse cleanly.
var corpusDirs = []string{"../../shared/conformance", "../testdata/conformance"}

// badNodes returns a description of every Bad* node and MacroExpr with
// BadArgs reachable from x.
func badNodes(x any) []string {
	var out []string
	seen := map[uintptr]bool{}
	var visit func(v reflect.Value)
	visit = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				visit(v.Elem())
			}
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			switch n := v.Interface().(type) {
			case *ast.BadExpr:
				out = append(out, "BadExpr "+n.What)
			case *ast.BadItem:
				out = append(out, "BadItem "+n.What)
			case *ast.BadPat:
				out = append(out, "BadPat "+n.What)
			case *ast.BadType:
				out = append(out, "BadType "+n.What)
			case *ast.MacroExpr:
				if n.BadArgs {
					out = append(out, "MacroExpr BadArgs "+n.Name.Name)
				}
			}
			visit(v.Elem())
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					visit(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				visit(v.Index(i))
			}
		}
	}
	visit(reflect.ValueOf(x))
	return out
}

func corpusFiles(t *testing.T) []string {
	var files []string
	for _, dir := range corpusDirs {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".rs") {
				files = append(files, p)
			}
			return nil
		})
		if len(files) > 0 {
			break
		}
	}
	if len(files) == 0 {
		t.Skip("no conformance corpus found")
	}
	return append(files, "testdata/features.rs")
}

// TestCorpus parses every conformance program: no diagnostics, no Bad
// nodes. (90-reject programs are rejected by lower, not by the parser.)
func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	t.Logf("%d programs", len(files))
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, d := Parse(filepath.Base(p), src)
		if len(d) > 0 {
			t.Errorf("%s:\n%s", p, d.Format(diag.NewSource(p, src)))
			continue
		}
		if f == nil {
			t.Errorf("%s: nil file", p)
			continue
		}
		if bad := badNodes(f); len(bad) > 0 {
			t.Errorf("%s: %s", p, strings.Join(bad, "; "))
		}
	}
}

// TestConcurrentParse parses the corpus from several goroutines at once
// (run with -race): Parse shares only read-only tables and a parser pool.
func TestConcurrentParse(t *testing.T) {
	files := corpusFiles(t)
	var wg sync.WaitGroup
	errs := make(chan string, len(files)*4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, p := range files {
				src, err := os.ReadFile(p)
				if err != nil {
					errs <- err.Error()
					return
				}
				if _, d := Parse(p, src); len(d) > 0 {
					errs <- p + ": " + d[0].Msg
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
