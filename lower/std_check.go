package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
)

// Type checking support for the std value types (strings, vectors,
// iterators, collections, numbers): primitive paths (i32::MAX,
// u8::try_from), methods every type has through blanket impls (clone,
// to_string, into, cmp), the iterable types of `for` loops and of
// IntoIterator parameters, and check hooks: rules run after a std call is
// checked that relate its types in ways a signature cannot say (collect's
// target and its items, parse's error type, sum's result). A hook that
// cannot decide yet (a type still unknown) is retried later.

// stdCheck is the checker state of this file.
type stdCheck struct {
	pending []*hookCall
	tryRet  map[*ast.TryExpr]Ty     // the return type a ? operator returns into
	index   map[*ast.IndexExpr]*Adt // m[&k] on maps, d[i] on deques
	// userIndex: x[i] on a user type with `impl Index` (check_place.go).
	userIndex map[*ast.IndexExpr]*FnDef
}

// hookCall is a std call whose check hook has not finished.
type hookCall struct {
	e        ast.Expr
	ci       *callInfo
	ret      Ty
	expected Ty
	final    bool // last try: apply defaults
}

// checkHook relates the types of a std call; it returns false when it must
// be retried once more types are known.
type checkHook func(c *checker, h *hookCall) bool

// checkHooks maps an intrinsic name (or the model's hook = "name") to its
// check hook.
var checkHooks = map[string]checkHook{}

func hookName(fn *FnDef) string {
	if h := fn.Go["hook"]; h != "" {
		return h
	}
	return fn.Go["intrinsic"]
}

func (c *checker) stdState() *stdCheck {
	if c.std == nil {
		c.std = &stdCheck{}
	}
	return c.std
}

// afterCall runs the check hook of a std call (e is a CallExpr or a
// MethodCallExpr whose type is t).
func (c *checker) afterCall(e ast.Expr, t Ty, expected Ty) Ty {
	ci := c.calls[e]
	if ci == nil || ci.fn == nil || !ci.fn.Std {
		return t
	}
	h := checkHooks[hookName(ci.fn)]
	if h == nil {
		return t
	}
	if _, ok := e.(*ast.MethodCallExpr); !ok && methodSyntaxHooks[hookName(ci.fn)] {
		// The hook reads the receiver of a method call: Vec::into_iter(v)
		// is not modelled.
		c.unsupported(e.Pos(), "`%s` called as a path", ci.fn.Name)
		return t
	}
	if !arityFits(e, ci.fn) {
		return t // E0061 was reported; the hook reads the arguments
	}
	hc := &hookCall{e: e, ci: ci, ret: t, expected: expected}
	if !h(c, hc) {
		st := c.stdState()
		st.pending = append(st.pending, hc)
	}
	return t
}

// arityFits reports whether call e passes fn as many arguments as it
// takes.
func arityFits(e ast.Expr, fn *FnDef) bool {
	switch e := e.(type) {
	case *ast.MethodCallExpr:
		return len(e.Args) == len(fn.Params)
	case *ast.CallExpr:
		n := len(e.Args)
		if fn.Self != NoSelf {
			n-- // Vec::get(&v, 0)
		}
		return n == len(fn.Params)
	}
	return true
}

// solveDeferred retries pending hooks until none makes progress; with
// final set, the remaining ones apply their defaults.
func (c *checker) solveDeferred(final bool) {
	if c.std == nil {
		return
	}
	for {
		progress := false
		var left []*hookCall
		for _, hc := range c.std.pending {
			if checkHooks[hookName(hc.ci.fn)](c, hc) {
				progress = true
			} else {
				left = append(left, hc)
			}
		}
		c.std.pending = left
		if !progress || len(left) == 0 {
			break
		}
	}
	if final {
		for _, hc := range c.std.pending {
			hc.final = true
			checkHooks[hookName(hc.ci.fn)](c, hc)
		}
		c.std.pending = nil
	}
}

// known reports whether t is resolved at its head (not a variable).
func (c *checker) known(t Ty) bool {
	_, isVar := c.shallow(t).(*TyVar)
	return !isVar
}

// stdDef returns a type of the std model by path.
func (l *lowerer) stdDef(path ...string) *TypeDef {
	td, _ := l.resolvePath(l.std, path).(*TypeDef)
	return td
}

// primGeneric returns the std model's definition holding the methods of
// every integer type (num::Int<T>) or every float type (num::Float<T>).
func (l *lowerer) primGeneric(t Ty) *TypeDef {
	switch {
	case isInt(t):
		return l.stdDef("num", "Int")
	case isFloat(t):
		return l.stdDef("num", "Float")
	}
	if v, ok := t.(*TyVar); ok {
		switch v.Kind {
		case IntVar:
			return l.stdDef("num", "Int")
		case FloatVar:
			return l.stdDef("num", "Float")
		}
	}
	return nil
}

// primNext is what a primitive's method probe tries after the
// primitive's own impl: the methods shared by all integers or all floats.
func (l *lowerer) primNext(p *Prim) Ty {
	if d := l.primGeneric(p); d != nil {
		return &Adt{Def: d, Args: []Ty{p}}
	}
	return nil
}

// primPath resolves a path rooted at a primitive type: i32::MAX,
// u16::from, char::from_u32, f64::EPSILON.
func (c *checker) primPath(names []string) (any, []Ty, bool) {
	if len(names) != 2 {
		return nil, nil, false
	}
	if it, args, ok := c.defaultPath(names); ok { // T::default(), Default::default()
		return it, args, true
	}
	p, ok := prims[names[0]]
	if !ok || c.l.lookup(c.mod, names[0]) != nil {
		return nil, nil, false
	}
	if it := c.l.member(c.l.primDef(p.Name), names[1]); it != nil {
		return it, nil, true
	}
	if gd := c.l.primGeneric(p); gd != nil {
		if it := c.l.member(gd, names[1]); it != nil {
			return it, []Ty{p}, true
		}
	}
	if any := c.l.stdDef("__blanket", "Any"); any != nil { // i32::to_string
		if fn := any.Methods[names[1]]; fn != nil {
			return fn, []Ty{p}, true
		}
	}
	return nil, nil, false
}

// blanketMethod finds a method that every type has through a blanket impl
// (clone, to_string, into, cmp, into_iter, ...), or an integer/float
// method on a literal whose type is not fixed yet.
func (c *checker) blanketMethod(t Ty, name string) (*FnDef, []Ty, bool) {
	cur := c.resolve(t, false)
	if v, ok := c.derefAll(cur).(*TyVar); ok {
		if v.Kind == GeneralVar {
			return nil, nil, false
		}
		if gd := c.l.primGeneric(v); gd != nil {
			if fn := gd.Methods[name]; fn != nil && fn.Self != NoSelf {
				return fn, []Ty{v}, true
			}
		}
	}
	any := c.l.stdDef("__blanket", "Any")
	if any == nil {
		return nil, nil, false
	}
	fn := any.Methods[name]
	if fn == nil {
		return nil, nil, false
	}
	self := cur
	if r, ok := cur.(*RefTy); ok { // auto-ref: x.clone() on x: &T clones the T
		self = r.Elem
	}
	if v, ok := c.shallow(self).(*TyVar); ok && v.Kind == GeneralVar {
		return nil, nil, false
	}
	return fn, []Ty{self}, true
}

// intoIterElem gives the item type of a value of type t used where Rust
// wants an IntoIterator (a for loop, zip, extend, flat_map's closure).
func (c *checker) intoIterElem(t Ty) (Ty, bool) {
	switch x := c.shallow(t).(type) {
	case *Adt:
		g := x.Def.Go
		switch {
		case x.Def.IterItem != nil: // a user type's impl Iterator
			return iterItem(x), true
		case g["type"] == "rt.Iter":
			return x.Args[0], true
		case g["builtin"] == "slice", g["set"] != "", g["deque"] != "", g["heap"] != "", g["type"] == "rt.Option":
			return x.Args[0], true
		case g["map"] != "":
			return &TupleTy{Elems: []Ty{x.Args[0], x.Args[1]}}, true
		}
	case *ArrayTy:
		return x.Elem, true
	case *RefTy:
		switch y := c.shallow(x.Elem).(type) {
		case *Adt:
			g := y.Def.Go
			switch {
			case y.Def.IterItem != nil && x.Mut:
				return iterItem(y), true
			case g["type"] == "rt.Iter" && x.Mut: // (&mut it): by_ref
				return y.Args[0], true
			case g["builtin"] == "slice", g["deque"] != "", g["type"] == "rt.Option":
				return &RefTy{Mut: x.Mut, Elem: y.Args[0]}, true
			case (g["set"] != "" || g["heap"] != "") && !x.Mut:
				return &RefTy{Elem: y.Args[0]}, true
			case g["map"] != "":
				return &TupleTy{Elems: []Ty{&RefTy{Elem: y.Args[0]}, &RefTy{Mut: x.Mut, Elem: y.Args[1]}}}, true
			}
		case *SliceTy:
			return &RefTy{Mut: x.Mut, Elem: y.Elem}, true
		case *ArrayTy:
			return &RefTy{Mut: x.Mut, Elem: y.Elem}, true
		case *RefTy:
			return c.intoIterElem(y)
		}
		if y, ok := c.shallow(x.Elem).(*Adt); ok && y.Def.Go["deref"] == "arg" && len(y.Args) > 0 {
			// &guard, &arc: the target by reference.
			return c.intoIterElem(&RefTy{Mut: x.Mut, Elem: y.Args[0]})
		}
	}
	return nil, false
}

// intoIterCoercible accepts any iterable value where a parameter of the
// std model's IntoIter<T> type is expected, binding T to its item type.
// handled is false when want is not an IntoIter (or got is not known).
func (c *checker) intoIterCoercible(want, got Ty) (ok, handled bool) {
	w, isAdt := c.shallow(want).(*Adt)
	if !isAdt || w.Def.Go["into_iter"] == "" {
		return false, false
	}
	elem, isIter := c.intoIterElem(got)
	if !isIter {
		return false, false
	}
	if c.unify(w.Args[0], elem) {
		return true, true
	}
	// v.extend(&other): items &T where T is wanted (Copy types).
	if r, isRef := c.shallow(elem).(*RefTy); isRef && c.unify(w.Args[0], r.Elem) {
		return true, true
	}
	return false, true
}

// forElem gives the element type of a for loop over t, for the iterable
// std value types.
func (c *checker) forElem(t Ty) (Ty, bool) {
	return c.intoIterElem(t)
}

// derefTy strips one reference: the item type of copied()/cloned().
func (c *checker) derefTy(t Ty) Ty {
	if r, ok := c.shallow(t).(*RefTy); ok {
		return r.Elem
	}
	return t
}

// stdAdt builds the std model type mod::name<args>.
func (c *checker) stdAdt(mod, name string, args ...Ty) Ty {
	td := c.l.stdDef(mod, name)
	if td == nil {
		panic("std model lacks " + mod + "::" + name)
	}
	return &Adt{Def: td, Args: args}
}

// isStdType reports whether t is the std model type with Go attribute
// key (set to any value).
func isStdAttr(t Ty, key string) (*Adt, bool) {
	a, ok := t.(*Adt)
	if !ok || !a.Def.Std || a.Def.Go[key] == "" {
		return nil, false
	}
	return a, true
}

// methodSyntaxHooks are the check hooks that read the receiver or the
// arguments of a method call expression.
var methodSyntaxHooks = map[string]bool{"into_iter": true, "slice_get": true}

// valueHooks are the check hooks that also apply to their function used
// as a value (they read only the generic arguments).
var valueHooks = map[string]bool{"parse": true}
