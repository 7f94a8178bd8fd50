package lower

import (
	"math"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// `as` casts between primitive types, with Rust's semantics: integers
// truncate or extend (Go's conversion does the same, except that Go
// rejects a constant that does not fit: constants are folded here);
// floats to integers saturate (rt.CastFloat); bool and char convert to
// their integer values; u8 converts to char.

// castExpr checks X as T.
func (c *checker) castExpr(e *ast.CastExpr) Ty {
	to := c.l.astType(e.Type, c.inferEnv())
	var expected Ty
	if a, ok := c.shallow(to).(*Adt); ok && len(a.Args) == 1 {
		if ft, ok := c.shallow(a.Args[0]).(*FnTy); ok && ft.Kind != "" {
			expected = to // Box::new(move || ..) as Box<dyn FnMut()>: the closure's type
		}
	}
	from := c.checkExpr(e.X, expected)
	f := c.derefAll(from)
	if v, isVar := c.shallow(from).(*TyVar); isVar && v.Kind != GeneralVar && !isLiteral(e.X) && (isInt(c.shallow(to)) || isFloat(c.shallow(to))) {
		// `i as u8` does not make the integer variable i a u8 (rustc's
		// cast expectation types only a literal written in the cast).
		return to
	}
	if c.unsizeToDyn(to, from) || c.unifyProbe(to, from) {
		// `as` used for a coercion (Box<closure> as Box<dyn Fn()>): no
		// conversion in Go.
		c.unify(to, from)
		return to
	}
	if !castable(c, f, c.shallow(to)) {
		c.errorf(e.Span, "E0605", "non-primitive cast: `%s` as `%s`", c.resolve(from, false), c.resolve(to, false))
	}
	return to
}

// castable reports whether Rust allows `from as to` among the types rs2go
// casts.
func castable(c *checker, from, to Ty) bool {
	num := func(t Ty) bool {
		if v, ok := t.(*TyVar); ok {
			return v.Kind != GeneralVar
		}
		return isInt(t) || isFloat(t)
	}
	switch {
	case num(to) && (num(from) || isPrimNamed(from, "bool") || isPrimNamed(from, "char")):
		return true
	case isPrimNamed(to, "char") && (isPrimNamed(from, "u8") || isPrimNamed(from, "char")):
		return true
	case isPrimNamed(to, "char"):
		if v, ok := from.(*TyVar); ok && v.Kind == IntVar {
			c.unify(v, tyU8)
			return true
		}
	}
	if a, ok := from.(*Adt); ok && (!a.Def.Std && isEnum(a.Def) && cLike(a.Def) || a.Def.Go["type"] == "rt.Ordering") && isInt(to) {
		return true // a C-like enum's discriminant (Ordering: -1, 0, 1)
	}
	if _, ok := to.(*TyVar); ok {
		return true
	}
	return false
}

// cast lowers X as T.
func (b *builder) cast(e *ast.CastExpr) ir.Expr {
	from := b.c.derefAll(b.c.final(e.X))
	to := b.c.resolve(b.c.final(e), true)
	if _, prim := to.(*Prim); !prim {
		if _, isAdt := from.(*Adt); !isAdt || !b.c.unifyProbe(b.c.final(e.X), to) && !b.c.unsizeToDyn(to, b.c.final(e.X)) {
			// fallthrough to the numeric casts below
		} else if b.c.unsizeToDyn(to, b.c.final(e.X)) {
			// Box::new(A) as Box<dyn S>: spelled out, as the value may
			// be an argument whose type Go infers (a tuple's element).
			x := b.valueOf(e.X)
			if d, ok := b.c.resolve(b.c.derefAll(unsizedInner(to)), true).(*DynTy); ok && d.Trait.Go["wrap"] != "" {
				x = b.fmtDyn(e.X, x, to, d, d.Trait.Go["wrap"]) // Box::new(t) as Box<dyn Debug>: as coerce does
			}
			return &ir.Convert{Type: b.goType(to, e.Span), X: x}
		} else {
			return b.valueOf(e.X) // a coercion written with `as`: nothing to convert
		}
	}
	x := b.autoDeref(b.valueOf(e.X), b.c.final(e.X))
	return b.castValue(x, from, to, e.Span)
}

// castValue converts x of primitive type from to type to.
func (b *builder) castValue(x ir.Expr, from, to Ty, span ast.Span) ir.Expr {
	gt := b.goType(to, span)
	if a, ok := from.(*Adt); ok && (!a.Def.Std || a.Def.Go["type"] == "rt.Ordering") { // a C-like enum's discriminant
		if _, isQual := x.(*ir.Qual); isQual || isConstExpr(x) { // rt.Less as u8: not a Go constant conversion
			return &ir.Call{Fun: rt("Cast"), TypeArgs: []ir.Type{gt}, Args: []ir.Expr{x}}
		}
		return &ir.Convert{Type: gt, X: x}
	}
	fp, _ := from.(*Prim)
	tp, _ := to.(*Prim)
	if fp == nil || tp == nil {
		b.unsupported(span, "cast from `%s` to `%s`", from, to)
		return x
	}
	if fp.Name == tp.Name {
		return b.typed(x, gt)
	}
	if v, ok := constValue(x); ok {
		if folded, ok := foldCast(v, fp, tp); ok {
			return &ir.Lit{Value: folded, Type: gt}
		}
	}
	switch {
	case fp.Name == "bool":
		return &ir.Call{Fun: rt("BoolToInt"), TypeArgs: []ir.Type{gt}, Args: []ir.Expr{x}}
	case isFloat(fp) && isInt(tp):
		return &ir.Call{Fun: rt("CastFloat"), TypeArgs: []ir.Type{gt}, Args: []ir.Expr{b.typed(x, b.goType(fp, span))}}
	case isConstExpr(x) && fp.Name == "f64" && tp.Name == "f32":
		return call1("rt.CastF32", b.typed(x, b.goType(fp, span))) // 1e300 as f32 is inf
	case isConstExpr(x) && (isInt(tp) || tp.Name == "char"):
		// A Go constant that may not fit the target type: convert at run
		// time, as Rust's cast does.
		return &ir.Call{Fun: rt("Cast"), TypeArgs: []ir.Type{gt}, Args: []ir.Expr{b.typed(x, b.goType(fp, span))}}
	}
	return &ir.Convert{Type: gt, X: x}
}

// constValue returns the value of an untyped integer, float, char or bool
// literal (possibly negated).
func constValue(x ir.Expr) (any, bool) {
	switch x := x.(type) {
	case *ir.Lit:
		if x.Type != nil {
			return constValue(&ir.Lit{Value: x.Value})
		}
		return x.Value, true
	case *ir.Paren:
		return constValue(x.X)
	case *ir.Unary:
		if x.Op != "-" {
			return nil, false
		}
		v, ok := constValue(x.X)
		if !ok {
			return nil, false
		}
		switch n := v.(type) {
		case int64:
			return -n, true
		case float64:
			return -n, true
		}
	}
	return nil, false
}

// foldCast computes a cast of a constant at translate time.
func foldCast(v any, from, to *Prim) (any, bool) {
	var bits uint64
	var isF bool
	var f float64
	switch n := v.(type) {
	case int64:
		bits = uint64(n)
	case uint64:
		bits = n
	case rune:
		bits = uint64(n)
	case bool:
		if n {
			bits = 1
		}
	case float64:
		isF, f = true, n
	default:
		return nil, false
	}
	if isFloat(to) {
		if isF {
			if to.Name == "f32" || from.Name == "f32" { // 0.1f32 as f64 keeps f32's rounding
				f = float64(float32(f))
			}
			if math.IsInf(f, 0) || math.IsNaN(f) {
				return nil, false // a Go constant cannot be one: rt's cast at run time
			}
			return f, true
		}
		if isSigned(from) {
			return float64(int64(bits)), true
		}
		return float64(bits), true
	}
	if isF {
		return nil, false // saturation: rt.CastFloat
	}
	if to.Name == "char" {
		return rune(uint8(bits)), true
	}
	return truncInt(bits, to.Name)
}

// truncInt truncates (and sign-extends) a 64-bit pattern to an integer type.
func truncInt(bits uint64, name string) (any, bool) {
	switch name {
	case "i8":
		return int64(int8(bits)), true
	case "i16":
		return int64(int16(bits)), true
	case "i32":
		return int64(int32(bits)), true
	case "i64", "isize":
		return int64(bits), true
	case "u8":
		return int64(uint8(bits)), true
	case "u16":
		return int64(uint16(bits)), true
	case "u32":
		return int64(uint32(bits)), true
	case "u64", "usize":
		if bits > math.MaxInt64 {
			return bits, true
		}
		return int64(bits), true
	}
	return nil, false
}

// isConstExpr reports whether x may be a Go constant expression.
func isConstExpr(x ir.Expr) bool {
	switch x := x.(type) {
	case *ir.Lit:
		return true
	case *ir.Qual:
		return x.Pkg == "rt" || x.Pkg == "math" || x.Pkg == "" // rt.F64Max, a user const
	case *ir.Paren:
		return isConstExpr(x.X)
	case *ir.Unary:
		return isConstExpr(x.X)
	case *ir.Binary:
		return isConstExpr(x.X) && isConstExpr(x.Y)
	case *ir.Convert:
		return isConstExpr(x.X)
	}
	return false
}

// isLiteral reports whether e is a number literal, possibly negated.
func isLiteral(e ast.Expr) bool {
	switch x := unparen(e).(type) {
	case *ast.LitExpr:
		return true
	case *ast.UnaryExpr:
		return x.Op == "-" && isLiteral(x.X)
	}
	return false
}
