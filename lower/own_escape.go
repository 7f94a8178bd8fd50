package lower

import (
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/frontend/diag"
)

// E0373: a closure that may outlive the body it is created in must not
// borrow that body's locals. The closures checked are those passed to a
// parameter bounded by 'static (thread::spawn, Builder::spawn, user
// functions whose bound says 'static), those given to Scope::spawn
// (they live as long as the scope, longer than the body of the scope's
// closure), and a closure returned from a function (directly or boxed).
// Captures through a reference (`*r`, `r.len()` on a `&'static str`)
// borrow what the reference points to, whose lifetime is not known
// here: they are accepted.

func (o *ownCheck) escapes() {
	for _, call := range o.callExprs() {
		ci := o.c.calls[call]
		fn := ci.fn
		args := callArgs(call)
		if isUFCS(fn, args) {
			args = args[1:]
		}
		scoped := fn.Go["intrinsic"] == "scope_spawn" || fn.Go["intrinsic"] == "builder_spawn_scoped"
		for i, a := range args {
			x, ok := unparen(a).(*ast.ClosureExpr)
			if !ok || x.Move || i >= len(fn.Params) {
				continue
			}
			pt, ok := fn.Params[i].(*ParamTy)
			if !ok || pt.Index < 0 || pt.Index >= len(fn.Generics) {
				continue
			}
			if scoped {
				o.escape(x, o.enclosingClosure(call.Pos()))
			} else if o.staticBound(fn, fn.Generics[pt.Index].Name) {
				o.escape(x, o.enclosingClosure(call.Pos()))
			}
		}
	}
	if d := o.c.fn.Decl; d != nil && d.Body != nil && d.Body.Tail != nil {
		tail := unparen(d.Body.Tail)
		if call, ok := tail.(*ast.CallExpr); ok && len(call.Args) == 1 {
			if ci := o.c.calls[call]; ci != nil && ci.fn != nil && ci.fn.Name == "new" && ci.fn.Owner != nil && ci.fn.Owner.Go["box"] != "" {
				tail = unparen(call.Args[0])
			}
		}
		if x, ok := tail.(*ast.ClosureExpr); ok && !x.Move {
			o.escape(x, nil)
		}
	}
}

// escape reports closure x if it borrows a local owned by the body it is
// created in (within: the enclosing closure, nil for the function).
func (o *ownCheck) escape(x *ast.ClosureExpr, within *ast.ClosureExpr) {
	caps := o.captures(x)
	var worst *capture
	for i := range caps {
		cp := &caps[i]
		if cp.unsure {
			return // a use the analysis does not understand might move it
		}
		if cp.mode == capMove || cp.pl.hasDeref() {
			continue
		}
		if within != nil && !inside(cp.pl.root.Span, within.Span) {
			continue // owned by an outer body: another error, if any
		}
		if worst == nil || cp.pl.root.Span.Start > worst.pl.root.Span.Start {
			worst = cp // rustc names the capture declared last
		}
	}
	if worst == nil {
		return
	}
	name := worst.pl.root.Name
	head := closureHead(o.c.l.src.Text, x)
	notes := []diag.Note{
		note(head, "may outlive borrowed value `%s`", name),
		note(worst.use, "`%s` is borrowed here", name),
		note(head, "help: to force the closure to take ownership of `%s` (and any other referenced variables), use the `move` keyword", name),
	}
	o.errorf(head, "E0373", notes, "closure may outlive the current function, but it borrows `%s`, which is owned by the current function", name)
}

func inside(s, in ast.Span) bool { return s.Start >= in.Start && s.End <= in.End }

// enclosingClosure is the innermost closure of the body containing s.
func (o *ownCheck) enclosingClosure(s ast.Span) *ast.ClosureExpr {
	var best *ast.ClosureExpr
	for x := range o.c.closure {
		if inside(s, x.Span) && (best == nil || inside(x.Span, best.Span)) {
			best = x
		}
	}
	return best
}

// staticBound reports whether fn's generic parameter name is bounded by
// 'static, in its generics or its where clause (read from the source:
// lifetimes are not part of the bounds the frontend keeps).
func (o *ownCheck) staticBound(fn *FnDef, name string) bool {
	d := fn.Decl
	if d == nil || d.Generics == nil {
		return false
	}
	src := o.c.l.file.Src
	if fn.Std {
		src = stdSource
	}
	for _, gp := range d.Generics.Params {
		if gp.Name.Name == name && boundHasStatic(src, gp.Name.Span.End) {
			return true
		}
	}
	for _, w := range d.Generics.Where {
		if pt, ok := w.Ty.(*ast.PathType); ok && pt.Path.Last() == name && boundHasStatic(src, w.Ty.Pos().End) {
			return true
		}
	}
	return false
}

// boundHasStatic scans a bound list from offset i (after `T`) to its end
// (a `,` or `>` at depth 0, a `{` or `;`) for 'static.
func boundHasStatic(src []byte, i int) bool {
	depth := 0
	for ; i >= 0 && i < len(src); i++ {
		switch src[i] {
		case '<', '(', '[':
			depth++
		case '>':
			if i > 0 && src[i-1] == '-' {
				continue // the arrow of Fn() -> T
			}
			if depth == 0 {
				return false
			}
			depth--
		case ')', ']':
			depth--
		case ',':
			if depth == 0 {
				return false
			}
		case '{', ';':
			return false
		case '\'':
			if depth == 0 && len(src)-i >= 7 && string(src[i:i+7]) == "'static" {
				return true
			}
		}
	}
	return false
}

// staticParam reports whether fn's parameter i must be 'static: a generic
// parameter bounded by 'static, or a type written with 'static
// (`impl Debug + 'static`, `&'static str`).
func (o *ownCheck) staticParam(fn *FnDef, i int) bool {
	d := fn.Decl
	if d == nil || i >= len(d.Params) || i >= len(fn.Params) {
		return false
	}
	src := o.c.l.file.Src
	if fn.Std {
		src = stdSource
	}
	if t := d.Params[i].Type; t != nil {
		s := t.Pos()
		if s.Start >= 0 && s.End <= len(src) && s.Start <= s.End {
			text := string(src[s.Start:s.End])
			if strings.HasPrefix(text, "&'static") {
				return true
			}
			if strings.HasPrefix(text, "impl") && boundHasStatic(src[:s.End], s.Start+4) {
				return true // impl Trait + 'static (at the top level)
			}
		}
	}
	if pt, ok := fn.Params[i].(*ParamTy); ok && pt.Index >= 0 && pt.Index < len(fn.Generics) {
		return o.staticBound(fn, fn.Generics[pt.Index].Name)
	}
	return false
}
