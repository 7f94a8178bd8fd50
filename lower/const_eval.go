package lower

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
)

// constEval evaluates the integer consts and statics of the crate as
// rustc's const evaluation does, at compile time: an overflow, a division
// by zero or a shift too far is rustc's E0080 there, where Go would panic
// while the program initializes. It folds literals, other integer consts,
// T::MAX and T::MIN, casts between integers, parentheses and the integer
// operators; a const using anything else is left to Go, and so is an
// associated const.
type constEval struct {
	checked map[*ConstDef]*checker
	memo    map[*ConstDef]*big.Int // nil: not evaluable, or failed
	failed  map[*ConstDef]bool
	cur     *checker
}

// evalConsts reports E0080 for each const in order whose evaluation
// fails, and takes it out of checked.
func (l *lowerer) evalConsts(order []*ConstDef, checked map[*ConstDef]*checker) {
	ev := &constEval{checked: checked, memo: map[*ConstDef]*big.Int{}, failed: map[*ConstDef]bool{}}
	for _, cd := range order {
		if checked[cd] == nil {
			continue
		}
		ev.constValue(cd)
	}
	for cd := range ev.failed {
		delete(checked, cd)
	}
}

// constValue is the value of integer const cd, or nil.
func (ev *constEval) constValue(cd *ConstDef) *big.Int {
	if v, ok := ev.memo[cd]; ok {
		return v
	}
	ev.memo[cd] = nil // a cycle is E0391 (constCycles)
	c := ev.checked[cd]
	if c == nil || cd.Value == nil || cd.Owner != nil || intMax(primName(cd.Type)) == 0 {
		// (rustc evaluates an associated const where it is used)
		return nil
	}
	saved := ev.cur
	ev.cur = c
	v, ok := ev.eval(cd.Value)
	ev.cur = saved
	if !ok {
		ev.failed[cd] = true
		return nil
	}
	ev.memo[cd] = v
	return v
}

func primName(t Ty) string {
	if p, ok := t.(*Prim); ok {
		return p.Name
	}
	return ""
}

// eval folds e: (nil, true) when it is not a constant it knows, (nil,
// false) when evaluation failed (E0080 reported).
func (ev *constEval) eval(e ast.Expr) (*big.Int, bool) {
	c := ev.cur
	typ := primName(c.resolve(c.final(e), true))
	if intMax(typ) == 0 {
		return nil, true
	}
	switch e := e.(type) {
	case *ast.ParenExpr:
		return ev.eval(e.X)
	case *ast.LitExpr:
		if e.Kind != ast.IntLit {
			return nil, true
		}
		v, ok := new(big.Int).SetString(strings.ToLower(e.Text), 0)
		if !ok || !fits(v, typ) {
			return nil, true // out of range: the literal lint's error
		}
		return v, true
	case *ast.PathExpr:
		cd, ok := c.items[e].(*ConstDef)
		if !ok {
			return nil, true
		}
		if cd.Module == nil || cd.Module.Std { // i32::MAX (a primitive's consts have no module)
			return stdIntConst(cd.Name, typ), true
		}
		v := ev.constValue(cd)
		return v, !ev.failed[cd]
	case *ast.CastExpr:
		x, ok := ev.eval(e.X)
		if x == nil || !ok || intMax(primName(c.resolve(c.final(e.X), true))) == 0 {
			return nil, ok
		}
		return wrapTo(x, typ), true
	case *ast.UnaryExpr:
		if lit, ok := unparen(e.X).(*ast.LitExpr); ok && e.Op == "-" && lit.Kind == ast.IntLit {
			v, ok := new(big.Int).SetString(strings.ToLower(lit.Text), 0)
			if ok && fits(v.Neg(v), typ) { // -128i8: the literal is not an i8
				return v, true
			}
		}
		x, ok := ev.eval(e.X)
		if x == nil || !ok {
			return nil, ok
		}
		switch e.Op {
		case "-":
			v := new(big.Int).Neg(x)
			if !fits(v, typ) {
				ev.errorf(e.Span, "attempt to negate `%s`, which would overflow", render(x, typ))
				return nil, false
			}
			return v, true
		case "!":
			return wrapTo(new(big.Int).Not(x), typ), true
		}
	case *ast.BinaryExpr:
		return ev.binary(e, typ)
	}
	return nil, true
}

func (ev *constEval) binary(e *ast.BinaryExpr, typ string) (*big.Int, bool) {
	x, okx := ev.eval(e.X)
	y, oky := ev.eval(e.Y)
	if !okx || !oky {
		return nil, false
	}
	if x == nil || y == nil {
		return nil, true
	}
	c := ev.cur
	v := new(big.Int)
	switch e.Op {
	case "+":
		v.Add(x, y)
	case "-":
		v.Sub(x, y)
	case "*":
		v.Mul(x, y)
	case "/", "%":
		if y.Sign() == 0 {
			if e.Op == "/" {
				ev.errorf(e.Span, "attempt to divide `%s` by zero", render(x, typ))
			} else {
				ev.errorf(e.Span, "attempt to calculate the remainder of `%s` with a divisor of zero", render(x, typ))
			}
			return nil, false
		}
		if e.Op == "/" {
			v.Quo(x, y) // Rust's division truncates, as Quo
		} else if v.Quo(x, y); !fits(v, typ) { // i32::MIN % -1
			ev.errorf(e.Span, "attempt to compute `%s %% %s`, which would overflow", render(x, typ), render(y, typ))
			return nil, false
		} else {
			v.Rem(x, y)
		}
	case "&":
		v.And(x, y)
	case "|":
		v.Or(x, y)
	case "^":
		v.Xor(x, y)
	case "<<", ">>":
		ytyp := primName(c.resolve(c.final(e.Y), true))
		if y.Sign() < 0 || y.Cmp(big.NewInt(int64(intBits(typ)))) >= 0 {
			dir := map[string]string{"<<": "left", ">>": "right"}[e.Op]
			ev.errorf(e.Span, "attempt to shift %s by `%s`, which would overflow", dir, render(y, ytyp))
			return nil, false
		}
		if e.Op == "<<" {
			return wrapTo(v.Lsh(x, uint(y.Uint64())), typ), true
		}
		return v.Rsh(x, uint(y.Uint64())), true
	default:
		return nil, true // comparisons: not an integer
	}
	if !fits(v, typ) {
		ev.errorf(e.Span, "attempt to compute `%s %s %s`, which would overflow", render(x, typ), e.Op, render(y, typ))
		return nil, false
	}
	return v, true
}

func (ev *constEval) errorf(s ast.Span, format string, args ...any) {
	ev.cur.errorf(s, "E0080", format, args...)
}

// intBits is the width of integer type name (isize and usize: 64).
func intBits(name string) int {
	return big.NewInt(0).SetUint64(intMax(name)).BitLen() + map[bool]int{true: 1}[strings.HasPrefix(name, "i")]
}

func intMin(name string) *big.Int {
	if !strings.HasPrefix(name, "i") {
		return new(big.Int)
	}
	m := new(big.Int).SetUint64(intMax(name))
	return m.Neg(m).Sub(m, big.NewInt(1))
}

func fits(v *big.Int, name string) bool {
	return v.Cmp(intMin(name)) >= 0 && v.Cmp(new(big.Int).SetUint64(intMax(name))) <= 0
}

// wrapTo is v as type name: its low bits, two's complement.
func wrapTo(v *big.Int, name string) *big.Int {
	bits := uint(intBits(name))
	mod := new(big.Int).Lsh(big.NewInt(1), bits)
	w := new(big.Int).Mod(v, mod)
	if strings.HasPrefix(name, "i") && w.Cmp(new(big.Int).SetUint64(intMax(name))) > 0 {
		w.Sub(w, mod)
	}
	return w
}

// stdIntConst is T::MAX or T::MIN of integer type name.
func stdIntConst(const_, name string) *big.Int {
	switch const_ {
	case "MAX":
		return new(big.Int).SetUint64(intMax(name))
	case "MIN":
		return intMin(name)
	}
	return nil
}

// render writes a value as rustc's E0080 messages do: i32::MAX, i32::MIN
// (not for unsigned types), or the number with its type as a suffix.
func render(v *big.Int, name string) string {
	if v.Cmp(new(big.Int).SetUint64(intMax(name))) == 0 {
		return name + "::MAX"
	}
	if strings.HasPrefix(name, "i") && v.Cmp(intMin(name)) == 0 {
		return name + "::MIN"
	}
	return fmt.Sprintf("%s_%s", v, name)
}
