package lower

import (
	"go/constant"
	"go/token"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Integer arithmetic follows a debug build of rustc: +, -, * panic on
// overflow, / and % on a zero divisor or MIN / -1, << and >> on a shift
// of at least the bit width; each through an inlinable rt helper given the
// Rust position. With -release, +, -, * wrap (Go's own arithmetic), and
// division keeps its checks (they panic in release builds too).

// rtIntSuffix names the rt helper suffix of an integer type.
var rtIntSuffix = map[string]string{
	"i8": "I8", "i16": "I16", "i32": "I32", "i64": "I64", "isize": "Isize",
	"u8": "U8", "u16": "U16", "u32": "U32", "u64": "U64", "usize": "Usize",
}

var rtArith = map[string]string{"+": "Add", "-": "Sub", "*": "Mul", "/": "Div", "%": "Rem",
	"<<": "Shl", ">>": "Shr"}

func (b *builder) binary(e *ast.BinaryExpr) ir.Expr {
	if e.Op == "&&" || e.Op == "||" {
		return b.logical(e)
	}
	xy := b.inOrder(2, func(i int) ir.Expr {
		o := []ast.Expr{e.X, e.Y}[i]
		return b.autoDeref(b.read(o), b.c.final(o))
	})
	x, y := xy[0], xy[1]
	t := b.c.derefAll(b.c.final(e.X))
	if u := b.c.ops[e]; u != nil { // impl Add for V2; T: Add (dict.go)
		return b.userBinary(e, u, x, y)
	}
	if isInt(t) && rtArith[e.Op] != "" {
		span := e.Span
		if ps, ok := b.c.parenSpan[e]; ok {
			span = ps
		}
		return b.arith(e.Op, x, y, t, span)
	}
	if v, ok := b.stdBinary(e, x, y, t); ok { // Duration + Duration, ...
		return v
	}
	if v, ok := b.valueCompare(e, x, y, t); ok { // tuples, vectors, options (std_ops.go)
		return v
	}
	if p, ok := t.(*Prim); ok && p.Name == "bool" && e.Op == "^" {
		return &ir.Binary{Op: "!=", X: x, Y: y} // Go has no ^ on bool
	}
	if p, ok := t.(*Prim); ok && p.Name == "bool" && (e.Op == "&" || e.Op == "|") {
		return b.boolBitOp(e.Op, x, y, e.Span)
	}
	if isFloat(t) && e.Op == "%" {
		return b.floatRem(x, y, t, e.Span)
	}
	if e.Op == "==" || e.Op == "!=" {
		if eq := b.equal(x, y, t); eq != nil {
			if e.Op == "!=" {
				return not(eq)
			}
			return eq
		}
	}
	return &ir.Binary{Op: e.Op, X: x, Y: y}
}

// logical lowers && and ||. Go's operators short-circuit as Rust's do,
// but statements emitted for the right operand (a block, an if, a match
// there) would run before the left one, and always: they go into an if
// that runs when the left operand does not decide.
func (b *builder) logical(e *ast.BinaryExpr) ir.Expr {
	x := b.read(e.X)
	var y ir.Expr
	then := b.nested(e.Y.Pos(), func() { y = b.read(e.Y) })
	if len(then.Stmts) == 0 {
		return &ir.Binary{Op: e.Op, X: x, Y: y}
	}
	v := &ir.Var{Name: "ok", Type: ir.BoolType, Temp: true}
	b.emit(&ir.DeclStmt{Var: v, Value: x, Span: e.Span})
	var cond ir.Expr = &ir.VarRef{Var: v}
	if e.Op == "||" {
		cond = not(cond)
	}
	if y != nil && !ir.Terminates(then.Stmts) {
		then.Stmts = append(then.Stmts, &ir.AssignStmt{Lhs: []ir.Expr{&ir.VarRef{Var: v}}, Op: "=", Rhs: []ir.Expr{y}, Span: e.Span})
	}
	b.emit(&ir.IfStmt{Cond: cond, Then: then, Span: e.Span})
	return &ir.VarRef{Var: v}
}

// boolBitOp lowers & and | on bools, which evaluate both operands (Go has
// only the short-circuiting && and ||): an operand with effects is
// evaluated first into a variable, in order.
func (b *builder) boolBitOp(op string, x, y ir.Expr, span ast.Span) ir.Expr {
	if !isSimple(y) {
		if !isSimple(x) {
			xv := &ir.Var{Name: "l", Type: ir.BoolType, Temp: true}
			b.emit(&ir.DeclStmt{Var: xv, Value: x, Span: span})
			x = &ir.VarRef{Var: xv}
		}
		yv := &ir.Var{Name: "r", Type: ir.BoolType, Temp: true}
		b.emit(&ir.DeclStmt{Var: yv, Value: y, Span: span})
		y = &ir.VarRef{Var: yv}
	}
	return &ir.Binary{Op: op + op, X: x, Y: y}
}

// floatRem lowers % on floats: Rust's is fmod (the result has the sign of
// the dividend), Go's math.Mod; on f32 computed in float64, where fmod is
// exact, and rounded back (exactly).
func (b *builder) floatRem(x, y ir.Expr, t Ty, span ast.Span) ir.Expr {
	if t.(*Prim).Name == "f32" {
		f64 := &ir.Basic{Kind: ir.Float64}
		mod := call1("math.Mod", &ir.Convert{Type: f64, X: x}, &ir.Convert{Type: f64, X: y})
		return &ir.Convert{Type: b.goType(t, span), X: mod}
	}
	return call1("math.Mod", x, y)
}

// equal lowers == for types whose Go values are not comparable with ==:
// vectors and slices compare element-wise.
func (b *builder) equal(x, y ir.Expr, t Ty) ir.Expr {
	switch t := t.(type) {
	case *Adt:
		if t.Def.Go["builtin"] == "slice" {
			return &ir.Call{Fun: &ir.Qual{Pkg: "slices", Name: "Equal"}, Args: []ir.Expr{x, y}}
		}
	case *SliceTy, *ArrayTy:
		return &ir.Call{Fun: &ir.Qual{Pkg: "slices", Name: "Equal"}, Args: []ir.Expr{x, y}}
	}
	return nil
}

// arith lowers an integer operator with Rust's overflow semantics.
func (b *builder) arith(op string, x, y ir.Expr, t Ty, span ast.Span) ir.Expr {
	return b.arithAt(op, x, y, t, span, nil)
}

// arithAt is arith with the panic location given as a Go value (nil:
// span's).
func (b *builder) arithAt(op string, x, y ir.Expr, t Ty, span ast.Span, at ir.Expr) ir.Expr {
	if at == nil {
		at = b.loc(span)
	}
	name := t.(*Prim).Name
	wraps := op == "+" || op == "-" || op == "*"
	if untyped(x) && untyped(y) && wraps {
		bin := &ir.Binary{Op: op, X: x, Y: y}
		b.checkConstOverflow(bin, name, span)
		return bin
	}
	if b.l.cfg.Release && wraps {
		return &ir.Binary{Op: op, X: x, Y: y}
	}
	if strings.HasSuffix(name, "128") {
		b.unsupported(span, "128-bit integers")
		return x
	}
	if (op == "/" || op == "%") && !untyped(x) {
		// x / 7: a constant divisor other than 0 (and -1, whose quotient
		// of MIN overflows) cannot panic.
		if n, ok := y.(*ir.Lit); ok {
			if v, ok := n.Value.(int64); ok && v != 0 && v != -1 {
				return &ir.Binary{Op: op, X: x, Y: &ir.Lit{Value: v}}
			}
		}
	}
	if op == "<<" || op == ">>" {
		if n, ok := y.(*ir.Lit); ok && !untyped(x) {
			if v, ok := n.Value.(int64); ok && v >= 0 && v < int64(intBits(name)) {
				return &ir.Binary{Op: op, X: x, Y: &ir.Lit{Value: v}} // z >> 30 cannot overflow
			}
		}
		y = &ir.Convert{Type: &ir.Basic{Kind: ir.Uint64}, X: y} // rt's Shl/Shr take a uint64
	}
	return &ir.Call{Fun: rt(rtArith[op] + rtIntSuffix[name]), Args: []ir.Expr{x, y, at}}
}

func (b *builder) unary(e *ast.UnaryExpr) ir.Expr {
	if e.Op == "*" {
		return b.deref(e)
	}
	if fn := b.c.unaryOps[e]; fn != nil { // impl Neg for V2
		return b.callImpl(fn, b.valueOf(e.X), b.opDict(e, fn)...)
	}
	if name := b.c.paramOps[e]; name != "" { // T: Neg
		return &ir.Call{Fun: &ir.VarRef{Var: b.useDict(name)}, Args: []ir.Expr{b.valueOf(e.X), b.loc(e.Span)}}
	}
	x := b.expr(e.X)
	t := b.c.final(e.X)
	at := b.loc(e.Span)
	if r, ok := t.(*RefTy); ok { // -r of r: &i64, through core's Neg for &i64
		x, t, at = b.autoDeref(x, r), b.c.resolve(r.Elem, true), rt("StdNegLoc")
	}
	switch e.Op {
	case "-":
		if isInt(t) && !isSigned(t) {
			b.errorf(e.Span, "E0600", "cannot apply unary operator `-` to type `%s`", t.(*Prim).Name)
			return x
		}
		if isInt(t) && untyped(x) {
			b.checkConstOverflow(&ir.Unary{Op: "-", X: x}, t.(*Prim).Name, e.Span)
		}
		if isInt(t) && !untyped(x) && !b.l.cfg.Release {
			return &ir.Call{Fun: rt("Neg" + rtIntSuffix[t.(*Prim).Name]), Args: []ir.Expr{x, at}}
		}
		if v, ok := b.floatConst(&ir.Unary{Op: "-", X: x}, t, e.Span); ok { // -0.0 (std_ops.go)
			return v
		}
		return &ir.Unary{Op: "-", X: x}
	case "!":
		if isInt(t) {
			// Typed first: Go's ^ of an untyped constant is negative,
			// which overflows an unsigned type (!5u8 is 250, ^5 is -6).
			return &ir.Unary{Op: "^", X: b.typed(x, b.goType(t, e.Span))}
		}
		if p, ok := b.c.resolve(t, true).(*Prim); !ok || p.Name != "bool" {
			// The checker accepted an operand whose type was not known
			// yet (`!v.into_iter().collect()`); now it is.
			switch ot := b.c.resolve(t, true).(type) {
			case *Prim:
				b.errorf(e.Span, "E0600", "cannot apply unary operator `!` to type `%s`", ot.Name)
			default:
				b.unsupported(e.Span, "operator `!` on `%s`", ot)
			}
			return x
		}
		return &ir.Unary{Op: "!", X: x}
	case "*":
		return b.deref(e)
	}
	b.unsupported(e.Span, "operator `%s`", e.Op)
	return x
}

// forStmt lowers `for pat in iter { body }`.
func (b *builder) forStmt(e *ast.ForExpr) {
	if b.seqLoop(e) { // for x in rx, for x in &rx
		return
	}
	it, _ := b.c.final(e.Iter).(*Adt)
	kind := ""
	if it != nil {
		kind = it.Def.Go["iter"]
	}
	_, isRangeExpr := unparen(e.Iter).(*ast.RangeExpr)
	switch {
	case (kind == "range" || kind == "range_inclusive") && isRangeExpr:
		b.rangeLoop(e, it, kind == "range_inclusive")
	case b.forIter(e): // vectors, maps, iterators (std_iter.go)
	default:
		b.unsupported(e.Iter.Pos(), "iterating over `%s`", b.c.final(e.Iter))
	}
}

// rangeLoop lowers a for loop over lo..hi or lo..=hi. Rust evaluates the
// bounds once; a bound that is not a constant or an immutable local is
// kept in a temporary. An inclusive range whose end is not a constant
// below the type's maximum goes through rt.RangeInclusive, which cannot
// overflow.
func (b *builder) rangeLoop(e *ast.ForExpr, it *Adt, inclusive bool) {
	r := unparen(e.Iter).(*ast.RangeExpr)
	elemT := b.goType(it.Args[0], e.Span)
	lo := b.typed(b.operand(r.Lo), elemT)
	hi := b.operand(r.Hi)
	loopVar, bodyPrefix := b.loopVar(e.Pat, it.Args[0], e.Span)
	prefix := func() { *b.out = append(*b.out, bodyPrefix...) }
	if inclusive && !constBelowMax(hi, it.Args[0]) {
		body := b.loopBody(e.Body, e.Label, prefix)
		call := &ir.Call{Fun: rt("RangeInclusive"), Args: []ir.Expr{lo, hi}}
		b.emit(&ir.RangeStmt{Label: b.loopLabel(e.Label, body), Key: loopVar, X: call, Body: body, Span: e.Span})
		return
	}
	if !stable(hi) {
		end := &ir.Var{Name: "end", Type: elemT, Temp: true}
		b.emit(&ir.DeclStmt{Var: end, Value: b.typed(hi, elemT), Span: e.Span})
		hi = &ir.VarRef{Var: end}
	}
	body := b.loopBody(e.Body, e.Label, prefix)
	cmp := "<"
	if inclusive {
		cmp = "<="
	}
	iv := &ir.VarRef{Var: loopVar}
	b.emit(&ir.ForStmt{Label: b.loopLabel(e.Label, body),
		Init: &ir.DeclStmt{Var: loopVar, Value: lo},
		Cond: &ir.Binary{Op: cmp, X: iv, Y: hi},
		Post: &ir.AssignStmt{Lhs: []ir.Expr{iv}, Op: "++"},
		Body: body, Span: e.Span})
}

// loopVar makes the Go loop variable of a for pattern. A `mut` binding
// gets its own copy in the body so that assigning it cannot change the
// iteration, as in Rust.
func (b *builder) loopVar(p ast.Pat, t Ty, span ast.Span) (*ir.Var, []ir.Stmt) {
	ip, ok := p.(*ast.IdentPat)
	if !ok {
		return &ir.Var{Name: "i", Type: b.goType(t, span), Temp: true}, nil
	}
	loc := b.c.locals[ip]
	if !loc.Mut {
		return b.bindVar(loc, ip.Name.Span), nil
	}
	iter := &ir.Var{Name: loc.Name, Type: b.goType(t, span), Temp: true}
	v := b.bindVar(loc, ip.Name.Span)
	return iter, []ir.Stmt{&ir.DeclStmt{Var: v, Value: &ir.VarRef{Var: iter}}}
}

func unparen(e ast.Expr) ast.Expr {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// stable reports whether evaluating x again yields the same value: a
// constant or a variable (Rust forbids assigning the bound's variables
// while they are borrowed by the range... the loop reads them only once,
// so only constants and variables that the loop cannot change qualify).
func stable(x ir.Expr) bool {
	switch x := x.(type) {
	case *ir.Lit:
		return true
	case *ir.Paren:
		return stable(x.X)
	case *ir.VarRef:
		return x.Var.ReadOnly
	}
	return false
}

// constBelowMax reports whether x is a constant smaller than t's maximum,
// so that `i <= x; i++` cannot overflow.
func constBelowMax(x ir.Expr, t Ty) bool {
	lit, ok := x.(*ir.Lit)
	if !ok {
		return false
	}
	p, ok := t.(*Prim)
	if !ok {
		return false
	}
	max := intMax(p.Name)
	switch v := lit.Value.(type) {
	case int64:
		return v >= 0 && uint64(v) < max
	case uint64:
		return v < max
	}
	return false
}

// checkConstOverflow reports rustc's deny-by-default arithmetic_overflow
// error when x, an operation on untyped integer constants that Go folds
// at compile time, does not fit the integer type name (Go would reject
// the constant; Rust rejects the program).
func (b *builder) checkConstOverflow(x ir.Expr, name string, span ast.Span) {
	v, ok := b.untypedIntValue(x)
	if !ok {
		return
	}
	lo := constant.MakeInt64(0)
	if strings.HasPrefix(name, "i") {
		lo = constant.MakeInt64(-int64(intMax(name)) - 1)
	}
	hi := constant.MakeUint64(intMax(name))
	if intMax(name) == 0 {
		return
	}
	if constant.Compare(v, token.LSS, lo) || constant.Compare(v, token.GTR, hi) {
		b.errorf(span, "", "this arithmetic operation will overflow")
	}
}

// constMemo holds the values of the untyped constant expressions built so
// far: operators are built bottom-up, so each is evaluated once (a sum of
// 10,000 literals stays linear).
type constMemo map[ir.Expr]constant.Value

// untypedIntValue evaluates an untyped integer constant expression as Go
// folds it: literals, parentheses, unary minus and + - *.
func (b *builder) untypedIntValue(x ir.Expr) (constant.Value, bool) {
	if v, ok := b.consts[x]; ok {
		return v, v != nil
	}
	var v constant.Value
	switch x := x.(type) {
	case *ir.Lit:
		if x.Type == nil {
			switch n := x.Value.(type) {
			case int64:
				v = constant.MakeInt64(n)
			case uint64:
				v = constant.MakeUint64(n)
			}
		}
	case *ir.Paren:
		v, _ = b.untypedIntValue(x.X)
	case *ir.Unary:
		if w, ok := b.untypedIntValue(x.X); ok && x.Op == "-" {
			v = constant.UnaryOp(token.SUB, w, 0)
		}
	case *ir.Binary:
		ops := map[string]token.Token{"+": token.ADD, "-": token.SUB, "*": token.MUL}
		w, ok1 := b.untypedIntValue(x.X)
		z, ok2 := b.untypedIntValue(x.Y)
		if tok, ok := ops[x.Op]; ok && ok1 && ok2 {
			v = constant.BinaryOp(w, tok, z)
		}
	}
	if b.consts == nil {
		b.consts = constMemo{}
	}
	b.consts[x] = v
	return v, v != nil
}
