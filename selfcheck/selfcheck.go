// Package selfcheck type-checks the Go that rs2go generates before anyone
// sees it: go/parser and go/types over the generated file, with the rt
// package type-checked from its (embedded) source and the standard library
// type-checked from GOROOT's source (go/importer's "source" importer: it
// works offline and needs no go command). A translation whose Go does not
// type-check is an rs2go bug; the caller turns the errors into internal
// errors at the Rust position that produced the failing Go.
//
// Cost (2-core machine, go1.26): loading rt and the standard library from
// source is paid once per process, ~0.7 s of CPU (importer.Default, the
// export data that `go list -export` finds, was slower here: ~1.2 s, one
// go command per package, and needs the go command); each file after that
// costs ~1 ms for a small program and ~0.7 s for the 4.5 MB of Go of a
// 1.2 MB Rust program. rt's function bodies are not checked (only its
// declarations matter to generated code). Where no Go installation is
// found, Check returns ErrNoStd and the caller goes on without checking.
package selfcheck

import (
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

// Error is one problem found in generated Go: its 1-based Go line and
// column, the top-level declaration it is in (nil when the file does not
// parse or the error lies between declarations), and the message of
// go/parser or go/types.
type Error struct {
	Line, Col int
	Decl      *Decl
	Msg       string
}

func (e Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

// Decl names a top-level Go declaration and the lines it spans.
type Decl struct {
	Name      string // the function, method, type, var or const name (the first one of a group)
	Recv      string // the receiver's base type name for a method
	Kind      string // "func", "type", "var" or "const"
	FirstLine int
	LastLine  int
}

// maxErrors caps how many errors one check collects.
const maxErrors = 10

// Checker type-checks generated files against one rt package. It is safe
// for concurrent use (checks are serialized); rt and the standard library
// are loaded on the first check and shared by the later ones.
type Checker struct {
	rtPath string // the import path generated files use for rt
	rtFS   fs.FS  // holds rtDir/*.go
	rtDir  string

	mu     sync.Mutex
	loaded bool
	fset   *token.FileSet
	std    types.ImporterFrom
	rt     *types.Package
	rtErr  error
}

// New returns a Checker for files that import rt (whose .go files, tests
// aside, are dir/*.go in fsys) as rtPath.
func New(rtPath string, fsys fs.FS, dir string) *Checker {
	return &Checker{rtPath: rtPath, rtFS: fsys, rtDir: dir}
}

// Load loads rt and the standard library now rather than on the first
// Check, and reports whether rt type-checks.
func (c *Checker) Load() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.load()
}

// Check parses and type-checks src, a Go file of package main, and returns
// its errors in line order (nil when it is fine). err reports a failure
// that is not the file's: rt does not type-check, or (ErrNoStd) the
// standard library cannot be found.
func (c *Checker) Check(name string, src []byte) (errs []Error, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.load(); err != nil {
		return nil, err
	}
	base := c.fset.Base()
	defer c.forget(base)
	f, perr := parser.ParseFile(c.fset, name, src, parser.SkipObjectResolution)
	if perr != nil {
		return c.syntaxErrors(perr), nil
	}
	conf := types.Config{
		Importer: importerFunc(c.importFrom),
		Error: func(err error) {
			var te types.Error
			// Soft errors count too: the Go compiler rejects unused
			// variables and imports.
			if errors.As(err, &te) && len(errs) < maxErrors {
				p := c.fset.PositionFor(te.Pos, false)
				errs = append(errs, Error{Line: p.Line, Col: p.Column, Msg: te.Msg})
			}
		},
	}
	if _, err := conf.Check("main", c.fset, []*ast.File{f}, nil); err != nil && len(errs) == 0 {
		errs = append(errs, Error{Line: 1, Col: 1, Msg: err.Error()})
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Line < errs[j].Line })
	decls := declsOf(c.fset, f)
	for i := range errs {
		errs[i].Decl = enclosing(decls, errs[i].Line)
	}
	return errs, nil
}

// forget drops the files added to the file set since base, so that a
// long-lived Checker (a fuzzer, a server) does not grow without bound.
func (c *Checker) forget(base int) {
	var added []*token.File
	c.fset.Iterate(func(f *token.File) bool {
		if f.Base() >= base {
			added = append(added, f)
		}
		return true
	})
	for _, f := range added {
		c.fset.RemoveFile(f)
	}
}

// syntaxErrors converts go/parser's errors.
func (c *Checker) syntaxErrors(err error) []Error {
	var list scanner.ErrorList
	if !errors.As(err, &list) {
		return []Error{{Line: 1, Col: 1, Msg: err.Error()}}
	}
	var errs []Error
	for _, e := range list {
		if len(errs) == maxErrors {
			break
		}
		errs = append(errs, Error{Line: e.Pos.Line, Col: e.Pos.Column, Msg: e.Msg})
	}
	return errs
}

// declsOf lists the top-level declarations of f with their Go lines.
func declsOf(fset *token.FileSet, f *ast.File) []*Decl {
	var out []*Decl
	for _, d := range f.Decls {
		first := fset.PositionFor(d.Pos(), false).Line
		last := fset.PositionFor(d.End(), false).Line
		switch d := d.(type) {
		case *ast.FuncDecl:
			out = append(out, &Decl{Name: d.Name.Name, Recv: recvName(d), Kind: "func", FirstLine: first, LastLine: last})
		case *ast.GenDecl:
			for _, s := range d.Specs {
				sf := fset.PositionFor(s.Pos(), false).Line
				sl := fset.PositionFor(s.End(), false).Line
				if len(d.Specs) == 1 {
					sf, sl = first, last
				}
				switch s := s.(type) {
				case *ast.TypeSpec:
					out = append(out, &Decl{Name: s.Name.Name, Kind: "type", FirstLine: sf, LastLine: sl})
				case *ast.ValueSpec:
					out = append(out, &Decl{Name: s.Names[0].Name, Kind: d.Tok.String(), FirstLine: sf, LastLine: sl})
				}
			}
		}
	}
	return out
}

// recvName is the base type name of a method's receiver ("" for a func).
func recvName(d *ast.FuncDecl) string {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return ""
	}
	t := d.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.ParenExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// enclosing returns the declaration whose lines hold line, or nil.
func enclosing(decls []*Decl, line int) *Decl {
	for _, d := range decls {
		if d.FirstLine <= line && line <= d.LastLine {
			return d
		}
	}
	return nil
}

// ErrNoStd is returned by Check where the standard library's source
// cannot be found (no Go installation): then nothing can be checked, and
// the caller goes on without the check.
var ErrNoStd = errors.New("the Go standard library's source is not available")

// load type-checks rt once.
func (c *Checker) load() error {
	if c.loaded {
		return c.rtErr
	}
	c.loaded = true
	c.fset = token.NewFileSet()
	if _, err := build.Default.Import("fmt", "", build.FindOnly); err != nil {
		c.rtErr = ErrNoStd
		return c.rtErr
	}
	c.std = importer.ForCompiler(c.fset, "source", nil).(types.ImporterFrom)
	c.rt, c.rtErr = c.checkRT()
	return c.rtErr
}

// importFrom resolves the imports of generated files and of rt.
func (c *Checker) importFrom(p string) (*types.Package, error) {
	if p == c.rtPath {
		if c.rt == nil {
			return nil, fmt.Errorf("rt is not loaded")
		}
		return c.rt, nil
	}
	if p == "C" || !isStd(p) {
		return nil, fmt.Errorf("generated Go imports %q, which is neither rt nor in the standard library", p)
	}
	return c.std.ImportFrom(p, "", 0)
}

// isStd reports whether p looks like a standard library path (no dot in
// its first element).
func isStd(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return p != "" && !strings.Contains(first, ".")
}

// checkRT parses and type-checks rt's non-test files for this platform.
// Only declarations matter to generated code: function bodies are skipped
// (rt's own tests and the Go compiler check them).
func (c *Checker) checkRT() (*types.Package, error) {
	entries, err := fs.ReadDir(c.rtFS, c.rtDir)
	if err != nil {
		return nil, err
	}
	ctxt := build.Default
	ctxt.OpenFile = func(p string) (io.ReadCloser, error) { return c.rtFS.Open(p) }
	ctxt.JoinPath = path.Join
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := ctxt.MatchFile(c.rtDir, name); err != nil || !ok {
			continue
		}
		src, err := fs.ReadFile(c.rtFS, path.Join(c.rtDir, name))
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(c.fset, path.Join(c.rtDir, name), src, parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("rt does not parse: %v", err)
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: importerFunc(c.importFrom), IgnoreFuncBodies: true}
	pkg, err := conf.Check(c.rtPath, c.fset, files, nil)
	if err != nil {
		return nil, fmt.Errorf("rt does not type-check: %v", err)
	}
	return pkg, nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
