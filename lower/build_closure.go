package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// boundClosure returns the closure a `let` initializer e is, directly or
// boxed (`let f: Box<dyn Fn()> = Box::new(move || ..)`): its captures
// drop with the binding.
func (b *builder) boundClosure(e ast.Expr) *ast.ClosureExpr {
	e = unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if ci := b.c.calls[call]; ci != nil && ci.fn.Go["intrinsic"] == "box_new" {
			e = unparen(call.Args[0])
		}
	}
	ce, _ := e.(*ast.ClosureExpr)
	return ce
}

// unitResult makes closure lit return unit where it returned nothing: it
// is passed as a func() R, R being ().
func unitResult(lit *ir.FuncLit, unit ir.Expr) {
	lit.Results = []ir.Type{unitType}
	ir.Inspect(lit.Body, func(n any) bool {
		switch x := n.(type) {
		case *ir.FuncLit:
			return false // its returns are its own
		case *ir.ReturnStmt:
			if len(x.Results) == 0 {
				x.Results = []ir.Expr{unit}
			}
		}
		return true
	})
	if !ir.Terminates(lit.Body.Stmts) {
		lit.Body.Stmts = append(lit.Body.Stmts, &ir.ReturnStmt{Results: []ir.Expr{unit}})
	}
}

// closure lowers a closure expression to a Go func literal.
//
// Go closures capture variables by reference. A Rust `move` closure takes
// its captures by value when it is created, so a captured binding that can
// still change afterwards (a `mut` binding) is copied into a fresh
// variable just before the closure, and the closure uses the copy.
// Immutable bindings cannot change, so sharing them is already a copy.
func (b *builder) closure(e *ast.ClosureExpr) ir.Expr {
	ci := b.c.closure[e]
	ct := ci.ty
	restore := map[*Local]*ir.Var{}
	if ci.partialMove != (ast.Span{}) {
		b.unsupported(ci.partialMove, "a closure taking a field out of a captured local (a partial move)")
	}
	var owned []*Local // droppable captures the closure takes over
	for _, loc := range ci.captures {
		if !(e.Move || ci.moves[loc]) {
			continue
		}
		if _, owner := b.closureOwners[loc]; owner && ci.owns(loc) {
			b.unsupported(e.Span, "a closure taking closure `%s`, which owns values with drop glue", loc.Name)
		}
		if ci.owns(loc) && b.hasDropGlue(loc.Ty) {
			b.moved(loc)
			owned = append(owned, loc)
		}
		if !e.Move || !loc.Mut {
			continue
		}
		outer := b.vars[loc]
		cp := &ir.Var{Name: loc.Name, Type: outer.Type, Temp: true, Span: e.Span}
		var val ir.Expr = &ir.VarRef{Var: outer}
		if t := b.c.resolve(loc.Ty, true); b.l.holdsArray(t, 0) && newOwnTypes(b.c).isCopy(t) {
			val = b.cloneExpr(val, t, e.Span) // an array is a Go slice: copy it (copyOut)
		}
		b.emit(&ir.DeclStmt{Var: cp, Value: val, Span: e.Span})
		restore[loc] = outer
		b.vars[loc] = cp
	}
	// holder is the slot of this frame that drops the owned captures
	// until the closure, called once, takes them over (closure_fate.go).
	holder := -1
	takes := b.c.fnOnce[e]
	var owner *ir.Var // the rt.FnOwner of a closure that becomes a dyn/impl Fn
	if len(owned) > 0 {
		var drops []ir.Stmt
		for _, loc := range owned {
			drops = append(drops, b.dropCall(&ir.VarRef{Var: b.vars[loc]}, loc.Ty))
		}
		fate := b.fate(e)
		switch {
		case b.letClosure == e && ci.owner == "":
			// `let f = move || ..`: the captures drop with f, at the end
			// of this scope, in capture order; f itself must not move.
			// (`let f: Box<dyn Fn()> = ..` is a dyn Fn value, below.)
			holder = b.newSlot(nil, nil, drops...)
			b.scopeOwns(holder)
			b.letOwns, b.letHolder = true, holder
		case fate == fateCall:
			// An argument the callee does not keep: Rust drops it when
			// the call returns; a borrowed one (a temporary) when the
			// statement ends.
			holder = b.newSlot(nil, nil, drops...)
			if b.c.argSites[e].borrowed {
				b.tempOwns(holder)
			} else {
				b.argHolder(holder)
			}
		case fate == fateThread:
		case ci.owner != "":
			// A `dyn Fn`/`impl Fn` value: the captures drop with it
			// (rt.DropFn), or where the body ends once an FnOnce is
			// called.
			owner = &ir.Var{Name: "owner", Type: &ir.Pointer{Elem: &ir.Named{Pkg: "rt", Name: "FnOwner"}}, Temp: true, Span: e.Span}
			b.emit(&ir.DeclStmt{Var: owner, Value: call1("rt.NewFnOwner", &ir.FuncLit{Body: &ir.Block{Stmts: drops}}), Span: e.Span})
			takes = ci.owner == "FnOnce" || ci.consumes
		default:
			// A closure stored or returned other than as a `dyn Fn` or
			// `impl Fn` (in a field of a generic type): Rust drops the
			// captures with it, which rs2go does not follow.
			b.unsupported(e.Span, "a closure owning `%s` (dropped with the closure) that is stored or returned", owned[0].Name)
		}
		if holder >= 0 {
			takes = b.c.fnOnce[e] || ci.consumes
		}
	}
	var holderFrame ir.Expr
	if holder >= 0 {
		holderFrame = b.frameRef()
	}
	lit := &ir.FuncLit{}
	hasRet := b.hasValue(ct.Ret)
	if hasRet {
		lit.Results = []ir.Type{b.goType(ct.Ret, e.Span)}
	}
	lit.Body = &ir.Block{}
	saved, savedCaptured := b.out, b.captured
	b.out = &lit.Body.Stmts
	b.captured = map[*Local]bool{}
	for loc := range savedCaptured {
		b.captured[loc] = true
	}
	for _, loc := range ci.captures {
		if !e.Move && !ci.moves[loc] {
			b.captured[loc] = true // by reference: an assignment replaces the outer value
		}
	}
	b.withFrame(lit.Body, func() {
		b.pushScope(false, "")
		if takes {
			// Called once (a thread's closure, an FnOnce): its captures
			// drop when the call ends, normally or by a panic.
			if holder >= 0 {
				b.emit(&ir.ExprStmt{X: &ir.Call{Fun: &ir.Selector{X: holderFrame, Name: "Forget"}, Args: []ir.Expr{slotLit(holder)}}})
			}
			if owner != nil {
				b.emit(&ir.ExprStmt{X: method(&ir.VarRef{Var: owner}, "Take")})
			}
			for _, loc := range owned {
				b.registerLocal(loc, b.vars[loc])
			}
		}
		lit.Params = b.params(e.Params, ct.Params)
		b.fnBody(e.Body, hasRet)
		b.fs.scopes = nil
	})
	b.out, b.captured = saved, savedCaptured
	if !hasRet && b.c.genericRet[e] && isUnit(b.c.resolve(ct.Ret, true)) {
		unitResult(lit, b.unitValue())
	}
	if hasRet && !ir.Terminates(lit.Body.Stmts) {
		if _, never := b.c.resolve(b.c.types[e.Body], true).(*NeverTy); never {
			// || -> u8 { panic!(..) }: Go wants a terminating statement.
			lit.Body.Stmts = append(lit.Body.Stmts, unreachable())
		} else {
			b.unsupported(e.Span, "closure whose value is computed by a loop")
		}
	}
	for loc, outer := range restore {
		b.vars[loc] = outer
	}
	if owner != nil {
		return call1("rt.OwnedFn", lit, &ir.VarRef{Var: owner})
	}
	return lit
}

// ownedClosures reports whether a closure of the crate becomes a `dyn
// Fn` or `impl Fn` value while owning values with drop glue (other than
// such closures).
func (l *lowerer) ownedClosures(checked []*checker) bool {
	for _, c := range checked {
		for _, ci := range c.closure {
			if ci.owner == "" {
				continue
			}
			for _, loc := range ci.captures {
				if ci.owns(loc) && l.dropGlue(c.resolve(loc.Ty, true), 0) {
					return true
				}
			}
		}
	}
	return false
}
