package lower

import (
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Iterators. Every Rust iterator is an *rt.Iter[T] (rt/iter_core.go):
// slices, strings, ranges and collections make one, adapters and
// consumers are rt methods and functions. A `for` loop over a vector or a
// slice ranges over the Go slice directly; over any other iterable it
// ranges over the iterator's All().

func init() {
	intrinsics["iter_self"] = lowerIterSelf
	intrinsics["into_iter"] = lowerIntoIter
	intrinsics["flatten"] = lowerFlatten
	intrinsics["iter_copied"] = lowerIterCopied
	intrinsics["iter_sum"] = lowerIterSum
	intrinsics["iter_minmax"] = lowerIterMinMax
	intrinsics["iter_by_key"] = lowerIterByKey
	intrinsics["collect"] = lowerCollect
	intrinsics["unzip"] = lowerUnzip

	checkHooks["into_iter"] = hookIntoIter
	checkHooks["flatten"] = hookFlatten
	checkHooks["iter_copied"] = hookCopied
	checkHooks["iter_sum"] = hookSum
	checkHooks["try_fold"] = hookTryFold
	checkHooks["collect"] = hookCollect
	checkHooks["unzip"] = hookUnzip
	checkHooks["partition"] = hookPartition
}

// ownArg is the i-th generic of the called fn after its owner's.
func ownArg(ci *callInfo, i int) Ty { return ci.args[ci.fn.NOwner+i] }

func hookIntoIter(c *checker, h *hookCall) bool {
	recv := h.e.(*ast.MethodCallExpr).Recv
	elem, ok := c.intoIterElem(c.types[recv])
	if !ok {
		if h.final {
			c.unsupported(h.e.Pos(), "`into_iter` on `%s`", c.resolve(c.types[recv], false))
		}
		return h.final
	}
	c.unify(ownArg(h.ci, 0), elem)
	return true
}

func hookFlatten(c *checker, h *hookCall) bool {
	item := h.ci.args[0]
	if !c.known(item) {
		return h.final
	}
	elem, ok := c.intoIterElem(item)
	if !ok {
		c.unsupported(h.e.Pos(), "`flatten` of items `%s`", c.resolve(item, false))
		return true
	}
	c.unify(ownArg(h.ci, 0), elem)
	return true
}

func hookCopied(c *checker, h *hookCall) bool {
	item := h.ci.args[0]
	if !c.known(item) {
		return h.final
	}
	c.unify(ownArg(h.ci, 0), c.derefTy(item))
	return true
}

// hookTryFold: try_fold's closure returns Option<A> or Result<A, E>
// (try_for_each's Option<()> or Result<(), E>); other types are not
// modelled.
func hookTryFold(c *checker, h *hookCall) bool {
	own := h.ci.args[h.ci.fn.NOwner:] // try_fold<A, F, R>, try_for_each<F, R>
	r := own[len(own)-1]
	if h.expected != nil && !c.known(r) {
		c.unify(r, h.expected)
	}
	acc := Ty(tyUnit)
	if h.ci.fn.Name == "try_fold" {
		acc = own[0]
	}
	switch rt := c.shallow(r).(type) {
	case *Adt:
		switch rt.Def.Go["type"] {
		case "rt.Option", "rt.Result":
			if !c.unify(rt.Args[0], acc) {
				c.mismatch(h.e.Pos(), acc, rt.Args[0])
			}
			return true
		}
		c.unsupported(h.e.Pos(), "`%s` whose closure returns `%s`", h.ci.fn.Name, c.resolve(r, false))
		return true
	}
	return h.final
}

func hookSum(c *checker, h *hookCall) bool {
	s := ownArg(h.ci, 0)
	if h.expected != nil && !c.known(s) {
		c.unify(s, h.expected)
	}
	item := h.ci.args[0]
	if c.known(s) {
		// Sum<A> for S exists for the numbers, with A = S and A = &S,
		// and for a user type where it has the impl (userSum).
		a, ref, mutRef := item, false, false
		if r, ok := c.shallow(item).(*RefTy); ok {
			a, ref, mutRef = r.Elem, true, r.Mut
		}
		st := c.resolve(s, false)
		if tryNumber(st) != nil {
			// Sum<Result<U, E>> for Result<T, E> where T: Sum<U> (and
			// Option): the items are of the sum's own type here.
			if mutRef || ref || !c.unify(a, s) {
				c.sumError(h, s, item)
			}
			return true
		}
		if adt, ok := st.(*Adt); ok && !adt.Def.Std {
			if mutRef || userSum(adt, h.ci.fn, ref) == nil || !c.unify(a, s) {
				c.sumError(h, s, item)
			}
			return true
		}
		if (!isInt(st) && !isFloat(st)) || mutRef || !c.unify(a, s) {
			c.sumError(h, s, item)
		}
		return true
	}
	if r, ok := c.shallow(item).(*RefTy); ok && r.Mut { // no Sum<&mut A>
		c.sumError(h, s, item)
		return true
	}
	if h.final || c.known(item) { // nothing asks: the item's type
		c.unify(s, c.derefAll(item))
		return c.known(s) || h.final
	}
	return false
}

// userSum is the sum (product) function of user type s's `impl Sum`
// (`impl Product`), of `Sum<&S>` where ref is set, or nil.
func userSum(s *Adt, method *FnDef, ref bool) *FnDef {
	key, name := "Sum", "sum"
	if method.Go["product"] != "" {
		key, name = "Product", "product"
	}
	if ref {
		key += "Ref"
	}
	return s.Def.Traits[key][name]
}

// tryNumber is the number type a Result<T, E> or an Option<T> holds, a
// sum or product of which stops at the first Err or None; else nil.
func tryNumber(t Ty) Ty {
	adt, ok := t.(*Adt)
	if !ok || !adt.Def.Std || len(adt.Args) == 0 {
		return nil
	}
	switch adt.Def.Go["type"] {
	case "rt.Result", "rt.Option":
		if n := adt.Args[0]; isInt(n) || isFloat(n) {
			return n
		}
	}
	return nil
}

// sumError reports a sum or product rustc has no Sum/Product impl for.
func (c *checker) sumError(h *hookCall, s, item Ty) {
	sp, name := h.e.Pos(), "sum"
	if m, ok := h.e.(*ast.MethodCallExpr); ok {
		sp, name = m.Name.Span, m.Name.Name
	}
	s, item = c.resolve(s, false), c.resolve(item, false)
	if adt, ok := s.(*Adt); ok && adt.Def.Std {
		switch adt.Def.Name {
		case "Duration", "Option", "Result", "Wrapping", "Saturating": // std has these impls
			c.unsupported(sp, "`%s` into `%s`", name, s)
			return
		}
	}
	if h.ci.fn.Go["product"] != "" {
		c.errorf(sp, "E0277", "a value of type `%s` cannot be made by multiplying all elements of type `%s` from an iterator", s, item)
		return
	}
	c.errorf(sp, "E0277", "a value of type `%s` cannot be made by summing an iterator over elements of type `%s`", s, item)
}

func hookUnzip(c *checker, h *hookCall) bool {
	a, bb := ownArg(h.ci, 0), ownArg(h.ci, 1)
	c.unify(h.ci.args[0], &TupleTy{Elems: []Ty{a, bb}})
	done := true
	for i := 2; i < 4; i++ {
		from := ownArg(h.ci, i)
		if !c.known(from) {
			if !h.final {
				done = false
				continue
			}
			c.unify(from, c.stdAdt("vec", "Vec", ownArg(h.ci, i-2)))
		}
		c.linkCollect(from, ownArg(h.ci, i-2), h.e.Pos()) // (Vec<_>, Vec<_>): the elements
	}
	return done
}

// hookCollect relates collect's target B to the items T: Vec<T>,
// HashMap<K, V> from (K, V), String from chars or strings,
// Result<Vec<T>, E> from Result<T, E> items, ...
func hookCollect(c *checker, h *hookCall) bool {
	target := ownArg(h.ci, 0)
	if h.expected != nil && !c.known(target) {
		c.unify(target, h.expected)
	}
	if !c.known(target) || !h.final && !c.collectKnown(target) {
		return false
	}
	c.linkCollect(target, h.ci.args[0], h.e.Pos())
	return true
}

// collectKnown reports whether the collection inside a Result or Option
// target is known: collect::<Result<_, _>>()? learns it from the `?`.
func (c *checker) collectKnown(target Ty) bool {
	for {
		t, ok := c.shallow(target).(*Adt)
		if !ok {
			return c.known(target)
		}
		if g := t.Def.Go["type"]; g != "rt.Result" && g != "rt.Option" {
			return true
		}
		target = t.Args[0]
	}
}

func (c *checker) linkCollect(target, item Ty, s ast.Span) {
	t, ok := c.shallow(target).(*Adt)
	if !ok {
		c.unsupported(s, "`collect` into `%s`", c.resolve(target, false))
		return
	}
	g := t.Def.Go
	switch {
	case g["builtin"] == "slice", g["set"] != "", g["deque"] != "", g["heap"] != "":
		if !c.unify(t.Args[0], item) {
			c.mismatch(s, t.Args[0], item)
		}
	case g["map"] != "":
		if !c.unify(&TupleTy{Elems: []Ty{t.Args[0], t.Args[1]}}, item) {
			c.errorf(s, "E0277", "a value of type `%s` cannot be built from an iterator over elements of type `%s`", c.resolve(target, false), c.resolve(item, false))
		}
	case g["builtin"] == "string":
		it := c.resolve(item, true)
		if r, ok := it.(*RefTy); ok {
			it = c.resolve(r.Elem, true)
		}
		switch x := it.(type) {
		case *TyVar:
		case *Prim:
			if x.Name != "char" && x.Name != "str" {
				c.errorf(s, "E0277", "a value of type `String` cannot be built from an iterator over elements of type `%s`", c.resolve(item, false))
			}
		default:
			if !isStringTy(x) {
				c.errorf(s, "E0277", "a value of type `String` cannot be built from an iterator over elements of type `%s`", c.resolve(item, false))
			}
		}
	case g["type"] == "rt.Result":
		inner := c.newVar(GeneralVar)
		c.unify(item, &Adt{Def: t.Def, Args: []Ty{inner, t.Args[1]}})
		c.linkCollect(t.Args[0], inner, s)
	case g["type"] == "rt.Option":
		inner := c.newVar(GeneralVar)
		c.unify(item, &Adt{Def: t.Def, Args: []Ty{inner}})
		c.linkCollect(t.Args[0], inner, s)
	default:
		c.unsupported(s, "`collect` into `%s`", c.resolve(target, false))
	}
}

// iterOf lowers an iterable expression to an *rt.Iter.
func (b *builder) iterOf(e ast.Expr) ir.Expr {
	if r, ok := unparen(e).(*ast.RangeExpr); ok {
		return b.rangeValue(r)
	}
	t := b.c.final(e)
	if r, isRef := t.(*RefTy); isRef && b.hasSmartDeref(t) {
		v, inner := b.autoDerefAll(b.read(e), t)
		return b.toIter(v, &RefTy{Mut: r.Mut, Elem: inner}, e.Pos())
	}
	var x ir.Expr
	if _, isRef := t.(*RefTy); isRef {
		x = b.read(e)
	} else {
		x = b.valueOf(e)
	}
	return b.toIter(x, t, e.Pos())
}

// toIter converts x, a Go value of Rust type t, to an *rt.Iter of t's
// IntoIterator items.
func (b *builder) toIter(x ir.Expr, t Ty, span ast.Span) ir.Expr {
	switch tt := b.c.resolve(t, true).(type) {
	case *Adt:
		g := tt.Def.Go
		switch {
		case tt.Def.IterItem != nil:
			return b.userIter(x, tt, false, span)
		case g["type"] == "rt.Iter":
			return x
		case g["builtin"] == "slice":
			return call1("rt.SliceIter", x)
		case g["map"] != "", g["set"] != "", g["deque"] != "", g["heap"] != "":
			return method(x, "Iter")
		case g["type"] == "rt.Option":
			return call1("rt.OptionIter", x)
		}
	case *ArrayTy:
		return call1("rt.SliceIter", x)
	case *RefTy:
		xv := b.autoDeref(x, tt)
		inner := b.c.resolve(tt.Elem, true)
		switch y := inner.(type) {
		case *Adt:
			g := y.Def.Go
			switch {
			case y.Def.IterItem != nil && tt.Mut: // for x in &mut counter
				return b.userIter(x, y, true, span)
			case g["type"] == "rt.Iter":
				return xv
			case g["builtin"] == "slice":
				return b.sliceIterOf(xv, y.Args[0], tt.Mut)
			case g["map"] != "":
				if b.refIsPtr(&RefTy{Mut: tt.Mut, Elem: y.Args[1]}) {
					return method(xv, "IterMut")
				}
				return method(xv, "Iter")
			case g["deque"] != "":
				if b.refIsPtr(&RefTy{Mut: tt.Mut, Elem: y.Args[0]}) {
					return method(xv, "IterMut")
				}
				return method(xv, "Iter")
			case g["set"] != "", g["heap"] != "":
				return method(xv, "Iter")
			case g["type"] == "rt.Option" && !tt.Mut && !b.refIsPtr(&RefTy{Elem: y.Args[0]}):
				return call1("rt.OptionIter", xv)
			}
		case *SliceTy:
			return b.sliceIterOf(xv, y.Elem, tt.Mut)
		case *ArrayTy:
			return b.sliceIterOf(xv, y.Elem, tt.Mut)
		case *RefTy:
			return b.toIter(xv, y, span)
		}
	}
	b.unsupported(span, "iterating over `%s`", t)
	return x
}

// sliceIterOf iterates a slice by reference: element values where &T is
// T in Go, pointers to the elements otherwise (also for &mut, unless
// the element is a Go pointer, map or func: &mut T is then T).
func (b *builder) sliceIterOf(s ir.Expr, elem Ty, mut bool) ir.Expr {
	if b.refIsPtr(&RefTy{Mut: mut, Elem: elem}) {
		return call1("rt.SliceRefIter", s)
	}
	return call1("rt.SliceIter", s)
}

// rangeValue lowers lo..hi / lo..=hi used as a value: an iterator.
func (b *builder) rangeValue(r *ast.RangeExpr) ir.Expr {
	t := b.c.final(r)
	adt, _ := t.(*Adt)
	if adt == nil || r.Lo == nil {
		b.unsupported(r.Span, "range used as a value")
		return b.unitValue()
	}
	elem := b.c.resolve(adt.Args[0], true)
	if p, ok := elem.(*Prim); !ok || !isInt(p) && p.Name != "char" {
		// rt's ranges are of integers and chars (`f()..` of a unit, ..).
		b.unsupported(r.Span, "range of `%s`", elem)
		return b.unitValue()
	}
	et := b.goType(elem, r.Span)
	lo := b.typed(b.operand(r.Lo), et)
	if r.Hi == nil {
		return call1("rt.RangeFrom", lo)
	}
	hi := b.typed(b.operand(r.Hi), et)
	if p, ok := elem.(*Prim); ok && p.Name == "char" {
		return call1("rt.CharRange", lo, hi, &ir.Lit{Value: r.Inclusive})
	}
	if r.Inclusive {
		return call1("rt.RangeIncl", lo, hi)
	}
	return call1("rt.Range", lo, hi)
}

// intoIterValue converts a value passed where an IntoIter<T> parameter
// is expected (the coercion recorded by intoIterCoercible).
func (b *builder) intoIterValue(e ast.Expr, x ir.Expr, want Ty) (ir.Expr, bool) {
	w, ok := b.c.resolve(want, true).(*Adt)
	if !ok || w.Def.Go["into_iter"] == "" {
		return nil, false
	}
	if r, ok := unparen(e).(*ast.RangeExpr); ok {
		return b.rangeValue(r), true
	}
	return b.toIter(x, b.c.final(e), e.Pos()), true
}

// forIter lowers `for pat in x` over the iterable std value types. It
// reports whether x is one.
func (b *builder) forIter(e *ast.ForExpr) bool {
	t := b.c.final(e.Iter)
	elem, ok := b.c.intoIterElem(t)
	if !ok {
		return false
	}
	elem = b.c.resolve(elem, true)
	if b.enumerateLoop(e) {
		return true
	}
	if m, isCall := unparen(e.Iter).(*ast.MethodCallExpr); isCall && m.Name.Name == "into_iter" && len(m.Args) == 0 {
		// for x in v.into_iter(): as for x in v where the elements' drops
		// matter.
		xt := b.c.resolve(b.c.final(m.Recv), true)
		if _, isRef := xt.(*RefTy); !isRef && b.hasDropGlue(xt) {
			if s, selem, _, ok := b.sliceLoop(m.Recv, xt); ok {
				b.forOwned(e, s, selem, elem)
				return true
			}
		}
	}
	s, selem, mut, ok := b.sliceLoop(e.Iter, t)
	if x, isIter := sliceIterCall(b, e.Iter); isIter { // for x in v.iter(): as for x in &v
		xt := b.c.final(x)
		s = b.autoDeref(b.read(x), xt)
		selem, _ = sliceElem(b.c.derefAll(xt))
		mut = unparen(e.Iter).(*ast.MethodCallExpr).Name.Name == "iter_mut"
		ok = true
	}
	if ok {
		// for x in v / &v / &mut v: range over the Go slice.
		if b.refIsPtr(&RefTy{Mut: mut, Elem: selem}) && (mut || isRefTy(elem)) {
			idx := &ir.Var{Name: "i", Type: &ir.Basic{Kind: ir.Int}, Temp: true}
			ptr := &ir.Unary{Op: "&", X: &ir.Index{X: s, Index: &ir.VarRef{Var: idx}}}
			body := b.forBody(e, elem, ptr)
			b.emit(&ir.RangeStmt{Label: b.loopLabel(e.Label, body), Key: idx, X: s, Body: body, Span: e.Span})
			return true
		}
		if !isRefTy(t) && !mut && b.hasDropGlue(selem) {
			b.forOwned(e, s, selem, elem)
			return true
		}
		v, body := b.forBodyVar(e, elem)
		b.emit(&ir.RangeStmt{Label: b.loopLabel(e.Label, body), Value: v, X: s, Body: body, Span: e.Span})
		return true
	}
	saved := b.loopIter
	b.loopIter = unparen(e.Iter)
	it := b.iterOf(e.Iter)
	b.loopIter = saved
	v, body := b.forBodyVar(e, elem)
	if leaves(body) {
		if a, ok := t.(*Adt); ok && isCollection(a.Def) && b.hasDropGlue(a) {
			b.unsupported(e.Span, "leaving a loop over a `%s` early (the drops of the elements it has not reached)", a)
		} else if src, ok := b.glueSource(e.Iter); ok {
			b.unsupported(e.Span, "leaving a loop over `%s` early (the drops of the elements it has not reached)", src)
		}
	}
	if b.fuseFor(e, it, v, body) {
		return true
	}
	b.emit(&ir.RangeStmt{Label: b.loopLabel(e.Label, body), Key: v, X: method(it, "All"), Body: body, Span: e.Span})
	return true
}

// ownerIters are the methods that make an iterator owning a collection's
// elements; passIters the adapters and consumers that pass each of them
// on (to a closure, a collection or the next adapter) and exhaust it.
var (
	ownerIters = map[string]bool{"into_iter": true, "drain": true, "into_values": true, "into_keys": true}
	passIters  = map[string]bool{"map": true, "filter_map": true, "flat_map": true, "enumerate": true, "rev": true,
		"chain": true, "inspect": true, "collect": true, "for_each": true, "fold": true, "partition": true, "unzip": true}
)

// discardIters are the iterator methods that take items from their
// iterator and drop some (filter the ones it rejects, count all of them,
// max all but one, ...).
var discardIters = map[string]bool{"filter": true, "count": true, "last": true, "nth": true, "nth_back": true,
	"skip": true, "skip_while": true, "step_by": true, "find": true, "rfind": true, "take_while": true,
	"max": true, "min": true, "max_by": true, "min_by": true, "max_by_key": true, "min_by_key": true}

// discardedItem reports the item type of iterator method call m when m
// drops items and they have drop glue, which rt's iterators do not run.
func (b *builder) discardedItem(m *ast.MethodCallExpr) (Ty, bool) {
	if !discardIters[m.Name.Name] {
		return nil, false
	}
	it, ok := b.c.resolve(b.c.final(m.Recv), true).(*Adt)
	if !ok || it.Def.Go["type"] != "rt.Iter" || len(it.Args) != 1 || !b.hasDropGlue(it.Args[0]) {
		return nil, false
	}
	return it.Args[0], true
}

// glueSource finds, down the receiver chain of iterator expression e
// through passIters, an owning iterator over elements with drop glue:
// Rust drops the elements such an iterator does not yield when it drops,
// which rt's iterators do not model.
func (b *builder) glueSource(e ast.Expr) (string, bool) {
	for {
		m, ok := unparen(e).(*ast.MethodCallExpr)
		if !ok {
			return "", false
		}
		if ownerIters[m.Name.Name] {
			t := b.c.resolve(b.c.final(m.Recv), true)
			if _, isRef := t.(*RefTy); !isRef && b.hasDropGlue(t) {
				return m.Name.Name + "` of a `" + t.String(), true
			}
			return "", false
		}
		if !passIters[m.Name.Name] {
			return "", false
		}
		e = m.Recv
	}
}

// leaves reports whether a loop body may leave the loop before its end: it
// holds a break, a labeled continue or a return (a conservative test: a
// break of an inner loop counts too).
func leaves(body *ir.Block) bool {
	found := false
	ir.Inspect(body, func(n any) bool {
		switch n := n.(type) {
		case *ir.ReturnStmt:
			found = true
		case *ir.BranchStmt:
			found = found || n.Tok == "break" || n.Label != ""
		case *ir.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// forOwned lowers `for x in v` over a vector or array whose elements have
// drop glue: the elements the loop has not reached are dropped when it is
// left (by break, return, ?, a panic or normally: none then), as Rust's
// IntoIter drops them.
//
//	items := v
//	next := 0
//	frame.Set(k, rt.DropFunc(func() { drop items[next:] }))
//	for i, x := range items { next = i + 1; ... }
//	frame.Drop(k)
func (b *builder) forOwned(e *ast.ForExpr, s ir.Expr, selem, elem Ty) {
	b.pushScope(false, "")
	vec := b.c.stdAdt("vec", "Vec", selem)
	items := b.temp("items", vec, e.Span)
	b.emit(&ir.DeclStmt{Var: items, Value: s, Span: e.Span})
	intT := &ir.Basic{Kind: ir.Int}
	next := &ir.Var{Name: "next", Type: intT, Temp: true, Span: e.Span}
	b.emit(&ir.DeclStmt{Var: next, Value: &ir.Lit{Value: int64(0)}, Span: e.Span}) // an int
	rest := &ir.SliceExpr{X: &ir.VarRef{Var: items}, Lo: &ir.VarRef{Var: next}}
	b.scopeOwns(b.newSlot(nil, nil, b.dropCall(rest, vec)))
	idx := &ir.Var{Name: "i", Type: intT, Temp: true, Span: e.Span}
	v, body := b.forBodyVar(e, elem)
	step := &ir.AssignStmt{Lhs: []ir.Expr{&ir.VarRef{Var: next}}, Op: "=", Rhs: []ir.Expr{&ir.Binary{Op: "+", X: &ir.VarRef{Var: idx}, Y: &ir.Lit{Value: int64(1)}}}, Span: e.Span}
	body.Stmts = append([]ir.Stmt{step}, body.Stmts...)
	b.emit(&ir.RangeStmt{Label: b.loopLabel(e.Label, body), Key: idx, Value: v, X: &ir.VarRef{Var: items}, Body: body, Span: e.Span})
	b.popScope()
}

func isRefTy(t Ty) bool {
	_, ok := t.(*RefTy)
	return ok
}

// sliceLoop recognizes a for loop over a vector, array or slice (by value
// or by reference) and lowers the Go slice to range over.
func (b *builder) sliceLoop(x ast.Expr, t Ty) (ir.Expr, Ty, bool, bool) {
	elemOf := func(t Ty) (Ty, bool) {
		switch y := t.(type) {
		case *Adt:
			if y.Def.Go["builtin"] == "slice" {
				return y.Args[0], true
			}
		case *SliceTy:
			return y.Elem, true
		case *ArrayTy:
			return y.Elem, true
		}
		return nil, false
	}
	if r, ok := t.(*RefTy); ok {
		if b.hasSmartDeref(t) {
			inner := b.c.autoDerefTy(t)
			el, ok := elemOf(inner)
			if !ok {
				return nil, nil, false, false
			}
			v, _ := b.autoDerefAll(b.read(x), t)
			return v, el, r.Mut, true
		}
		el, ok := elemOf(b.c.resolve(r.Elem, true))
		if !ok {
			return nil, nil, false, false
		}
		return b.autoDeref(b.read(x), t), el, r.Mut, true
	}
	el, ok := elemOf(t)
	if !ok {
		return nil, nil, false, false
	}
	return b.valueOf(x), el, false, true
}

// forBodyVar makes the loop variable of a for pattern over items of type
// elem and lowers the body (binding a non-trivial pattern from it).
func (b *builder) forBodyVar(e *ast.ForExpr, elem Ty) (*ir.Var, *ir.Block) {
	if ip, isIdent := e.Pat.(*ast.IdentPat); isIdent && ip.Sub == nil && !ip.Ref && b.c.unitItem(ip) == nil {
		v, prefix := b.loopVar(e.Pat, elem, e.Span)
		loc := b.c.locals[ip]
		body := b.loopBody(e.Body, e.Label, func() {
			*b.out = append(*b.out, prefix...)
			b.registerLocal(loc, b.vars[loc])
		})
		return v, body
	}
	v := &ir.Var{Name: "item", Type: b.goType(elem, e.Span), Temp: true}
	return v, b.forBody(e, elem, &ir.VarRef{Var: v})
}

// forBody lowers the body of a for loop whose item is the Go value x.
func (b *builder) forBody(e *ast.ForExpr, elem Ty, x ir.Expr) *ir.Block {
	return b.loopBody(e.Body, e.Label, func() {
		if ip, isIdent := e.Pat.(*ast.IdentPat); isIdent && ip.Sub == nil && !ip.Ref && b.c.unitItem(ip) == nil {
			loc := b.c.locals[ip]
			v := b.bindVar(loc, ip.Name.Span)
			b.emit(&ir.DeclStmt{Var: v, Value: x, Span: e.Span})
			b.registerLocal(loc, v)
			return
		}
		b.bindLoopPat(e.Pat, x, elem, e.Span)
	})
}

// bindLoopPat binds a for loop's pattern p (not a plain binding) to the
// item x of type elem. An owned item with drop glue is the iteration's:
// what p leaves of it (`for _ in v`, `for (_, n) in w`) drops at the end
// of the iteration, as the scrutinee of Rust's desugared match does.
func (b *builder) bindLoopPat(p ast.Pat, x ir.Expr, elem Ty, span ast.Span) {
	owner := -1
	if _, leaves := b.patTakes(p); leaves && b.hasDropGlue(elem) { // (a pattern moving all of it: its bindings own it)
		if _, isVar := x.(*ir.VarRef); !isVar {
			tmp := b.temp("item", elem, span)
			b.emit(&ir.DeclStmt{Var: tmp, Value: x, Span: span})
			x = &ir.VarRef{Var: tmp}
		}
		owner = b.newSlot(x, elem)
		b.scopeOwns(owner)
	}
	var conds []ir.Expr
	var binds []patBind
	b.matchPat(p, x, &conds, &binds)
	b.emitBinds(binds)
	b.takeParts(p, owner)
}

// lowerIterSelf: it.into_iter() / it.iter() on an iterator is itself.
func lowerIterSelf(b *builder, c *intrinsicCall) ir.Expr { return b.recvMoved(c.recv) }

// lowerIntoIter: x.into_iter() on a vector, array, collection or option.
func lowerIntoIter(b *builder, c *intrinsicCall) ir.Expr { return b.iterOf(c.recv) }

// lowerFlatten: flatten over iterators, vectors or options.
func lowerFlatten(b *builder, c *intrinsicCall) ir.Expr {
	it := b.recvMoved(c.recv)
	item := b.c.resolve(c.ci.args[0], true)
	switch t := item.(type) {
	case *Adt:
		switch {
		case t.Def.Go["type"] == "rt.Iter":
			return call1("rt.Flatten", it)
		case t.Def.Go["builtin"] == "slice":
			return call1("rt.FlattenSlices", it)
		case t.Def.Go["type"] == "rt.Option":
			return call1("rt.FlattenOptions", it)
		}
	case *ArrayTy:
		return call1("rt.FlattenSlices", it)
	case *RefTy:
		if _, ok := b.c.intoIterElem(t); ok {
			// &Vec<T>, &[T; N]: each item iterated by reference.
			p := &ir.Var{Name: "x", Type: b.goType(t, c.e.Pos()), Temp: true}
			elem, _ := b.c.intoIterElem(t)
			fn := &ir.FuncLit{Params: []*ir.Var{p}, Results: []ir.Type{b.goType(b.stdAdtTy("iter", "Iter", elem), c.e.Pos())},
				Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{b.toIter(&ir.VarRef{Var: p}, t, c.e.Pos())}}}}}
			return call1("rt.FlatMap", it, fn)
		}
	}
	b.unsupported(c.e.Pos(), "`flatten` of items `%s`", item)
	return it
}

// stdAdtTy builds a std model type (builder side).
func (b *builder) stdAdtTy(mod, name string, args ...Ty) Ty {
	return &Adt{Def: b.l.stdDef(mod, name), Args: args}
}

// lowerIterCopied: copied()/cloned() dereference pointer items and clone
// items that own memory.
func lowerIterCopied(b *builder, c *intrinsicCall) ir.Expr {
	it := b.recvMoved(c.recv)
	item := b.c.resolve(c.ci.args[0], true)
	r, ok := item.(*RefTy)
	if !ok {
		return it
	}
	if b.isGoPtr(r) && !b.isGoPtr(r.Elem) {
		it = call1("rt.Deref", it)
	}
	if c.ci.fn.Go["clone"] != "" || b.l.holdsArray(b.c.resolve(r.Elem, true), 0) { // a copied array is a Go slice's clone
		if f := b.cloneFunc(r.Elem, c.e.Pos()); f != nil {
			it = call1("rt.Map", it, f)
		}
	}
	return it
}

// lowerIterSum: sum()/product() with a debug build's overflow check for
// integers.
func lowerIterSum(b *builder, c *intrinsicCall) ir.Expr {
	it := b.recvMoved(c.recv)
	s := b.c.resolve(ownArg(c.ci, 0), true)
	name := "Sum"
	if c.ci.fn.Go["product"] != "" {
		name = "Product"
	}
	if adt, ok := s.(*Adt); ok && !adt.Def.Std {
		_, ref := b.c.resolve(c.ci.args[0], true).(*RefTy)
		if fn := userSum(adt, c.ci.fn, ref); fn != nil {
			return &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: []ir.Expr{it}}
		}
	}
	if n := tryNumber(s); n != nil {
		adt := s.(*Adt)
		name += strings.TrimPrefix(adt.Def.Go["type"], "rt.")
		if isInt(b.c.resolve(n, true)) && !b.l.cfg.Release {
			name += "Checked"
		}
		return &ir.Call{Fun: rt(name), TypeArgs: b.goTypes(adt.Args, c.e.Pos()), Args: []ir.Expr{it}}
	}
	if isInt(s) && !b.l.cfg.Release {
		name += "Checked"
	}
	if !isInt(s) && !isFloat(s) {
		b.unsupported(c.e.Pos(), "`%s` into `%s`", c.ci.fn.Name, s)
	}
	return &ir.Call{Fun: rt(name), TypeArgs: []ir.Type{b.goType(s, c.e.Pos())}, Args: []ir.Expr{it}}
}

// lowerIterMinMax: max()/min() compare items with their type's Ord.
func lowerIterMinMax(b *builder, c *intrinsicCall) ir.Expr {
	it := b.recvMoved(c.recv)
	return method(it, c.ci.fn.Go["method"], b.cmpFunc(c.ci.args[0], c.e.Pos()))
}

// lowerIterByKey: max_by_key(f)/min_by_key(f) compare the keys with
// their type's Ord.
func lowerIterByKey(b *builder, c *intrinsicCall) ir.Expr {
	it := b.recvMoved(c.recv)
	args := b.stdArgs(c, false)
	key := ownArg(c.ci, 0)
	return call1(c.ci.fn.Go["func"], it, args[0], b.cmpFunc(key, c.e.Pos()))
}

// lowerCollect: collect() into the inferred target collection.
func lowerCollect(b *builder, c *intrinsicCall) ir.Expr {
	it := b.recvMoved(c.recv)
	return b.collectInto(it, b.c.resolve(ownArg(c.ci, 0), true), b.c.resolve(c.ci.args[0], true), c.e.Pos())
}

func (b *builder) collectInto(it ir.Expr, target, item Ty, span ast.Span) ir.Expr {
	t, _ := target.(*Adt)
	if t == nil {
		b.unsupported(span, "`collect` into `%s`", target)
		return it
	}
	g := t.Def.Go
	switch {
	case g["builtin"] == "slice":
		return method(it, "Collect")
	case g["builtin"] == "string":
		if p, ok := b.c.derefAll(item).(*Prim); ok && p.Name == "char" {
			return call1("rt.CollectString", it)
		}
		return call1("rt.ConcatStrings", it)
	case g["map"] != "" && g["ordered"] != "":
		return call1("rt.CollectBTreeMap", it, b.cmpFunc(t.Args[0], span))
	case g["map"] != "":
		return call1("rt.CollectHashMap", it)
	case g["set"] != "" && g["ordered"] != "":
		return call1("rt.CollectBTreeSet", it, b.cmpFunc(t.Args[0], span))
	case g["set"] != "":
		return call1("rt.CollectHashSet", it)
	case g["deque"] != "":
		return call1("rt.CollectVecDeque", it)
	case g["heap"] != "":
		return call1("rt.CollectBinaryHeap", it, b.cmpFunc(t.Args[0], span))
	case g["type"] == "rt.Result":
		if inner, ok := t.Args[0].(*Adt); ok && inner.Def.Go["builtin"] == "slice" {
			return call1("rt.CollectResult", it)
		}
	case g["type"] == "rt.Option":
		if inner, ok := t.Args[0].(*Adt); ok && inner.Def.Go["builtin"] == "slice" {
			return call1("rt.CollectOption", it)
		}
	}
	b.unsupported(span, "`collect` into `%s`", target)
	return it
}

// lowerUnzip: unzip() into two vectors (rt.Unzip), or into any two
// collections (rt.UnzipInto with a collect function for each half).
func lowerUnzip(b *builder, c *intrinsicCall) ir.Expr {
	it := b.recvMoved(c.recv)
	vecs := true
	for i := 2; i < 4; i++ {
		if t, ok := b.c.resolve(ownArg(c.ci, i), true).(*Adt); !ok || t.Def.Go["builtin"] != "slice" {
			vecs = false
		}
	}
	if vecs {
		return call1("rt.Unzip", it)
	}
	var fs []ir.Expr
	for i := 0; i < 2; i++ {
		item := b.c.resolve(ownArg(c.ci, i), true)
		target := b.c.resolve(ownArg(c.ci, i+2), true)
		p := &ir.Var{Name: "it", Type: b.goType(b.stdAdtTy("iter", "Iter", item), c.e.Pos()), Temp: true}
		fs = append(fs, &ir.FuncLit{Params: []*ir.Var{p}, Results: []ir.Type{b.goType(target, c.e.Pos())},
			Body: &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{b.collectInto(&ir.VarRef{Var: p}, target, item, c.e.Pos())}}}}})
	}
	return call1("rt.UnzipInto", append([]ir.Expr{it}, fs...)...)
}

// hookPartition: partition() into vectors of the items (or, through
// Extend<&T> of Copy types, of the values they point to).
func hookPartition(c *checker, h *hookCall) bool {
	bT := ownArg(h.ci, 0)
	if h.expected != nil && !c.known(bT) {
		if tt, ok := c.shallow(h.expected).(*TupleTy); ok && len(tt.Elems) == 2 {
			c.unify(bT, tt.Elems[0])
		}
	}
	if c.known(bT) {
		if el, ok := sliceElem(c.shallow(bT)); ok && !c.unify(el, h.ci.args[0]) {
			c.unify(el, c.derefTy(h.ci.args[0]))
		}
		return true
	}
	if h.final {
		c.unify(bT, c.stdAdt("vec", "Vec", h.ci.args[0]))
		return true
	}
	return false
}

// sliceIterCall recognizes v.iter() / v.iter_mut() of the std model on a
// vector, array or slice, and returns v.
func sliceIterCall(b *builder, e ast.Expr) (ast.Expr, bool) {
	m, ok := unparen(e).(*ast.MethodCallExpr)
	if !ok || len(m.Args) != 0 || (m.Name.Name != "iter" && m.Name.Name != "iter_mut") {
		return nil, false
	}
	ci := b.c.calls[m]
	if ci == nil || ci.fn.Owner == nil || ci.fn.Owner.Name != "[T]" {
		return nil, false
	}
	if _, ok := sliceElem(b.c.derefAll(b.c.final(m.Recv))); !ok {
		return nil, false
	}
	if b.hasSmartDeref(b.c.final(m.Recv)) {
		return nil, false
	}
	return m.Recv, true
}

// enumerateLoop lowers `for (i, x) in v.iter().enumerate()` (and over
// &v, v.iter_mut()) to `for i, x := range v` with i converted to usize.
func (b *builder) enumerateLoop(e *ast.ForExpr) bool {
	m, ok := unparen(e.Iter).(*ast.MethodCallExpr)
	if !ok || m.Name.Name != "enumerate" || len(m.Args) != 0 {
		return false
	}
	tp, ok := e.Pat.(*ast.TuplePat)
	if !ok || len(tp.Elems) != 2 {
		return false
	}
	ip, ok := tp.Elems[0].(*ast.IdentPat)
	if !ok || ip.Sub != nil || ip.Ref || ip.Mut {
		return false
	}
	src, ok := sliceIterCall(b, m.Recv)
	if !ok {
		return false
	}
	st := b.c.final(src)
	el, _ := sliceElem(b.c.derefAll(st))
	mut := unparen(m.Recv).(*ast.MethodCallExpr).Name.Name == "iter_mut"
	if mut || b.refIsPtr(&RefTy{Elem: el}) {
		return false // items are pointers: the general loop
	}
	s := b.autoDeref(b.read(src), st)
	idx := &ir.Var{Name: ip.Name.Name, Type: &ir.Basic{Kind: ir.Int}, Temp: true}
	loc := b.c.locals[ip]
	elemT := b.c.resolve(b.c.types[m], true).(*Adt).Args[0].(*TupleTy).Elems[1]
	// Uses of i read uint(i): Go's index is an int, Rust's a usize.
	b.substs[loc] = &ir.Convert{Type: &ir.Basic{Kind: ir.Uint}, X: &ir.VarRef{Var: idx}}
	xVar, body := b.forBodyVarPat(e, tp.Elems[1], elemT, func() {})
	delete(b.substs, loc)
	b.emit(&ir.RangeStmt{Label: b.loopLabel(e.Label, body), Key: idx, Value: xVar, X: s, Body: body, Span: e.Span})
	return true
}

// forBodyVarPat is forBodyVar for the pattern p of part of the item; pre
// runs first in the body.
func (b *builder) forBodyVarPat(e *ast.ForExpr, p ast.Pat, elem Ty, pre func()) (*ir.Var, *ir.Block) {
	if ip, isIdent := p.(*ast.IdentPat); isIdent && ip.Sub == nil && !ip.Ref && b.c.unitItem(ip) == nil {
		v, prefix := b.loopVar(p, elem, e.Span)
		loc := b.c.locals[ip]
		body := b.loopBody(e.Body, e.Label, func() {
			pre()
			*b.out = append(*b.out, prefix...)
			b.registerLocal(loc, b.vars[loc])
		})
		return v, body
	}
	v := &ir.Var{Name: "item", Type: b.goType(elem, e.Span), Temp: true}
	body := b.loopBody(e.Body, e.Label, func() {
		pre()
		b.bindLoopPat(p, &ir.VarRef{Var: v}, elem, e.Span)
	})
	return v, body
}

// iterTraitType gives Iter<T> for `impl Iterator<Item = T>` and `dyn
// Iterator<Item = T>` (also DoubleEndedIterator, ExactSizeIterator):
// every iterator is an *rt.Iter. For IntoIterator it gives IntoIter<T>,
// the Iter that a parameter makes of any iterable.
func (l *lowerer) iterTraitType(bounds []ast.Type, env *typeEnv) Ty {
	for _, bd := range bounds {
		pt, ok := bd.(*ast.PathType)
		if !ok {
			continue
		}
		if !iterTraits[pt.Path.Last()] {
			continue
		}
		if tr, ok := l.resolvePath(env.mod, pathNames(pt.Path)).(*TraitDef); !ok || !tr.Std {
			continue
		}
		def := l.stdDef("iter", "Iter")
		if pt.Path.Last() == "IntoIterator" {
			def = l.stdDef("iter", "IntoIter") // accepts any iterable
		}
		last := pt.Path.Segments[len(pt.Path.Segments)-1]
		for _, b := range last.Bindings {
			if b.Name.Name == "Item" {
				return &Adt{Def: def, Args: []Ty{l.astType(b.Type, env)}}
			}
		}
	}
	return nil
}

// iterItem is the Item of user iterator type t (TypeDef.IterItem).
func iterItem(t *Adt) Ty { return subst(t.Def.IterItem, t.Args) }

// userIter is the std iterator over the user iterator x (a value of type
// t, or a pointer to one): rt.FromNext with x's next method, bound to x's
// place so that next advances x itself (`c.by_ref().take(2)`).
func (b *builder) userIter(x ir.Expr, t *Adt, ptr bool, span ast.Span) ir.Expr {
	next := t.Def.Traits["Iterator"]["next"]
	if next == nil {
		b.errorf(span, "E0046", "not all trait items implemented, missing: `next`")
		return x
	}
	if b.hasDropGlue(t) {
		b.unsupported(span, "iterating over `%s`, which has drop glue", t)
		return x
	}
	if u, ok := x.(*ir.Unary); ok && u.Op == "&" {
		if v, ok := u.X.(*ir.VarRef); ok { // (&c).next is c.next
			x, ptr = v, false
		}
	}
	_, isVar := x.(*ir.VarRef)
	if u, ok := x.(*ir.Unary); ok && u.Op == "*" {
		isVar = true
	}
	if !ptr && !isVar {
		// A moved value that may not be addressable (a call's result):
		// kept in a variable, which Go's method value binds by address.
		tmp := b.temp("it", t, span)
		b.emit(&ir.DeclStmt{Var: tmp, Value: x, Span: span})
		x = &ir.VarRef{Var: tmp}
	}
	return call1("rt.FromNext", &ir.Selector{X: x, Name: goMethodName(next)})
}
