package lower

import (
	"fmt"

	"github.com/rs2go/rs2go/frontend/ast"
)

// block checks { stmts; tail } in a new scope.
func (c *checker) block(b *ast.BlockExpr, expected Ty) Ty {
	if b.Unsafe {
		c.unsupported(b.Span, "unsafe block")
	}
	c.push()
	defer c.pop()
	diverges := false
	for _, s := range b.Stmts {
		if c.stmt(s) {
			diverges = true
		}
	}
	if b.Tail != nil {
		return c.checkExpr(b.Tail, expected)
	}
	if diverges {
		return tyNever
	}
	return tyUnit
}

// stmt checks one statement and reports whether it diverges.
func (c *checker) stmt(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.LetStmt:
		c.let(s)
	case *ast.ExprStmt:
		t := c.checkExpr(s.X, nil)
		if !s.Semi && !isBlockLike(s.X) {
			return false
		}
		if !s.Semi {
			if !c.unify(t, tyUnit) {
				c.mismatch(s.X.Pos(), tyUnit, t)
			}
		}
		_, never := c.shallow(t).(*NeverTy)
		return never
	case *ast.ItemStmt:
		// Collected into the function's item scope (lower/resolve.go
		// bodyScope), except in a loop's or a branch's block.
		switch {
		case c.l.scopedItems[s.Item]:
		case isBadItem(s.Item):
			c.l.unsupportedItem(s.Item) // macro_rules! in a loop
		default:
			c.unsupported(s.Item.Pos(), "an item declared in the body of a loop, a branch or a closure")
		}
	case *ast.EmptyStmt:
	}
	return false
}

func isBlockLike(e ast.Expr) bool {
	switch e.(type) {
	case *ast.BlockExpr, *ast.IfExpr, *ast.MatchExpr, *ast.WhileExpr, *ast.LoopExpr, *ast.ForExpr:
		return true
	}
	return false
}

func (c *checker) let(s *ast.LetStmt) {
	var t Ty
	if s.Type != nil {
		t = c.l.astType(s.Type, c.inferEnv()) // generics and Self in scope: let v: Vec<T>
	} else {
		t = c.newVar(GeneralVar)
	}
	if s.Init != nil {
		c.checkExpr(s.Init, t)
	}
	if s.Else != nil {
		if _, never := c.shallow(c.checkExpr(s.Else, nil)).(*NeverTy); !never {
			c.errorf(s.Else.Span, "E0308", "`else` clause of `let...else` does not diverge")
		}
	}
	c.checkPat(s.Pat, t)
	if s.Init == nil && !plainLetPat(s.Pat) {
		// Reported here, not in the builder: uses of the bindings would
		// find no Go variable.
		c.unsupported(s.Pat.Pos(), "a pattern in `let` without an initializer")
	}
	if ip, ok := s.Pat.(*ast.IdentPat); ok && s.Init == nil {
		if loc := c.locals[ip]; loc != nil {
			loc.Uninit = true
		}
	}
	if s.Else == nil && c.refutable(s.Pat) {
		c.errorf(s.Pat.Pos(), "E0005", "refutable pattern in local binding")
	}
}

// plainLetPat reports whether a let without an initializer can declare
// p: a binding or `_`.
func plainLetPat(p ast.Pat) bool {
	switch p := p.(type) {
	case *ast.IdentPat:
		return p.Sub == nil
	case *ast.WildPat:
		return true
	}
	return false
}

// closureExpr checks a closure; sig, when known, is the Fn bound the
// closure must satisfy (its parameter and return types).
func (c *checker) closureExpr(e *ast.ClosureExpr, sig *FnBound) Ty {
	c.l.nextID++
	ct := &ClosureTy{ID: c.l.nextID}
	if sig != nil && len(sig.Params) != len(e.Params) {
		c.errorf(e.Span, "E0593", "closure is expected to take %d arguments, but it takes %d", len(sig.Params), len(e.Params))
		sig = nil
	}
	c.push()
	ci := &closureInfo{expr: e, ty: ct, depth: c.scope.depth}
	c.closure[e] = ci
	for i, p := range e.Params {
		var t Ty
		switch {
		case p.Type != nil:
			t = c.l.astType(p.Type, c.inferEnv())
			if sig != nil {
				c.unify(sig.Params[i], t)
			}
		case sig != nil:
			t = sig.Params[i]
		default:
			t = c.newVar(GeneralVar)
		}
		ct.Params = append(ct.Params, t)
		c.checkPat(p.Pat, t)
	}
	ret := Ty(c.newVar(GeneralVar))
	if e.Ret != nil {
		ret = c.l.retType(e.Ret, c.inferEnv())
	}
	if sig != nil {
		c.unify(ret, sig.Ret)
	}
	ct.Ret = ret
	savedRet, savedLoops := c.ret, c.loops
	c.ret, c.loops = ret, nil
	c.closures = append(c.closures, ci)
	c.checkExpr(e.Body, ret)
	c.closures = c.closures[:len(c.closures)-1]
	c.ret, c.loops = savedRet, savedLoops
	c.pop()
	return ct
}

// forExpr checks `for pat in iter { body }`.
func (c *checker) forExpr(e *ast.ForExpr) Ty {
	it := c.checkExpr(e.Iter, nil)
	elem := c.iterElem(e.Iter.Pos(), it)
	c.push()
	c.checkPat(e.Pat, elem)
	c.pushLoop(&loopInfo{label: labelName(e.Label)})
	c.checkExpr(e.Body, tyUnit)
	c.loops = c.loops[:len(c.loops)-1]
	c.pop()
	return tyUnit
}

// iterElem gives the element type of what a for loop iterates.
func (c *checker) iterElem(s ast.Span, t Ty) Ty {
	t = c.shallow(t)
	if elem, ok := c.seqElem(t); ok { // for x in rx, for x in &rx
		return elem
	}
	if adt, ok := t.(*Adt); ok && adt.Def.Go["iter"] != "" {
		return adt.Args[0]
	}
	if elem, ok := c.forElem(t); ok { // vectors, maps, iterators (std_check.go)
		return elem
	}
	c.unsupported(s, "iterating over `%s`", c.resolve(t, false))
	return c.newVar(GeneralVar)
}

func (c *checker) rangeExpr(e *ast.RangeExpr) Ty {
	name := "Range"
	if e.Inclusive {
		name = "RangeInclusive"
	}
	switch {
	case e.Lo == nil && e.Hi == nil:
		name = "RangeFull"
	case e.Hi == nil:
		name = "RangeFrom"
	case e.Lo == nil && e.Inclusive:
		name = "RangeToInclusive"
	case e.Lo == nil:
		name = "RangeTo"
	}
	elem := c.newVar(GeneralVar)
	if e.Lo != nil {
		c.checkExpr(e.Lo, elem)
	}
	if e.Hi != nil {
		c.checkExpr(e.Hi, elem)
	}
	td, _ := c.l.resolvePath(c.l.std, []string{"ops", name}).(*TypeDef)
	if td == nil {
		c.unsupported(e.Span, "range")
		return elem
	}
	return &Adt{Def: td, Args: []Ty{elem}}
}

var arithOps = map[string]bool{"+": true, "-": true, "*": true, "/": true, "%": true,
	"&": true, "|": true, "^": true}

func (c *checker) binary(e *ast.BinaryExpr) Ty {
	switch e.Op {
	case "&&", "||":
		c.checkExpr(e.X, tyBool)
		c.checkExpr(e.Y, tyBool)
		return tyBool
	case "==", "!=", "<", "<=", ">", ">=":
		x := c.derefAll(c.checkExpr(e.X, nil))
		y := c.derefAll(c.checkExpr(e.Y, nil))
		if c.strPair(x, y) || c.seqPair(e, x, y) { // String == &str, v == [1, 2] (std_ops.go)
			return tyBool
		}
		if !c.unify(x, y) {
			c.mismatch(e.Y.Pos(), x, y)
		}
		if c.stdOrdered(e, x) { // tuples, vectors, options, derived Ord (std_ops.go)
			return tyBool
		}
		c.requireComparable(e.X.Pos(), x, e.Op == "==" || e.Op == "!=")
		return tyBool
	case "<<", ">>":
		rawX, rawY := c.checkExpr(e.X, nil), c.checkExpr(e.Y, nil)
		x := c.derefAll(rawX)
		if c.notShiftable(x) || c.notShiftable(c.derefAll(rawY)) {
			c.errorf(opPos(e), "E0369", "no implementation for `%s %s %s`", c.resolve(rawX, false), e.Op, c.resolve(rawY, false))
		}
		return x
	}
	if !arithOps[e.Op] {
		c.unsupported(e.Span, "operator `%s`", e.Op)
		return c.newVar(GeneralVar)
	}
	rawX := c.checkExpr(e.X, nil)
	x := c.derefAll(rawX)
	if t, ok := c.stdOpType(e, rawX, x); ok { // Duration + Duration, Instant - Instant, &a | &b of sets
		return t
	}
	if adt, ok := x.(*Adt); ok && adt.Def.Go["builtin"] == "string" && e.Op == "+" {
		c.checkExpr(e.Y, &RefTy{Elem: tyStr})
		return x
	}
	if t, ok := c.userOp(e, rawX, x); ok { // impl Add for V2; T: Add (dict.go)
		return t
	}
	rawY := c.checkExpr(e.Y, nil)
	if t, ok := c.primLhsOp(e, rawX, rawY); ok { // impl Mul<V> for f64 (dict.go)
		return t
	}
	userX := false // a user type without the operator's impl for it
	if a, ok := c.shallow(x).(*Adt); ok && !a.Def.Std {
		userX = true
	}
	if userX || !c.primOperand(rawX) || !c.primOperand(rawY) {
		// std has i32 + i32, &i32 + i32, i32 + &i32 and &i32 + &i32 only.
		code := "E0277"
		if userX || !c.primOperand(rawX) {
			code = "E0369"
		}
		c.errorf(opPos(e), code, "%s", opMessage(e.Op, c.resolve(rawX, false), c.resolve(rawY, false)))
		return x
	}
	y := c.derefAll(rawY)
	if !c.unify(x, y) {
		c.mismatch(e.Y.Pos(), x, y)
	}
	bitwise := e.Op == "&" || e.Op == "|" || e.Op == "^"
	c.requireNumeric(e.X.Pos(), x, bitwise)
	if v, isVar := c.shallow(x).(*TyVar); bitwise && (isFloat(c.shallow(x)) || isVar && v.Kind == FloatVar) {
		t := c.resolve(x, false)
		c.errorf(opPos(e), "E0369", "no implementation for `%s %s %s`", t, e.Op, t)
	}
	return x
}

// primRefOperand is the value type of a unary operator's operand t: std
// has Neg and Not for &i64 (-r) as for i64.
func (c *checker) primRefOperand(t Ty) Ty {
	if r, ok := c.shallow(t).(*RefTy); ok && !r.Mut {
		switch e := c.shallow(r.Elem).(type) {
		case *Prim:
			if isInt(e) || isFloat(e) || e.Name == "bool" {
				return e
			}
		case *TyVar:
			if e.Kind != GeneralVar {
				return e
			}
		}
	}
	return t
}

// primOperand reports whether t is a primitive operator's operand type:
// a value or one shared reference to it.
func (c *checker) primOperand(t Ty) bool {
	r, ok := c.shallow(t).(*RefTy)
	if !ok {
		return true
	}
	_, refRef := c.shallow(r.Elem).(*RefTy)
	return !r.Mut && !refRef
}

// opMessage is rustc's text for an operator std does not implement for
// operand types x and y.
// opPos is where rustc reports a binary operator's type error: the
// operator.
func opPos(e *ast.BinaryExpr) ast.Span {
	if e.OpSpan == (ast.Span{}) {
		return e.Span
	}
	return e.OpSpan
}

// notShiftable reports an operand type that has no << or >>: a float, a
// bool, a char, a str, a tuple ((), a statement's value).
func (c *checker) notShiftable(t Ty) bool {
	switch t := c.shallow(t).(type) {
	case *TyVar:
		return t.Kind == FloatVar
	case *Prim:
		return !isInt(t)
	case *TupleTy:
		return true
	}
	return false
}

// opMessage is rustc's message for `x op y` or `x op= y` where no impl
// applies (E0369, E0277).
func opMessage(op string, x, y Ty) string {
	switch op {
	case "+":
		return fmt.Sprintf("cannot add `%s` to `%s`", y, x)
	case "-":
		return fmt.Sprintf("cannot subtract `%s` from `%s`", y, x)
	case "*":
		return fmt.Sprintf("cannot multiply `%s` by `%s`", x, y)
	case "/":
		return fmt.Sprintf("cannot divide `%s` by `%s`", x, y)
	case "%":
		return fmt.Sprintf("cannot calculate the remainder of `%s` divided by `%s`", x, y)
	case "+=":
		return fmt.Sprintf("cannot add-assign `%s` to `%s`", y, x)
	case "-=":
		return fmt.Sprintf("cannot subtract-assign `%s` from `%s`", y, x)
	case "*=":
		return fmt.Sprintf("cannot multiply-assign `%s` by `%s`", x, y)
	case "/=":
		return fmt.Sprintf("cannot divide-assign `%s` by `%s`", x, y)
	case "%=":
		return fmt.Sprintf("cannot calculate and assign the remainder of `%s` divided by `%s`", x, y)
	}
	return fmt.Sprintf("no implementation for `%s %s %s`", x, op, y)
}

// requireComparable accepts what == and < lower to in Go: numbers, bool,
// char, strings, and (for ==) values of types Go compares by value
// (options, results, tuples, C-like enums, user types deriving
// PartialEq) and vectors (slices.Equal).
func (c *checker) requireComparable(s ast.Span, t Ty, eq bool) {
	switch t := c.shallow(t).(type) {
	case *TyVar, *Prim:
		return
	case *ParamTy:
		if c.fn != nil {
			for _, g := range c.fn.Generics {
				if g.Name != t.Name {
					continue
				}
				for _, tr := range append(g.Traits[:len(g.Traits):len(g.Traits)], g.Dict...) {
					if k := tr.Go["constraint"]; k == "cmp.Ordered" || (eq && k == "comparable") {
						return
					}
				}
			}
		}
	case *Adt:
		if t.Def.Go["builtin"] == "string" || t.Def.Go["ord"] != "" {
			return
		}
		if eq {
			return
		}
		if !t.Def.Std && cLike(t.Def) {
			return
		}
	case *TupleTy, *SliceTy, *ArrayTy:
		if eq {
			return
		}
	}
	c.unsupported(s, "comparison of `%s`", c.resolve(t, false))
}

// requireNumeric accepts integers, floats (and bool/char when allowBool)
// for operators; anything else is outside what rs2go lowers today.
func (c *checker) requireNumeric(s ast.Span, t Ty, allowBool bool) {
	switch t := c.shallow(t).(type) {
	case *TyVar:
		return
	case *Prim:
		if t.Name == "str" {
			break
		}
		if isInt(t) || isFloat(t) || allowBool {
			return
		}
	}
	c.unsupported(s, "operator on `%s`", c.resolve(t, false))
}

// requireNot accepts the operand types of `!`: bool and the integers.
// Floats, char and str have no `!` (E0600); other types could implement
// Not, which rs2go does not lower.
func (c *checker) requireNot(s ast.Span, t Ty) {
	switch t := c.shallow(t).(type) {
	case *TyVar:
		if t.Kind != FloatVar {
			return
		}
	case *Prim:
		if t.Name == "bool" || isInt(t) {
			return
		}
	default:
		c.unsupported(s, "operator `!` on `%s`", c.resolve(t, false))
		return
	}
	c.errorf(s, "E0600", "cannot apply unary operator `!` to type `%s`", c.resolve(t, false))
}

func (c *checker) unary(e *ast.UnaryExpr) Ty {
	switch e.Op {
	case "-":
		x := c.checkExpr(e.X, nil)
		if t, ok := c.userUnary(e, x); ok { // impl Neg for V2
			return t
		}
		x = c.primRefOperand(x) // -r of r: &i64
		c.requireNumeric(e.X.Pos(), x, false)
		return x
	case "!":
		x := c.checkExpr(e.X, nil)
		if t, ok := c.userUnary(e, x); ok {
			return t
		}
		x = c.primRefOperand(x)
		c.requireNot(e.Span, x)
		return x
	case "*":
		return c.derefExpr(e)
	}
	c.unsupported(e.Span, "operator `%s`", e.Op)
	return c.newVar(GeneralVar)
}

func (c *checker) assign(e *ast.AssignExpr) Ty {
	if isDestructuring(e.Lhs) && e.Op == "=" {
		// Destructuring assignment (p, q) = (q, p + q): each element
		// of the left side is a place assigned its part of the value.
		t := c.assignTarget(e.Lhs, e.Span)
		c.checkExpr(e.Rhs, t)
		return tyUnit
	}
	t := c.checkExpr(e.Lhs, nil)
	c.checkAssignPlace(e.Lhs, e.Span)
	if e.Op == "=" {
		c.checkExpr(e.Rhs, t)
		return tyUnit
	}
	if _, isRef := c.shallow(t).(*RefTy); isRef { // r += 1 for *r += 1
		c.errorf(e.Span, "E0368", "binary assignment operation `%s` cannot be applied to type `%s`", e.Op, c.resolve(t, false))
		c.checkExpr(e.Rhs, nil)
		return tyUnit
	}
	if e.Op == "<<=" || e.Op == ">>=" {
		c.checkExpr(e.Rhs, nil)
	} else if c.compoundStd(e, t) { // s += "x"; n += &x (std_ops.go)
		return tyUnit
	} else if c.userAssignOp(e, t) { // impl AddAssign for V2 (dict.go)
		return tyUnit
	} else {
		c.checkExpr(e.Rhs, t)
	}
	c.requireNumeric(e.Lhs.Pos(), t, true)
	return tyUnit
}

// isDestructuring reports whether the left side of an assignment is a
// destructuring pattern: a tuple, an array, or `_`.
func isDestructuring(lhs ast.Expr) bool {
	switch unparen(lhs).(type) {
	case *ast.TupleExpr, *ast.ArrayExpr:
		return true
	}
	return isUnderscore(lhs)
}

// isUnderscore reports the expression `_` (an assignment target that
// discards).
func isUnderscore(e ast.Expr) bool {
	pe, ok := unparen(e).(*ast.PathExpr)
	return ok && len(pe.Path.Segments) == 1 && pe.Path.Segments[0].Name.Name == "_" && len(pe.Path.Segments[0].Args) == 0
}

// checkAssignPlace reports a left-hand side that is not an assignable
// place; assign is the whole assignment.
func (c *checker) checkAssignPlace(lhs ast.Expr, assign ast.Span) {
	if pe, ok := unparen(lhs).(*ast.PathExpr); ok {
		if loc := c.refs[pe]; loc == nil {
			c.errorf(lhs.Pos(), "E0070", "invalid left-hand side of assignment")
		} else if !loc.Mut && !loc.Uninit && !c.capturedByClosure(loc) { // captured: E0594 (own_check.go)
			c.reassigned = append(c.reassigned, reassign{loc: loc, span: assign})
		}
	} else if !isPlace(lhs) {
		c.errorf(lhs.Pos(), "E0070", "invalid left-hand side of assignment")
	}
}

// assignTarget checks the left side of a destructuring assignment: a
// place, or a tuple of targets. It returns the type the value must have.
func (c *checker) assignTarget(lhs ast.Expr, assign ast.Span) Ty {
	if isUnderscore(lhs) { // (a, _) = pair()
		t := c.newVar(GeneralVar)
		c.types[lhs] = t
		return t
	}
	if arr, ok := unparen(lhs).(*ast.ArrayExpr); ok { // [a, b] = [b, a]
		elem := c.newVar(GeneralVar)
		for _, el := range arr.Elems {
			if et := c.assignTarget(el, assign); !c.unify(elem, et) {
				c.mismatch(el.Pos(), elem, et)
			}
		}
		t := &ArrayTy{Elem: elem, Len: int64(len(arr.Elems))}
		c.types[arr] = t
		c.types[lhs] = t
		return t
	}
	tup, ok := unparen(lhs).(*ast.TupleExpr)
	if !ok {
		t := c.checkExpr(lhs, nil)
		c.checkAssignPlace(lhs, assign)
		return t
	}
	var elems []Ty
	for _, el := range tup.Elems {
		elems = append(elems, c.assignTarget(el, assign))
	}
	t := &TupleTy{Elems: elems}
	c.types[tup] = t
	c.types[lhs] = t
	return t
}

func (c *checker) ifExpr(e *ast.IfExpr, expected Ty) Ty {
	c.push()
	c.cond(e.Cond)
	c.noteLetScopes(e.Cond, e.Then.Span.End)
	if e.Else == nil {
		c.checkExpr(e.Then, tyUnit)
		c.pop()
		return tyUnit
	}
	t := expected
	if t == nil {
		t = c.newVar(GeneralVar)
	}
	tt := c.checkExpr(e.Then, t)
	c.pop()
	te := c.checkExpr(e.Else, t)
	if expected == nil && c.isNever(tt) && c.isNever(te) {
		return tyNever // both branches diverge: the if does (let .. else { if .. })
	}
	return t
}

func (c *checker) isNever(t Ty) bool {
	_, never := c.shallow(t).(*NeverTy)
	return never
}

// cond checks an if/while condition: a bool expression, `let P = e`, or
// a chain of them joined by && (bindings are visible to the rest of the
// chain and the body).
func (c *checker) cond(e ast.Expr) {
	switch x := e.(type) {
	case *ast.LetExpr:
		t := c.checkExpr(x.X, nil)
		x.Pat = liftOrPats(x.Pat)
		c.checkPat(x.Pat, t)
		c.types[e] = tyBool
		return
	case *ast.BinaryExpr:
		if x.Op == "&&" && hasLet(x) {
			c.cond(x.X)
			c.cond(x.Y)
			c.types[e] = tyBool
			return
		}
	}
	c.checkExpr(e, tyBool)
}

// noteLetScopes records the patterns of the lets in condition e, whose
// bindings live from their scrutinee to end.
func (c *checker) noteLetScopes(e ast.Expr, end int) {
	switch x := e.(type) {
	case *ast.LetExpr:
		c.bindScopes = append(c.bindScopes, bindScope{pat: x.Pat, span: ast.Span{Start: x.Span.Start, End: end}, scrut: x.X.Pos()})
	case *ast.BinaryExpr:
		if x.Op == "&&" {
			c.noteLetScopes(x.X, end)
			c.noteLetScopes(x.Y, end)
		}
	case *ast.ParenExpr:
		c.noteLetScopes(x.X, end)
	}
}

// hasLet reports whether a condition contains a `let`.
func hasLet(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.LetExpr:
		return true
	case *ast.BinaryExpr:
		return x.Op == "&&" && (hasLet(x.X) || hasLet(x.Y))
	}
	return false
}

// matchExpr checks match X { arms }: every arm's pattern against X's type,
// guards as bool, bodies against one result type.
func (c *checker) matchExpr(e *ast.MatchExpr, expected Ty) Ty {
	st := c.checkExpr(e.X, nil)
	t := expected
	if t == nil {
		t = c.newVar(GeneralVar)
	}
	never := true
	for _, arm := range e.Arms {
		arm.Pat = liftOrPats(arm.Pat)
		c.push()
		c.checkPat(arm.Pat, st)
		c.bindScopes = append(c.bindScopes, bindScope{pat: arm.Pat, span: arm.Span, scrut: e.X.Pos()})
		if arm.Guard != nil {
			c.checkExpr(arm.Guard, tyBool)
		}
		if !c.isNever(c.checkExpr(arm.Body, t)) {
			never = false
		}
		c.pop()
	}
	if len(e.Arms) == 0 || expected == nil && never {
		return tyNever // every arm diverges
	}
	return t
}

// tupleExpr checks (a, b, ...).
func (c *checker) tupleExpr(e *ast.TupleExpr, expected Ty) Ty {
	var want []Ty
	if tt, ok := c.shallow(orNil(expected)).(*TupleTy); ok && len(tt.Elems) == len(e.Elems) {
		want = tt.Elems
	}
	var elems []Ty
	for i, x := range e.Elems {
		var w Ty
		if want != nil {
			w = want[i]
		}
		t := c.checkExpr(x, w)
		if _, unsized := c.coerced[x]; unsized && w != nil {
			t = w // each element is a coercion site: ("a", Box::new(A)) as (&str, Box<dyn S>)
		}
		elems = append(elems, t)
	}
	return &TupleTy{Elems: elems}
}

func orNil(t Ty) Ty {
	if t == nil {
		return tyUnit
	}
	return t
}

// fieldExpr checks X.name and X.0.
func (c *checker) fieldExpr(e *ast.FieldExpr) Ty {
	base := c.autoDerefTy(c.checkExpr(e.X, nil))
	switch b := base.(type) {
	case *TupleTy:
		i, ok := tupleIndex(e.Name.Name)
		if ok && i < len(b.Elems) {
			return b.Elems[i]
		}
	case *TyVar:
		c.errorf(e.Name.Span, "E0282", "type annotations needed")
		return c.newVar(GeneralVar)
	case *Adt:
		if ft := c.l.fieldType(b, e.Name.Name); ft != nil {
			return ft
		}
		if _, index := tupleIndex(e.Name.Name); b.Def.Std && !index {
			// The model has no fields of std types: Range's start and
			// end are real (a range is lowered to an iterator).
			c.unsupported(e.Name.Span, "field `%s` of std type `%s`", e.Name.Name, c.resolve(base, false))
			return c.newVar(GeneralVar)
		}
	}
	c.errorf(e.Name.Span, "E0609", "no field `%s` on type `%s`", e.Name.Name, c.resolve(base, false))
	return c.newVar(GeneralVar)
}

func tupleIndex(s string) (int, bool) {
	n := 0
	if s == "" {
		return 0, false
	}
	for _, ch := range s {
		if ch < '0' || ch > '9' {
			return 0, false
		}
		n = n*10 + int(ch-'0')
	}
	return n, true
}

func (c *checker) whileExpr(e *ast.WhileExpr) Ty {
	c.push()
	c.cond(e.Cond)
	c.noteLetScopes(e.Cond, e.Body.Span.End)
	c.pushLoop(&loopInfo{label: labelName(e.Label)})
	c.checkExpr(e.Body, tyUnit)
	c.loops = c.loops[:len(c.loops)-1]
	c.pop()
	return tyUnit
}

func (c *checker) loopExpr(e *ast.LoopExpr) Ty {
	li := &loopInfo{label: labelName(e.Label), isLoop: true, block: e.Block}
	c.pushLoop(li)
	c.checkExpr(e.Body, tyUnit)
	c.loops = c.loops[:len(c.loops)-1]
	if li.ty == nil {
		return tyNever
	}
	return li.ty
}

func (c *checker) breakExpr(e *ast.BreakExpr) Ty {
	li := c.findLoop(e.Label, e.Span, "break")
	if e.Value != nil && li != nil {
		if !li.isLoop {
			c.errorf(e.Span, "E0571", "`break` with value from a `while` or `for` loop")
			return tyNever
		}
		if li.ty == nil {
			li.ty = c.newVar(GeneralVar)
		}
		c.checkExpr(e.Value, li.ty)
	} else if li != nil && li.isLoop {
		if li.ty == nil {
			li.ty = tyUnit
		} else {
			c.unify(li.ty, tyUnit)
		}
	}
	return tyNever
}

// findLoop finds the loop that `break` or `continue` (kw) with label
// leaves.
func (c *checker) findLoop(label *ast.Label, s ast.Span, kw string) *loopInfo {
	if len(c.loops) == 0 {
		c.errorf(s, "E0268", "`break` or `continue` outside of a loop")
		return nil
	}
	if label == nil {
		li := c.loops[len(c.loops)-1]
		if li.block {
			c.errorf(s, "E0695", "unlabeled `%s` inside of a labeled block", kw)
			return nil
		}
		return li
	}
	for i := len(c.loops) - 1; i >= 0; i-- {
		if c.loops[i].label == label.Name {
			if c.loops[i].block && kw == "continue" {
				c.errorf(s, "E0696", "`continue` pointing to a labeled block")
				return nil
			}
			return c.loops[i]
		}
	}
	c.errorf(label.Span, "E0426", "use of undeclared label `'%s`", label.Name)
	return nil
}

// pushLoop enters a loop, noting its label among the function's labels.
func (c *checker) pushLoop(li *loopInfo) {
	c.loops = append(c.loops, li)
	if li.label != "" {
		c.loopLabels[li.label] = true
	}
}

func labelName(l *ast.Label) string {
	if l == nil {
		return ""
	}
	return l.Name
}

// isPlace reports whether e denotes a place (something assignable).
func isPlace(e ast.Expr) bool {
	switch e := unparen(e).(type) {
	case *ast.PathExpr:
		return true
	case *ast.FieldExpr:
		return isPlace(e.X) || true
	case *ast.IndexExpr:
		return true
	case *ast.UnaryExpr:
		return e.Op == "*"
	}
	return false
}

func isBadItem(it ast.Item) bool {
	_, bad := it.(*ast.BadItem)
	return bad
}
