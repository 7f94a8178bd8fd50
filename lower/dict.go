package lower

import (
	"slices"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Operators and Default on type parameters, and user operator impls.
//
// A Go type parameter cannot carry Rust's operator traits: Go's + works
// only on a type set of builtin types, while a Rust T: Add may be
// instantiated with i8 (whose + must panic on overflow, which Go's +
// does not do) and with a user struct (impl Add for V2) in one program.
// So a generic function whose type parameter is bounded by an operator
// trait or by Default receives a dictionary: one Go func parameter per
// such bound, named after the parameter and the operation (T_add,
// T_default), written after its ordinary parameters. Inside the body
// `acc + x` is T_add(acc, x, "file.rs:L:C") (the location is where rustc
// reports an overflow: the operator in the generic body) and
// T::default() is T_default(). Each call site builds the dictionary for
// its type arguments: a closure over the overflow-checked arithmetic of
// a builtin number, over the user's `add` method, over the type's
// Default; a generic caller passes its own dictionary function on. This
// is sound for every instantiation rustc accepts, at the cost of an
// indirect call; functions without such bounds are unchanged.
//
// Free functions and inherent methods (the impl's type parameters and the
// method's own) get dictionaries; a method of a trait impl cannot take
// extra parameters without changing the Go interface it implements, so an
// operator or T::default() on a type parameter there stays unsupported.

// opTraits maps a binary operator to its std trait.
var opTraits = map[string]string{"+": "Add", "-": "Sub", "*": "Mul", "/": "Div", "%": "Rem",
	"&": "BitAnd", "|": "BitOr", "^": "BitXor"}

// dictEntry is one function (or const) of a generic function's
// dictionary.
type dictEntry struct {
	gen    int    // the type parameter's index in fn.Generics
	param  string // its name
	op     string // the operator, or ""
	name   string // the operation: the operator trait's fn (add), default, a static fn or const of a user trait
	trait  *TraitDef
	static *FnDef         // T::new(): a user trait's fn without self
	konst  *ast.ConstDecl // T::NAME: a user trait's const
}

// goName is the Go parameter holding the entry: T_add.
func (e dictEntry) goName() string { return e.param + "_" + e.name }

// dictEntries lists the dictionary a generic function receives, in the
// order of its type parameters and their bounds.
func dictEntries(fn *FnDef) []dictEntry {
	full := takesDict(fn)
	if !full && !takesDropDict(fn) {
		return nil
	}
	var out []dictEntry
	for i, g := range fn.Generics {
		if g.fnBound() != nil {
			continue
		}
		if !full { // a trait impl's method: drops only (drop_dict.go)
			if g.DropDict {
				out = append(out, dictEntry{gen: i, param: g.Name, name: "drop"})
			}
			continue
		}
		if g.CmpDict {
			if name := cmpEntry(append(g.Traits[:len(g.Traits):len(g.Traits)], g.Dict...)); name != "" {
				out = append(out, dictEntry{gen: i, param: g.Name, name: name})
			}
		}
		if g.CloneDict {
			out = append(out, dictEntry{gen: i, param: g.Name, name: "clone"})
		}
		if g.DropDict {
			out = append(out, dictEntry{gen: i, param: g.Name, name: "drop"})
		}
		for _, tr := range append(g.Traits[:len(g.Traits):len(g.Traits)], g.Dict...) {
			switch {
			case tr.Std && tr.Go["op"] != "":
				out = append(out, dictEntry{gen: i, param: g.Name, op: tr.Go["op"], name: tr.Go["fn"]})
			case tr.Std && tr.Go["unary_op"] != "":
				out = append(out, dictEntry{gen: i, param: g.Name, op: "u" + tr.Go["unary_op"], name: tr.Go["fn"]})
			case tr.Std && tr.Go["assign_op"] != "":
				out = append(out, dictEntry{gen: i, param: g.Name, op: tr.Go["assign_op"], name: tr.Go["fn"]})
			case tr.Std && tr.Name == "Default":
				out = append(out, dictEntry{gen: i, param: g.Name, name: "default"})
			case !tr.Std:
				for _, m := range tr.Order {
					if f := tr.Methods[m]; f.Self == NoSelf {
						out = append(out, dictEntry{gen: i, param: g.Name, name: m, trait: tr, static: f})
					}
				}
				for _, d := range tr.Consts {
					out = append(out, dictEntry{gen: i, param: g.Name, name: d.Name.Name, trait: tr, konst: d})
				}
			}
		}
	}
	return out
}

// cmpEntry is the comparison a parameter's bounds need from its
// dictionary: "cmp" (func(a, b T) int) for PartialOrd/Ord, else "eq"
// (func(a, b T) bool) for PartialEq/Eq, else "".
func cmpEntry(bounds []*TraitDef) string {
	name := ""
	for _, tr := range bounds {
		switch k := tr.Go["constraint"]; {
		case tr.Std && k == "cmp.Ordered":
			return "cmp"
		case tr.Std && k == "comparable":
			name = "eq"
		}
	}
	return name
}

// markCmpDicts finds the PartialOrd/Ord/PartialEq/Eq-bounded parameters
// that some call instantiates with a type Go's cmp.Ordered or == would
// not order or compare as Rust does (a user struct deriving PartialOrd, a
// user PartialEq impl): those compare through a dictionary entry instead
// of a Go constraint. A parameter passed on to such a parameter needs one
// too (it has no Go constraint left to satisfy the callee's).
func (l *lowerer) markCmpDicts(checked []*checker) {
	for changed := true; changed; {
		changed = false
		for _, c := range checked {
			for _, ci := range c.calls {
				if ci.fn == nil || ci.fn.Std || ci.fn.TraitDef != nil {
					continue
				}
				for i, g := range ci.fn.Generics {
					if i >= len(ci.args) || g.CmpDict || g.fnBound() != nil {
						continue
					}
					kind := cmpEntry(g.Traits)
					if kind == "" {
						continue
					}
					t := c.resolve(ci.args[i], true)
					need := false
					if p, ok := t.(*ParamTy); ok {
						need = c.fn != nil && c.fn.generic(p.Name) != nil && c.fn.generic(p.Name).CmpDict
					} else if kind == "cmp" {
						need = !goOrdered(t)
					} else {
						need = !l.goComparable(t, 0)
					}
					if need {
						g.CmpDict, changed = true, true
					}
				}
			}
		}
	}
}

// markDynArgs marks the parameters of user functions that some call
// instantiates with a trait object, or with a parameter of its caller
// marked so: a method of a bound reached through a pointer to the value
// (build_item.go) finds the trait object's methods on the value instead.
func (l *lowerer) markDynArgs(checked []*checker) {
	for changed := true; changed; {
		changed = false
		for _, c := range checked {
			for _, ci := range c.calls {
				if ci.fn == nil || ci.fn.Std {
					continue
				}
				for i, g := range ci.fn.Generics {
					if i >= len(ci.args) || g.DynArg {
						continue
					}
					switch t := c.resolve(ci.args[i], true).(type) {
					case *DynTy:
						g.DynArg, changed = true, true
					case *ParamTy:
						if cg := c.fn.generic(t.Name); cg != nil && cg.DynArg {
							g.DynArg, changed = true, true
						}
					}
				}
			}
		}
	}
}

// generic finds the fn's type parameter named name.
func (fn *FnDef) generic(name string) *GenParam {
	if fn == nil {
		return nil
	}
	for _, g := range fn.Generics {
		if g.Name == name {
			return g
		}
	}
	return nil
}

// dictEntryFor finds the entry of fn's dictionary for operation name on
// type parameter param.
func dictEntryFor(fn *FnDef, param, name string) (dictEntry, bool) {
	for _, e := range dictEntries(fn) {
		if e.param == param && e.name == name {
			return e, true
		}
	}
	return dictEntry{}, false
}

// opUse records how a binary operator on a non-builtin type lowers: a
// call of the user's impl method, or of a dictionary function.
type opUse struct {
	fn   *FnDef // impl Add for V2: V2::add
	dict string // T: Add: the dictionary parameter T_add
}

// userOp checks `x OP y` where x's type is a user type implementing the
// operator trait, or a type parameter bounded by it; it reports whether
// it handled the operands, and the result type.
func (c *checker) userOp(e *ast.BinaryExpr, rawX, x Ty) (Ty, bool) {
	trait := opTraits[e.Op]
	if trait == "" {
		return nil, false
	}
	if r, ok := c.shallow(rawX).(*RefTy); ok && !r.Mut {
		// &a + &b by impl Add for &V (refOpImpl)
		if a, ok := c.shallow(r.Elem).(*Adt); ok && !a.Def.Std {
			if fn := a.Def.Traits["Ref"+trait][fnOfOpTrait(c.l, trait)]; fn != nil && fn.Self == SelfRef && len(fn.Params) == 1 {
				c.checkExpr(e.Y, fn.Params[0])
				c.recordOp(e, &opUse{fn: fn})
				return fn.Ret, true
			}
		}
	}
	switch xt := c.shallow(x).(type) {
	case *Adt:
		if xt.Def.Std {
			return nil, false
		}
		if _, ref := c.shallow(rawX).(*RefTy); ref {
			// An operator does not deref: impl Add for V is not &V + &V.
			rawY := c.checkExpr(e.Y, nil)
			c.errorf(opPos(e), "E0369", "%s", opMessage(e.Op, c.resolve(rawX, false), c.resolve(rawY, false)))
			return c.newVar(GeneralVar), true
		}
		fn := xt.Def.Traits[trait][fnOfOpTrait(c.l, trait)]
		if fn == nil || fn.Self != SelfValue || len(fn.Params) != 1 {
			return nil, false
		}
		var args []Ty
		if len(xt.Def.Generics) > 0 && !(instanceImpl(fn) && fn.NOwner == 0 && c.unify(x, fn.SelfTy)) {
			// (impl Add for V<i32> has a signature of its own)
			var ok bool
			if args, ok = c.opImplArgs(e, fn, xt); !ok {
				c.unsupported(e.Span, "operator on the generic type `%s`", c.resolve(x, false))
				return c.newVar(GeneralVar), true
			}
		}
		c.checkExpr(e.Y, subst(fn.Params[0], args))
		c.recordOp(e, &opUse{fn: fn})
		return subst(fn.Ret, args), true
	case *ParamTy:
		de, ok := dictEntryFor(c.fn, xt.Name, fnOfOpTrait(c.l, trait))
		if !ok {
			return nil, false
		}
		c.checkExpr(e.Y, x)
		c.recordOp(e, &opUse{dict: de.goName()})
		return x, true
	}
	return nil, false
}

// primLhsOp checks `2.0 * v` by a user impl of an operator trait for a
// primitive type, impl Mul<V> for f64 (keyed Mul_V, sig.go): the impl
// whose operand type y is, for the primitive (or the unsuffixed
// literal) x.
func (c *checker) primLhsOp(e *ast.BinaryExpr, x, y Ty) (Ty, bool) {
	trait := opTraits[e.Op]
	if ya, ok := c.derefAll(y).(*Adt); trait == "" || !ok || ya.Def.Std {
		return nil, false
	}
	var cands []*Prim
	switch xt := c.shallow(x).(type) {
	case *Prim:
		cands = []*Prim{xt}
	case *TyVar:
		cands = literalPrims(xt.Kind)
	}
	var found *FnDef
	for _, p := range cands {
		d := c.l.prims[p.Name]
		if d == nil {
			continue
		}
		for key, ms := range d.Traits {
			fn := ms[fnOfOpTrait(c.l, trait)]
			if fn == nil || !strings.HasPrefix(key, trait+"_") || len(fn.Params) != 1 || !c.unifyProbe(fn.Params[0], y) {
				continue
			}
			if found != nil { // two impls fit: rustc asks for a type
				return nil, false
			}
			found = fn
		}
	}
	if found == nil {
		return nil, false
	}
	c.unify(x, found.SelfTy)
	c.unify(y, found.Params[0])
	c.recordOp(e, &opUse{fn: found})
	return found.Ret, true
}

// userImplOf finds the method of std operator trait trait (keyed by
// attr = op, as in unary_op = "-") that a user type t implements.
func (c *checker) userImplOf(t Ty, attr, op string) (*FnDef, *Adt) {
	adt, ok := c.shallow(t).(*Adt)
	if !ok || adt.Def.Std {
		return nil, nil
	}
	for name, ms := range adt.Def.Traits {
		tr, ok := c.l.resolvePath(c.l.std, []string{"ops", name}).(*TraitDef)
		if ok && tr.Go[attr] == op {
			return ms[tr.Go["fn"]], adt
		}
	}
	return nil, adt
}

// userUnary checks -v and !v on a user type with an impl Neg (Not): a
// call of its method.
func (c *checker) userUnary(e *ast.UnaryExpr, x Ty) (Ty, bool) {
	if p, ok := c.shallow(x).(*ParamTy); ok { // T: Neg: its dictionary's T_neg
		if de, ok := c.paramOpEntry(p, "unary_op", e.Op); ok {
			c.recordParamOp(e, de.goName())
			return x, true
		}
		return nil, false
	}
	fn, adt := c.userImplOf(x, "unary_op", e.Op)
	if fn == nil {
		return nil, false
	}
	args, ok := c.opImplArgs(e, fn, adt)
	if fn.Self != SelfValue || len(fn.Params) != 0 || !ok {
		c.unsupported(e.Span, "operator `%s` on `%s`", e.Op, c.resolve(x, false))
		return c.newVar(GeneralVar), true
	}
	c.unaryOps[e] = fn
	return subst(fn.Ret, args), true
}

// userAssignOp checks `a += b` on a user type: a call of its impl
// AddAssign's method on the place a; E0368 without one.
func (c *checker) userAssignOp(e *ast.AssignExpr, t Ty) bool {
	if p, ok := c.shallow(t).(*ParamTy); ok { // T: AddAssign: its dictionary's T_add_assign
		if de, ok := c.paramOpEntry(p, "assign_op", e.Op); ok {
			c.checkExpr(e.Rhs, t)
			c.recordParamOp(e, de.goName())
			return true
		}
		return false
	}
	fn, adt := c.userImplOf(t, "assign_op", e.Op)
	if adt == nil {
		return false
	}
	switch {
	case fn == nil:
		c.errorf(e.Span, "E0368", "binary assignment operation `%s` cannot be applied to type `%s`", e.Op, c.resolve(t, false))
	case fn.Self != SelfMut || len(fn.Params) != 1:
		c.unsupported(e.Span, "operator `%s` on `%s`", e.Op, c.resolve(t, false))
	default:
		args, ok := c.opImplArgs(e, fn, adt)
		if !ok {
			c.unsupported(e.Span, "operator `%s` on `%s`", e.Op, c.resolve(t, false))
			break
		}
		c.checkExpr(e.Rhs, subst(fn.Params[0], args))
		c.assignOps[e] = fn
	}
	return true
}

// paramOpEntry is the dictionary entry of the function being checked for
// operator op (keyed by attr, as in unary_op = "-") on its type
// parameter p: that of p's bound by the operator's trait.
func (c *checker) paramOpEntry(p *ParamTy, attr, op string) (dictEntry, bool) {
	g := c.fn.generic(p.Name)
	if g == nil {
		return dictEntry{}, false
	}
	for _, tr := range append(g.Traits[:len(g.Traits):len(g.Traits)], g.Dict...) {
		if tr.Std && tr.Go[attr] == op {
			return dictEntryFor(c.fn, p.Name, tr.Go["fn"])
		}
	}
	return dictEntry{}, false
}

// recordParamOp records that operator e on a type parameter calls the
// dictionary function name.
func (c *checker) recordParamOp(e ast.Expr, name string) {
	if c.paramOps == nil {
		c.paramOps = map[ast.Expr]string{}
	}
	c.paramOps[e] = name
}

// opImplArgs instantiates fn, the method of an operator impl of the
// user type xt, for xt's type arguments, recorded for the dictionary its
// call passes (dictArgs). It reports false for an impl it does not
// model: one for an instantiation (impl Neg for V<i32>) or with a
// generic method.
func (c *checker) opImplArgs(e ast.Expr, fn *FnDef, xt *Adt) ([]Ty, bool) {
	if len(xt.Def.Generics) == 0 {
		return nil, true
	}
	if instanceImpl(fn) || len(fn.Generics) != fn.NOwner {
		return nil, false
	}
	args := c.instantiateMethod(fn, xt.Args)
	if c.opArgs == nil {
		c.opArgs = map[ast.Expr][]Ty{}
	}
	c.opArgs[e] = args
	return args, true
}

func (c *checker) recordOp(e *ast.BinaryExpr, u *opUse) {
	if c.ops == nil {
		c.ops = map[*ast.BinaryExpr]*opUse{}
	}
	c.ops[e] = u
}

// fnOfOpTrait is the method of std operator trait name (Add: add).
func fnOfOpTrait(l *lowerer, name string) string {
	if tr, ok := l.resolvePath(l.std, []string{"ops", name}).(*TraitDef); ok {
		return tr.Go["fn"]
	}
	return ""
}

// userBinary lowers an operator recorded by userOp.
func (b *builder) userBinary(e *ast.BinaryExpr, u *opUse, x, y ir.Expr) ir.Expr {
	if u.fn != nil {
		return b.callImpl(u.fn, x, append([]ir.Expr{y}, b.opDict(e, u.fn)...)...)
	}
	return &ir.Call{Fun: &ir.VarRef{Var: b.useDict(u.dict)}, Args: []ir.Expr{x, y, b.loc(e.Span)}}
}

// opDict is the dictionary of operator impl fn's call at e: for a
// generic type, its type arguments' (opImplArgs).
func (b *builder) opDict(e ast.Expr, fn *FnDef) []ir.Expr {
	if args, ok := b.c.opArgs[e]; ok {
		return b.dictArgs(fn, args, e.Pos())
	}
	return nil
}

// callImpl calls the user's method fn (taking self by value) with
// receiver x and the other arguments.
func (b *builder) callImpl(fn *FnDef, x ir.Expr, args ...ir.Expr) ir.Expr {
	if isGoMethod(fn) {
		return &ir.Call{Fun: &ir.Selector{X: x, Name: goFuncName(fn)}, Args: args}
	}
	return &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: append([]ir.Expr{x}, args...)}
}

// dictType is the Go type of a dictionary entry for the type parameter
// whose Go type is t.
func dictType(e dictEntry, t ir.Type) *ir.Func {
	switch {
	case e.name == "cmp":
		return &ir.Func{Params: []ir.Type{t, t}, Results: []ir.Type{&ir.Basic{Kind: ir.Int}}}
	case e.name == "eq":
		return &ir.Func{Params: []ir.Type{t, t}, Results: []ir.Type{ir.BoolType}}
	case e.name == "clone":
		return &ir.Func{Params: []ir.Type{t}, Results: []ir.Type{t}}
	case e.name == "drop":
		return &ir.Func{Params: []ir.Type{&ir.Pointer{Elem: t}}}
	case e.op == "":
		return &ir.Func{Results: []ir.Type{t}}
	case unaryEntry(e):
		return &ir.Func{Params: []ir.Type{t, rtLoc}, Results: []ir.Type{t}}
	case assignEntry(e):
		return &ir.Func{Params: []ir.Type{&ir.Pointer{Elem: t}, t, rtLoc}}
	}
	return &ir.Func{Params: []ir.Type{t, t, rtLoc}, Results: []ir.Type{t}}
}

// dictEntryType is the Go type of entry e when the type parameter is
// self (the parameter itself, or a type argument).
func (b *builder) dictEntryType(e dictEntry, self Ty, span ast.Span) ir.Type {
	switch {
	case e.static != nil:
		return b.goType(substSelf(&FnTy{Params: e.static.Params, Ret: e.static.Ret}, self), span)
	case e.konst != nil:
		return b.goType(b.l.astType(e.konst.Type, &typeEnv{mod: e.trait.Module, self: self}), span)
	}
	return dictType(e, b.goType(self, span))
}

// traitItemOnParam resolves T::new / T::NAME where T is a type parameter
// of the function being checked, bounded by a user trait declaring it:
// the call or read goes through the dictionary.
func (c *checker) traitItemOnParam(names []string, span ast.Span) (any, bool) {
	if len(names) != 2 || c.fn == nil {
		return nil, false
	}
	idx := -1
	for i, g := range c.generics {
		if g == names[0] {
			idx = i
		}
	}
	if idx < 0 {
		return nil, false
	}
	self := &ParamTy{Name: names[0], Index: idx}
	for _, e := range dictEntries(c.fn) {
		if e.param != names[0] || e.name != names[1] || e.trait == nil {
			continue
		}
		if e.static != nil {
			fn := *e.static
			fn.Params = substSelfList(fn.Params, self)
			fn.Ret = substSelf(fn.Ret, self)
			fn.SelfTy, fn.Dict = self, e.goName()
			return &fn, true
		}
		t := c.l.astType(e.konst.Type, &typeEnv{mod: e.trait.Module, self: self})
		return &ConstDef{Name: e.name, Type: t, Module: e.trait.Module, Span: e.konst.Span, Dict: e.goName()}, true
	}
	if names[1] == "default" {
		return nil, false // T::default() without a dictionary (std_default.go)
	}
	for _, g := range c.fn.Generics {
		if g.Name == names[0] {
			c.unsupported(span, "`%s::%s` on a type parameter here", names[0], names[1])
			return nil, true
		}
	}
	return nil, false
}

func substSelfList(ts []Ty, self Ty) []Ty {
	out := make([]Ty, len(ts))
	for i, t := range ts {
		out[i] = substSelf(t, self)
	}
	return out
}

// dictParams declares the dictionary parameters of the function being
// built.
func (b *builder) dictParams(fn *FnDef) []*ir.Var {
	var out []*ir.Var
	for _, e := range dictEntries(fn) {
		v := &ir.Var{Name: e.goName(), Type: b.dictEntryType(e, &ParamTy{Name: e.param, Index: e.gen}, fn.Decl.Span)}
		if b.dict == nil {
			b.dict = map[string]*ir.Var{}
		}
		b.dict[e.goName()] = v
		b.l.dicts.params[v] = dictKey{fn, e.goName()}
		out = append(out, v)
	}
	return out
}

// useDict is the dictionary parameter name of the function being built,
// marked as used (nil when it has none).
func (b *builder) useDict(name string) *ir.Var {
	v := b.dict[name]
	if v != nil {
		b.l.dicts.used[dictKey{b.c.fn, name}] = true
	}
	return v
}

// dictKey is one entry of a function's dictionary.
type dictKey struct {
	fn   *FnDef
	name string
}

// dictUses records, while functions are built, which dictionary entries
// each one uses, so that trimDicts can drop the others: every method of
// `impl<T: Default + Add> Holder<T>` would otherwise take and be passed
// both functions whether or not its body needs them.
type dictUses struct {
	used   map[dictKey]bool      // read by the function's own body
	passed map[dictKey][]dictKey // passed on as the callee's entry: used if that is
	args   map[ir.Expr]dictKey   // a call's argument for the callee's entry
	params map[*ir.Var]dictKey   // a function's parameter for its entry
}

func newDictUses() dictUses {
	return dictUses{used: map[dictKey]bool{}, passed: map[dictKey][]dictKey{},
		args: map[ir.Expr]dictKey{}, params: map[*ir.Var]dictKey{}}
}

// trimDicts removes the dictionary parameters no body uses (directly or
// by passing them to a callee that uses them) and the arguments calls
// pass for them.
func (l *lowerer) trimDicts() {
	d := &l.dicts
	for changed := true; changed; {
		changed = false
		for callee, callers := range d.passed {
			if !d.used[callee] {
				continue
			}
			for _, c := range callers {
				if !d.used[c] {
					d.used[c], changed = true, true
				}
			}
		}
	}
	for _, decl := range l.out.Decls {
		var root any
		switch x := decl.(type) {
		case *ir.FuncDecl:
			x.Params = slices.DeleteFunc(x.Params, func(v *ir.Var) bool {
				k, ok := d.params[v]
				return ok && !d.used[k]
			})
			root = x.Body
		case *ir.VarDecl:
			root = x.Value
		default:
			continue
		}
		ir.Inspect(root, func(n any) bool {
			switch x := n.(type) {
			case *ir.Call:
				x.Args = slices.DeleteFunc(x.Args, func(a ir.Expr) bool {
					k, ok := d.args[a]
					return ok && !d.used[k]
				})
			}
			return true
		})
	}
}

// dictArgs builds the dictionary a call of fn passes for its type
// arguments args.
func (b *builder) dictArgs(fn *FnDef, args []Ty, span ast.Span) []ir.Expr {
	var out []ir.Expr
	for _, e := range dictEntries(fn) {
		if e.gen >= len(args) {
			b.unsupported(span, "call of `%s` without its type arguments", fn.Path)
			return out
		}
		t := b.c.resolve(args[e.gen], true)
		v := b.dictValue(e, t, span)
		if p, ok := t.(*ParamTy); ok && b.dict[p.Name+"_"+e.name] != nil {
			k := dictKey{b.c.fn, p.Name + "_" + e.name}
			b.l.dicts.passed[dictKey{fn, e.goName()}] = append(b.l.dicts.passed[dictKey{fn, e.goName()}], k)
		}
		b.l.dicts.args[v] = dictKey{fn, e.goName()}
		out = append(out, v)
	}
	return out
}

// dictValue is the dictionary function of entry e at type t.
func (b *builder) dictValue(e dictEntry, t Ty, span ast.Span) ir.Expr {
	if p, ok := t.(*ParamTy); ok { // a generic caller passes its own on
		if v := b.dict[p.Name+"_"+e.name]; v != nil {
			return &ir.VarRef{Var: v}
		}
		b.unsupported(span, "type parameter `%s` without a `%s` dictionary here", p.Name, e.name)
		return &ir.Lit{Value: nil}
	}
	if e.trait != nil {
		return b.traitDictValue(e, t, span)
	}
	switch e.name {
	case "cmp":
		// PartialOrd's comparison (rt.Unordered for a NaN): the generic
		// code's < and partial_cmp treat it so (std_cmp.go partialOrd), and
		// an Ord-bounded parameter is never given a partial type.
		defer b.setPartialCmp(true)()
		return b.cmpFunc(t, span) // std_cmp.go
	case "eq":
		return b.eqFunc(t, span)
	case "clone":
		return b.cloneDictValue(t, span)
	case "drop":
		return b.dropFuncOf(t, span)
	}
	gt := b.goType(t, span)
	ft := dictType(e, gt)
	if e.op == "" {
		body := &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{b.defaultOf(t, span)}}}}
		return &ir.FuncLit{Results: ft.Results, Body: body}
	}
	x := &ir.Var{Name: "x", Type: gt}
	y := &ir.Var{Name: "y", Type: gt}
	at := &ir.Var{Name: "at", Type: rtLoc}
	params := []*ir.Var{x, y, at}
	op := e.op
	switch {
	case unaryEntry(e):
		params, op = []*ir.Var{x, at}, e.op[1:]
	case assignEntry(e):
		x.Type, op = &ir.Pointer{Elem: gt}, strings.TrimSuffix(e.op, "=")
	}
	var val ir.Expr
	xr, yr := ir.Expr(&ir.VarRef{Var: x}), &ir.VarRef{Var: y}
	if assignEntry(e) {
		xr = &ir.Unary{Op: "*", X: xr}
	}
	switch tt := t.(type) {
	case *Prim:
		switch {
		case unaryEntry(e):
			val = b.unaryPrim(op, xr, tt, gt, rt("StdNegLoc")) // core's Neg is not #[track_caller]
		case isInt(tt) && rtArith[op] != "":
			val = b.arithAt(op, xr, yr, tt, span, &ir.VarRef{Var: at})
		case isInt(tt) && (op == "&" || op == "|" || op == "^"):
			val = &ir.Binary{Op: op, X: xr, Y: yr}
		case isFloat(tt) && op == "%":
			val = &ir.Convert{Type: gt, X: call1("math.Mod", &ir.Convert{Type: &ir.Basic{Kind: ir.Float64}, X: xr}, &ir.Convert{Type: &ir.Basic{Kind: ir.Float64}, X: yr})}
		case isFloat(tt) && (op == "+" || op == "-" || op == "*" || op == "/"):
			val = &ir.Binary{Op: op, X: xr, Y: yr}
		case tt.Name == "bool" && (op == "&" || op == "|"):
			val = &ir.Binary{Op: op + op, X: xr, Y: yr}
		case tt.Name == "bool" && op == "^":
			val = &ir.Binary{Op: "!=", X: xr, Y: yr}
		}
	case *Adt:
		val = b.opImplDict(e, tt, &ir.VarRef{Var: x}, yr, span)
	}
	if val == nil {
		b.unsupported(span, "operator `%s` on `%s` through a generic bound", e.op, t)
		return &ir.Lit{Value: nil}
	}
	if assignEntry(e) {
		var body *ir.Block
		if _, isPrim := t.(*Prim); isPrim {
			body = &ir.Block{Stmts: []ir.Stmt{&ir.AssignStmt{Lhs: []ir.Expr{xr}, Op: "=", Rhs: []ir.Expr{val}}}}
		} else {
			body = &ir.Block{Stmts: []ir.Stmt{&ir.ExprStmt{X: val}}}
		}
		return &ir.FuncLit{Params: params, Body: body}
	}
	body := &ir.Block{Stmts: []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{val}}}}
	return &ir.FuncLit{Params: params, Results: ft.Results, Body: body}
}

// unaryEntry reports whether dictionary entry e is a unary operator's
// (T: Neg, T: Not): its op is "u-" or "u!".
func unaryEntry(e dictEntry) bool { return strings.HasPrefix(e.op, "u") }

// assignEntry reports whether dictionary entry e is a compound
// assignment's (T: AddAssign): its op is "+=".
func assignEntry(e dictEntry) bool { return len(e.op) > 1 && strings.HasSuffix(e.op, "=") }

// unaryPrim is -x or !x of primitive type t in a dictionary function
// (overflow reported at at).
func (b *builder) unaryPrim(op string, x ir.Expr, t *Prim, gt ir.Type, at ir.Expr) ir.Expr {
	switch {
	case op == "-" && isInt(t) && isSigned(t) && !b.l.cfg.Release:
		return &ir.Call{Fun: rt("Neg" + rtIntSuffix[t.Name]), Args: []ir.Expr{x, at}}
	case op == "-" && (isInt(t) && isSigned(t) || isFloat(t)):
		return &ir.Unary{Op: "-", X: x}
	case op == "!" && isInt(t):
		return &ir.Unary{Op: "^", X: x}
	case op == "!" && t.Name == "bool":
		return &ir.Unary{Op: "!", X: x}
	}
	return nil
}

// opImplDict is a user type's operator impl method called by the
// dictionary entry e of a type parameter instantiated with t: x (a
// pointer for a compound assignment) and y the operands, y unused for a
// unary operator.
func (b *builder) opImplDict(e dictEntry, t *Adt, x, y ir.Expr, span ast.Span) ir.Expr {
	if t.Def.Std {
		return nil
	}
	var fn *FnDef
	for _, ms := range t.Def.Traits {
		if f := ms[e.name]; f != nil && f.Op {
			fn = f
		}
	}
	if fn == nil || instanceImpl(fn) || len(fn.Generics) != fn.NOwner {
		return nil
	}
	var args []ir.Expr
	switch {
	case unaryEntry(e) && fn.Self == SelfValue:
	case assignEntry(e) && fn.Self == SelfMut:
		if isGoMethod(fn) {
			x = &ir.Unary{Op: "*", X: x} // Go takes the address of the method's receiver
		}
		args = append(args, y)
	case !unaryEntry(e) && !assignEntry(e) && fn.Self == SelfValue:
		args = append(args, y)
	default:
		return nil
	}
	return b.callImpl(fn, x, append(args, b.dictArgs(fn, implArgs(fn, t), span)...)...)
}

// rtLoc is the Go type of a source location passed to rt (rt.Loc).
var rtLoc = &ir.Named{Pkg: "rt", Name: "Loc"}

// traitDictValue is a user trait's static fn or const for type t: the
// implementing type's own function or const.
func (b *builder) traitDictValue(e dictEntry, t Ty, span ast.Span) ir.Expr {
	if adt, ok := t.(*Adt); ok && !adt.Def.Std && len(adt.Def.Generics) == 0 {
		if e.static != nil {
			if fn := adt.Def.Traits[e.trait.Name][e.name]; fn != nil && len(fn.Generics) == 0 {
				return &ir.Qual{Name: goFuncName(fn)}
			}
		} else if cd := adt.Def.Consts[e.name]; cd != nil {
			return &ir.Qual{Name: goConstName(cd)}
		}
	}
	b.unsupported(span, "`%s::%s` of `%s` through a generic bound", e.trait.Name, e.name, t)
	return &ir.Lit{Value: nil}
}
