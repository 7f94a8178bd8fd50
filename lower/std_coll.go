package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// HashMap, BTreeMap, HashSet, BTreeSet and VecDeque: *rt.HashMap[K, V] and
// friends (rt/hashmap.go, rt/btree.go, rt/vecdeque.go). Ordered ones are
// built with their key type's comparison function.

func init() {
	intrinsics["coll_new"] = lowerCollNew
	intrinsics["coll_from"] = lowerCollFrom
	intrinsics["map_key"] = lowerMapKey
	checkHooks["map_key"] = hookMapKey
	intrinsics["map_range"] = lowerMapRange
	intrinsics["map_index"] = lowerMapIndex
	intrinsics["or_default"] = lowerOrDefault
	intrinsics["deque_contains"] = lowerDequeContains
	intrinsics["deque_index"] = lowerDequeIndex

	checkHooks["coll_from"] = hookCollFrom
	checkHooks["map_range"] = hookMapRange
}

// newColl builds an empty collection of type t.
func (b *builder) newColl(t *Adt, span ast.Span) ir.Expr {
	g := t.Def.Go
	targs := b.goTypes(t.Args, span)
	var name string
	switch {
	case g["map"] != "" && g["ordered"] != "":
		name = "NewBTreeMap"
	case g["map"] != "":
		name = "NewHashMap"
	case g["set"] != "" && g["ordered"] != "":
		name = "NewBTreeSet"
	case g["set"] != "":
		name = "NewHashSet"
	case g["deque"] != "":
		name = "NewVecDeque"
	case g["heap"] != "":
		return &ir.Call{Fun: rt("NewBinaryHeap"), TypeArgs: targs, Args: []ir.Expr{b.cmpFunc(t.Args[0], span)}}
	default:
		b.unsupported(span, "a new `%s`", t)
		return b.unitValue()
	}
	call := &ir.Call{Fun: rt(name), TypeArgs: targs}
	if g["ordered"] != "" {
		call.Args = []ir.Expr{b.cmpFunc(t.Args[0], span)}
	}
	return call
}

// lowerCollNew: HashMap::new(), BTreeSet::new(), VecDeque::with_capacity(n).
func lowerCollNew(b *builder, c *intrinsicCall) ir.Expr {
	for _, a := range c.args { // with_capacity(n): n is evaluated, not used
		if x := b.valueOf(a); x != nil && !untyped(x) && !isSimple(x) {
			b.emit(&ir.AssignStmt{Lhs: []ir.Expr{&ir.Blank{}}, Op: "=", Rhs: []ir.Expr{x}, Span: a.Pos()})
		}
	}
	t, _ := b.c.final(c.e).(*Adt)
	if t == nil {
		b.unsupported(c.e.Pos(), "this collection")
		return b.unitValue()
	}
	return b.newColl(t, c.e.Pos())
}

func hookCollFrom(c *checker, h *hookCall) bool {
	src := ownArg(h.ci, 0)
	if !c.known(src) {
		return h.final
	}
	elem, ok := c.intoIterElem(src)
	if !ok {
		return true
	}
	t := c.shallow(h.ret).(*Adt)
	if t.Def.Go["map"] != "" {
		c.unify(&TupleTy{Elems: []Ty{t.Args[0], t.Args[1]}}, elem)
	} else {
		c.unify(t.Args[0], elem)
	}
	return true
}

// lowerCollFrom: HashMap::from([(k, v), ...]), VecDeque::from(vec).
func lowerCollFrom(b *builder, c *intrinsicCall) ir.Expr {
	t := b.c.final(c.e).(*Adt)
	if t.Def.Go["deque"] != "" {
		if _, ok := sliceElem(b.c.final(c.args[0])); ok {
			return call1("rt.VecDequeFrom", b.valueOf(c.args[0]))
		}
	}
	if t.Def.Go["heap"] != "" {
		if _, ok := sliceElem(b.c.final(c.args[0])); ok {
			return call1("rt.BinaryHeapFrom", b.valueOf(c.args[0]), b.cmpFunc(t.Args[0], c.e.Pos()))
		}
	}
	return b.collectInto(b.iterOf(c.args[0]), t, b.c.resolve(ownArg(c.ci, 0), true), c.e.Pos())
}

// keyArg lowers a key passed by reference (&Q with K: Borrow<Q>) to the
// Go value the map is keyed by.
func (b *builder) keyArg(e ast.Expr, key Ty) ir.Expr {
	x := b.autoDeref(b.valueOf(e), b.c.final(e))
	if untyped(x) {
		x = b.typed(x, b.goType(key, e.Pos()))
	}
	return x
}

// lowerMapKey: m.get(&k), m.contains_key(&k), s.contains(&v), ...: the
// rt method with the key by value.
func lowerMapKey(b *builder, c *intrinsicCall) ir.Expr {
	g := c.ci.fn.Go
	name := g["method"]
	if alt := g["ptr"]; alt != "" && b.refArgIsPtr(c.ci, g["ref"], g["mut_ref"] != "") {
		name = alt
	}
	var recv ir.Expr
	if c.ci.fn.Self == SelfMut {
		recv = b.recvPlace(c.recv)
	} else {
		recv = b.recvValue(c.recv)
	}
	return method(recv, name, b.keyArg(c.args[0], c.ci.args[0]))
}

// lowerMapIndex: map[&k] panics when the key is missing.
func lowerMapIndex(b *builder, c *intrinsicCall) ir.Expr {
	return method(b.recvValue(c.recv), "Index", b.keyArg(c.args[0], c.ci.args[0]), b.loc(c.e.Pos()))
}

// lowerMapRange: m.range(a..b), s.range(..=x).
func lowerMapRange(b *builder, c *intrinsicCall) ir.Expr {
	g := c.ci.fn.Go
	name := g["method"]
	if alt := g["ptr"]; alt != "" && b.refArgIsPtr(c.ci, g["ref"], g["mut_ref"] != "") {
		name = alt
	}
	recv := b.recvValue(c.recv)
	key := c.ci.args[0]
	r, ok := unparen(c.args[0]).(*ast.RangeExpr)
	if !ok {
		b.unsupported(c.args[0].Pos(), "`range` with this argument")
		return b.unitValue()
	}
	kt := b.goType(key, c.e.Pos())
	lit := &ir.CompositeLit{Type: &ir.Named{Pkg: "rt", Name: "KeyRange", Args: []ir.Type{kt}}, Keys: []string{}}
	add := func(k string, v ir.Expr) {
		lit.Keys = append(lit.Keys, k)
		lit.Elems = append(lit.Elems, v)
	}
	if r.Lo != nil {
		add("Lo", b.typed(b.autoDeref(b.operand(r.Lo), b.c.final(r.Lo)), kt))
		add("HasLo", &ir.Lit{Value: true})
	}
	if r.Hi != nil {
		add("Hi", b.typed(b.autoDeref(b.operand(r.Hi), b.c.final(r.Hi)), kt))
		add("HasHi", &ir.Lit{Value: true})
	}
	if r.Inclusive {
		add("Incl", &ir.Lit{Value: true})
	}
	return method(recv, name, lit)
}

// lowerOrDefault: entry(k).or_default() inserts V's Default.
func lowerOrDefault(b *builder, c *intrinsicCall) ir.Expr {
	e := b.recvMoved(c.recv)
	v := c.ci.args[1]
	// A pointer to the value in the map: the &mut V itself where V's
	// Go value is a pointer (a map of maps).
	if f := b.defaultFunc(v, c.e.Pos()); f != nil {
		return b.adaptRefs(method(e, "OrDefaultWith", f), b.c.final(c.e))
	}
	return b.adaptRefs(method(e, "OrDefault"), b.c.final(c.e))
}

// defaultValue is Default::default() of t when Go's zero value is not it
// (collections are pointers in Go), nil otherwise.
func (b *builder) defaultValue(t Ty, span ast.Span) ir.Expr {
	if a, ok := b.c.resolve(t, true).(*Adt); ok && a.Def.Std {
		g := a.Def.Go
		if g["map"] != "" || g["set"] != "" || g["deque"] != "" || g["heap"] != "" {
			return b.newColl(a, span)
		}
		// RefCell, Cell, Mutex, RwLock, Rc, Arc, the atomics, Condvar,
		// OnceLock: Go pointers, built by their `new`, around the default
		// of what it takes (T, 0, false).
		if fn := a.Def.Methods["new"]; fn != nil && fn.Go["func"] != "" && len(fn.Params) <= 1 {
			if _, ptr := b.goType(a, span).(*ir.Pointer); ptr {
				pkg, name := splitQual(fn.Go["func"])
				call := &ir.Call{Fun: &ir.Qual{Pkg: pkg, Name: name}}
				if len(fn.Params) == 1 {
					pt := subst(fn.Params[0], a.Args)
					call.Args = []ir.Expr{b.typed(b.defaultOf(pt, span), b.goType(pt, span))}
				} else if fn.Go["targs"] != "" {
					call.TypeArgs = b.goTypes(a.Args, span)
				}
				return call
			}
		}
	}
	return nil
}

func lowerDequeContains(b *builder, c *intrinsicCall) ir.Expr {
	el := c.ci.args[0]
	return method(b.recvValue(c.recv), "Contains", b.valueArg(c.args[0], el), b.eqFunc(el, c.e.Pos()))
}

func lowerDequeIndex(b *builder, c *intrinsicCall) ir.Expr {
	i := b.typed(b.valueOf(c.args[0]), &ir.Basic{Kind: ir.Uint})
	return &ir.Unary{Op: "*", X: method(b.recvValue(c.recv), "Index", i, b.loc(c.e.Pos()))}
}

// indexStd checks m[&k] on a map and d[i] on a VecDeque.
func (c *checker) indexStd(e *ast.IndexExpr, t Ty) (Ty, bool) {
	a, ok := c.shallow(t).(*Adt)
	if !ok || !a.Def.Std || (a.Def.Go["map"] == "" && a.Def.Go["deque"] == "") {
		return nil, false
	}
	st := c.stdState()
	if st.index == nil {
		st.index = map[*ast.IndexExpr]*Adt{}
	}
	st.index[e] = a
	if a.Def.Go["deque"] != "" {
		c.checkExpr(e.Index, tyUsize)
		return a.Args[0], true
	}
	kt := c.checkExpr(e.Index, nil)
	if !c.unifyProbe(c.derefAll(kt), c.derefAll(a.Args[0])) && !isPrimNamed(c.derefAll(kt), "str") {
		c.mismatch(e.Index.Pos(), &RefTy{Elem: a.Args[0]}, kt)
	} else {
		c.unify(c.derefAll(kt), c.derefAll(a.Args[0]))
	}
	return a.Args[1], true
}

// indexStd lowers m[&k] (the value; a missing key panics) and d[i].
func (b *builder) indexStd(e *ast.IndexExpr) (ir.Expr, bool) {
	if b.c.std == nil {
		return nil, false
	}
	a, ok := b.c.std.index[e]
	if !ok {
		return nil, false
	}
	var recv ir.Expr
	if v, _, ok := b.derefOperand(e.X); ok { // through a LazyLock, a guard, an Arc
		recv = v
	} else {
		recv = b.autoDeref(b.read(e.X), b.c.final(e.X))
	}
	if a.Def.Go["deque"] != "" {
		i := b.typed(b.valueOf(e.Index), &ir.Basic{Kind: ir.Uint})
		return &ir.Unary{Op: "*", X: method(recv, "Index", i, b.loc(b.indexSpan(e)))}, true
	}
	return method(recv, "Index", b.keyArg(e.Index, a.Args[0]), b.loc(b.indexSpan(e))), true
}

// hookMapKey checks the key of m.get(&q), m.remove(&q), s.contains(&q):
// rustc takes a Q that the key type borrows as (K itself, str for a
// String or &str key, [T] for a Vec<T> key).
func hookMapKey(c *checker, h *hookCall) bool {
	k, q := h.ci.args[0], h.ci.args[len(h.ci.args)-1]
	if _, open := c.shallow(q).(*TyVar); open && !h.final {
		return false
	}
	if c.borrowsAs(k, q) || c.unify(k, q) {
		return true
	}
	span := h.e.Pos()
	if m, ok := h.e.(*ast.MethodCallExpr); ok && len(m.Args) > 0 {
		span = m.Args[0].Pos()
	}
	c.errorf(span, "E0308", "mismatched types: expected `&%s`, found `&%s`", c.resolve(k, false), c.resolve(q, false))
	return true
}

// hookMapRange gives the bounds of the range a BTreeMap or BTreeSet is
// given the key type: s.range((2, 0)..) on a BTreeSet<(usize, usize)>.
func hookMapRange(c *checker, h *hookCall) bool {
	r, ok := c.shallow(ownArg(h.ci, 0)).(*Adt)
	if !ok || len(r.Args) != 1 {
		return true
	}
	bound := r.Args[0]
	if ref, isRef := c.shallow(bound).(*RefTy); isRef {
		bound = ref.Elem // range(&a..&b)
	}
	if k := h.ci.args[0]; c.unifyProbe(k, bound) {
		c.unify(k, bound)
	}
	return true
}

// borrowsAs reports whether a key of type k borrows as q (Borrow<Q>) in
// a way other than k itself.
func (c *checker) borrowsAs(k, q Ty) bool {
	k, q = c.shallow(k), c.shallow(q)
	if r, ok := k.(*RefTy); ok && c.unify(r.Elem, q) { // &str keys, get("a")
		return true
	}
	p, isPrim := q.(*Prim)
	if isPrim && p.Name == "str" {
		a, ok := k.(*Adt)
		return ok && a.Def.Go["builtin"] == "string"
	}
	if s, ok := q.(*SliceTy); ok {
		a, ok := k.(*Adt)
		return ok && a.Def.Go["builtin"] == "slice" && c.unify(a.Args[0], s.Elem)
	}
	return false
}
