package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// String, str and char methods. A str pattern (split, find, contains,
// trim_matches, ...) is a &str, a char or a char predicate; the std model
// names the Go function for each kind (str = / char = / func =; a char
// pattern defaults to the str function with string(c)).

func init() {
	intrinsics["str_pat"] = lowerStrPat
	intrinsics["string_new"] = lowerStringNew
	intrinsics["push_str"] = lowerPushStr
	intrinsics["string_clear"] = lowerStringClear
	intrinsics["string_drain"] = lowerStringDrain
	intrinsics["string_extend"] = lowerStringExtend
	intrinsics["as_bytes"] = lowerAsBytes
	intrinsics["str_get"] = lowerStrGet
	intrinsics["is_ascii_str"] = lowerIsASCIIStr
	intrinsics["char_range"] = lowerCharRange
	intrinsics["char_is_digit"] = lowerCharIsDigit
	intrinsics["char_eq_ignore_case"] = lowerCharEqIgnoreCase
	intrinsics["parse"] = lowerParse
	intrinsics["is_empty"] = lowerIsEmpty
	intrinsics["cap"] = lowerCap

	checkHooks["parse"] = hookParse
}

// patKind classifies a str pattern argument: "str", "char" or "func".
func (b *builder) patKind(t Ty) string {
	switch x := b.c.derefAll(b.c.resolve(t, true)).(type) {
	case *Prim:
		switch x.Name {
		case "char":
			return "char"
		case "str":
			return "str"
		}
		return "" // `s.splitn(2, 1)`: no Pattern impl (rustc's E0277)
	case *Adt:
		if x.Def.Go["builtin"] == "string" {
			return "str"
		}
	case *ClosureTy, *FnTy:
		return "func"
	case *ArrayTy, *SliceTy:
		return "chars"
	}
	return ""
}

func lowerStrPat(b *builder, c *intrinsicCall) ir.Expr {
	g := c.ci.fn.Go
	s := b.recvValue(c.recv)
	patIdx := 0
	if g["pat"] == "1" {
		patIdx = 1
	}
	patE := c.args[patIdx]
	kind := b.patKind(b.c.final(patE))
	pat := b.autoDeref(b.valueOf(patE), b.c.final(patE))
	fn := g["str"]
	toStr := func(x ir.Expr) ir.Expr { // ',' as a str pattern: ","
		if lit, ok := x.(*ir.Lit); ok {
			if r, isRune := lit.Value.(rune); isRune {
				return &ir.Lit{Value: string(r)}
			}
		}
		return &ir.Call{Fun: &ir.Qual{Name: "string"}, Args: []ir.Expr{x}}
	}
	switch kind {
	case "char":
		if f := g["char"]; f != "" {
			fn = f
			if fn == "strings.ContainsRune" {
				break
			}
			pat = toStr(pat)
		} else {
			pat = toStr(pat)
		}
	case "func":
		fn = g["func"]
		if fn == "" {
			b.unsupported(patE.Pos(), "a closure pattern in `%s`", c.ci.fn.Name)
			return b.unitValue()
		}
	case "str":
	default:
		b.unsupported(patE.Pos(), "this pattern in `%s`", c.ci.fn.Name)
		return b.unitValue()
	}
	args := []ir.Expr{s}
	for i, a := range c.args {
		if i == patIdx {
			args = append(args, pat)
			continue
		}
		v := b.autoDeref(b.valueOf(a), b.c.final(a))
		if isInt(b.c.final(a)) {
			v = b.typed(v, &ir.Basic{Kind: ir.Uint})
		}
		args = append(args, v)
	}
	if g["count"] != "" { // replacen(pat, to, n): strings.Replace(s, pat, to, int(n))
		args[len(args)-1] = &ir.Convert{Type: &ir.Basic{Kind: ir.Int}, X: args[len(args)-1]}
	}
	return call1(fn, args...)
}

// lowerStringNew: String::new() is "".
func lowerStringNew(b *builder, c *intrinsicCall) ir.Expr { return &ir.Lit{Value: ""} }

// lowerPushStr: s.push_str(t) is s += t; s.push(c) is s += string(c).
func lowerPushStr(b *builder, c *intrinsicCall) ir.Expr {
	dst := b.recvPlace(c.recv)
	v := b.autoDeref(b.valueOf(c.args[0]), b.c.final(c.args[0]))
	if c.ci.fn.Go["char"] != "" {
		if lit, ok := v.(*ir.Lit); ok {
			if r, isRune := lit.Value.(rune); isRune {
				v = &ir.Lit{Value: string(r)}
			}
		} else {
			v = &ir.Call{Fun: &ir.Qual{Name: "string"}, Args: []ir.Expr{v}}
		}
	}
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{dst}, Op: "+=", Rhs: []ir.Expr{v}, Span: c.e.Pos()})
	return nil
}

func lowerStringClear(b *builder, c *intrinsicCall) ir.Expr {
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{b.recvPlace(c.recv)}, Op: "=", Rhs: []ir.Expr{&ir.Lit{Value: ""}}, Span: c.e.Pos()})
	return nil
}

// lowerStringDrain: s.drain(a..b) removes the text and iterates its chars.
func lowerStringDrain(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvPlace(c.recv)
	lo, hi := b.rangeBounds(c.args[0], s)
	return call1("rt.StrDrain", addrOfPlace(s), lo, hi, b.loc(callSite(c.e)))
}

// lowerStringExtend: s.extend(chars or strings).
func lowerStringExtend(b *builder, c *intrinsicCall) ir.Expr {
	dst := b.recvPlace(c.recv)
	it := b.iterOf(c.args[0])
	elem, _ := b.c.intoIterElem(b.c.final(c.args[0]))
	var text ir.Expr
	if p, ok := b.c.derefAll(b.c.resolve(elem, true)).(*Prim); ok && p.Name == "char" {
		text = call1("rt.CollectString", it)
	} else {
		text = call1("rt.ConcatStrings", it)
	}
	b.emit(&ir.AssignStmt{Lhs: []ir.Expr{dst}, Op: "+=", Rhs: []ir.Expr{text}, Span: c.e.Pos()})
	return nil
}

// lowerAsBytes: s.as_bytes() / s.into_bytes() is []byte(s).
func lowerAsBytes(b *builder, c *intrinsicCall) ir.Expr {
	return &ir.Convert{Type: &ir.Slice{Elem: &ir.Basic{Kind: ir.Uint8}}, X: b.recvValue(c.recv)}
}

// lowerStrGet: s.get(a..b).
func lowerStrGet(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	if _, ok := unparen(c.args[0]).(*ast.RangeExpr); !ok {
		b.unsupported(c.args[0].Pos(), "`str::get` with this index")
		return b.unitValue()
	}
	lo, hi := b.rangeBounds(c.args[0], s)
	return call1("rt.StrGet", s, lo, hi)
}

func lowerIsASCIIStr(b *builder, c *intrinsicCall) ir.Expr {
	return call1("rt.IsASCII", b.recvValue(c.recv))
}

// lowerCharRange: c.is_ascii_digit() is '0' <= c && c <= '9'.
func lowerCharRange(b *builder, c *intrinsicCall) ir.Expr {
	r := b.recvValue(c.recv)
	lo, _ := parseInt(c.ci.fn.Go["lo"])
	hi, _ := parseInt(c.ci.fn.Go["hi"])
	if !isSimple(r) {
		return call1("rt.CharRangeTest", r, &ir.Lit{Value: rune(lo)}, &ir.Lit{Value: rune(hi)})
	}
	if lo == 0 {
		return &ir.Binary{Op: "<=", X: r, Y: &ir.Lit{Value: rune(hi)}}
	}
	return &ir.Binary{Op: "&&", X: &ir.Binary{Op: ">=", X: r, Y: &ir.Lit{Value: rune(lo)}},
		Y: &ir.Binary{Op: "<=", X: r, Y: &ir.Lit{Value: rune(hi)}}}
}

// isSimple reports whether evaluating x twice is cheap and has no effect.
func isSimple(x ir.Expr) bool {
	switch x := x.(type) {
	case *ir.VarRef, *ir.Lit:
		return true
	case *ir.Selector:
		return isSimple(x.X)
	case *ir.Unary:
		return x.Op == "*" && isSimple(x.X)
	}
	return false
}

func parseInt(s string) (int64, bool) {
	var n int64
	for _, ch := range s {
		if ch < '0' || ch > '9' {
			return 0, false
		}
		n = n*10 + int64(ch-'0')
	}
	return n, s != ""
}

func lowerCharIsDigit(b *builder, c *intrinsicCall) ir.Expr {
	r := b.recvValue(c.recv)
	radix := b.typed(b.valueOf(c.args[0]), &ir.Basic{Kind: ir.Uint32})
	return method(call1("rt.ToDigit", r, radix), "IsSome")
}

func lowerCharEqIgnoreCase(b *builder, c *intrinsicCall) ir.Expr {
	r := b.recvValue(c.recv)
	o := b.autoDeref(b.valueOf(c.args[0]), b.c.final(c.args[0]))
	return &ir.Binary{Op: "==", X: call1("rt.CharToAsciiLowercase", r), Y: call1("rt.CharToAsciiLowercase", o)}
}

// lowerIsEmpty: v.is_empty() / s.is_empty() is len(v) == 0.
func lowerIsEmpty(b *builder, c *intrinsicCall) ir.Expr {
	return &ir.Binary{Op: "==", X: &ir.Call{Fun: &ir.Qual{Name: "len"}, Args: []ir.Expr{b.recvValue(c.recv)}}, Y: &ir.Lit{Value: int64(0)}}
}

// lowerCap: v.capacity() is uint(cap(v)).
func lowerCap(b *builder, c *intrinsicCall) ir.Expr {
	return &ir.Convert{Type: &ir.Basic{Kind: ir.Uint},
		X: &ir.Call{Fun: &ir.Qual{Name: "cap"}, Args: []ir.Expr{b.recvValue(c.recv)}}}
}

// hookParse: parse::<F>() fails with F's error type.
func hookParse(c *checker, h *hookCall) bool {
	f, e := ownArg(h.ci, 0), ownArg(h.ci, 1)
	if h.expected != nil && !c.known(f) {
		if r, ok := c.shallow(h.expected).(*Adt); ok && r.Def.Go["type"] == "rt.Result" {
			c.unify(f, r.Args[0])
		}
	}
	if !c.known(f) {
		return h.final
	}
	errT := parseErrType(c, c.resolve(f, false))
	if errT == nil {
		c.unsupported(h.e.Pos(), "`parse` into `%s`", c.resolve(f, false))
		return true
	}
	c.unify(e, errT)
	return true
}

func parseErrType(c *checker, f Ty) Ty {
	switch {
	case isInt(f):
		return c.stdAdt("num", "ParseIntError")
	case isFloat(f):
		return c.stdAdt("num", "ParseFloatError")
	}
	switch x := f.(type) {
	case *Prim:
		switch x.Name {
		case "bool":
			return c.stdAdt("str", "ParseBoolError")
		case "char":
			return c.stdAdt("char", "ParseCharError")
		}
	case *Adt:
		if x.Def.Go["builtin"] == "string" {
			return c.stdAdt("convert", "Infallible")
		}
		if fn := userFromStr(x); fn != nil {
			if r, ok := fn.Ret.(*Adt); ok && r.Def.Go["type"] == "rt.Result" && len(r.Args) == 2 {
				return r.Args[1] // impl FromStr for Config { type Err = E; .. }
			}
		}
	case *TyVar:
		if x.Kind == IntVar {
			return c.stdAdt("num", "ParseIntError")
		}
		if x.Kind == FloatVar {
			return c.stdAdt("num", "ParseFloatError")
		}
	}
	return nil
}

// userFromStr is the from_str of a user type's `impl FromStr` (not of a
// generic type: its Err could name the type's parameters).
func userFromStr(t *Adt) *FnDef {
	if t.Def.Std || len(t.Def.Generics) > 0 {
		return nil
	}
	return t.Def.Traits["FromStr"]["from_str"]
}

// lowerParse: s.parse::<F>() through rt's parser for F.
func lowerParse(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	f := b.c.resolve(ownArg(c.ci, 0), true)
	gt := b.goType(f, c.e.Pos())
	switch {
	case isInt(f):
		return &ir.Call{Fun: rt("ParseInt"), TypeArgs: []ir.Type{gt}, Args: []ir.Expr{s}}
	case isFloat(f):
		return &ir.Call{Fun: rt("ParseFloat"), TypeArgs: []ir.Type{gt}, Args: []ir.Expr{s}}
	}
	switch x := f.(type) {
	case *Prim:
		switch x.Name {
		case "bool":
			return call1("rt.ParseBool", s)
		case "char":
			return call1("rt.ParseChar", s)
		}
	case *Adt:
		if x.Def.Go["builtin"] == "string" {
			return call1("rt.ParseString", s)
		}
		if fn := userFromStr(x); fn != nil {
			return &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: []ir.Expr{s}} // Config::from_str(s)
		}
	}
	b.unsupported(c.e.Pos(), "`parse` into `%s`", f)
	return b.unitValue()
}

// rangeBounds lowers the bounds of a range argument (a..b, a.., ..b,
// a..=b) against a sequence x.
func (b *builder) rangeBounds(e ast.Expr, x ir.Expr) (ir.Expr, ir.Expr) {
	r, ok := unparen(e).(*ast.RangeExpr)
	if !ok {
		b.unsupported(e.Pos(), "a range argument that is not a range expression")
		return &ir.Lit{Value: int64(0)}, &ir.Lit{Value: int64(0)}
	}
	var lo, hi ir.Expr
	if r.Lo != nil {
		lo = b.typed(b.operand(r.Lo), &ir.Basic{Kind: ir.Uint})
	}
	if r.Hi != nil {
		hi = b.typed(b.operand(r.Hi), &ir.Basic{Kind: ir.Uint})
		if r.Inclusive {
			hi = &ir.Binary{Op: "+", X: hi, Y: &ir.Lit{Value: int64(1)}}
		}
	}
	return orZero(lo), orLen(hi, x)
}
