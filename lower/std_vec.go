package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Vec and slice methods whose lowering depends on the element type (Go
// comparability, Ord, deep clone) or on a range argument.

func init() {
	intrinsics["vec_from"] = lowerVecFrom
	intrinsics["vec_extend"] = lowerVecExtend
	intrinsics["vec_extend_slice"] = lowerVecExtendSlice
	intrinsics["vec_drain"] = lowerVecDrain
	intrinsics["dedup"] = lowerDedup
	intrinsics["slice_get"] = lowerSliceGet
	intrinsics["slice_contains"] = lowerSliceContains
	intrinsics["next_if_eq"] = lowerNextIfEq
	intrinsics["slice_starts_with"] = lowerSliceStartsWith
	intrinsics["sort"] = lowerSort
	intrinsics["sort_by_key"] = lowerSortByKey
	intrinsics["binary_search"] = lowerBinarySearch
	intrinsics["binary_search_by_key"] = lowerBinarySearchByKey
	intrinsics["to_vec"] = lowerToVec
	intrinsics["concat"] = lowerConcat
	intrinsics["join"] = lowerJoin

	checkHooks["vec_from"] = hookVecFrom
	checkHooks["slice_get"] = hookSliceGet
	checkHooks["concat"] = hookConcat
	checkHooks["join"] = hookConcat
}

// sliceElem is the element type of a vector, array or slice type.
func sliceElem(t Ty) (Ty, bool) {
	switch x := t.(type) {
	case *Adt:
		if x.Def.Go["builtin"] == "slice" {
			return x.Args[0], true
		}
	case *SliceTy:
		return x.Elem, true
	case *ArrayTy:
		return x.Elem, true
	}
	return nil, false
}

func hookVecFrom(c *checker, h *hookCall) bool {
	src := ownArg(h.ci, 0)
	if !c.known(src) {
		return h.final
	}
	el, ok := sliceElem(c.derefAll(src))
	if !ok {
		if a, isAdt := c.shallow(src).(*Adt); isAdt && a.Def.Go["deque"] != "" {
			el, ok = a.Args[0], true
		} else if p, isPrim := c.derefAll(src).(*Prim); isPrim && p.Name == "str" {
			el, ok = tyU8, true
		}
	}
	if ok {
		c.unify(h.ci.args[0], el)
	}
	return true
}

// lowerVecFrom: Vec::from(array or slice) copies the elements.
func lowerVecFrom(b *builder, c *intrinsicCall) ir.Expr {
	src := b.c.final(c.args[0])
	x := b.autoDeref(b.valueOf(c.args[0]), src)
	switch t := b.c.derefAll(src).(type) {
	case *Adt:
		if t.Def.Go["deque"] != "" {
			return method(x, "Slice")
		}
		if t.Def.Go["builtin"] == "string" {
			return &ir.Convert{Type: &ir.Slice{Elem: &ir.Basic{Kind: ir.Uint8}}, X: x}
		}
	case *Prim:
		return &ir.Convert{Type: &ir.Slice{Elem: &ir.Basic{Kind: ir.Uint8}}, X: x}
	}
	if lit, ok := x.(*ir.CompositeLit); ok { // Vec::from([1, 2, 3])
		lit.Type = b.goType(b.c.final(c.e), c.e.Pos())
		return lit
	}
	return b.cloneExpr(x, b.c.derefAll(src), c.e.Pos())
}

// lowerVecExtend: v.extend(iterable) appends its items.
func lowerVecExtend(b *builder, c *intrinsicCall) ir.Expr {
	v := b.recvPlace(c.recv)
	arg := c.args[0]
	t := b.c.final(arg)
	var items ir.Expr
	el, isSlice := sliceElem(b.c.derefAll(t))
	if isSlice && !isRefOfPtr(b, t) {
		// A vector, array or slice (or a reference to one): append its
		// elements directly (the IntoIter coercion is not needed).
		items = b.autoDeref(b.expr(arg), t)
		_, isRef := b.c.resolve(t, true).(*RefTy)
		if !isRef { // moved in: its elements' drops are the vector's now
			switch x := unparen(arg).(type) {
			case *ast.PathExpr:
				if loc := b.c.refs[x]; loc != nil {
					b.movedUse(loc)
				}
			case *ast.FieldExpr:
				b.fieldMove(x)
			}
		}
		if isRef {
			if f := b.cloneFunc(el, c.e.Pos()); f != nil {
				items = call1("rt.CloneSlice", items, f)
			}
		}
	} else {
		items = method(b.valueOf(arg), "Collect") // an iterator (coerced from any iterable)
		if el := b.c.resolve(c.ci.args[0], true); b.l.holdsArray(el, 0) {
			if f := b.cloneFunc(el, c.e.Pos()); f != nil {
				items = call1("rt.CloneSlice", items, f) // v.extend(src.iter()) copies arrays
			}
		}
	}
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{v}, Op: "=", Rhs: []ir.Expr{&ir.Call{Fun: &ir.Qual{Name: "append"}, Args: []ir.Expr{v, items}, Spread: true}}, Span: c.e.Pos()})
	return nil
}

// isRefOfPtr reports whether t is a reference to a vector whose &T items
// are Go pointers (so its items are not the elements themselves).
func isRefOfPtr(b *builder, t Ty) bool {
	r, ok := b.c.resolve(t, true).(*RefTy)
	if !ok {
		return false
	}
	el, ok := sliceElem(b.c.resolve(r.Elem, true))
	return ok && b.refIsPtr(&RefTy{Elem: el})
}

// lowerVecExtendSlice: v.extend_from_slice(s) is v = append(v, s...) (with
// element clones where they own memory).
func lowerVecExtendSlice(b *builder, c *intrinsicCall) ir.Expr {
	v := b.recvPlace(c.recv)
	s := b.autoDeref(b.valueOf(c.args[0]), b.c.final(c.args[0]))
	if f := b.cloneFunc(c.ci.args[0], c.e.Pos()); f != nil {
		s = call1("rt.CloneSlice", s, f)
	}
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{v}, Op: "=", Rhs: []ir.Expr{&ir.Call{Fun: &ir.Qual{Name: "append"}, Args: []ir.Expr{v, s}, Spread: true}}, Span: c.e.Pos()})
	return nil
}

// lowerVecDrain: v.drain(range) removes the elements and iterates them.
// Where they have drop glue, the Drain drops those it does not yield: only
// a for loop over it is translated, which yields them all (a body that
// may leave early is unsupported: forIter).
func lowerVecDrain(b *builder, c *intrinsicCall) ir.Expr {
	if b.hasDropGlue(c.ci.args[0]) && b.loopIter != c.e {
		b.unsupported(c.e.Pos(), "`drain` of a Vec whose elements have drop glue, other than by a for loop")
	}
	v := b.recvPlace(c.recv)
	lo, hi := b.rangeBounds(c.args[0], v)
	return call1("rt.VecDrain", addrOfPlace(v), lo, hi)
}

// lowerDedup: v.dedup() with == or the element type's PartialEq; the
// duplicates it removes are dropped.
func lowerDedup(b *builder, c *intrinsicCall) ir.Expr {
	v := addrOfPlace(b.recvPlace(c.recv))
	el := c.ci.args[0]
	glue := b.hasDropGlue(el)
	if b.goComparable(el) && !glue {
		return call1("rt.VecDedup", v)
	}
	eq := b.eqFunc(el, c.e.Pos())
	gt := b.goType(el, c.e.Pos())
	x := &ir.Var{Name: "a", Type: &ir.Pointer{Elem: gt}, Temp: true}
	y := &ir.Var{Name: "b", Type: &ir.Pointer{Elem: gt}, Temp: true}
	f := &ir.FuncLit{Params: []*ir.Var{x, y}, Results: []ir.Type{ir.BoolType}, Body: &ir.Block{Stmts: []ir.Stmt{
		&ir.ReturnStmt{Results: []ir.Expr{&ir.Call{Fun: eq, Args: []ir.Expr{&ir.Unary{Op: "*", X: &ir.VarRef{Var: x}}, &ir.Unary{Op: "*", X: &ir.VarRef{Var: y}}}}}}}}}
	if glue { // the removed duplicates are dropped
		return call1("rt.VecDedupByDrop", v, f, b.elemDropFunc(el, c.e.Pos()))
	}
	return call1("rt.VecDedupBy", v, f)
}

func hookSliceGet(c *checker, h *hookCall) bool {
	idx := h.e.(*ast.MethodCallExpr).Args[0]
	ret := h.ret
	el := h.ci.args[0]
	if _, isRange := unparen(idx).(*ast.RangeExpr); isRange {
		c.unify(ret, c.stdAdt("option", "Option", &RefTy{Elem: &SliceTy{Elem: el}}))
		return true
	}
	c.unify(ownArg(h.ci, 0), tyUsize)
	c.unify(ret, c.stdAdt("option", "Option", &RefTy{Elem: el}))
	return true
}

// lowerSliceGet: v.get(i) / v.get(a..b).
func lowerSliceGet(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	if _, isRange := unparen(c.args[0]).(*ast.RangeExpr); isRange {
		lo, hi := b.rangeBounds(c.args[0], s)
		return call1("rt.GetRange", s, lo, hi)
	}
	i := b.typed(b.valueOf(c.args[0]), &ir.Basic{Kind: ir.Uint})
	if b.refIsPtr(&RefTy{Elem: c.ci.args[0]}) {
		return call1("rt.GetPtr", s, i)
	}
	return call1("rt.Get", s, i)
}

// valueArg lowers an argument passed as &T where the callee wants the T:
// a Go pointer reference is dereferenced.
func (b *builder) valueArg(e ast.Expr, want Ty) ir.Expr {
	x := b.autoDeref(b.valueOf(e), b.c.final(e))
	if untyped(x) {
		x = b.typed(x, b.goType(want, e.Pos()))
	}
	return x
}

// lowerSliceContains: v.contains(&x) with slices.Contains where Go's ==
// is Rust's.
func lowerSliceContains(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	el := c.ci.args[0]
	x := b.valueArg(c.args[0], el)
	if b.goComparable(el) {
		return call1("slices.Contains", s, x)
	}
	return call1("rt.SliceContainsFunc", s, x, b.eqFunc(el, c.e.Pos()))
}

// lowerNextIfEq: it.next_if_eq(&x), by the item type's PartialEq.
func lowerNextIfEq(b *builder, c *intrinsicCall) ir.Expr {
	it := b.recvValue(c.recv)
	el := c.ci.args[0]
	return method(it, "NextIfEq", b.valueArg(c.args[0], el), b.eqFunc(el, c.e.Pos()))
}

// lowerSliceStartsWith: v.starts_with(&[..]) / ends_with.
func lowerSliceStartsWith(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	p := b.autoDeref(b.valueOf(c.args[0]), b.c.final(c.args[0]))
	el := c.ci.args[0]
	n := &ir.Call{Fun: &ir.Qual{Name: "len"}, Args: []ir.Expr{p}}
	ls := &ir.Call{Fun: &ir.Qual{Name: "len"}, Args: []ir.Expr{s}}
	var part ir.Expr
	if c.ci.fn.Go["suffix"] != "" {
		part = &ir.SliceExpr{X: s, Lo: &ir.Binary{Op: "-", X: ls, Y: n}}
	} else {
		part = &ir.SliceExpr{X: s, Hi: n}
	}
	eq := ir.Expr(call1("slices.Equal", part, p))
	if !b.goComparable(el) {
		eq = &ir.Call{Fun: &ir.Call{Fun: rt("EqSlice"), Args: []ir.Expr{b.eqFunc(el, c.e.Pos())}}, Args: []ir.Expr{part, p}}
	}
	return &ir.Binary{Op: "&&", X: &ir.Binary{Op: ">=", X: ls, Y: n}, Y: eq}
}

// lowerSort: v.sort() / sort_unstable() by the element type's Ord.
func lowerSort(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	el := b.c.resolve(c.ci.args[0], true)
	for { // &str, &i32: ordered as the values they are in Go
		r, ok := el.(*RefTy)
		if !ok || b.isGoPtr(r) {
			break
		}
		el = b.c.resolve(r.Elem, true)
	}
	if p, ok := el.(*Prim); ok && (isInt(p) || p.Name == "char" || p.Name == "str") {
		return call1("slices.Sort", s)
	}
	if a, ok := el.(*Adt); ok && a.Def.Go["builtin"] == "string" {
		return call1("slices.Sort", s)
	}
	fn := "slices.SortStableFunc"
	if c.ci.fn.Go["unstable"] != "" {
		fn = "slices.SortFunc"
	}
	return call1(fn, s, b.cmpFunc(el, c.e.Pos()))
}

// lowerSortByKey: v.sort_by_key(f) compares keys with their Ord.
func lowerSortByKey(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	args := b.stdArgs(c, false)
	return call1(c.ci.fn.Go["func"], s, args[0], b.cmpFunc(ownArg(c.ci, 0), c.e.Pos()))
}

// lowerBinarySearch: v.binary_search(&x) by the element type's Ord.
func lowerBinarySearch(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	el := c.ci.args[0]
	return call1("rt.BinarySearch", s, b.valueArg(c.args[0], el), b.cmpFunc(el, c.e.Pos()))
}

// lowerBinarySearchByKey: v.binary_search_by_key(&b, f) by the key
// type's Ord.
func lowerBinarySearchByKey(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	fn, key := c.ci.fn, ownArg(c.ci, 0)
	x := b.valueArg(c.args[0], key)
	f := b.operand(c.args[1])
	if bound := b.c.fnBoundOf(fn, fn.Params[1], c.ci.args); bound != nil {
		f = b.adaptClosure(f, bound, false, false)
	}
	return call1("rt.BinarySearchByKey", s, x, f, b.cmpFunc(key, c.e.Pos()))
}

// lowerToVec: s.to_vec() / to_owned() copies the elements (deeply where
// they own memory).
func lowerToVec(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	return b.cloneSlice(s, c.ci.args[0], c.e.Pos())
}

// hookConcat: [[T]].concat() is Vec<T>, [&str].concat()/join(sep) is a
// String.
func hookConcat(c *checker, h *hookCall) bool {
	el := h.ci.args[0]
	if !c.known(el) {
		return h.final
	}
	ret := h.ret
	if _, ok := c.derefAll(el).(*Prim); ok || isStringTy(c.derefAll(el)) {
		c.unify(ret, c.stdAdt("string", "String"))
		return true
	}
	if inner, ok := sliceElem(c.derefAll(el)); ok {
		c.unify(ret, c.stdAdt("vec", "Vec", inner))
		return true
	}
	c.unsupported(h.e.Pos(), "`%s` of `[%s]`", h.ci.fn.Name, c.resolve(el, false))
	return true
}

func isStringTy(t Ty) bool {
	a, ok := t.(*Adt)
	return ok && a.Def.Go["builtin"] == "string"
}

// lowerConcat: strings.Join(s, "") or rt.Concat for vectors.
func lowerConcat(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	el := b.c.derefAll(b.c.resolve(c.ci.args[0], true))
	if _, ok := el.(*Prim); ok || isStringTy(el) {
		return call1("strings.Join", s, &ir.Lit{Value: ""})
	}
	return call1("rt.Concat", s)
}

// lowerJoin: strings.Join(s, sep) or rt.JoinSlices for vectors.
func lowerJoin(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	sep := b.autoDeref(b.valueOf(c.args[0]), b.c.final(c.args[0]))
	el := b.c.derefAll(b.c.resolve(c.ci.args[0], true))
	sepT := b.c.derefAll(b.c.resolve(b.c.final(c.args[0]), true))
	if _, ok := el.(*Prim); ok || isStringTy(el) {
		p, isPrim := sepT.(*Prim)
		switch {
		case isPrim && p.Name == "char":
			sep = &ir.Call{Fun: &ir.Qual{Name: "string"}, Args: []ir.Expr{sep}}
		case !(isPrim && p.Name == "str") && !isStringTy(sepT):
			b.errorf(c.args[0].Pos(), "E0308", "mismatched types: expected `&str`, found `%s`", sepT)
		}
		return call1("strings.Join", s, sep)
	}
	inner, ok := sliceElem(el)
	switch {
	case ok && sameGo(b.goType(sepT, c.e.Pos()), b.goType(inner, c.e.Pos())): // v.join(&0): one element
		sep = &ir.CompositeLit{Type: &ir.Slice{Elem: b.goType(inner, c.e.Pos())}, Elems: []ir.Expr{b.typed(sep, b.goType(inner, c.e.Pos()))}}
	case !ok || !sameGo(b.goType(sepT, c.e.Pos()), b.goType(el, c.e.Pos())):
		b.unsupported(c.e.Pos(), "`join` of `%s` with `%s`", el, sepT)
	}
	return call1("rt.JoinSlices", s, sep)
}

// rangeIndex lowers v[a..b], v[a..=b], v[..], s[a..b] with Rust's panics:
// rt.Slice / rt.SliceInclusive on slices, rt.StrSlice /
// rt.StrSliceInclusive on str (char boundaries).
func (b *builder) rangeIndex(e *ast.IndexExpr, r *ast.RangeExpr, base ir.Expr) ir.Expr {
	u := &ir.Basic{Kind: ir.Uint}
	var lo, hi ir.Expr
	if r.Lo != nil {
		lo = b.typed(b.operand(r.Lo), u)
	}
	if r.Hi != nil {
		hi = b.typed(b.operand(r.Hi), u)
	}
	name := "Slice"
	if p, ok := b.c.derefAll(b.c.final(e)).(*Prim); ok && p.Name == "str" {
		name = "StrSlice"
	}
	if r.Lo == nil && r.Hi == nil {
		return base // v[..]
	}
	loc := b.loc(b.indexSpan(e))
	if r.Inclusive && hi != nil {
		name += "Inclusive"
		return call1("rt."+name, base, orZero(lo), hi, loc)
	}
	return call1("rt."+name, base, orZero(lo), orLen(hi, base), loc)
}

// indexSpan is where Rust reports a failed index: the expression for the
// built-in indexing of arrays and slices by usize, the '[' for an Index
// impl (Vec, String, str and slice ranges, maps).
func (b *builder) indexSpan(e *ast.IndexExpr) ast.Span {
	if _, isRange := unparen(e.Index).(*ast.RangeExpr); !isRange {
		switch b.c.derefAll(b.c.final(e.X)).(type) {
		case *SliceTy, *ArrayTy:
			return e.Span
		}
	}
	src := b.l.file.Src
	for i := e.X.Pos().End; i < len(src) && i < e.Span.End; i++ {
		if src[i] == '[' {
			return ast.Span{Start: i, End: i + 1}
		}
	}
	return e.Span
}
