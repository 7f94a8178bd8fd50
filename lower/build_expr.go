package lower

import (
	"go/token"
	"math"
	"slices"
	"strconv"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// valueOf lowers e where its value is used. Blocks and ifs become a
// temporary assigned by statements; it returns nil for a diverging
// expression.
func (b *builder) valueOf(e ast.Expr) ir.Expr {
	borrowed := b.borrowed
	b.borrowed = false
	switch x := e.(type) {
	case *ast.FieldExpr:
		if !borrowed {
			b.fieldMove(x)
		}
	case *ast.ParenExpr:
		b.borrowed = borrowed // (slot.f)(x) reads the field in place
		if _, inner := b.c.coerced[x.X]; inner {
			return b.valueOf(x.X)
		}
		return b.coerce(e, b.valueOf(x.X)) // (v) passed as IntoIterator: recorded on the parentheses only
	case *ast.UnaryExpr:
		if x.Op == "*" && !borrowed {
			b.boxMove(x)
		}
	case *ast.BlockExpr:
		return b.blockValue(x)
	case *ast.PathExpr:
		// A use by value moves a local with drop glue.
		if loc := b.c.refs[x]; loc != nil {
			b.movedUse(loc)
			if _, owner := b.closureOwners[loc]; owner && !borrowed {
				b.unsupported(x.Pos(), "moving closure `%s`, which owns values with drop glue (they drop with it)", loc.Name)
			}
		}
		return b.coerce(e, b.copyOut(e, b.path(x))) // an array passed as an iterator: its copy
	case *ast.IfExpr:
		t := b.c.final(e)
		if !b.hasValue(t) {
			b.ifStmt(x, nil)
			return b.unitValue()
		}
		tmp := b.temp("v", t, x.Span)
		b.emit(&ir.DeclStmt{Var: tmp, Span: x.Span})
		b.ifStmt(x, tmp)
		return &ir.VarRef{Var: tmp}
	case *ast.MatchExpr:
		t := b.c.final(e)
		if !b.hasValue(t) {
			b.matchStmt(x, nil)
			if _, never := t.(*NeverTy); never {
				return nil
			}
			return b.unitValue()
		}
		tmp := b.temp("v", t, x.Span)
		b.emit(&ir.DeclStmt{Var: tmp, Span: x.Span})
		b.matchStmt(x, tmp)
		return &ir.VarRef{Var: tmp}
	case *ast.ReturnExpr, *ast.BreakExpr, *ast.ContinueExpr:
		b.stmtExpr(e)
		return nil
	case *ast.ForExpr, *ast.WhileExpr, *ast.AssignExpr:
		b.stmtExpr(e)
		return b.unitValue()
	case *ast.LoopExpr:
		t := b.c.final(e)
		if !b.hasValue(t) {
			b.loopStmt(x, nil)
			if _, never := t.(*NeverTy); never {
				return nil
			}
			return b.unitValue()
		}
		tmp := b.temp("v", t, x.Span)
		b.emit(&ir.DeclStmt{Var: tmp, Span: x.Span})
		b.loopStmt(x, tmp)
		return &ir.VarRef{Var: tmp}
	}
	if _, never := b.c.final(e).(*NeverTy); never {
		b.stmtExpr(e)
		return nil
	}
	switch e.(type) {
	case *ast.CallExpr, *ast.MethodCallExpr, *ast.MacroExpr:
		if !b.hasValue(b.c.final(e)) && b.voidCall(e) {
			// let u = v.push(2): the call is a Go statement (a Go
			// function with no result), its value rt.Unit{}.
			b.stmtExpr(e)
			if ir.Terminates(*b.out) {
				return nil
			}
			return b.unitValue()
		}
	}
	x := b.expr(e)
	if !borrowed { // a borrow (read) uses the place itself
		x = b.copyOut(e, x)
	}
	return b.coerce(e, x)
}

// placeExpr reports whether e is a place expression: a path, a field, an
// index or a deref, whatever its base.
func placeExpr(e ast.Expr) bool {
	switch x := unparen(e).(type) {
	case *ast.PathExpr, *ast.FieldExpr, *ast.IndexExpr:
		return true
	case *ast.UnaryExpr:
		return x.Op == "*"
	}
	return false
}

// voidCall reports whether call e, of type (), may lower to Go with no
// value: not when it calls a function declared to return a type
// parameter, which returns rt.Unit{} (Option<()>::unwrap), unless the
// std model says its lowering then has none (thread::scope).
func (b *builder) voidCall(e ast.Expr) bool {
	ci := b.c.calls[e]
	if ci == nil || ci.fn.Go["void_unit"] != "" {
		return true // a macro, a closure
	}
	_, param := ci.fn.Ret.(*ParamTy)
	return !param
}

// copyOut gives a value read out of a place its own storage when Rust
// copies it and a Go copy would share: an array is a Go slice, so a Copy
// value holding an array by value (an array, a tuple, struct or Option of
// them) is cloned. (A non-Copy one moves: its place is dead, sharing is
// fine.) A place is also one reached through a deref or a call's result
// (`*v.first().unwrap()`, `*c.borrow()`, `m.lock().unwrap().r`).
func (b *builder) copyOut(e ast.Expr, x ir.Expr) ir.Expr {
	if x == nil || !placeExpr(e) {
		return x
	}
	t := b.c.resolve(b.c.final(e), true)
	if !b.l.holdsArray(t, 0) || !newOwnTypes(b.c).isCopy(t) {
		return x
	}
	return b.cloneExpr(x, t, e.Pos())
}

// repeat lowers vec![x; n] (need "Clone") and [x; n] (need "Copy"): n
// values of x, each a clone where Go would share one (the rows of a
// grid: [[0; 3]; 2], vec![vec![0; n]; m]). rustc requires x's type to
// implement need (an array also takes a const).
func (b *builder) repeat(x, n ast.Expr, span ast.Span, need string) ir.Expr {
	t := b.c.resolve(b.c.final(x), true)
	if !b.repeatable(t, x, need) {
		b.errorf(x.Pos(), "E0277", "the trait bound `%s: %s` is not satisfied", t, need)
	}
	elem := b.goType(t, x.Pos())
	if f := b.cloneFunc(t, span); f != nil { // std_cmp.go
		return &ir.Call{Fun: rt("VecRepeatClone"), Args: []ir.Expr{b.typed(b.valueOf(x), elem), b.valueOf(n), f}}
	}
	return &ir.Call{Fun: rt("VecRepeat"), Args: []ir.Expr{b.typed(b.valueOf(x), elem), b.valueOf(n)}}
}

// repeatable reports whether values of type t may be repeated as need
// says; it rejects only what is known not to implement need: &mut
// references, user types without the impl.
func (b *builder) repeatable(t Ty, x ast.Expr, need string) bool {
	if r, ok := t.(*RefTy); ok {
		return !r.Mut
	}
	if need == "Copy" {
		if pe, ok := unparen(x).(*ast.PathExpr); ok {
			if _, isConst := b.c.items[pe].(*ConstDef); isConst {
				return true // [EMPTY; 3]: a const is a new value each time
			}
		}
		return !newOwnTypes(b.c).notCopy(t)
	}
	if a, ok := t.(*Adt); ok && !a.Def.Std {
		return hasDerive(a.Def, "Clone") || a.Def.Traits["Clone"] != nil || hasTraitImpl(a.Def, "Clone")
	}
	return true
}

// holdsArray reports whether values of type t contain an array by value
// (not behind a reference or a heap pointer).
func (l *lowerer) holdsArray(t Ty, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := t.(type) {
	case *ArrayTy:
		return true
	case *TupleTy:
		for _, e := range x.Elems {
			if l.holdsArray(e, depth+1) {
				return true
			}
		}
	case *Adt:
		if x.Def.Std {
			// An Option or Result is a Go value holding its payload.
			if g := x.Def.Go["type"]; g == "rt.Option" || g == "rt.Result" {
				for _, a := range x.Args {
					if l.holdsArray(a, depth+1) {
						return true
					}
				}
			}
			return false
		}
		for _, f := range x.Def.Fields {
			if l.holdsArray(subst(f.Type, x.Args), depth+1) {
				return true
			}
		}
		for _, v := range x.Def.Variants {
			for _, f := range v.Fields {
				if l.holdsArray(subst(f, x.Args), depth+1) {
					return true
				}
			}
		}
	}
	return false
}

func (b *builder) unitValue() ir.Expr {
	return &ir.CompositeLit{Type: unitType}
}

// typed gives an untyped Go constant the Go type of its Rust type, so that
// `x := 1` declares an int32 as Rust's i32, not a Go int.
func (b *builder) typed(x ir.Expr, t ir.Type) ir.Expr {
	if !untyped(x) {
		return x
	}
	if bt, ok := t.(*ir.Basic); ok {
		switch bt.Kind {
		case ir.String, ir.Bool, ir.Float64:
			return x
		case ir.Rune:
			if lit, ok := x.(*ir.Lit); ok {
				if _, isRune := lit.Value.(rune); isRune {
					return x
				}
			}
		}
	}
	if lit, ok := x.(*ir.Lit); ok && lit.Type == nil {
		return &ir.Lit{Value: lit.Value, Type: t}
	}
	return &ir.Convert{Type: t, X: x}
}

// untyped reports whether x is an untyped Go constant expression.
func untyped(x ir.Expr) bool {
	switch x := x.(type) {
	case *ir.Lit:
		return x.Type == nil
	case *ir.Paren:
		return untyped(x.X)
	case *ir.Unary:
		return untyped(x.X)
	case *ir.Binary:
		return untyped(x.X) && untyped(x.Y)
	}
	return false
}

// expr lowers an expression to a Go expression.
func (b *builder) expr(e ast.Expr) ir.Expr {
	switch e := e.(type) {
	case *ast.LitExpr:
		return b.lit(e)
	case *ast.PathExpr:
		return b.path(e)
	case *ast.ParenExpr:
		return &ir.Paren{X: b.expr(e.X)}
	case *ast.CallExpr:
		return b.afterCall(e, func() ir.Expr { return b.call(e) })
	case *ast.MethodCallExpr:
		return b.afterCall(e, func() ir.Expr { return b.methodCall(e) })
	case *ast.MacroExpr:
		return b.macroExpr(e)
	case *ast.ClosureExpr:
		return b.closure(e)
	case *ast.BinaryExpr:
		return b.binary(e)
	case *ast.UnaryExpr:
		return b.unary(e)
	case *ast.TupleExpr:
		return b.tuple(e)
	case *ast.FieldExpr:
		return b.field(e)
	case *ast.RefExpr:
		return b.refExpr(e)
	case *ast.StructExpr:
		return b.structLit(e)
	case *ast.ArrayExpr:
		elems := b.inOrder(len(e.Elems), func(i int) ir.Expr { return b.operand(e.Elems[i]) })
		return &ir.CompositeLit{Type: b.goType(b.c.final(e), e.Span), Elems: elems}
	case *ast.ArrayRepeatExpr:
		return b.repeat(e.Elem, e.Count, e.Span, "Copy")
	case *ast.IndexExpr:
		return b.index(e, false)
	case *ast.BlockExpr, *ast.IfExpr, *ast.LoopExpr, *ast.MatchExpr:
		v := b.valueOf(e)
		if v == nil {
			return b.unitValue()
		}
		return v
	case *ast.RangeExpr:
		return b.rangeValue(e) // an iterator (std_iter.go)
	case *ast.CastExpr:
		return b.cast(e) // cast.go
	case *ast.TryExpr:
		return b.try(e) // try.go
	}
	b.unsupported(e.Pos(), "%s", describeExpr(e))
	return b.unitValue()
}

func (b *builder) lit(e *ast.LitExpr) ir.Expr {
	t := b.c.final(e)
	switch e.Kind {
	case ast.IntLit:
		return b.intLit(e, t)
	case ast.FloatLit:
		f, err := strconv.ParseFloat(e.Text, 64)
		if err != nil {
			b.errorf(e.Span, "", "invalid float literal")
		}
		return &ir.Lit{Value: f}
	case ast.StrLit:
		return &ir.Lit{Value: e.Value}
	case ast.CharLit:
		r := []rune(e.Value)
		if len(r) != 1 {
			b.errorf(e.Span, "", "character literal may only contain one codepoint")
			return &ir.Lit{Value: rune(0)}
		}
		return &ir.Lit{Value: r[0]}
	case ast.BoolLit:
		return &ir.Lit{Value: e.Bool}
	case ast.ByteLit: // b'a'
		if len(e.Value) != 1 {
			b.errorf(e.Span, "", "byte literal must be one byte")
			return &ir.Lit{Value: int64(0)}
		}
		return &ir.Lit{Value: int64(e.Value[0])}
	case ast.ByteStrLit: // b"abc"
		return &ir.Convert{Type: &ir.Slice{Elem: &ir.Basic{Kind: ir.Uint8}}, X: &ir.Lit{Value: e.Value}}
	}
	b.unsupported(e.Span, "literal")
	return &ir.Lit{Value: int64(0)}
}

// intLit checks an integer literal against its type's range, as rustc's
// overflowing_literals lint (deny by default) does.
func (b *builder) intLit(e *ast.LitExpr, t Ty) ir.Expr {
	u, ok := intLitValue(e) // build_switch.go
	if !ok {
		b.unsupported(e.Span, "integer literal wider than 64 bits")
		return &ir.Lit{Value: int64(0)}
	}
	p, _ := t.(*Prim)
	if p != nil {
		if max := intMax(p.Name); max != 0 && u > max && !(isSigned(p) && u == max+1) {
			b.errorf(e.Span, "", "literal out of range for `%s`", p.Name)
		}
	}
	if u > math.MaxInt64 {
		return &ir.Lit{Value: u}
	}
	return &ir.Lit{Value: int64(u)}
}

// intMax is the largest value of an integer type.
func intMax(name string) uint64 {
	switch name {
	case "i8":
		return math.MaxInt8
	case "i16":
		return math.MaxInt16
	case "i32":
		return math.MaxInt32
	case "i64", "isize":
		return math.MaxInt64
	case "u8":
		return math.MaxUint8
	case "u16":
		return math.MaxUint16
	case "u32":
		return math.MaxUint32
	case "u64", "usize":
		return math.MaxUint64
	}
	return 0
}

// path lowers a use of a local, a function or a unit variant.
func (b *builder) path(e *ast.PathExpr) ir.Expr {
	if loc := b.c.refs[e]; loc != nil {
		if x, ok := b.substs[loc]; ok {
			return x
		}
		v := b.vars[loc]
		if v == nil && b.failed {
			return b.unitValue() // its binding was reported (an unsupported pattern)
		}
		if v == nil {
			panic("local without a Go variable: " + loc.Name)
		}
		return &ir.VarRef{Var: v}
	}
	switch it := b.c.items[e].(type) {
	case *FnDef:
		if it.Std || isGoMethod(it) {
			// Vec::new, String::from, Point::norm as a value (std_fnvalue.go)
			return b.fnValue(it, e)
		}
		if len(dictEntries(it)) > 0 { // a closure passing the dictionary of its type arguments
			return b.fnValue(it, e)
		}
		return &ir.Qual{Name: goFuncName(it)}
	case *VariantDef:
		return b.variant(it, e, nil)
	case *TypeDef:
		return b.tupleStruct(it, e, nil)
	case *ConstDef:
		if it.Dict != "" { // T::NAME (dict.go)
			return &ir.VarRef{Var: b.useDict(it.Dict)}
		}
		if v := it.Go["value"]; v != "" { // a std associated const
			pkg, name := splitQual(v)
			return &ir.Qual{Pkg: pkg, Name: name}
		}
		if constFunc(it, b.c) {
			return &ir.Call{Fun: &ir.Qual{Name: goConstName(it)}}
		}
		return &ir.Qual{Name: goConstName(it)}
	}
	panic("unresolved path " + pathString(e.Path))
}

// variant builds an enum variant value (Some(x), None, Ok(v)) through the
// Go function its model names, with explicit type arguments.
func (b *builder) variant(v *VariantDef, e ast.Expr, args []ir.Expr) ir.Expr {
	if ft, isFn := b.c.resolve(b.c.final(e), true).(*FnTy); isFn { // .map(E::Num), .map(Some)
		return b.ctorValue(ft, e.Pos(), func(t *Adt, args []ir.Expr) ir.Expr { return b.variantOf(v, t, e, args) })
	}
	t, _ := b.c.resolve(b.c.final(e), true).(*Adt)
	return b.variantOf(v, t, e, args)
}

// variantOf builds variant v of type t (nil: not an enum type).
func (b *builder) variantOf(v *VariantDef, t *Adt, e ast.Expr, args []ir.Expr) ir.Expr {
	if !v.Enum.Std {
		if t == nil && !cLike(v.Enum) {
			b.unsupported(e.Pos(), "enum variant `%s` of type `%s`", v.Name, b.c.final(e))
			return b.unitValue()
		}
		return b.userVariant(v, t, e.Pos(), args)
	}
	if c := v.Go["const"]; c != "" { // a C-like std enum: Ordering::SeqCst
		pkg, name := splitQual(c)
		return &ir.Qual{Pkg: pkg, Name: name}
	}
	fn := v.Go["func"]
	if fn == "" {
		b.unsupported(e.Pos(), "enum variant `%s`", v.Name)
		return b.unitValue()
	}
	if t == nil {
		b.unsupported(e.Pos(), "enum variant `%s` of type `%s`", v.Name, b.c.final(e))
		return b.unitValue()
	}
	pkg, name := splitQual(fn)
	call := &ir.Call{Fun: &ir.Qual{Pkg: pkg, Name: name}, Args: args}
	for _, a := range t.Args {
		call.TypeArgs = append(call.TypeArgs, b.goType(a, e.Pos()))
	}
	return call
}

// ctorValue is a tuple struct's or a variant's constructor used as a
// function value (.map(Some), .map(E::Num), .map(W)): a Go func literal
// calling it.
func (b *builder) ctorValue(ft *FnTy, span ast.Span, build func(t *Adt, args []ir.Expr) ir.Expr) ir.Expr {
	ret, ok := b.c.resolve(ft.Ret, true).(*Adt)
	if !ok {
		b.unsupported(span, "a constructor of `%s` as a function value", ft.Ret)
		return b.unitValue()
	}
	lit := &ir.FuncLit{Results: []ir.Type{b.goType(ret, span)}, Body: &ir.Block{}}
	var args []ir.Expr
	for i, p := range ft.Params {
		v := &ir.Var{Name: "a" + strconv.Itoa(i), Type: b.goType(p, span), Temp: true, Span: span}
		lit.Params = append(lit.Params, v)
		args = append(args, &ir.VarRef{Var: v})
	}
	lit.Body.Stmts = []ir.Stmt{&ir.ReturnStmt{Results: []ir.Expr{build(ret, args)}, Span: span}}
	return lit
}

// call lowers f(args).
func (b *builder) call(e *ast.CallExpr) ir.Expr {
	if trait, ok := b.c.fmtForwards[e]; ok {
		return b.fmtForward(e, trait)
	}
	if ci := b.c.calls[e]; ci != nil {
		return b.callFn(e, ci, nil, e.Args)
	}
	if pe, ok := e.Fun.(*ast.PathExpr); ok {
		switch it := b.c.items[pe].(type) {
		case *VariantDef:
			return b.variant(it, e, b.args(e.Args))
		case *TypeDef:
			return b.tupleStruct(it, e, b.args(e.Args))
		}
	}
	if f, _, ok := b.derefOperand(e.Fun); ok { // an Arc<dyn Fn()>
		return &ir.Call{Fun: f, Args: b.args(e.Args)}
	}
	return &ir.Call{Fun: b.autoDeref(b.read(e.Fun), b.c.final(e.Fun)), Args: b.args(e.Args)}
}

func (b *builder) args(es []ast.Expr) []ir.Expr {
	return b.inOrder(len(es), func(i int) ir.Expr { return b.operand(es[i]) })
}

// typedArgs lowers arguments with untyped constants given the Go type of
// their parameter (a generic Go function would otherwise infer int).
func (b *builder) typedArgs(es []ast.Expr, fn *FnDef, inst []Ty) []ir.Expr {
	return b.inOrder(len(es), func(i int) ir.Expr { return b.typedArg(es[i], i, fn, inst) })
}

// typedArg lowers argument i of a call of fn.
func (b *builder) typedArg(a ast.Expr, i int, fn *FnDef, inst []Ty) ir.Expr {
	if v, ok := b.genericMutRef(a, i, fn, inst); ok {
		return v
	}
	v := b.operand(a)
	if i < len(fn.Params) && untyped(v) {
		v = b.typed(v, b.goType(subst(fn.Params[i], inst), a.Pos()))
	}
	if fn.Std && i < len(fn.Params) && hasParam(fn.Params[i]) { // rt.NewMutex(T(&A{})): Go infers Mutex[T]
		v = b.toDyn(a, v)
	}
	return v
}

// recvArgs lowers a method call's receiver, with recv, and its arguments,
// in Rust's order: the receiver first.
// A receiver that is a place is borrowed (or copied, when it is Copy and
// taken by value): it is not read into a variable before the arguments.
func (b *builder) recvArgs(recv ast.Expr, lowerRecv func(ast.Expr) ir.Expr, es []ast.Expr, fn *FnDef, inst []Ty) (ir.Expr, []ir.Expr) {
	var r ir.Expr
	if recv != nil {
		r = lowerRecv(recv)
	}
	out, mark := b.out, len(*b.out)
	args := b.typedArgs(es, fn, inst)
	if r != nil && b.effects((*out)[mark:]) && b.mayChange(r) && !isSimple(r) {
		var spills []ir.Stmt
		r, spills = b.spill(r, nil)
		*out = slices.Insert(*out, mark, spills...)
	}
	return r, args
}

func (b *builder) methodCall(e *ast.MethodCallExpr) ir.Expr {
	ci := b.c.calls[e]
	return b.callFn(e, ci, e.Recv, e.Args)
}

// callFn lowers a call of a resolved function: a user function, or a std
// function through its #[go] lowering.
func (b *builder) callFn(e ast.Expr, ci *callInfo, recv ast.Expr, argExprs []ast.Expr) ir.Expr {
	fn := ci.fn
	if recv == nil && isUFCS(fn, argExprs) { // Arc::clone(&a): the receiver comes first
		recv, argExprs = argExprs[0], argExprs[1:]
	}
	if !fn.Std {
		return b.callUser(e, ci, recv, argExprs)
	}
	if m, ok := e.(*ast.MethodCallExpr); ok && !passIters[m.Name.Name] && !ownerIters[m.Name.Name] {
		if src, ok := b.glueSource(m.Recv); ok {
			b.unsupported(callSite(e), "`%s` of `%s` (the drops of the elements it does not yield)", m.Name.Name, src)
		} else if item, ok := b.discardedItem(m); ok {
			b.unsupported(callSite(e), "`%s` of items with drop glue (`%s`): the drops of the items it discards", m.Name.Name, item)
		}
	}
	if fn.Go["drops"] != "" && fn.Go["drop_elems"] == "" && recv != nil {
		a, ok := b.c.derefAll(b.c.final(recv)).(*Adt)
		if ok && fn.Go["drop_vals"] != "" && len(a.Args) == 2 && !b.hasDropGlue(a.Args[0]) {
			ok = false // a map's values drop through drop_vals (std_call.go)
		}
		if ok && slices.ContainsFunc(a.Args, b.hasDropGlue) {
			b.unsupported(callSite(e), "`%s` of a `%s`, whose elements have drop glue", fn.Name, a)
		}
	}
	if in := fn.Go["intrinsic"]; in != "" {
		rule := intrinsics[in]
		if rule == nil {
			panic("std model names an unknown intrinsic " + in)
		}
		whole := b.wholeCall == e
		return b.fuseIter(rule(b, &intrinsicCall{e: e, ci: ci, recv: recv, args: argExprs}), e, whole)
	}
	var args []ir.Expr
	if fn.Go["loc"] != "" {
		args = append(args, b.loc(callSite(e)))
	}
	switch {
	case fn.Go["method"] != "":
		r, rest := b.recvArgs(recv, func(recv ast.Expr) ir.Expr {
			switch fn.Self {
			case SelfMut:
				return b.recvPlace(recv)
			case SelfValue: // the receiver is moved into the call, not borrowed
				return b.recvMoved(recv)
			}
			return b.recvValue(recv)
		}, argExprs, fn, ci.args)
		args = append(args, rest...)
		return &ir.Call{Fun: &ir.Selector{X: b.selBase(r, fn.SelfTy), Name: fn.Go["method"]}, Args: args}
	case fn.Go["func"] != "":
		r, rest := b.recvArgs(recv, func(recv ast.Expr) ir.Expr {
			switch fn.Self {
			case SelfMut:
				return addrOfPlace(b.recvPlace(recv))
			case SelfValue:
				return b.recvMoved(recv)
			}
			return b.recvValue(recv)
		}, argExprs, fn, ci.args)
		if r != nil {
			args = append(args, r)
		}
		args = append(args, rest...)
		pkg, name := splitQual(fn.Go["func"])
		call := &ir.Call{Fun: &ir.Qual{Pkg: pkg, Name: name}, Args: args}
		if fn.Go["targs"] != "" { // Go cannot infer them: mpsc::channel::<T>()
			call.TypeArgs = b.goTypes(ci.args, e.Pos())
		}
		return call
	}
	b.unsupported(callSite(e), "`%s`", fn.Path)
	return b.unitValue()
}

// callSite is the position rustc reports for a panic inside a call: the
// method name of a method call, the start of a function call.
func callSite(e ast.Expr) ast.Span {
	if m, ok := e.(*ast.MethodCallExpr); ok {
		return m.Name.Span
	}
	return e.Pos()
}

// tuple lowers (a, b, ...) to rt.TupN with typed elements; () is rt.Unit{}.
func (b *builder) tuple(e *ast.TupleExpr) ir.Expr {
	if len(e.Elems) == 0 {
		return b.unitValue()
	}
	if len(e.Elems) > maxTuple || len(e.Elems) == 1 {
		b.unsupported(e.Span, "tuple of %d elements (rs2go has tuples of 2 to %d elements)", len(e.Elems), maxTuple)
		return b.unitValue()
	}
	args := b.inOrder(len(e.Elems), func(i int) ir.Expr {
		x := e.Elems[i]
		return b.typed(b.toDyn(x, b.operand(x)), b.goType(b.c.final(x), x.Pos()))
	})
	return &ir.Call{Fun: rt("Tup" + strconv.Itoa(len(e.Elems))), Args: args}
}

// movedUse records a use of local loc by value (a move), unless loc
// stands for another value here (substs).
func (b *builder) movedUse(loc *Local) {
	if _, isSubst := b.substs[loc]; !isSubst {
		b.moved(loc)
	}
}

// boxMove: `let m = *b` moves the value out of Box b, which then has
// nothing left to drop (the value drops as m); a Box that is not a local
// would drop it a second time.
func (b *builder) boxMove(e *ast.UnaryExpr) {
	adt, ok := b.c.resolve(b.c.final(e.X), true).(*Adt)
	if !ok || adt.Def.Go["box"] == "" || !b.hasDropGlue(b.c.final(e)) {
		return
	}
	if pe, ok := unparen(e.X).(*ast.PathExpr); ok {
		if loc := b.c.refs[pe]; loc != nil {
			b.movedUse(loc)
			return
		}
	}
	b.unsupported(e.Pos(), "moving the value out of a `%s` that is not a local", adt)
}

// fieldMove checks a use of field e by value: moving a field with drop
// glue out of a local that owns it would leave the local partly moved,
// which drop elaboration does not model (the field would drop twice).
func (b *builder) fieldMove(e *ast.FieldExpr) {
	if !b.hasDropGlue(b.c.final(e)) {
		return
	}
	x := ast.Expr(e)
	for {
		f, ok := unparen(x).(*ast.FieldExpr)
		if !ok {
			break
		}
		if _, ref := b.c.resolve(b.c.final(f.X), true).(*RefTy); ref {
			return // through a reference: not a move (rustc's E0507 otherwise)
		}
		x = f.X
	}
	switch {
	case b.ownedLocal(x) >= 0:
		if x == unparen(e.X) && b.partialMove(x.(*ast.PathExpr), e) {
			return
		}
		b.unsupported(e.Pos(), "moving field `%s` (which has drop glue) out of a local: a partial move", e.Name.Name)
	case !b.isPlace(x) && x == unparen(e.X) && b.glueFields(b.c.final(x)) != nil:
		b.tempFieldMove = e // mk().1: the temporary drops its other fields (fieldOfTemp)
	case !b.isPlace(x):
		b.unsupported(e.Pos(), "moving field `%s` (which has drop glue) out of a temporary's field", e.Name.Name)
	}
}

// fieldOfTemp lowers e, a field with drop glue moved out of a temporary
// (mk().1, P { .. }.b): the temporary's other fields with drop glue drop
// at the end of the statement, in declaration order, and the moved field
// does not.
func (b *builder) fieldOfTemp(e *ast.FieldExpr) ir.Expr {
	t := b.c.final(e.X)
	x := b.valueOf(e.X)
	if x == nil {
		return nil
	}
	tmp := b.temp("tmp", t, e.Span)
	b.emit(&ir.DeclStmt{Var: tmp, Value: x, Span: e.Span})
	var drops []ir.Stmt
	var goName string
	for _, f := range b.glueFields(t) {
		place := &ir.Selector{X: &ir.VarRef{Var: tmp}, Name: f.goName}
		if f.name == e.Name.Name {
			goName = f.goName
			continue
		}
		drops = append(drops, b.dropCall(place, f.ty))
	}
	if len(drops) > 0 {
		b.tempOwns(b.newSlot(nil, nil, drops...))
	}
	return &ir.Selector{X: &ir.VarRef{Var: tmp}, Name: goName}
}

// operand lowers an expression whose value an aggregate, a call or an
// operator takes. A diverging expression there (return, break, a panic),
// `(return, 1)` or `return..4`, is reported as unsupported: its value has
// no Go type to stand for it.
func (b *builder) operand(e ast.Expr) ir.Expr {
	if v := b.valueOf(e); v != nil {
		return v
	}
	b.unsupported(e.Pos(), "a diverging expression as an operand")
	return b.unitValue()
}

// field lowers X.name and X.0.
func (b *builder) field(e *ast.FieldExpr) ir.Expr {
	if b.tempFieldMove == e {
		b.tempFieldMove = nil
		return b.fieldOfTemp(e)
	}
	if x, inner, ok := b.derefOperand(e.X); ok { // through Arc, a guard, ...
		return &ir.Selector{X: b.selBase(x, inner), Name: fieldGoName(inner, e.Name.Name)}
	}
	x := b.read(e.X)
	base := b.c.derefAll(b.c.final(e.X))
	if _, ok := base.(*TupleTy); ok {
		return &ir.Selector{X: x, Name: "F" + e.Name.Name}
	}
	return &ir.Selector{X: x, Name: goFieldName(e.Name.Name)}
}

// goFieldName is the Go name of a struct field: exported (so that rt's
// formatting helpers and generic code can reach it) for tuple structs;
// a Go keyword (a field named map, type, range) gets a trailing _.
func goFieldName(name string) string {
	if _, ok := tupleIndex(name); ok {
		return "F" + name
	}
	if token.IsKeyword(name) {
		return name + "_"
	}
	return name
}

// blockValue lowers a block used for its value: the tail's value is kept
// in a temporary when the block's scope drops something after computing it.
func (b *builder) blockValue(x *ast.BlockExpr) ir.Expr {
	b.pushScope(false, "")
	reachable := b.stmts(x.Stmts)
	var v ir.Expr
	switch {
	case !reachable:
		// v stays nil: the block diverged
	case x.Tail == nil:
		_, never := b.c.resolve(b.c.types[x], true).(*NeverTy)
		if !never && !ir.Terminates(*b.out) {
			v = b.unitValue() // else the block ends in `return x;` or `continue;`: no value
		}
	default:
		if _, ok := unparen(x.Tail).(*ast.ForExpr); ok {
			b.inStmt(func() { v = b.valueOf(x.Tail) }) // its head's temporaries drop as it ends (tail)
		} else {
			v = b.valueOf(x.Tail)
		}
	}
	sc := b.fs.scopes[len(b.fs.scopes)-1]
	if len(sc.slots) > 0 && v != nil {
		if _, isLit := v.(*ir.Lit); !isLit {
			tmp := b.temp("v", b.c.final(x), x.Span)
			b.emit(&ir.DeclStmt{Var: tmp, Value: v, Span: x.Span})
			v = &ir.VarRef{Var: tmp}
		}
	}
	b.popScope()
	return v
}

// genericMutRef handles argument a for parameter i of generic fn where
// that parameter's type holds `&mut T`, T a type parameter, and the type
// argument's `&mut` is its Go value itself (a HashMap is a Go pointer): in
// the generic function a `&mut T` is a *T. `&mut place` for a `&mut T`
// parameter is the place's address; anything else there (another `&mut`
// value, a closure taking a `&mut T`) is unsupported.
func (b *builder) genericMutRef(a ast.Expr, i int, fn *FnDef, inst []Ty) (ir.Expr, bool) {
	if fn.Std || i >= len(fn.Params) {
		return nil, false
	}
	var bad Ty
	check := func(t Ty) bool {
		r, ok := t.(*RefTy)
		if !ok || !r.Mut {
			return false
		}
		p, ok := r.Elem.(*ParamTy)
		if !ok || p.Index >= len(inst) || p.Index < len(fn.Generics) && fn.Generics[p.Index].fnBound() != nil {
			return false // (an F: FnMut is a Go func, not a type parameter)
		}
		et := b.c.resolve(inst[p.Index], true)
		if isParam(et) || b.refIsPtr(&RefTy{Mut: true, Elem: et}) {
			return false
		}
		bad = et
		return true
	}
	pt := fn.Params[i]
	if p, ok := pt.(*ParamTy); ok && p.Index < len(fn.Generics) {
		if fb := fn.Generics[p.Index].fnBound(); fb != nil {
			pt = &FnTy{Params: fb.Params, Ret: fb.Ret} // F: Fn(&mut T)
		}
	}
	if check(pt) {
		if re, ok := unparen(a).(*ast.RefExpr); ok && re.Mut && isPlaceSyntax(re.X) {
			return addrOfPlace(b.place(re.X)), true
		}
	} else if ft, ok := pt.(*FnTy); !ok || !slices.ContainsFunc(ft.Params, check) {
		return nil, false
	}
	b.unsupported(a.Pos(), "a `&mut %s` for the `&mut` of a type parameter of `%s` (it is a Go pointer already)", bad, fn.Name)
	return b.unitValue(), true
}
