package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"slices"
	"strconv"
	"strings"
)

// checkExpr infers e's type with an optional expected type and records it.
func (c *checker) checkExpr(e ast.Expr, expected Ty) Ty {
	t, done := c.prechecked[e]
	if done {
		delete(c.prechecked, e) // a receiver userIterRecv wrapped in a call
	} else {
		hint := expected
		if w, ok := c.shallow(expected).(*Adt); ok && w.Def.Go["into_iter"] != "" {
			// Any iterable may stand there (intoIterCoercible): the
			// argument's own type first (a.extend(mem::take(&mut b))).
			hint = nil
		}
		t = c.exprType(e, hint)
	}
	if expected != nil && t != nil {
		if c.coercible(expected, t) {
			c.coerced[e] = c.shallow(expected)
		} else if !c.unify(expected, t) {
			c.mismatch(e.Pos(), expected, t)
		}
	}
	if t == nil {
		t = tyUnit
	}
	c.types[e] = t
	return t
}

func (c *checker) mismatch(s ast.Span, want, got Ty) {
	w, g := c.resolve(want, false), c.resolve(got, false)
	isDyn := func(t Ty) bool { _, ok := t.(*DynTy); return ok }
	if holds(w, isDyn) && !holds(g, isDyn) {
		// Arc<Mutex<A>> as Arc<Mutex<dyn T>>: an unsizing rs2go does
		// not model (only Box<A>, &A and Rc/Arc<A> of the value itself).
		c.unsupported(s, "coercing `%s` to `%s`", g, w)
		return
	}
	c.errorf(s, "E0308", "mismatched types: expected `%s`, found `%s`", w, g)
}

func (c *checker) exprType(e ast.Expr, expected Ty) Ty {
	switch e := e.(type) {
	case *ast.LitExpr:
		return c.litType(e)
	case *ast.PathExpr:
		return c.pathExpr(e)
	case *ast.ParenExpr:
		if b, ok := e.X.(*ast.BinaryExpr); ok { // rustc's span of (y + 1) takes the parentheses in
			if c.parenSpan == nil {
				c.parenSpan = map[*ast.BinaryExpr]ast.Span{}
			}
			c.parenSpan[b] = e.Span
		}
		return c.checkExpr(e.X, expected)
	case *ast.BlockExpr:
		return c.block(e, expected)
	case *ast.CallExpr:
		return c.afterCall(e, c.call(e, expected), expected)
	case *ast.MethodCallExpr:
		return c.afterCall(e, c.methodCall(e, expected), expected)
	case *ast.MacroExpr:
		return c.macro(e, expected)
	case *ast.ClosureExpr:
		var sig *FnBound // Box::new(|x| ..) for a Box<dyn Fn(i32) -> i64>
		if ft, ok := c.shallow(expected).(*FnTy); ok {
			sig = &FnBound{Params: ft.Params, Ret: ft.Ret}
		}
		t := c.closureExpr(e, sig)
		if sig != nil {
			c.closure[e].owner = c.shallow(expected).(*FnTy).Kind
		}
		return t
	case *ast.ForExpr:
		return c.forExpr(e)
	case *ast.RangeExpr:
		return c.rangeExpr(e)
	case *ast.BinaryExpr:
		return c.binary(e)
	case *ast.UnaryExpr:
		return c.unary(e)
	case *ast.AssignExpr:
		return c.assign(e)
	case *ast.IfExpr:
		return c.ifExpr(e, expected)
	case *ast.WhileExpr:
		return c.whileExpr(e)
	case *ast.LoopExpr:
		return c.loopExpr(e)
	case *ast.BreakExpr:
		return c.breakExpr(e)
	case *ast.ContinueExpr:
		c.findLoop(e.Label, e.Span, "continue")
		return tyNever
	case *ast.ReturnExpr:
		if c.ret == nil { // a const or static's value
			c.errorf(e.Span, "E0572", "return statement outside of function body")
			return tyNever
		}
		if e.Value != nil {
			c.checkExpr(e.Value, c.ret)
		} else if !c.unify(c.ret, tyUnit) {
			c.mismatch(e.Span, c.ret, tyUnit)
		}
		return tyNever
	case *ast.TupleExpr:
		return c.tupleExpr(e, expected)
	case *ast.MatchExpr:
		return c.matchExpr(e, expected)
	case *ast.FieldExpr:
		return c.fieldExpr(e)
	case *ast.RefExpr:
		return c.refExpr(e, expected)
	case *ast.StructExpr:
		return c.structExpr(e)
	case *ast.ArrayExpr:
		elem := Ty(c.newVar(GeneralVar))
		if a, ok := c.shallow(orNil(expected)).(*ArrayTy); ok {
			elem = a.Elem
		}
		for _, x := range e.Elems {
			c.checkExpr(x, elem)
		}
		return &ArrayTy{Elem: elem, Len: int64(len(e.Elems))}
	case *ast.ArrayRepeatExpr:
		elem := c.checkExpr(e.Elem, nil)
		c.checkExpr(e.Count, tyUsize)
		n, _ := constLen(e.Count)
		return &ArrayTy{Elem: elem, Len: n}
	case *ast.IndexExpr:
		return c.indexExpr(e)
	case *ast.CastExpr:
		return c.castExpr(e) // cast.go
	case *ast.TryExpr:
		return c.tryExpr(e) // try.go
	case *ast.BadExpr:
		c.unsupported(e.Span, "%s", e.What)
		return c.newVar(GeneralVar)
	}
	c.unsupported(e.Pos(), "%s", describeExpr(e))
	return c.newVar(GeneralVar)
}

func (c *checker) litType(e *ast.LitExpr) Ty {
	switch e.Kind {
	case ast.IntLit:
		if e.Suffix != "" {
			if p, ok := prims[e.Suffix]; ok {
				return p
			}
		}
		return c.newVar(IntVar)
	case ast.FloatLit:
		if e.Suffix != "" {
			return prims[e.Suffix]
		}
		return c.newVar(FloatVar)
	case ast.StrLit:
		return &RefTy{Elem: tyStr}
	case ast.CharLit:
		return tyChar
	case ast.BoolLit:
		return tyBool
	case ast.ByteLit:
		return tyU8
	case ast.ByteStrLit:
		return &RefTy{Elem: &ArrayTy{Elem: tyU8, Len: int64(len(e.Value))}}
	}
	c.unsupported(e.Span, "byte literal")
	return c.newVar(GeneralVar)
}

// pathExpr resolves a path in expression position: a local, a function,
// or an enum variant.
func (c *checker) pathExpr(e *ast.PathExpr) Ty {
	p := e.Path
	if len(p.Segments) == 1 && !p.Global {
		if loc := c.lookupLocal(p.Segments[0].Name.Name); loc != nil {
			c.refs[e] = loc
			return loc.Ty
		}
	}
	item, ownerArgs := c.resolveValuePath(p)
	switch it := item.(type) {
	case *FnDef:
		if e != c.callee && it.Name == "from" && isFromKey(it.Trait) && it.Owner != nil && (it.Owner.Std && !it.Std || len(c.l.fromImpls(it.Owner)) > 1) {
			// .map(J::from): which impl is not chosen by an argument here.
			c.unsupported(e.Pos(), "`%s` as a function value, beside other From impls", pathString(p))
			return c.newVar(GeneralVar)
		}
		c.items[e] = it
		args := c.instantiate(it, ownerArgs)
		c.turbofish(p, it, args)
		c.calls[e] = &callInfo{fn: it, args: args}
		ft := &FnTy{Params: append(c.selfParam(it, args), substList(it.Params, args)...), Ret: subst(it.Ret, args)}
		if it.Std && valueHooks[hookName(it)] { // .map(str::parse::<i32>): parse's error type
			c.afterCall(e, ft, nil)
		}
		return ft
	case *VariantDef:
		c.items[e] = it
		args := ownerArgs
		if args == nil {
			args = c.lastSegArgs(p, len(it.Enum.Generics)) // None::<String>
		}
		self := &Adt{Def: it.Enum, Args: args}
		if len(it.Fields) == 0 || it.Names != nil {
			return self
		}
		return &FnTy{Params: substList(it.Fields, args), Ret: self}
	case *ConstDef:
		c.items[e] = it
		if it.Type == nil {
			return c.newVar(GeneralVar)
		}
		return it.Type
	case *TypeDef:
		// A struct with named fields or an enum is not a value, nor is a
		// std type whose stub is a unit struct but whose Go form is not a
		// struct (String is a Go string).
		if sd, ok := it.Decl.(*ast.StructDecl); !ok || sd.Kind == ast.NamedFields || stdNotStruct(it) {
			kind := "struct"
			if _, isEnum := it.Decl.(*ast.EnumDecl); isEnum {
				kind = "enum"
			}
			c.errorf(p.Span, "E0423", "expected value, found %s `%s`", kind, pathString(p))
			return c.newVar(GeneralVar)
		}
		if sd, ok := it.Decl.(*ast.StructDecl); ok && sd.Kind != ast.NamedFields {
			c.items[e] = it
			args := ownerArgs
			if args == nil {
				args = c.lastSegArgs(p, len(it.Generics)) // S::<u8>(None)
			}
			self := &Adt{Def: it, Args: args}
			if sd.Kind == ast.UnitStruct {
				return self
			}
			var params []Ty
			for _, f := range it.Fields {
				params = append(params, subst(f.Type, args))
			}
			return &FnTy{Params: params, Ret: self}
		}
	}
	first := p.Segments[0].Name.Name
	if _, isTrait := c.l.resolvePath(c.mod, pathNames(p)[:len(p.Segments)-1]).(*TraitDef); isTrait && len(p.Segments) > 1 {
		c.unsupported(p.Span, "trait item `%s` as a value", pathString(p)) // .map(Shape::area)
	} else if _, prim := primGo[first]; c.l.inStd(c.mod, pathNames(p)) || (prim || first == "u128" || first == "i128") && len(p.Segments) == 2 {
		c.unsupported(p.Span, "std item `%s`", pathString(p)) // u32::from_le_bytes
	} else if len(p.Segments) == 1 {
		c.errorf(p.Span, "E0425", "cannot find value `%s` in this scope", p.Last())
	} else {
		c.errorf(p.Span, "E0425", "cannot find value `%s` in this scope", pathString(p))
	}
	return c.newVar(GeneralVar)
}

// lastSegArgs gives n fresh variables for the generics of the item p
// names, tied to the generic arguments of p's last segment where it has
// them all.
func (c *checker) lastSegArgs(p *ast.Path, n int) []Ty {
	args := c.freshArgs(n)
	if last := p.Segments[len(p.Segments)-1]; len(last.Args) == n {
		for i, a := range last.Args {
			c.unify(args[i], c.l.astType(a, c.inferEnv()))
		}
	}
	return args
}

func (c *checker) freshArgs(n int) []Ty {
	out := make([]Ty, n)
	for i := range out {
		out[i] = c.newVar(GeneralVar)
	}
	return out
}

// instantiate gives fresh variables to fn's generics; owner arguments, when
// known (a method on a known receiver), are used as given.
func (c *checker) instantiate(fn *FnDef, owner []Ty) []Ty {
	args := make([]Ty, len(fn.Generics))
	for i := range args {
		if i < len(owner) {
			args[i] = owner[i]
		} else {
			args[i] = c.newVar(GeneralVar)
		}
	}
	return args
}

// call checks Fun(Args): a path to a function or tuple variant, or a local
// closure or function value.
func (c *checker) call(e *ast.CallExpr, expected Ty) Ty {
	if pe, ok := e.Fun.(*ast.PathExpr); ok {
		if t, ok := c.fmtForward(e, pe); ok {
			return t
		}
		c.callee = pe
		ft := c.checkExpr(pe, nil)
		c.callee = nil
		if ci := c.calls[pe]; ci != nil {
			c.fromOverload(ci, e.Args) // E::from(x) of several impl From<X> for E (std_num.go)
			c.calls[e] = ci
			if isUFCS(ci.fn, e.Args) {
				return c.ufcsCall(e, ci)
			}
			if ci.fn.Self != NoSelf && len(e.Args) == len(ci.fn.Params) {
				// Type::method(args) without the receiver.
				n := len(ci.fn.Params) + 1
				c.errorf(e.Span, "E0061", "this function takes %d argument%s but %d argument%s supplied",
					n, plural(n), len(e.Args), pluralWere(len(e.Args)))
				return c.newVar(GeneralVar)
			}
			c.expectRet(subst(ci.fn.Ret, ci.args), expected)
			return c.callArgs(e.Span, ci.fn, ci.args, e.Args, nil)
		}
		if f, ok := c.shallow(ft).(*FnTy); ok {
			c.expectRet(f.Ret, expected) // Some(..), Ok(..), tuple structs
		}
		return c.callValue(e, ft)
	}
	return c.callValue(e, c.checkExpr(e.Fun, nil))
}

// callValue calls a value of function or closure type.
func (c *checker) callValue(e *ast.CallExpr, ft Ty) Ty {
	var params []Ty
	var ret Ty
	switch f := c.autoDerefTy(ft).(type) {
	case *FnTy:
		params, ret = f.Params, f.Ret
	case *ClosureTy:
		params, ret = f.Params, f.Ret
	case *ParamTy:
		if fb := c.genericFnBound(f.Name); fb != nil {
			params, ret = fb.Params, fb.Ret
			break
		}
		if fb := c.selfFnBound(f.Name); fb != nil { // (self.f)(x) in impl<F: Fn(u32) -> u32> Cacher<F>
			params, ret = fb.Params, fb.Ret
			break
		}
		if c.fn != nil && slices.IndexFunc(c.fn.Generics[:c.fn.NOwner], func(g *GenParam) bool { return g.Name == f.Name }) >= 0 {
			// impl<F: Fn(u64) -> u64> W<F>: Go's type W[F any] cannot
			// call its parameter.
			c.unsupported(e.Fun.Pos(), "calling a value of the type parameter `%s` of an impl", f.Name)
			return c.newVar(GeneralVar)
		}
		c.errorf(e.Fun.Pos(), "E0618", "expected function, found `%s`", f.Name)
		return c.newVar(GeneralVar)
	default:
		c.errorf(e.Fun.Pos(), "E0618", "expected function, found `%s`", c.resolve(ft, false))
		return c.newVar(GeneralVar)
	}
	if len(params) != len(e.Args) {
		c.errorf(e.Span, "E0057", "this function takes %d arguments but %d were supplied", len(params), len(e.Args))
		return ret
	}
	for i, a := range e.Args {
		c.checkExpr(a, params[i])
	}
	return ret
}

// callArgs checks the arguments of a call to fn instantiated with args
// (self excluded when recv is given). Closure arguments take their
// signature from the Fn bound of their parameter's generic type.
func (c *checker) callArgs(s ast.Span, fn *FnDef, args []Ty, argExprs []ast.Expr, recv ast.Expr) Ty {
	if len(argExprs) != len(fn.Params) {
		c.errorf(s, "E0061", "this function takes %d argument%s but %d argument%s supplied",
			len(fn.Params), plural(len(fn.Params)), len(argExprs), pluralWere(len(argExprs)))
		return subst(fn.Ret, args)
	}
	for i, a := range argExprs {
		if t, ok := fn.ConvParams[i]; ok {
			c.convArg(a, t)
			continue
		}
		pt := subst(fn.Params[i], args)
		_, direct := fn.Params[i].(*ParamTy)
		c.noteArgSite(a, fn, i, direct && c.fnBoundOf(fn, fn.Params[i], args) != nil)
		if cl, ok := assertUnwindSafe(a); ok && direct && c.fnBoundOf(fn, fn.Params[i], args) != nil {
			// catch_unwind(AssertUnwindSafe(|| ..)): the closure is the
			// argument, as for catch_unwind(|| ..).
			if gb := fn.Generics[fn.Params[i].(*ParamTy).Index].fnBound(); gb != nil {
				if _, generic := gb.Ret.(*ParamTy); generic && fn.Go["intrinsic"] == "call" {
					c.genericRet[cl] = true
				}
			}
		}
		if cl, ok := a.(*ast.ClosureExpr); ok && direct {
			if bound := c.fnBoundOf(fn, fn.Params[i], args); bound != nil {
				if bound.Kind == "FnOnce" {
					c.fnOnce[cl] = true
				}
				// (std's other intrinsics take a func() where it is ().)
				if gb := fn.Generics[fn.Params[i].(*ParamTy).Index].fnBound(); gb != nil {
					if _, generic := gb.Ret.(*ParamTy); generic && (!fn.Std || fn.Go["intrinsic"] == "call") {
						c.genericRet[cl] = true
					}
				}
				t := c.closureExpr(cl, bound)
				c.types[cl] = t
				c.unify(pt, t)
				continue
			}
		}
		at := c.checkExpr(a, pt)
		if bound := c.fnBoundOf(fn, fn.Params[i], args); bound != nil {
			if notCallable(c.resolve(at, false)) {
				var ps []string
				for _, p := range bound.Params {
					ps = append(ps, c.resolve(p, false).String())
				}
				// &F is callable where F is: rustc reports the referenced
				// expression, and F itself unless the bound is FnOnce.
				found, at2 := c.resolve(at, false), a
				for {
					r, isRef := found.(*RefTy)
					re, isRefExpr := unparen(at2).(*ast.RefExpr)
					if !isRef || !isRefExpr {
						break
					}
					if bound.Kind != "FnOnce" {
						found = c.resolve(r.Elem, false)
					}
					at2 = re.X
				}
				c.errorf(at2.Pos(), "E0277", "expected a `%s(%s)` closure, found `%s`", bound.Kind, strings.Join(ps, ", "), found)
				continue
			}
			c.unifyFnBound(bound, at) // thread::spawn(worker): T from worker's return type
		}
	}
	c.fixAssocArgs(fn, args)
	return subst(fn.Ret, args)
}

// fixAssocArgs instantiates the parameters assocParams synthesized for
// fn (R_Acc for R::Acc) with the associated type of R's argument: the
// impl's, or the caller's own synthesized parameter where R's argument is
// the caller's generic parameter.
func (c *checker) fixAssocArgs(fn *FnDef, args []Ty) {
	for i, g := range fn.Generics {
		if g.AssocOf == "" || i >= len(args) {
			continue
		}
		j := slices.IndexFunc(fn.Generics, func(p *GenParam) bool { return p.Name == g.AssocOf })
		if j < 0 || j >= len(args) {
			continue
		}
		var at Ty
		switch r := c.derefAll(args[j]).(type) {
		case *Adt:
			at = assocOfAdt(r, g.AssocTrait, g.AssocName)
		case *ParamTy:
			at = c.boundAssoc(&AssocTy{Trait: g.AssocTrait, Name: g.AssocName}, r)
		}
		if at != nil {
			c.unify(args[i], at)
		}
	}
	for j, g := range fn.Generics { // R: Trait<Acc = T>: R's Acc is T
		if j >= len(args) {
			break
		}
		for name := range g.Binds {
			fixed, ok := fn.Fixed[g.Name+"_"+name]
			if !ok {
				continue
			}
			for _, tr := range g.Traits {
				if !slices.Contains(tr.Assoc, name) {
					continue
				}
				var at Ty
				switch r := c.derefAll(args[j]).(type) {
				case *Adt:
					at = assocOfAdt(r, tr, name)
				case *ParamTy:
					at = c.boundAssoc(&AssocTy{Trait: tr, Name: name}, r)
				}
				if at != nil {
					c.unify(subst(fixed, args), at)
				}
			}
		}
	}
}

// notCallable reports whether a value of type t can be no closure: a
// number, a tuple, a struct or enum of the program, an std type that is
// not a smart pointer.
func notCallable(t Ty) bool {
	switch t := t.(type) {
	case *RefTy: // &F is callable where F is
		return notCallable(t.Elem)
	case *Prim, *TupleTy, *ArrayTy, *SliceTy:
		return true
	case *TyVar: // an unsuffixed literal: call_twice(&mut 0)
		return t.Kind == IntVar || t.Kind == FloatVar
	case *Adt:
		switch t.Def.Name {
		case "Box", "Rc", "Arc":
			return !t.Def.Std
		}
		return true
	}
	return false
}

// fnBoundOf returns the instantiated Fn bound of a parameter whose type is
// a generic parameter of fn, or a reference to one (f: &F), if it has one.
func (c *checker) fnBoundOf(fn *FnDef, param Ty, args []Ty) *FnBound {
	for {
		r, ok := param.(*RefTy)
		if !ok {
			break
		}
		param = r.Elem
	}
	pt, ok := param.(*ParamTy)
	if !ok || pt.Index >= len(fn.Generics) {
		return nil
	}
	if pt.Index < fn.NOwner && fn.Generics[pt.Index].fnBound() == nil {
		if fb := selfFnBound(fn, pt.Name); fb != nil { // Cacher::new(|x| ..)
			return subst(fb, args).(*FnBound)
		}
	}
	for _, b := range fn.Generics[pt.Index].Bounds {
		if fb, ok := b.(*FnBound); ok {
			return subst(fb, args).(*FnBound)
		}
	}
	return nil
}

// methodCall resolves Recv.name(args) through the receiver's type: its
// own methods, then what it derefs to (references, Vec → [T], String →
// str, Box<T> → T), as rustc's method probe does.
func (c *checker) methodCall(e *ast.MethodCallExpr, expected Ty) Ty {
	recvT := c.checkExpr(e.Recv, nil)
	if t := c.userIterRecv(e, recvT); t != nil {
		recvT = t
	}
	fn, owner, ok := c.lookupMethod(recvT, e.Name)
	if !ok {
		return c.newVar(GeneralVar)
	}
	if fn.RecvTy != nil && !c.explicitRecv(e, fn, recvT) {
		return c.newVar(GeneralVar)
	}
	args := c.instantiateMethod(fn, owner)
	c.noteRecvOwner(e.Recv, fn)
	for i, t := range e.Turbofish {
		if fn.NOwner+i < len(args) {
			c.unify(args[fn.NOwner+i], c.l.astType(t, c.inferEnv()))
		}
	}
	c.calls[e] = &callInfo{fn: fn, args: args, recvT: c.resolve(recvT, false)}
	if p, ok := fn.Ret.(*ParamTy); ok && p.Index >= fn.NOwner && plainExpected(c.resolve(orNil(expected), false)) && !(fn.Std && fn.Go["hook"] == "byte_array") {
		// it.fold(Default::default(), |m, x| ..) in a `let m: T`: the
		// result type is known before the arguments are checked, as in
		// rustc (the closure's accumulator needs it).
		if ret := subst(fn.Ret, args); c.unifyProbe(ret, expected) {
			c.unify(ret, expected)
		}
	}
	return c.callArgs(e.Span, fn, args, e.Args, e.Recv)
}

// implFor picks among std methods of one name in impls for different type
// arguments (fn.Next) the one whose impl's self type t matches
// (none matching: the last declared, as before there were several).
func (c *checker) implFor(fn *FnDef, t Ty) *FnDef {
	if fn == nil || fn.Next == nil {
		return fn
	}
	for f := fn; f != nil; f = f.Next {
		if selfMatches(f.SelfTy, c.resolve(t, true)) {
			return f
		}
	}
	return fn
}

// selfMatches reports whether type t may be an instance of an impl's self
// type pattern (its type parameters match anything, as do unknown parts).
func selfMatches(pattern, t Ty) bool {
	p, ok := pattern.(*Adt)
	if !ok {
		return true
	}
	a, ok := t.(*Adt)
	if !ok {
		_, open := t.(*TyVar)
		return open
	}
	if a.Def != p.Def || len(a.Args) != len(p.Args) {
		return false
	}
	for i := range p.Args {
		if !selfMatches(p.Args[i], a.Args[i]) {
			return false
		}
	}
	return true
}

// explicitRecv checks the receiver of a method with an explicit self
// type. `self: Box<Self>` (Arc<Self>, Rc<Self>) takes the smart pointer,
// moved into the call: through a reference that would move out of a
// borrow (E0507, which this rejects as unsupported). `self: &Arc<Self>`
// borrows it, through any references. On the value itself the method is
// not found, as rustc reports.
func (c *checker) explicitRecv(e *ast.MethodCallExpr, fn *FnDef, recvT Ty) bool {
	want, byRef := fn.RecvTy, false
	if r, ok := want.(*RefTy); ok {
		want, byRef = r.Elem, true
	}
	wa, _ := want.(*Adt)
	t := c.resolve(recvT, true)
	for byRef {
		r, ok := t.(*RefTy)
		if !ok {
			break
		}
		t = c.resolve(r.Elem, true)
	}
	switch t := t.(type) {
	case *Adt:
		if wa != nil && t.Def == wa.Def {
			return true
		}
		if !t.Def.Std {
			c.errorf(e.Name.Span, "E0599", "no method named `%s` found for %s `%s` in the current scope", e.Name.Name, kindName(t.Def), t)
			return false
		}
	case *TyVar:
		return true
	}
	c.unsupported(e.Recv.Pos(), "calling the `self: %s` method `%s` on a `%s`", fn.RecvTy, e.Name.Name, c.resolve(recvT, true))
	return false
}

// plainExpected reports whether an expected type can be taken as a
// method's generic result type: a known type without references or trait
// objects in it (where a coercion could make the result another type).
func plainExpected(t Ty) bool {
	switch t := t.(type) {
	case *Adt:
		for _, a := range t.Args {
			if !plainExpected(a) {
				return false
			}
		}
		return !t.Def.Std || t.Def.Go["box"] == "" && t.Def.Go["unsize"] == ""
	case *Prim:
		return true
	case *TupleTy:
		for _, e := range t.Elems {
			if !plainExpected(e) {
				return false
			}
		}
		return len(t.Elems) > 0
	}
	return false
}

// userIterRecv lets a value of a user type implementing Iterator take a
// method of std's iterators that the type does not define itself
// (`counter.zip(..)`, `c.by_ref()`): the receiver becomes the call
// std::iter::user_iter(recv), or user_iter(&mut recv) for a &mut self
// method, which lowers to an rt.Iter calling the type's next. It returns
// the new receiver's type, or nil.
func (c *checker) userIterRecv(e *ast.MethodCallExpr, t Ty) Ty {
	base, isRef := c.shallow(t), false
	if r, ok := base.(*RefTy); ok && r.Mut {
		base, isRef = c.shallow(r.Elem), true
	}
	adt, ok := base.(*Adt)
	if !ok || adt.Def.IterItem == nil || adt.Def.Methods[e.Name.Name] != nil {
		return nil
	}
	for _, ms := range adt.Def.Traits {
		if ms[e.Name.Name] != nil {
			return nil
		}
	}
	iter := c.l.stdDef("iter", "Iter")
	m := iter.Methods[e.Name.Name]
	if m == nil || m.Self == NoSelf {
		return nil
	}
	switch e.Name.Name {
	case "rev", "next_back", "nth_back", "rfind", "rposition", "rfold":
		c.errorf(e.Name.Span, "E0277", "the trait bound `%s: DoubleEndedIterator` is not satisfied", adt)
	case "len":
		c.errorf(e.Name.Span, "E0277", "the trait bound `%s: ExactSizeIterator` is not satisfied", adt)
	}
	span := e.Recv.Pos()
	arg := e.Recv
	c.prechecked[arg] = t
	if m.Self == SelfMut && !isRef {
		arg = &ast.RefExpr{Mut: true, X: arg, Span: span}
	}
	seg := func(name string) *ast.PathSegment { return &ast.PathSegment{Name: ast.Ident{Name: name, Span: span}} }
	fun := &ast.PathExpr{Path: &ast.Path{Segments: []*ast.PathSegment{seg("std"), seg("iter"), seg("user_iter")}, Span: span}}
	e.Recv = &ast.CallExpr{Fun: fun, Args: []ast.Expr{arg}, Span: span}
	return c.checkExpr(e.Recv, nil)
}

// lookupMethod finds method name for a receiver of type t, returning the
// method and the generic arguments of the type that owns it.
func (c *checker) lookupMethod(t Ty, name ast.Ident) (*FnDef, []Ty, bool) {
	if _, open := c.derefAll(c.resolve(t, false)).(*TyVar); open && c.std != nil && len(c.std.pending) > 0 {
		// As rustc resolves pending obligations before it needs a
		// receiver's type: s.parse().map(E::Num).map_err(|e| e.to_string())
		// knows e once parse's hook sees its target.
		c.solveDeferred(false)
	}
	cur := c.resolve(t, false)
	for steps := 0; steps < 8; steps++ {
		if fn := c.traitMethod(cur, name.Name); fn != nil {
			return fn, nil, true
		}
		def, args, next := c.l.methodOwner(cur)
		if def != nil {
			if fn := c.implFor(def.Methods[name.Name], cur); fn != nil && fn.Self != NoSelf {
				return fn, args, true
			}
		}
		if next == nil {
			break
		}
		cur = c.resolve(next, false)
	}
	if fn, args, ok := c.blanketMethod(c.blanketRecv(t), name.Name); ok { // clone, to_string, into, ... (std_check.go)
		return fn, args, true
	}
	if v, ok := c.derefAll(cur).(*TyVar); ok {
		// 42.hi() with one impl of a user trait among the integer types:
		// rustc takes that type.
		var only *Prim
		for _, p := range literalPrims(v.Kind) {
			if d := c.l.prims[p.Name]; d != nil && d.Methods[name.Name] != nil && !d.Methods[name.Name].Std {
				if only != nil {
					only = nil
					break
				}
				only = p
			}
		}
		if only != nil && c.unify(v, only) {
			return c.lookupMethod(t, name)
		}
	}
	switch base := c.derefAll(cur).(type) {
	case *TyVar:
		if c.l.blanketFns[name.Name] && base.Kind != GeneralVar {
			c.unsupported(name.Span, "method `%s` of a blanket impl on a number", name.Name)
			break
		}
		c.errorf(name.Span, "E0282", "type annotations needed")
	case *Adt:
		if base.Def.Std {
			c.unsupported(name.Span, "method `%s` of `%s`", name.Name, base.Def.Name)
		} else {
			c.errorf(name.Span, "E0599", "no method named `%s` found for %s `%s` in the current scope", name.Name, kindName(base.Def), base)
		}
	default:
		c.unsupported(name.Span, "method `%s` on `%s`", name.Name, c.resolve(t, false))
	}
	return nil, nil, false
}

func kindName(d *TypeDef) string {
	if _, ok := d.Decl.(*ast.EnumDecl); ok {
		return "enum"
	}
	return "struct"
}

func (c *checker) inferEnv() *typeEnv {
	env := &typeEnv{mod: c.mod, infer: func() Ty { return c.newVar(GeneralVar) }, self: c.selfTy, generics: c.generics}
	if c.fn != nil {
		env.selfAlias = c.fn.SelfAlias
		env.fixed = c.fn.Fixed
		if c.fn.Owner != nil && c.fn.Trait != "" {
			env.assoc = c.fn.Owner.Assoc[c.fn.Trait] // Self::Acc in an impl's method body
		}
	}
	return env
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func pluralWere(n int) string {
	if n == 1 {
		return " was"
	}
	return "s were"
}

func pathString(p *ast.Path) string {
	s := ""
	for i, seg := range p.Segments {
		if i > 0 {
			s += "::"
		}
		s += seg.Name.Name
	}
	return s
}

// describeExpr names an expression kind for unsupported-construct messages.
func describeExpr(e ast.Expr) string {
	switch e.(type) {
	case *ast.RefExpr:
		return "reference expression"
	case *ast.FieldExpr:
		return "field access"
	case *ast.IndexExpr:
		return "index expression"
	case *ast.CastExpr:
		return "`as` cast"
	case *ast.TryExpr:
		return "`?` operator"
	case *ast.MatchExpr:
		return "`match` expression"
	case *ast.TupleExpr:
		return "tuple expression"
	case *ast.ArrayExpr, *ast.ArrayRepeatExpr:
		return "array expression"
	case *ast.StructExpr:
		return "struct expression"
	case *ast.LetExpr:
		return "`let` expression"
	}
	return "this expression"
}

// constLen evaluates an array length written as an integer literal.
func constLen(e ast.Expr) (int64, bool) {
	if lit, ok := unparen(e).(*ast.LitExpr); ok && lit.Kind == ast.IntLit {
		n, err := strconv.ParseInt(lit.Text, 0, 64)
		return n, err == nil
	}
	return -1, false
}

// genericFnBound returns the Fn bound of the current function's generic
// parameter name.
func (c *checker) genericFnBound(name string) *FnBound {
	if c.fn == nil {
		return nil
	}
	for _, g := range c.fn.Generics {
		if g.Name == name {
			return g.fnBound()
		}
	}
	return nil
}

// selfFnBound is the Fn bound of the impl parameter name where the self
// type's declaration or impls bound it (TypeDef.FnBounds), in terms of
// the impl's parameters.
func (c *checker) selfFnBound(name string) *FnBound {
	if c.fn == nil {
		return nil
	}
	return selfFnBound(c.fn, name)
}

func selfFnBound(fn *FnDef, name string) *FnBound {
	st, ok := fn.SelfTy.(*Adt)
	if !ok || st.Def.FnBounds == nil {
		return nil
	}
	for i, a := range st.Args {
		if pt, ok := a.(*ParamTy); ok && pt.Name == name && i < len(st.Def.Generics) {
			if fb := st.Def.FnBounds[st.Def.Generics[i]]; fb != nil {
				return &FnBound{Kind: fb.Kind, Params: substList(fb.Params, st.Args), Ret: subst(fb.Ret, st.Args)}
			}
		}
	}
	return nil
}

// traitMethod finds a method of a trait object or of a generic parameter's
// trait bounds, with Self replaced by the receiver's type.
func (c *checker) traitMethod(t Ty, name string) *FnDef {
	var traits []*TraitDef
	switch t := c.shallow(t).(type) {
	case *DynTy:
		traits = []*TraitDef{t.Trait}
	case *ParamTy:
		if c.fn != nil {
			for _, g := range c.fn.Generics {
				if g.Name == t.Name {
					traits = append(g.Traits[:len(g.Traits):len(g.Traits)], g.Dict...)
				}
			}
		}
	default:
		return nil
	}
	for len(traits) > 0 {
		tr := traits[0]
		traits = append(traits[1:], tr.Supers...)
		if m := tr.Methods[name]; m != nil && m.Self != NoSelf {
			cp := *m
			cp.Params = make([]Ty, len(m.Params))
			for i, p := range m.Params {
				cp.Params[i] = c.boundAssoc(substSelf(p, t), t)
			}
			cp.Ret = c.boundAssoc(substSelf(m.Ret, t), t)
			return &cp
		}
	}
	return nil
}

// assocOfAdt is the associated type name of a's impl of trait tr (or of
// the supertrait that declares it), nil where there is none.
func assocOfAdt(a *Adt, tr *TraitDef, name string) Ty {
	if a.Def.Std {
		return nil
	}
	t := a.Def.Assoc[tr.Name][name]
	if t == nil {
		return nil
	}
	return subst(t, a.Args) // impl<T> Tr for W<T> { type Item = T; } (implAssocArgs)
}

// boundAssoc replaces Self::Acc in a trait method's signature, called on
// a value of generic type p bounded by the trait, by the function's
// synthesized parameter p_Acc (sig.go, assocParams).
func (c *checker) boundAssoc(t Ty, self Ty) Ty {
	p, ok := self.(*ParamTy)
	if !ok || c.fn == nil || !holds(t, func(t Ty) bool { _, ok := t.(*AssocTy); return ok }) {
		return t
	}
	return mapTy(t, func(t Ty) (Ty, bool) {
		a, ok := t.(*AssocTy)
		if !ok {
			return nil, false
		}
		for i, g := range c.fn.Generics {
			if g.AssocOf == p.Name && g.AssocName == a.Name && hasSuper(g.AssocTrait, a.Trait) {
				return &ParamTy{Name: g.Name, Index: i}, true
			}
		}
		if t, ok := c.fn.Fixed[p.Name+"_"+a.Name]; ok { // bound by S: Trait<Acc = X>
			return t, true
		}
		return a, true
	})
}

// mapTy rebuilds t with f applied to each type in it (f's result, where
// it reports true, replaces that type).
func mapTy(t Ty, f func(Ty) (Ty, bool)) Ty {
	if r, ok := f(t); ok {
		return r
	}
	list := func(ts []Ty) []Ty {
		out := make([]Ty, len(ts))
		for i, x := range ts {
			out[i] = mapTy(x, f)
		}
		return out
	}
	switch x := t.(type) {
	case *RefTy:
		return &RefTy{Mut: x.Mut, Elem: mapTy(x.Elem, f)}
	case *Adt:
		return &Adt{Def: x.Def, Args: list(x.Args)}
	case *TupleTy:
		if len(x.Elems) == 0 {
			return x
		}
		return &TupleTy{Elems: list(x.Elems)}
	case *FnTy:
		return &FnTy{Params: list(x.Params), Ret: mapTy(x.Ret, f), Kind: x.Kind}
	case *SliceTy:
		return &SliceTy{Elem: mapTy(x.Elem, f)}
	case *ArrayTy:
		return &ArrayTy{Elem: mapTy(x.Elem, f), Len: x.Len}
	}
	return t
}

// substSelf replaces Self in a trait method's signature, and Self::Acc
// where self is the impl's type (traitMethod resolves a bound's).
func substSelf(t Ty, self Ty) Ty {
	return mapTy(t, func(t Ty) (Ty, bool) {
		switch x := t.(type) {
		case *ParamTy:
			if x == selfParam {
				return self, true
			}
		case *AssocTy:
			if a, ok := self.(*Adt); ok {
				if at := assocOfAdt(a, x.Trait, x.Name); at != nil {
					return at, true
				}
			}
		}
		return nil, false
	})
}

// stdNotStruct reports a std type whose Go form cannot be written as a
// struct literal: a Go builtin, a type outside rt, or a pointer. The std
// model does not say which std types are unit structs in Rust (RecvError,
// fmt::Error are): the others reach here only from invalid programs.
func stdNotStruct(td *TypeDef) bool {
	if !td.Std {
		return false
	}
	t := td.Go["type"]
	return td.Go["builtin"] != "" || td.Go["pointer"] != "" || len(t) < 3 || t[:3] != "rt."
}

// expectRet propagates the expected type of a call into its generic
// return type before the arguments are checked (as rustc does), so that
// Some(Box::new(x)) where Option<Box<dyn Trait>> is expected coerces its
// argument. Nothing is bound when they do not unify.
func (c *checker) expectRet(ret, expected Ty) {
	if expected == nil || c.bindsUnsized(ret, expected) {
		return
	}
	if c.unifyProbe(ret, expected) {
		c.unify(ret, expected)
	}
}

// bindsUnsized reports whether matching ret against expected would bind
// a type variable to an unsized type (dyn Trait, [T], str): a generic
// parameter is Sized, so the expectation only hints at a later coercion
// (Box::new(x) where Box<dyn Trait> is expected).
func (c *checker) bindsUnsized(ret, expected Ty) bool {
	ret, expected = c.shallow(ret), c.shallow(expected)
	if _, ok := ret.(*TyVar); ok {
		switch e := expected.(type) {
		case *DynTy, *SliceTy:
			return true
		case *Prim:
			return e.Name == "str"
		}
		return false
	}
	switch r := ret.(type) {
	case *Adt:
		if e, ok := expected.(*Adt); ok && e.Def == r.Def {
			for i := range r.Args {
				if i < len(e.Args) && c.bindsUnsized(r.Args[i], e.Args[i]) {
					return true
				}
			}
		}
	case *RefTy:
		if e, ok := expected.(*RefTy); ok {
			return c.bindsUnsized(r.Elem, e.Elem)
		}
	}
	return false
}

// assertUnwindSafe finds the closure of AssertUnwindSafe(|| ..).
func assertUnwindSafe(a ast.Expr) (*ast.ClosureExpr, bool) {
	call, ok := unparen(a).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil, false
	}
	if pe, ok := call.Fun.(*ast.PathExpr); !ok || pe.Path.Last() != "AssertUnwindSafe" {
		return nil, false
	}
	cl, ok := unparen(call.Args[0]).(*ast.ClosureExpr)
	return cl, ok
}
