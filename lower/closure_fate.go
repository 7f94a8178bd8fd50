package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// What becomes of a closure decides who drops the values it owns (its
// captures by value that have drop glue). A Go func value cannot carry
// a drop, so rs2go follows the closure where it can:
//
//   - bound by `let` (build_closure.go): they drop with the binding;
//   - an argument that lives only during the call (fateCall): they drop
//     at the end of the statement, as Rust drops the closure when the
//     callee returns;
//   - called exactly once, maybe on another thread (fateThread): the body
//     drops them when it ends, normally or by a panic;
//   - becoming a `dyn Fn` or `impl Fn` value (boxed, stored, returned):
//     the Go func is registered with the drops (rt.OwnedFn), and the
//     value's drop glue runs them (rt.DropFn).
//
// A closure that can be called only once (an FnOnce argument, or a body
// that moves a capture out) takes its captures over when it is called:
// they then drop where its body ends, and the holder forgets them.

type closureFate uint8

const (
	fateEscapes closureFate = iota // stored, returned, or passed where rs2go cannot follow
	fateThread
	fateCall
)

// argSite is the call parameter a closure is passed to.
type argSite struct {
	fn       *FnDef
	param    int
	borrowed bool // passed as `&closure` (a temporary)
}

// noteArgSite records where closure argument a goes: parameter i of fn,
// which is a type parameter with an Fn bound if fnParam. A borrowed
// closure (`&|| ..`) is a temporary wherever it goes.
func (c *checker) noteArgSite(a ast.Expr, fn *FnDef, i int, fnParam bool) {
	borrowed := false
	if r, ok := unparen(a).(*ast.RefExpr); ok {
		a, borrowed = r.X, true
	}
	if cl, ok := unparen(a).(*ast.ClosureExpr); ok && (borrowed || fnParam) {
		c.argSites[cl] = argSite{fn: fn, param: i, borrowed: borrowed}
	}
}

// threadSpawns are the std intrinsics that call their closure exactly
// once, on a new thread.
var threadSpawns = map[string]bool{"spawn": true, "scope_spawn": true, "builder_spawn": true, "builder_spawn_scoped": true}

// fate tells what becomes of closure e.
func (b *builder) fate(e *ast.ClosureExpr) closureFate {
	site, ok := b.c.argSites[e]
	switch {
	case !ok:
		return fateEscapes
	case site.borrowed:
		return fateCall // a temporary: it drops at the end of the statement
	case site.fn.Std:
		if threadSpawns[site.fn.Go["intrinsic"]] {
			return fateThread
		}
		if returnsIter(site.fn) {
			return fateEscapes // a lazy adapter keeps it in the iterator
		}
		return fateCall
	case b.l.keepsParam(site.fn, site.param):
		if b.c.fnOnce[e] {
			return fateThread // as thread::spawn's, when the callee calls it
		}
		return fateEscapes
	}
	return fateCall
}

// keepsParam reports whether user function fn may keep the value of its
// parameter i beyond the call: unless every use of it in fn's body is a
// call of it, a borrow of it, or an argument to a parameter that keeps
// nothing either. A use inside a closure, and a parameter that is not a
// plain binding, count as kept.
func (l *lowerer) keepsParam(fn *FnDef, i int) bool {
	key := paramKey{fn, i}
	if kept, ok := l.paramKept[key]; ok {
		return kept
	}
	l.paramKept[key] = false // a recursive call does not keep it by itself
	kept := l.paramUses(fn, i)
	l.paramKept[key] = kept
	return kept
}

type paramKey struct {
	fn *FnDef
	i  int
}

func (l *lowerer) paramUses(fn *FnDef, i int) (kept bool) {
	c := l.checked[fn]
	if c == nil || fn.Decl == nil || i >= len(fn.Decl.Params) {
		return true
	}
	ip, ok := fn.Decl.Params[i].Pat.(*ast.IdentPat)
	if !ok || ip.Sub != nil || c.locals[ip] == nil {
		return true
	}
	loc := c.locals[ip]
	fine := map[*ast.PathExpr]bool{}
	for e := range c.types {
		switch x := e.(type) {
		case *ast.CallExpr:
			if pe, ok := unparen(x.Fun).(*ast.PathExpr); ok && c.refs[pe] == loc {
				fine[pe] = true
			}
		case *ast.RefExpr:
			if pe, ok := unparen(x.X).(*ast.PathExpr); ok && c.refs[pe] == loc {
				fine[pe] = true
			}
		}
		ci := c.calls[e]
		if ci == nil || ci.fn == nil {
			continue
		}
		args := callArgs(e)
		if isUFCS(ci.fn, args) {
			args = args[1:]
		}
		for j, a := range args {
			pe, ok := unparen(a).(*ast.PathExpr)
			if !ok || c.refs[pe] != loc || j >= len(ci.fn.Params) {
				continue
			}
			if _, direct := ci.fn.Params[j].(*ParamTy); !direct {
				continue
			}
			if ci.fn.Std {
				// std calls a closure it is given for an Fn bound, and
				// keeps any other value (Box::new, Vec::push).
				fine[pe] = c.fnBoundOf(ci.fn, ci.fn.Params[j], ci.args) != nil &&
					!threadSpawns[ci.fn.Go["intrinsic"]] && !returnsIter(ci.fn)
			} else {
				fine[pe] = !l.keepsParam(ci.fn, j)
			}
		}
	}
	for pe, r := range c.refs {
		if r != loc {
			continue
		}
		if !fine[pe] {
			return true
		}
		for x := range c.closure {
			if inside(pe.Pos(), x.Span) {
				return true // the closure may take it and outlive the call
			}
		}
	}
	return false
}

// returnsIter reports whether std fn returns an iterator (a lazy adapter,
// which keeps the closure it is given).
func returnsIter(fn *FnDef) bool {
	it, ok := fn.Ret.(*Adt)
	return ok && it.Def.Go["iter"] != ""
}

// afterCall lowers call e, then drops the captures of its closure
// arguments that it did not take over: Rust drops such a closure when
// the callee returns. The call's value is first kept in a variable,
// unless the call is a whole statement's value (the statement's end
// comes right after it) or has none.
func (b *builder) afterCall(e ast.Expr, lower func() ir.Expr) ir.Expr {
	whole := b.wholeStmt == e
	b.wholeStmt = nil
	b.wholeCall = nil
	if whole {
		b.wholeCall = e
	}
	saved := b.argHolders
	var holders []int
	b.argHolders = &holders
	v := lower()
	b.argHolders = saved
	if len(holders) == 0 {
		return v
	}
	if whole || v == nil || !b.hasValue(b.c.final(e)) {
		for _, h := range holders {
			b.tempOwns(h)
		}
		return v
	}
	tmp := b.temp("v", b.c.final(e), e.Pos())
	b.emit(&ir.DeclStmt{Var: tmp, Value: v, Span: e.Pos()})
	b.dropSlots(holders)
	return &ir.VarRef{Var: tmp}
}

// argHolder makes slot, holding a closure argument's captures, dropped
// when the call it is passed to returns.
func (b *builder) argHolder(slot int) {
	if b.argHolders != nil {
		*b.argHolders = append(*b.argHolders, slot)
		return
	}
	b.tempOwns(slot)
}
