// Package rs2go is the library face of the rs2go translator: Translate runs
// the whole pipeline (frontend → lower → codegen) on one Rust file, and
// RuntimeFS carries the source of the rt package so that `rs2go run` can
// build translated programs anywhere, offline.
package rs2go

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/rs2go/rs2go/codegen"
	"github.com/rs2go/rs2go/frontend"
	"github.com/rs2go/rs2go/frontend/diag"
	"github.com/rs2go/rs2go/lower"
)

// Module is the module path of rs2go; translated programs import
// Module + "/rt".
const Module = "github.com/rs2go/rs2go"

// Version is printed by `rs2go -version`.
const Version = "0.1.0"

//go:embed rt/*.go
var runtimeFS embed.FS

// RuntimeFS returns the rt package's Go files (tests excluded are the
// caller's business: the file names are kept), rooted at "rt".
func RuntimeFS() fs.FS { return runtimeFS }

// Config selects translation options.
type Config struct {
	Release bool // integer overflow wraps, debug_assert! is off (like --release)
	NoLine  bool // omit //line directives
	// NoSelfCheck skips the type-check of the generated Go (selfcheck.go),
	// which is on by default.
	NoSelfCheck bool
}

// Result is what Translate produces: Go source when Diags has no errors.
type Result struct {
	Go     []byte
	Diags  diag.List
	Source *diag.Source
}

// Failed reports whether translation produced diagnostics instead of Go.
func (r *Result) Failed() bool { return len(r.Diags) > 0 }

// Internal reports whether a diagnostic is an rs2go bug (exit code 3).
func (r *Result) Internal() bool {
	for _, d := range r.Diags {
		if d.Severity == diag.Internal {
			return true
		}
	}
	return false
}

// Translate translates the Rust source src, known to the user as name (the
// path as given on the command line: it appears in diagnostics, //line
// directives and panic messages, as rustc prints the path it was given).
func Translate(name string, src []byte, cfg Config) (res Result) {
	res.Source = diag.NewSource(name, src)
	defer func() {
		// The last line of defence: the phases recover per item, so a panic
		// here is a bug in the pipeline's own glue.
		if r := recover(); r != nil {
			if os.Getenv("RS2GO_PANIC") != "" {
				panic(r) // debugging rs2go: Go's stack trace
			}
			res.Go = nil
			res.Diags = append(res.Diags, diag.Diag{Severity: diag.Internal,
				Msg: fmt.Sprint(r)})
		}
	}()
	file, diags := frontend.Parse(name, src)
	if len(diags) > 0 {
		res.Diags = diags
		return res
	}
	irf, diags := lower.File(file, lower.Config{Release: cfg.Release})
	if len(diags) > 0 {
		res.Diags = diags
		return res
	}
	out, err := codegen.File(irf, codegen.Config{NoLine: cfg.NoLine, RtPath: Module + "/rt"})
	if err != nil {
		d := diag.Diag{Severity: diag.Internal, Msg: err.Error()}
		var ie *codegen.ItemError
		if errors.As(err, &ie) {
			d.Span = ie.Span
		}
		res.Diags = append(res.Diags, d)
		return res
	}
	if !cfg.NoSelfCheck {
		if diags := selfCheck(irf, out, cfg); len(diags) > 0 {
			res.Diags = diags
			return res
		}
	}
	res.Go = out
	return res
}
