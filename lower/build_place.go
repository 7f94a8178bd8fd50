package lower

import (
	"slices"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// References. Go has pointers but no borrow checker, so a Rust reference
// is represented by the cheapest Go form that keeps Rust's meaning:
//
//	&mut T           *T   (the callee writes through it)
//	&mut [T], &mut str     []T / string are already views
//	&T               T    (an immutable view of a value is a copy of it;
//	                       types with interior mutability — Mutex, atomics,
//	                       Cell, RefCell — are Go pointers, so copies share)
//
// and a type whose Go form is already a reference (a pointer, slice,
// map, func or interface) is used as it is, except under &mut for
// vectors and strings, whose length the callee may change.

// refIsPtr reports whether a reference to elem is a Go pointer.
func (b *builder) refIsPtr(r *RefTy) bool {
	elem := b.c.resolve(r.Elem, true)
	switch e := elem.(type) {
	case *SliceTy:
		return false
	case *Prim:
		if e.Name == "str" {
			return false
		}
	case *DynTy:
		return false
	}
	g := b.goType(elem, ast.Span{})
	switch g.(type) {
	case *ir.Pointer, *ir.Map, *ir.Func:
		return false
	case *ir.Slice:
		return r.Mut
	case *ir.Basic:
		return r.Mut
	}
	return r.Mut
}

// isUserStruct reports whether t is a struct type declared by the user.
func (b *builder) isUserStruct(t Ty) bool {
	adt, ok := t.(*Adt)
	if !ok || adt.Def.Std {
		return false
	}
	_, isStruct := adt.Def.Decl.(*ast.StructDecl)
	return isStruct
}

// refExpr lowers &X / &mut X.
func (b *builder) refExpr(e *ast.RefExpr) ir.Expr {
	rt, _ := b.c.final(e).(*RefTy)
	if rt == nil || !b.refIsPtr(rt) {
		return b.read(e.X)
	}
	return b.addrOf(e.X)
}

// addrOf takes the address of a place, or of a temporary holding a value
// that is not a place.
func (b *builder) addrOf(x ast.Expr) ir.Expr {
	x = unparen(x)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == "*" {
		if p, ok := b.smartDerefAddr(u.X); ok { // &*guard, &mut *arc
			return p
		}
		if p := b.valueOf(u.X); b.isPtrValue(u.X) {
			return p
		}
	}
	if b.isPlace(x) {
		return &ir.Unary{Op: "&", X: b.place(x)}
	}
	v := b.valueOf(x)
	if t := b.c.final(x); b.hasDropGlue(t) { // dropped at the statement's end
		return &ir.Unary{Op: "&", X: b.keepTemp(x, b.typed(v, b.goType(t, x.Pos())), t)}
	}
	tmp := b.temp("tmp", b.c.final(x), x.Pos())
	b.emit(&ir.DeclStmt{Var: tmp, Value: b.typed(v, tmp.Type), Span: x.Pos()})
	return &ir.Unary{Op: "&", X: &ir.VarRef{Var: tmp}}
}

// isPtrValue reports whether expression e's Go value is a pointer
// standing for a Rust reference.
func (b *builder) isPtrValue(e ast.Expr) bool {
	r, ok := b.c.final(e).(*RefTy)
	return ok && b.refIsPtr(r)
}

// place lowers a place expression to an addressable Go expression that
// denotes the Rust place itself (not a copy): locals, *r, fields and
// indexed elements. Go's selector dereferences pointers to structs by
// itself; indexing through a pointer reference is explicit.
func (b *builder) place(x ast.Expr) ir.Expr {
	switch x := unparen(x).(type) {
	case *ast.PathExpr:
		if cd, ok := b.c.items[x].(*ConstDef); ok && !cd.Static {
			// Each use of a const is a new temporary in Rust: `&mut
			// WIDTH`, `A[1] = 8` and `V.push(1)` leave the const as it
			// was (and a Go const has no address).
			tmp := b.temp("c", b.c.final(x), x.Pos())
			b.emit(&ir.DeclStmt{Var: tmp, Value: b.copyOut(x, b.expr(x)), Span: x.Pos()})
			return &ir.VarRef{Var: tmp}
		}
		return b.expr(x)
	case *ast.UnaryExpr:
		if x.Op == "*" {
			if v, ok := b.smartDerefPlace(x.X); ok { // *guard = v
				return v
			}
			v := b.read(x.X)
			if b.isBoxPtr(x.X) || b.isPtrValue(x.X) {
				return &ir.Unary{Op: "*", X: v}
			}
			return v
		}
	case *ast.FieldExpr:
		if v, inner, ok := b.derefOperand(x.X); ok { // through a guard, ...
			return &ir.Selector{X: b.selBase(v, inner), Name: fieldGoName(inner, x.Name.Name)}
		}
		base := b.place(x.X)
		if _, ok := b.c.derefAll(b.c.final(x.X)).(*TupleTy); ok {
			return &ir.Selector{X: base, Name: "F" + x.Name.Name}
		}
		return &ir.Selector{X: base, Name: goFieldName(x.Name.Name)}
	case *ast.IndexExpr:
		return b.index(x, true)
	}
	// A temporary: kept (and dropped at the end of the statement) when it
	// has drop glue.
	return b.read(x)
}

// isBoxPtr reports whether e is a Box whose Go value is a pointer to
// its contents (Box<i32> is *int32).
func (b *builder) isBoxPtr(e ast.Expr) bool {
	adt, ok := b.c.final(e).(*Adt)
	return ok && adt.Def.Go["box"] != "" && b.boxIsPtr(adt)
}

// deref lowers *X used as a value.
func (b *builder) deref(e *ast.UnaryExpr) ir.Expr {
	if v, ok := b.smartDerefExpr(e.X); ok { // *guard, *arc
		return v
	}
	v := b.read(e.X)
	if b.isBoxPtr(e.X) {
		return &ir.Unary{Op: "*", X: v}
	}
	if b.isPtrValue(e.X) {
		if _, ptr := b.goType(b.c.final(e), e.Span).(*ir.Pointer); !ptr {
			return &ir.Unary{Op: "*", X: v}
		}
	}
	return v
}

// coerce applies a recorded coercion to x (lowered from e): a pointer
// reference becomes a value where the target reference is a value.
func (b *builder) coerce(e ast.Expr, x ir.Expr) ir.Expr {
	want, ok := b.c.coerced[e]
	if !ok {
		return x
	}
	if d, ok := b.c.resolve(b.c.derefAll(unsizedInner(want)), true).(*DynTy); ok && b.c.unsizeToDyn(want, b.c.final(e)) {
		if d.Trait.Go["type"] == "rt.Payload" {
			b.unsupported(e.Pos(), "a `dyn Any` made from a value (only a panic's payload is one)")
			return x
		}
		if src := b.c.resolve(b.c.derefAll(unsizedInner(b.c.final(e))), true); !d.Trait.Std && !goImplements(src, d.Trait) {
			b.unsupported(e.Pos(), "a trait object of `%s`%s", src, goImplementsWhy(src))
			return x
		}
		if w := d.Trait.Go["wrap"]; w != "" {
			return b.fmtDyn(e, x, want, d, w)
		}
	}
	if it, ok := b.intoIterValue(e, x, want); ok { // an iterable passed as IntoIterator (std_iter.go)
		return it
	}
	if v, ok := b.unsizeSmart(e, x, want); ok { // Rc::new(v) as Rc<dyn Trait>
		return v
	}
	if _, ok := b.c.userIterCoerced(want, b.c.final(e)); ok { // &mut c as &mut dyn Iterator<Item = T>
		return b.toIter(x, b.c.final(e), e.Pos())
	}
	wr, ok := b.c.resolve(want, true).(*RefTy)
	if !ok {
		return x
	}
	if v, ok := b.smartCoerce(e, x, wr); ok { // &guard where &[T] is expected
		return v
	}
	if d, isDyn := b.c.resolve(wr.Elem, true).(*DynTy); isDyn {
		// &mut c as &mut dyn Counter: the Go interface holds the pointer,
		// whose method set has the impl's pointer (&mut self) methods.
		// An enum has none (goImplements): it holds the enum's value.
		if b.isPtrValue(e) {
			if isDataEnum(b.c.resolve(b.c.derefAll(b.c.final(e)), true)) {
				return derefAddr(x)
			}
			return x
		}
		if src, ok := b.c.resolve(b.c.final(e), true).(*RefTy); ok && hasPtrMethods(b.c.resolve(src.Elem, true), d.Trait) {
			return b.addrOfValue(x, src.Elem, e.Pos())
		}
		return x
	}
	if b.isPtrValue(e) && !b.refIsPtr(wr) {
		return derefAddr(x)
	}
	return x
}

// unsizedInner is the value a reference or Box points to.
func unsizedInner(t Ty) Ty {
	if a, ok := t.(*Adt); ok && a.Def.Std && len(a.Args) == 1 {
		return a.Args[0]
	}
	return t
}

// goImplements reports whether the Go type of t has the methods of user
// trait tr's Go interface. Go has no methods on its basic types and on
// rt's (an impl for i32 is a Go function, not an interface method); a
// data enum has them where enumSatisfies says so.
func goImplements(t Ty, tr *TraitDef) bool {
	switch x := t.(type) {
	case *RefTy:
		return goImplements(x.Elem, tr)
	case *Adt:
		if x.Def.Std {
			return false
		}
		if isDataEnum(x) {
			return enumSatisfies(x.Def, tr)
		}
		return true
	case *Prim, *TupleTy, *SliceTy, *ArrayTy:
		return false
	}
	return true
}

// isDataEnum reports whether t is an enum of the program that is a Go
// interface (a variant has data, or the enum is generic).
func isDataEnum(t Ty) bool {
	x, ok := t.(*Adt)
	return ok && !x.Def.Std && isEnum(x.Def) && !cLike(x.Def)
}

// goImplementsWhy explains a false goImplements for a data enum.
func goImplementsWhy(t Ty) string {
	if x, ok := t.(*Adt); ok && isDataEnum(x) {
		if len(x.Def.Generics) > 0 {
			return " (a generic enum)"
		}
		return " (an enum whose impl has a `&mut self` method)"
	}
	return " (Go has no methods on its type: the impl's methods are functions)"
}

// fmtDyn makes the dyn Display (dyn Debug) trait object d of x, lowered
// from e: a user type's Go value has the formatting method, which the
// trait's Go interface is; another value is wrapped with its formatter
// (rt.DisplayAs{V: x, Fn: rt.DisplayInt[int32]}).
func (b *builder) fmtDyn(e ast.Expr, x ir.Expr, want Ty, d *DynTy, wrap string) ir.Expr {
	from := b.c.final(e)
	smart := false // Arc::new(5) as Arc<dyn Debug>: the argument is wrapped
	if wt, ok := b.c.resolve(want, true).(*Adt); ok && wt.Def.Go["unsize"] != "" {
		smart = true
		if ft, ok := b.c.resolve(from, true).(*Adt); ok && len(ft.Args) == 1 {
			from = ft.Args[0]
		}
	}
	wrapped := func(x ir.Expr) ir.Expr {
		if a, ok := b.c.resolve(b.c.derefAll(unsizedInner(from)), true).(*Adt); ok && !a.Def.Std {
			if d.Trait.Name == "Display" && a.Def.Traits["Display"] == nil || d.Trait.Name == "Debug" && !hasDerive(a.Def, "Debug") && a.Def.Traits["Debug"] == nil {
				b.errorf(e.Pos(), "E0277", "`%s` doesn't implement `std::fmt::%s`", a, d.Trait.Name)
			}
			if !b.hasDropGlue(from) || !b.argsGlue(a) {
				return x // its Go value has the method, and a Drop method where it has drop glue
			}
		}
		pkg, name := splitQual(wrap)
		lit := &ir.CompositeLit{Type: &ir.Named{Pkg: pkg, Name: name, Args: []ir.Type{b.goType(from, e.Pos())}}, Keys: []string{"V", "Fn"},
			Elems: []ir.Expr{x, b.fmtFunc(from, d.Trait.Name == "Debug", e.Pos())}}
		if b.hasDropGlue(from) { // a T, a W<T>: dropped through the wrapper's Drop
			lit.Keys = append(lit.Keys, "DropFn")
			lit.Elems = append(lit.Elems, b.elemDropFunc(from, e.Pos()))
		}
		return lit
	}
	if !smart {
		return wrapped(x)
	}
	if call, ok := x.(*ir.Call); ok && len(call.Args) == 1 {
		call.Args[0] = wrapped(call.Args[0])
	}
	v, _ := b.unsizeSmart(e, x, want) // Rc::new/Arc::new, else unsupported
	return v
}

// dynTarget gives the type a value lowered from e is coerced to when that
// is an unsizing to a trait object (Box<A> → Box<dyn T>, &A → &dyn T). Go
// converts the concrete value to the interface only where the target type
// is written: a `:=` declaration or the argument of a generic function
// whose type Go infers needs the conversion spelled out.
func (b *builder) dynTarget(e ast.Expr) (ir.Type, bool) {
	want, ok := b.c.coerced[e]
	if !ok || !b.c.unsizeToDyn(want, b.c.final(e)) {
		return nil, false
	}
	switch w := b.c.resolve(want, true).(type) {
	case *RefTy:
	case *Adt:
		if w.Def.Go["box"] == "" {
			return nil, false // Rc<dyn T>: unsizeSmart
		}
	default:
		return nil, false
	}
	return b.goType(want, e.Pos()), true
}

// toDyn spells out the unsizing conversion dynTarget finds for e.
func (b *builder) toDyn(e ast.Expr, x ir.Expr) ir.Expr {
	if t, ok := b.dynTarget(e); ok && x != nil {
		return &ir.Convert{Type: t, X: x}
	}
	return x
}

// hasPtrMethods reports whether t's impl of trait tr (or of one of its
// supertraits) has a &mut self method: a Go pointer receiver, so only a
// pointer to t implements the trait's Go interface.
func hasPtrMethods(t Ty, tr *TraitDef) bool {
	adt, ok := t.(*Adt)
	if !ok || adt.Def.Std {
		return false
	}
	work := []*TraitDef{tr}
	for len(work) > 0 {
		cur := work[0]
		work = append(work[1:], cur.Supers...)
		for _, fn := range adt.Def.Traits[cur.Name] {
			if fn.Self == SelfMut && (isGoMethod(fn) || dictForwarded(fn)) {
				return true
			}
		}
	}
	return false
}

// addrOfValue takes the address of the lowered Go value x of Rust type t,
// through a temporary when x is not addressable.
func (b *builder) addrOfValue(x ir.Expr, t Ty, span ast.Span) ir.Expr {
	switch x.(type) {
	case *ir.VarRef, *ir.Selector, *ir.Index:
		return &ir.Unary{Op: "&", X: x}
	}
	tmp := b.temp("v", t, span)
	b.emit(&ir.DeclStmt{Var: tmp, Value: x, Span: span})
	return &ir.Unary{Op: "&", X: &ir.VarRef{Var: tmp}}
}

// index lowers X[i] (bounds-checked with Rust's message) and X[a..b].
func (b *builder) index(e *ast.IndexExpr, asPlace bool) ir.Expr {
	if x, ok := b.indexStd(e); ok { // map[&k], deque[i] (std_coll.go)
		return x
	}
	if b.c.std != nil && b.c.std.userIndex[e] != nil {
		return b.indexUser(e, b.c.std.userIndex[e], asPlace)
	}
	var base ir.Expr
	if v, _, ok := b.derefOperand(e.X); ok { // guard[i], arc[i]
		base = v
	} else if asPlace {
		base = b.autoDeref(b.place(e.X), b.c.final(e.X))
	} else {
		base = b.autoDeref(b.read(e.X), b.c.final(e.X))
	}
	if r, ok := unparen(e.Index).(*ast.RangeExpr); ok {
		return b.rangeIndex(e, r, base) // std_vec.go
	}
	if !stableOperand(base) {
		// v[f()][i]: base is read twice (its length): f once.
		if asPlace {
			base = b.stablePlace(base, e.Span) // std_ops.go
		} else {
			base, *b.out = b.spill(base, *b.out)
		}
	}
	i := b.valueOf(e.Index)
	chk := &ir.Call{Fun: rt("CheckIndex"), Args: []ir.Expr{i,
		&ir.Call{Fun: &ir.Qual{Name: "len"}, Args: []ir.Expr{base}}, b.loc(b.indexSpan(e))}}
	return &ir.Index{X: base, Index: chk}
}

// indexUser lowers x[i] on a user type with `impl Index`: *x.index(i),
// or *x.index_mut(i) where x[i] is a place (written, borrowed mutably,
// a method's receiver) and the type has `impl IndexMut`.
func (b *builder) indexUser(e *ast.IndexExpr, fn *FnDef, asPlace bool) ir.Expr {
	a := b.c.autoDerefTy(b.c.final(e.X)).(*Adt)
	if m := a.Def.Traits["IndexMut"]["index_mut"]; asPlace && m != nil && len(m.Params) == 1 {
		fn = m
	}
	var idx ir.Expr
	vals := b.inOrder(2, func(i int) ir.Expr {
		if i == 0 {
			return b.methodRecv(e.X, fn)
		}
		idx = b.typed(b.valueOf(e.Index), b.goType(b.c.resolve(subst(fn.Params[0], b.c.opArgs[e]), true), e.Index.Pos()))
		return idx
	})
	call := b.callImpl(fn, vals[0], vals[1], b.loc(b.indexSpan(e)))
	if r, ok := fn.Ret.(*RefTy); ok && b.refIsPtr(r) {
		return &ir.Unary{Op: "*", X: call}
	}
	return call
}

// stableOperand reports whether evaluating Go value x twice is the same as
// once: it reads variables and fields, indexes them with bounds checks,
// converts and dereferences, and calls nothing else.
func stableOperand(x ir.Expr) bool {
	switch x := x.(type) {
	case *ir.VarRef, *ir.Lit, *ir.Qual:
		return true
	case *ir.Selector:
		return stableOperand(x.X)
	case *ir.Paren:
		return stableOperand(x.X)
	case *ir.Unary:
		return (x.Op == "*" || x.Op == "&") && stableOperand(x.X)
	case *ir.Convert:
		return stableOperand(x.X)
	case *ir.Index:
		return stableOperand(x.X) && stableOperand(x.Index)
	case *ir.Call:
		args := x.Args
		if sel, ok := x.Fun.(*ir.Selector); ok && x.Pure {
			args = append([]ir.Expr{sel.X}, args...)
		} else if q, ok := x.Fun.(*ir.Qual); !ok || !(q.Pkg == "" && q.Name == "len" || q.Pkg == "rt" && q.Name == "CheckIndex") {
			return false
		}
		return !slices.ContainsFunc(args, func(a ir.Expr) bool { return !stableOperand(a) })
	}
	return untyped(x)
}

func orZero(x ir.Expr) ir.Expr {
	if x == nil {
		return &ir.Lit{Value: int64(0)}
	}
	return x
}

func orLen(x ir.Expr, base ir.Expr) ir.Expr {
	if x == nil {
		return &ir.Convert{Type: &ir.Basic{Kind: ir.Uint}, X: &ir.Call{Fun: &ir.Qual{Name: "len"}, Args: []ir.Expr{base}}}
	}
	return x
}

// autoDeref strips pointer references from a value of Rust type t, as
// Rust's auto-deref does for indexing and method receivers.
func (b *builder) autoDeref(v ir.Expr, t Ty) ir.Expr {
	t = b.c.resolve(t, true)
	for {
		r, ok := t.(*RefTy)
		if !ok {
			return v
		}
		if b.refIsPtr(r) {
			if _, elemPtr := b.goType(r.Elem, ast.Span{}).(*ir.Pointer); !elemPtr {
				v = &ir.Unary{Op: "*", X: v}
			}
		}
		t = b.c.resolve(r.Elem, true)
	}
}
