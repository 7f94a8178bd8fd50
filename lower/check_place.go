package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
)

// refExpr checks &X and &mut X.
func (c *checker) refExpr(e *ast.RefExpr, expected Ty) Ty {
	var want Ty
	if r, ok := c.shallow(orNil(expected)).(*RefTy); ok {
		want = r.Elem
	}
	var inner Ty
	if _, isArr := unparen(e.X).(*ast.ArrayExpr); isArr {
		// &[&a, &b] where &[&dyn S] is expected: each element is a
		// coercion site.
		switch w := c.shallow(orNil(want)).(type) {
		case *SliceTy:
			inner = &ArrayTy{Elem: w.Elem, Len: int64(len(unparen(e.X).(*ast.ArrayExpr).Elems))}
		case *ArrayTy:
			inner = w
		}
	}
	if _, isClosure := unparen(e.X).(*ast.ClosureExpr); isClosure {
		if ft, ok := c.shallow(orNil(want)).(*FnTy); ok {
			inner = ft // &|x| .. where &dyn Fn(i32) is expected: its signature
		}
	}
	t := c.checkExpr(e.X, inner)
	if want != nil {
		// &String where &str is expected, &Vec<T> where &[T] is: deref
		// coercion, recorded by the caller's coercion check.
		c.unify(want, t)
	}
	if e.Mut {
		c.requireMutPlace(e.X, e.Span, "borrow")
	}
	return &RefTy{Mut: e.Mut, Elem: t}
}

// requireMutPlace reports E0596 for `&mut x` (or a &mut self method call)
// on a binding that is not declared mut.
func (c *checker) requireMutPlace(x ast.Expr, s ast.Span, what string) {
	pe, ok := unparen(x).(*ast.PathExpr)
	if !ok {
		return
	}
	loc := c.refs[pe]
	if loc == nil || loc.Mut {
		return
	}
	if r, ok := c.shallow(loc.Ty).(*RefTy); ok && r.Mut {
		return // reborrowing through a &mut binding
	}
	c.errorf(s, "E0596", "cannot borrow `%s` as mutable, as it is not declared as mutable", loc.Name)
}

// indexUser checks x[i] on a user type with `impl Index` (of a generic
// type, at its own parameters: impl<T> Index<usize> for Grid<T>): the
// index method's argument and the type it returns a reference to.
func (c *checker) indexUser(e *ast.IndexExpr, t Ty) (Ty, bool) {
	a, ok := t.(*Adt)
	if !ok || a.Def.Std {
		return nil, false
	}
	fn := a.Def.Traits["Index"]["index"]
	r, isRef := Ty(nil), false
	if fn != nil && len(fn.Params) == 1 {
		r, isRef = fn.Ret.(*RefTy)
	}
	if !isRef {
		return nil, false
	}
	args, ok := c.opImplArgs(e, fn, a)
	if !ok {
		return nil, false
	}
	r = subst(r, args)
	c.checkExpr(e.Index, subst(fn.Params[0], args))
	st := c.stdState()
	if st.userIndex == nil {
		st.userIndex = map[*ast.IndexExpr]*FnDef{}
	}
	st.userIndex[e] = fn
	c.noteRecvOwner(e.X, fn) // m.lock().unwrap()[i]: through the guard
	return r.(*RefTy).Elem, true
}

// derefExpr checks *X.
func (c *checker) derefExpr(e *ast.UnaryExpr) Ty {
	t := c.shallow(c.checkExpr(e.X, nil))
	switch t := t.(type) {
	case *RefTy:
		return t.Elem
	case *Adt:
		if t.Def.Go["deref"] == "arg" {
			return t.Args[0]
		}
	case *TyVar:
		c.errorf(e.Span, "E0282", "type annotations needed")
		return c.newVar(GeneralVar)
	}
	c.errorf(e.Span, "E0614", "type `%s` cannot be dereferenced", c.resolve(t, false))
	return c.newVar(GeneralVar)
}

// indexExpr checks X[i] on vectors, slices and arrays (usize index or a
// range, giving a slice).
func (c *checker) indexExpr(e *ast.IndexExpr) Ty {
	t := c.autoDerefTy(c.checkExpr(e.X, nil))
	if el, ok := c.indexStd(e, t); ok { // map[&k], deque[i] (std_coll.go)
		return el
	}
	if el, ok := c.indexUser(e, t); ok {
		return el
	}
	var elem Ty
	switch t := t.(type) {
	case *Adt:
		if t.Def.Go["deref"] == "slice" {
			elem = t.Args[0]
		} else if t.Def.Go["builtin"] == "string" {
			elem = tyStr
		}
	case *SliceTy:
		elem = t.Elem
	case *ArrayTy:
		elem = t.Elem
	case *Prim:
		if t.Name == "str" {
			elem = tyStr
		}
	}
	if elem == nil {
		c.unsupported(e.Span, "indexing `%s`", c.resolve(t, false))
		return c.newVar(GeneralVar)
	}
	if r, ok := unparen(e.Index).(*ast.RangeExpr); ok {
		if r.Lo != nil {
			c.checkExpr(r.Lo, tyUsize)
		}
		if r.Hi != nil {
			c.checkExpr(r.Hi, tyUsize)
		}
		c.types[e.Index] = tyUnit
		if elem == tyStr {
			return tyStr
		}
		return &SliceTy{Elem: elem}
	}
	if elem == tyStr {
		c.errorf(e.Span, "E0277", "the type `str` cannot be indexed by `%s`", c.resolve(c.checkExpr(e.Index, nil), true))
		return tyStr
	}
	c.checkExpr(e.Index, tyUsize)
	return elem
}

// coercible reports whether a value of type got may stand where want is
// expected through one of Rust's coercions rs2go models: &mut T to &T,
// and deref coercions &String → &str, &Vec<T> → &[T], &Box<T> → &T.
func (c *checker) coercible(want, got Ty) bool {
	if c.unsizeToDyn(want, got) || c.refToPtr(want, got) {
		return true
	}
	if ok, handled := c.intoIterCoercible(want, got); handled { // IntoIterator parameters (std_check.go)
		return ok
	}
	if ok, handled := c.userIterCoercible(want, got); handled {
		return ok
	}
	w, ok := c.shallow(want).(*RefTy)
	if !ok {
		return false
	}
	g, ok := c.shallow(got).(*RefTy)
	if !ok || (w.Mut && !g.Mut) {
		return false
	}
	if w.Mut == g.Mut && c.unifyProbe(w.Elem, g.Elem) {
		return false // plain unification handles it
	}
	if c.unifyProbe(w.Elem, g.Elem) {
		c.unify(w.Elem, g.Elem)
		return true
	}
	// Deref coercion, as many steps as needed: &Arc<Vec<T>> → &[T].
	cur := c.resolve(g.Elem, false)
	for i := 0; i < 8; i++ {
		_, _, next := c.l.methodOwner(cur)
		if next == nil {
			break
		}
		if _, isArray := cur.(*ArrayTy); isArray && i > 0 {
			break // &&mut [T; 2] is no &[T]: an array unsizes only as the first step
		}
		if c.unifyProbe(w.Elem, next) {
			c.unify(w.Elem, next)
			return true
		}
		cur = c.resolve(next, false)
	}
	return false
}

// userIterCoercible: c or &mut c, c of a type with `impl Iterator`,
// where an Iter<T> (impl Iterator<Item = T>) or &mut dyn Iterator<Item =
// T> (an &mut Iter<T>) is wanted.
func (c *checker) userIterCoercible(want, got Ty) (ok, handled bool) {
	iter, ok := c.userIterCoerced(want, got)
	if !ok {
		return false, false
	}
	elem, _ := c.intoIterElem(got)
	return c.unify(iter.Args[0], elem), true
}

// userIterCoerced gives the Iter<T> that want is (or is a &mut to), where
// got is a user iterator (or a &mut to one): a user iterator passed as an
// `impl Iterator<Item = T>` or an `I: Iterator<Item = T>`.
func (c *checker) userIterCoerced(want, got Ty) (*Adt, bool) {
	w, isRef := c.shallow(want).(*RefTy)
	g, isRef2 := c.shallow(got).(*RefTy)
	switch {
	case !isRef && !isRef2:
		w, g = &RefTy{Elem: want, Mut: true}, &RefTy{Elem: got, Mut: true}
	case !isRef || !isRef2 || !w.Mut || !g.Mut:
		return nil, false
	}
	wa, isAdt := c.shallow(w.Elem).(*Adt)
	ga, isAdt2 := c.shallow(g.Elem).(*Adt)
	if !isAdt || !isAdt2 || wa.Def.Go["type"] != "rt.Iter" || ga.Def.IterItem == nil {
		return nil, false
	}
	return wa, true
}

// unifyProbe reports whether a and b would unify, without binding.
func (c *checker) unifyProbe(a, b Ty) bool {
	// Undone from the trail (copying c.bind made each probe, each `as`,
	// cost the size of the function so far).
	mark := len(c.trail)
	c.probing++
	ok := c.unify(a, b)
	c.probing--
	for i := len(c.trail) - 1; i >= mark; i-- {
		u := c.trail[i]
		if u.had {
			c.bind[u.id] = u.old
		} else {
			delete(c.bind, u.id)
		}
	}
	c.trail = c.trail[:mark]
	return ok
}

// autoDerefTy strips references and smart pointers (types whose model
// says deref = "arg": Box, and guards and Arc where modelled so), as
// field access does.
func (c *checker) autoDerefTy(t Ty) Ty {
	for i := 0; i < 8; i++ {
		switch x := c.shallow(t).(type) {
		case *RefTy:
			t = x.Elem
			continue
		case *Adt:
			if x.Def.Go["deref"] == "arg" && len(x.Args) > 0 {
				t = x.Args[0]
				continue
			}
		}
		break
	}
	return c.shallow(t)
}

// unsizeToDyn accepts Box<T> → Box<dyn Trait> and &T → &dyn Trait for a
// concrete T (Go converts to the interface implicitly).
func (c *checker) unsizeToDyn(want, got Ty) bool {
	inner := func(t Ty) (Ty, string) {
		switch x := c.shallow(t).(type) {
		case *RefTy:
			return c.shallow(x.Elem), "ref"
		case *Adt:
			if x.Def.Go["box"] != "" {
				return c.shallow(x.Args[0]), "box"
			}
			if x.Def.Go["unsize"] != "" && len(x.Args) == 1 { // Rc<T> → Rc<dyn Trait> (smartptr.go)
				return c.shallow(x.Args[0]), x.Def.Path
			}
		}
		return nil, ""
	}
	wi, wk := inner(want)
	gi, gk := inner(got)
	if wk == "" || wk != gk {
		return false
	}
	d, ok := wi.(*DynTy)
	if !ok {
		return false
	}
	switch g := gi.(type) {
	case *DynTy, nil:
		return false
	case *TyVar:
		// &7 as &dyn D: the literal takes its default type if that
		// implements the trait.
		def := map[VarKind]*Prim{IntVar: tyI32, FloatVar: tyF64}[g.Kind]
		switch {
		case def == nil:
			return false
		case d.Trait.Std && d.Trait.Go["prims"] == "":
			return false
		case !d.Trait.Std && c.l.primDef(def.Name).Traits[d.Trait.Name] == nil:
			return false
		}
		if c.probing == 0 {
			c.unify(g, def)
		}
	}
	return true
}
