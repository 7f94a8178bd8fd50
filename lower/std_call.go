package lower

import (
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// The "call" intrinsic: a std method or function that is a Go call, with
// what a plain func/method lowering cannot say (see the vocabulary at the
// top of lower/std/std.rs):
//
//	func = "pkg.F" | method = "M"   the Go call (self first for func)
//	ptr = "pkg.FPtr" | "MPtr"       used instead when &R is a Go pointer
//	release = "pkg.F" | "M"         used instead with -release (overflow wraps)
//	ref = "V"                       R, a generic of the fn (default: the first)
//	targs = "K,V"                   generics passed as Go type arguments
//	self = "value"                  a &mut self receiver passed by value
//	loc                             the panic location, as the last argument
//	tuple                           the Go results (T, bool) make a Tuple2
//	ordering                        the closure argument returns Ordering: rt.CmpBy
//	noargs                          the Rust arguments are not passed
//	nopanic                         the call cannot panic (own_elide.go)
//	drop_elems = "F"                used instead (drop_elems_ptr where ptr is), with a
//	                                func(*T) dropping an element as the last
//	                                argument, where T (the first generic of
//	                                the impl) has drop glue
//	discard = "F" | "M", discard_args = "T,E"
//	                                F (M) used instead where one of the generics
//	                                listed has drop glue, with a func(*T)
//	                                dropping a value of each (nil: none) as
//	                                the last arguments: the method throws
//	                                such values away (unwrap_or's default)
//	default_with = "F" | "M"        used instead, with a func() T making T's
//	                                Default as the last Rust argument, where
//	                                Go's zero value of the result T is not it
//
// Closure arguments whose Fn bound takes &X receive X from rt; when &X is
// a Go pointer (a struct), the closure is adapted with rt.ByPtr.

func init() {
	intrinsics["call"] = lowerStdCall
	intrinsics["identity"] = lowerIdentity
	intrinsics["box_ref"] = lowerBoxRef
	intrinsics["noop"] = lowerNoop
}

func lowerStdCall(b *builder, c *intrinsicCall) ir.Expr {
	fn := c.ci.fn
	g := fn.Go
	name, isMethod := g["func"], false
	if m := g["method"]; m != "" {
		name, isMethod = m, true
	}
	if alt := g["release"]; alt != "" && b.l.cfg.Release {
		name = alt
	}
	if alt := g["result"]; alt != "" { // try_fold's closure returns a Result, not an Option
		if r, ok := b.c.resolve(b.c.final(c.e), true).(*Adt); ok && r.Def.Go["type"] == "rt.Result" {
			name = alt
		}
	}
	usePtr := false
	if alt := g["ptr"]; alt != "" && b.refArgIsPtr(c.ci, g["ref"], g["mut_ref"] != "") {
		name, usePtr = alt, true
	}
	discards := b.discardDrops(c)
	if discards != nil { // a func, or a method (no package)
		name = g["discard"]
		isMethod = !strings.Contains(name, ".")
	}
	var recv ir.Expr
	if c.recv != nil {
		recv = b.stdRecv(c, isMethod)
	}
	var args []ir.Expr
	if g["noargs"] == "" {
		args = b.stdArgs(c, usePtr)
	}
	if alt := g["drop_elems"]; alt != "" && len(c.ci.args) > 0 && b.hasDropGlue(c.ci.args[0]) { // v.clear() of guards
		if usePtr {
			alt = g["drop_elems_ptr"]
		}
		name = alt
		args = append(args, b.elemDropFunc(c.ci.args[0], c.e.Pos()))
	}
	args = append(args, discards...)
	if g["drop_vals"] != "" && c.recv != nil {
		if m, ok := b.c.derefAll(b.c.final(c.recv)).(*Adt); ok && len(m.Args) == 2 && b.hasDropGlue(m.Args[1]) {
			name = g["drop_vals"] // m.clear() of a map of Senders
			args = append(args, b.elemDropFunc(m.Args[1], c.e.Pos()))
		}
	}
	if alt := g["default_with"]; alt != "" {
		if f := b.defaultFunc(b.c.final(c.e), c.e.Pos()); f != nil { // Cell<W>::take
			name = alt
			args = append(args, f)
		}
	}
	if g["eq"] != "" { // the items' PartialEq
		args = append(args, b.eqFunc(c.ci.args[0], c.e.Pos()))
	}
	if g["cmp"] != "" { // the items' Ord
		args = append(args, b.cmpFunc(c.ci.args[0], c.e.Pos()))
	}
	if g["loc"] != "" {
		args = append(args, b.loc(callSite(c.e)))
	}
	var call *ir.Call
	if isMethod {
		call = &ir.Call{Fun: &ir.Selector{X: b.selBase(recv, fn.SelfTy), Name: name}, Args: args}
	} else {
		if recv != nil {
			args = append([]ir.Expr{recv}, args...)
		}
		pkg, n := splitQual(name)
		call = &ir.Call{Fun: &ir.Qual{Pkg: pkg, Name: n}, Args: args}
	}
	if t := g["targs"]; t != "" {
		call.TypeArgs = b.namedTypeArgs(fn, c.ci.args, t, c.e.Pos())
	}
	call.NoPanic = g["nopanic"] != ""
	if g["tuple"] != "" {
		return &ir.Call{Fun: rt("Tup2"), Args: []ir.Expr{call}}
	}
	if g["ret_ptr"] != "" {
		return b.adaptRefs(call, b.c.final(c.e))
	}
	return call
}

// elemDropFunc is func(p *T) { drop *p } for element type t.
func (b *builder) elemDropFunc(t Ty, span ast.Span) ir.Expr {
	if p, ok := b.c.resolve(t, true).(*ParamTy); ok && b.paramDrops(p) {
		return &ir.VarRef{Var: b.useDict(p.Name + "_drop")} // T_drop
	}
	if a, ok := b.c.resolve(t, true).(*Adt); ok && !a.Def.Std && !isEnum(a.Def) && !b.argsGlue(a) {
		return &ir.Selector{X: &ir.Paren{X: &ir.TypeExpr{Type: &ir.Pointer{Elem: b.goType(a, span)}}}, Name: "Drop"} // (*T).Drop
	}
	p := &ir.Var{Name: "p", Type: &ir.Pointer{Elem: b.goType(t, span)}, Temp: true}
	body := &ir.Block{Stmts: []ir.Stmt{b.dropCall(&ir.Unary{Op: "*", X: &ir.VarRef{Var: p}}, t)}}
	return &ir.FuncLit{Params: []*ir.Var{p}, Body: body}
}

// stdRecv lowers the receiver of a std call as the method takes self.
func (b *builder) stdRecv(c *intrinsicCall, isMethod bool) ir.Expr {
	fn := c.ci.fn
	var r ir.Expr
	switch {
	case fn.Self == SelfMut && fn.Go["self"] != "value":
		r = b.recvPlace(c.recv)
		if !isMethod {
			return addrOfPlace(r)
		}
		return r
	case fn.Self == SelfValue:
		r = b.recvMoved(c.recv)
	default:
		r = b.recvValue(c.recv)
	}
	if untyped(r) { // 2u32.pow(10): the literal keeps its Rust type
		r = b.typed(r, b.goType(b.c.derefAll(b.c.final(c.recv)), c.recv.Pos()))
	}
	return r
}

// stdArgs lowers the arguments of a std call: untyped constants get the
// Go type of their parameter, closures are adapted to what rt passes.
func (b *builder) stdArgs(c *intrinsicCall, usePtr bool) []ir.Expr {
	fn := c.ci.fn
	var out []ir.Expr
	for i, a := range c.args {
		v := b.operand(a)
		if i >= len(fn.Params) {
			out = append(out, v)
			continue
		}
		if untyped(v) && hasParam(fn.Params[i]) {
			// A generic Go parameter: the constant needs its Rust type
			// (Go would infer int). A concrete one converts by itself.
			v = b.typed(v, b.goType(subst(fn.Params[i], c.ci.args), a.Pos()))
		}
		if hasParam(fn.Params[i]) { // Mutex::new(Box::new(a)) as Mutex<Box<dyn T>>
			v = b.toDyn(a, v)
		}
		if bound := b.c.fnBoundOf(fn, fn.Params[i], c.ci.args); bound != nil {
			v = b.adaptClosure(v, bound, usePtr, fn.Go["ordering"] != "")
			if n := len(bound.Params); fn.Go["mut_val"] != "" && n > 0 {
				if r, ok := b.c.resolve(bound.Params[n-1], true).(*RefTy); ok && !b.refIsPtr(r) {
					// m.retain(|k, f| ..) of a map of closures, cvar.wait_while(g, |q| ..) of a VecDeque
					v = call1([]string{"rt.DerefArg", "rt.DerefArg2"}[min(n, 2)-1], v)
				}
			}
		} else if fn.Go["ordering"] != "" && i == len(c.args)-1 {
			v = &ir.Call{Fun: rt("CmpBy"), Args: []ir.Expr{v}}
		}
		out = append(out, v)
	}
	return out
}

// adaptClosure adapts a closure whose Fn bound takes references: rt passes
// X for a parameter &X, so where &X is a Go pointer the closure is wrapped
// with rt.ByPtr / rt.CmpByPtr; an Ordering result becomes Go's int with
// rt.CmpBy.
func (b *builder) adaptClosure(f ir.Expr, bound *FnBound, usePtr, ordering bool) ir.Expr {
	ptr := false
	if !usePtr {
		for _, p := range bound.Params {
			if r, ok := b.c.resolve(p, true).(*RefTy); ok && !r.Mut && b.refIsPtr(r) && !b.isGoPtr(r.Elem) {
				ptr = true
			}
		}
	}
	switch {
	case ordering && ptr:
		return &ir.Call{Fun: rt("CmpByPtr"), Args: []ir.Expr{f}}
	case ordering:
		return &ir.Call{Fun: rt("CmpBy"), Args: []ir.Expr{f}}
	case ptr && len(bound.Params) == 1:
		return &ir.Call{Fun: rt("ByPtr"), Args: []ir.Expr{f}}
	case ptr && len(bound.Params) == 2:
		return &ir.Call{Fun: rt("ByPtr2"), Args: []ir.Expr{f}}
	}
	return f
}

// isGoPtr reports whether a Rust type is a Go pointer.
func (b *builder) isGoPtr(t Ty) bool {
	_, ok := b.goType(t, ast.Span{}).(*ir.Pointer)
	return ok
}

// refArgIsPtr reports whether &R is a Go pointer, R being the generic
// named ref (default: the first) of the call's instantiation.
func (b *builder) refArgIsPtr(ci *callInfo, ref string, mut bool) bool {
	i := 0
	if ref != "" {
		i = genIndex(ci.fn, ref)
	}
	if i < 0 || i >= len(ci.args) {
		return false
	}
	return b.refIsPtr(&RefTy{Mut: mut, Elem: ci.args[i]})
}

// genIndex is the index of the generic named name in fn's instantiation.
func genIndex(fn *FnDef, name string) int {
	for i, g := range fn.Generics {
		if g.Name == name {
			return i
		}
	}
	return -1
}

// discardDrops is the drop functions a std call with discard passes,
// one per generic of discard_args (nil where it has no drop glue); nil
// if none has drop glue.
func (b *builder) discardDrops(c *intrinsicCall) []ir.Expr {
	fn := c.ci.fn
	if fn.Go["discard"] == "" {
		return nil
	}
	var out []ir.Expr
	glue := false
	for _, n := range strings.Split(fn.Go["discard_args"], ",") {
		i := genIndex(fn, strings.TrimSpace(n))
		if i < 0 || i >= len(c.ci.args) || !b.hasDropGlue(c.ci.args[i]) {
			out = append(out, &ir.Qual{Name: "nil"})
			continue
		}
		glue = true
		out = append(out, b.elemDropFunc(c.ci.args[i], c.e.Pos()))
	}
	if !glue {
		return nil
	}
	return out
}

// namedTypeArgs gives the Go types of the generics named in list.
func (b *builder) namedTypeArgs(fn *FnDef, args []Ty, list string, span ast.Span) []ir.Type {
	var out []ir.Type
	for _, n := range strings.Split(list, ",") {
		if i := genIndex(fn, strings.TrimSpace(n)); i >= 0 && i < len(args) {
			out = append(out, b.goType(args[i], span))
		}
	}
	return out
}

// lowerIdentity: s.as_str(), v.as_slice(), s.to_string() on a str: the Go
// value is already the result.
func lowerIdentity(b *builder, c *intrinsicCall) ir.Expr {
	if c.recv != nil && c.ci.fn.Self == SelfValue && b.hasDropGlue(b.c.final(c.recv)) {
		return b.valueOf(c.recv) // v.into_boxed_slice() moves v
	}
	if c.recv != nil {
		return b.recvValue(c.recv)
	}
	return b.valueOf(c.args[0])
}

// lowerBoxRef: b.as_ref(), b.as_mut() on a Box, whose Go value is a
// pointer to its target or, for a Box<dyn Trait>, the interface.
func lowerBoxRef(b *builder, c *intrinsicCall) ir.Expr {
	v := b.recvValue(c.recv)
	if box, ok := b.recvTy(c).(*Adt); ok && b.boxIsPtr(box) {
		return b.adaptRefs(v, b.c.final(c.e))
	}
	return v
}

// lowerNoop: v.reserve(n), v.shrink_to_fit(): no effect in Go.
func lowerNoop(b *builder, c *intrinsicCall) ir.Expr {
	for _, a := range c.args {
		if x := b.valueOf(a); x != nil && !untyped(x) {
			b.emit(&ir.AssignStmt{Lhs: []ir.Expr{&ir.Blank{}}, Op: "=", Rhs: []ir.Expr{x}, Span: a.Pos()})
		}
	}
	return nil
}

// recvTy is the receiver's type with references stripped.
func (b *builder) recvTy(c *intrinsicCall) Ty {
	return b.c.derefAll(b.c.final(c.recv))
}

// call1 builds pkg.Name(args...).
func call1(qual string, args ...ir.Expr) *ir.Call {
	pkg, name := splitQual(qual)
	return &ir.Call{Fun: &ir.Qual{Pkg: pkg, Name: name}, Args: args}
}

// method builds x.Name(args...).
func method(x ir.Expr, name string, args ...ir.Expr) *ir.Call {
	return &ir.Call{Fun: &ir.Selector{X: x, Name: name}, Args: args}
}

// hasParam reports whether a signature type mentions a generic parameter.
func hasParam(t Ty) bool {
	switch x := t.(type) {
	case *ParamTy:
		return true
	case *Adt:
		for _, a := range x.Args {
			if hasParam(a) {
				return true
			}
		}
	case *RefTy:
		return hasParam(x.Elem)
	case *TupleTy:
		for _, e := range x.Elems {
			if hasParam(e) {
				return true
			}
		}
	case *SliceTy:
		return hasParam(x.Elem)
	case *ArrayTy:
		return hasParam(x.Elem)
	case *FnTy:
		for _, p := range x.Params {
			if hasParam(p) {
				return true
			}
		}
		return hasParam(x.Ret)
	}
	return false
}
