package lower

import (
	"math"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Operators on the std value types: String += &str, compound assignment
// with a reference operand (n += &x), String == &str, and the ordering
// operators on types Go cannot order with < (tuples, vectors, options,
// derived Ord): cmpFunc(a, b) < 0.

// compoundStd checks `lhs op= rhs` for String += &str and for a numeric
// lhs with a reference rhs; it reports whether it handled the operands.
func (c *checker) compoundStd(e *ast.AssignExpr, t Ty) bool {
	lt := c.derefAll(t)
	if isStringTy(lt) && e.Op == "+=" {
		c.checkExpr(e.Rhs, &RefTy{Elem: tyStr})
		return true
	}
	if v, ok := lt.(*TyVar); ok && v.Kind != GeneralVar {
		// total += x with x a &u64: an integer variable takes the
		// referenced type.
	} else if !isInt(lt) && !isFloat(lt) {
		return false
	}
	rt := c.checkExpr(e.Rhs, nil)
	arg := c.shallow(rt)
	if r, ok := arg.(*RefTy); ok {
		// std has `n += &m` (AddAssign<&u64> for u64), not `&mut m` or `&&m`.
		if _, nested := c.shallow(r.Elem).(*RefTy); r.Mut || nested {
			at := e.OpSpan
			if at == (ast.Span{}) {
				at = e.Span
			}
			c.errorf(at, "E0277", "%s", opMessage(e.Op, c.resolve(lt, false), c.resolve(rt, false)))
			return true
		}
		arg = r.Elem
	}
	if !c.unify(lt, arg) {
		c.mismatch(e.Rhs.Pos(), lt, rt)
	}
	return true
}

// strPair reports whether x and y are String and str in some order.
func (c *checker) strPair(x, y Ty) bool {
	str := func(t Ty) bool { return isPrimNamed(t, "str") }
	return (isStringTy(x) && str(y)) || (str(x) && isStringTy(y))
}

// seqPair checks x == y (or !=) on two different kinds of sequence among
// Vec<T>, [T] and [T; N] (`bytes == b"+-"`, `v == [1, 2]`): std has
// PartialEq between each pair, on their elements. All three are Go
// slices, so the comparison lowers as that of two vectors.
func (c *checker) seqPair(e *ast.BinaryExpr, x, y Ty) bool {
	if e.Op != "==" && e.Op != "!=" {
		return false
	}
	kx, ex := c.seqKind(x)
	ky, ey := c.seqKind(y)
	if kx == "" || ky == "" || kx == ky {
		return false
	}
	if !c.unify(ex, ey) {
		c.mismatch(e.Y.Pos(), x, y)
	}
	return true
}

// seqKind names t's kind of sequence ("vec", "slice", "array"), with its
// element type; "" for other types.
func (c *checker) seqKind(t Ty) (string, Ty) {
	switch t := c.shallow(t).(type) {
	case *SliceTy:
		return "slice", t.Elem
	case *ArrayTy:
		return "array", t.Elem
	case *Adt:
		if t.Def.Std && t.Def.Go["builtin"] == "slice" && len(t.Args) == 1 {
			return "vec", t.Args[0]
		}
	}
	return "", nil
}

// stdOrdered accepts < <= > >= on types ordered by a derived or std Ord
// that Go's < does not order.
func (c *checker) stdOrdered(e *ast.BinaryExpr, t Ty) bool {
	if e.Op == "==" || e.Op == "!=" {
		return false
	}
	switch x := c.resolve(t, false).(type) {
	case *TupleTy, *SliceTy, *ArrayTy:
		return true
	case *Adt:
		g := x.Def.Go
		if x.Def.Std {
			return g["builtin"] == "slice" || g["type"] == "rt.Option" || g["type"] == "rt.Result" || g["type"] == "rt.Ordering"
		}
		return hasDerive(x.Def, "PartialOrd") || x.Def.Traits["Ord"] != nil || x.Def.Traits["PartialOrd"] != nil
	}
	return false
}

// valueCompare lowers a < b on such types.
func (b *builder) valueCompare(e *ast.BinaryExpr, x, y ir.Expr, t Ty) (ir.Expr, bool) {
	if v, ok := b.floatConst(&ir.Binary{Op: e.Op, X: x, Y: y}, t, e.Span); ok {
		return v, true
	}
	if isFloat(t) && (e.Op == "/" || e.Op == "%") && untyped(x) && isZeroConst(y) {
		// 0.0 / 0.0: Go rejects a constant division by zero; at run time
		// it gives NaN and the infinities as Rust does.
		v := &ir.Var{Name: "x", Type: b.goType(t, e.Span), Temp: true}
		b.emit(&ir.DeclStmt{Var: v, Value: b.typed(x, v.Type), Span: e.Span})
		if e.Op == "%" {
			return call1("math.Mod", &ir.VarRef{Var: v}, y), true
		}
		return &ir.Binary{Op: "/", X: &ir.VarRef{Var: v}, Y: y}, true
	}
	t = b.c.resolve(t, true)
	if (e.Op == "==" || e.Op == "!=") && needsEqFunc(b, t) {
		eq := b.eqCall(t, x, y, e.Span)
		if e.Op == "!=" {
			return not(eq), true
		}
		return eq, true
	}
	switch e.Op {
	case "<", "<=", ">", ">=":
	default:
		return nil, false
	}
	switch tt := t.(type) {
	case *Prim:
		return nil, false
	case *ParamTy:
		// T: PartialOrd as cmp.Ordered: Go's operators compare floats
		// as Rust's do (NaN is unordered), where cmp.Compare would not.
		if g := b.c.fn.generic(tt.Name); g != nil && b.useDict(tt.Name+"_cmp") == nil {
			if k, ok := constraintOf(g).(*ir.Named); ok && k.Pkg == "cmp" && k.Name == "Ordered" {
				return nil, false
			}
		}
	case *Adt:
		if tt.Def.Go["builtin"] == "string" || (!tt.Def.Std && (isEnum(tt.Def) && cLike(tt.Def))) || tt.Def.Go["type"] == "rt.Ordering" || tt.Def.Go["ord"] != "" {
			return nil, false
		}
	}
	x, y = b.typed(x, b.goType(t, e.Span)), b.typed(y, b.goType(t, e.Span))
	if b.partialOrd(t) {
		return call1("rt."+partialOps[e.Op], b.partialCmpCall(t, x, y, e.Span)), true
	}
	return &ir.Binary{Op: e.Op, X: b.cmpCall(t, x, y, e.Span), Y: &ir.Lit{Value: int64(0)}}, true
}

// partialOps are rt's comparisons of a partial order's result, by operator.
var partialOps = map[string]string{"<": "PartialLt", "<=": "PartialLe", ">": "PartialGt", ">=": "PartialGe"}

// isZeroConst reports whether x is the constant 0 or 0.0.
func isZeroConst(x ir.Expr) bool {
	v, ok := constValue(x)
	if !ok {
		return false
	}
	switch n := v.(type) {
	case int64:
		return n == 0
	case float64:
		return n == 0
	}
	return false
}

// floatConst folds a float operation on constants the way the float type
// computes it at run time (Go's constant arithmetic is exact: 0.1 + 0.2
// would be 0.3, and -0.0 would be 0). The result is a literal, or a math
// call for NaN, the infinities and -0.0.
func (b *builder) floatConst(x ir.Expr, t Ty, span ast.Span) (ir.Expr, bool) {
	if !isFloat(t) {
		return nil, false
	}
	f32 := t.(*Prim).Name == "f32"
	v, ok := evalFloat(x, f32)
	if !ok {
		return nil, false
	}
	gt := b.goType(t, span)
	var out ir.Expr
	switch {
	case math.IsNaN(v):
		out = call1("math.NaN")
	case math.IsInf(v, 1):
		out = call1("math.Inf", &ir.Lit{Value: int64(1)})
	case math.IsInf(v, -1):
		out = call1("math.Inf", &ir.Lit{Value: int64(-1)})
	case v == 0 && math.Signbit(v):
		out = call1("math.Copysign", &ir.Lit{Value: float64(0)}, &ir.Lit{Value: int64(-1)})
	default:
		return &ir.Lit{Value: v}, true
	}
	if f32 {
		return &ir.Convert{Type: gt, X: out}, true
	}
	return out, true
}

// evalFloat evaluates a constant float expression with float64 (or
// float32) arithmetic; ok is false when x is not one or folding changes
// nothing Go's constant arithmetic would get wrong.
func evalFloat(x ir.Expr, f32 bool) (float64, bool) {
	round := func(v float64) float64 {
		if f32 {
			return float64(float32(v))
		}
		return v
	}
	switch x := x.(type) {
	case *ir.Lit:
		switch n := x.Value.(type) {
		case float64:
			return round(n), x.Type == nil
		case int64:
			return round(float64(n)), x.Type == nil
		}
	case *ir.Paren:
		return evalFloat(x.X, f32)
	case *ir.Unary:
		if x.Op == "-" {
			if v, ok := evalFloat(x.X, f32); ok {
				return -v, true
			}
		}
	case *ir.Binary:
		a, ok1 := evalFloat(x.X, f32)
		c, ok2 := evalFloat(x.Y, f32)
		if !ok1 || !ok2 {
			return 0, false
		}
		switch x.Op {
		case "+":
			return round(a + c), true
		case "-":
			return round(a - c), true
		case "*":
			return round(a * c), true
		case "/":
			return round(a / c), true
		case "%":
			return round(math.Mod(a, c)), true
		}
	}
	return 0, false
}

// needsEqFunc reports whether == on t needs a PartialEq function: a user
// struct, option, result or tuple holding values Go cannot compare (a
// vector alone is compared by slices.Equal).
// ptrEq are the std types that are Go pointers and have Rust's ==: it
// compares their values (rt/coll_eq.go), not the pointers.
var ptrEq = map[string]bool{"rt.Rc": true, "rt.Arc": true, "rt.Cell": true, "rt.RefCell": true,
	"rt.HashMap": true, "rt.BTreeMap": true, "rt.HashSet": true, "rt.BTreeSet": true, "rt.VecDeque": true}

func needsEqFunc(b *builder, t Ty) bool {
	if b.goComparable(t) {
		return false
	}
	switch x := t.(type) {
	case *ParamTy:
		g := b.c.fn.generic(x.Name)
		return g != nil && g.CmpDict // through the dictionary (dict.go)
	case *TupleTy:
		return true
	case *Adt:
		if !x.Def.Std {
			return true
		}
		if x.Def.Go["box"] != "" && boxedByPointer(x.Args[0]) {
			return true // Box<i32> == Box<i32> compares the pointees
		}
		if el, ok := sliceElem(x); ok { // a vector of vectors: not slices.Equal
			return !b.goComparable(el)
		}
		if ptrEq[x.Def.Go["type"]] {
			return true // a Go pointer: == compares the values (rt.EqRc, ...)
		}
		return x.Def.Go["type"] == "rt.Option" || x.Def.Go["type"] == "rt.Result"
	case *SliceTy, *ArrayTy:
		el, _ := sliceElem(x)
		return !b.goComparable(el)
	}
	return false
}

// stablePlace makes a place that is read and then written (v = append(v,
// x), x = x + 1) evaluate its address once: *f() becomes p := f(); *p,
// and v[f()] becomes p := &v[f()]; *p.
func (b *builder) stablePlace(place ir.Expr, span ast.Span) ir.Expr {
	var addr ir.Expr
	switch x := place.(type) {
	case *ir.Unary:
		if _, isCall := x.X.(*ir.Call); x.Op != "*" || !isCall && stableOperand(x.X) {
			return place
		}
		addr = x.X // *g.Ptr() too: one call reads better
	case *ir.Index, *ir.Selector:
		if stableOperand(place) {
			return place
		}
		addr = &ir.Unary{Op: "&", X: place}
	default:
		return place
	}
	p := &ir.Var{Name: "p", Type: nil, Temp: true}
	b.emit(&ir.DeclStmt{Var: p, Value: addr, Span: span})
	return &ir.Unary{Op: "*", X: &ir.VarRef{Var: p}}
}
