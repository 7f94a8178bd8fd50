package lower

import (
	"strconv"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Numbers, Option/Result extras, and the blanket methods every type has
// (clone, to_string, into, cmp, eq, max/min).

func init() {
	intrinsics["builtin"] = lowerBuiltin
	intrinsics["float_math"] = lowerFloatMath
	intrinsics["float_log"] = lowerFloatLog
	intrinsics["float_test"] = lowerFloatTest
	intrinsics["convert"] = lowerConvert
	intrinsics["try_from_int"] = lowerTryFromInt
	intrinsics["try_into"] = lowerTryInto
	intrinsics["into"] = lowerInto
	intrinsics["zero"] = lowerZero
	intrinsics["unwrap_or_default"] = lowerUnwrapOrDefault
	intrinsics["option_as_ref"] = lowerOptionAsRef
	intrinsics["option_copied"] = lowerOptionCopied
	intrinsics["option_flatten"] = lowerOptionFlatten
	intrinsics["result_unwrap"] = lowerResultUnwrap
	intrinsics["clone"] = lowerClone
	intrinsics["to_string"] = lowerToString
	intrinsics["cmp_method"] = lowerCmpMethod
	intrinsics["cmp_minmax"] = lowerCmpMinMax
	intrinsics["range_contains"] = lowerRangeContains
	intrinsics["range_len"] = lowerRangeLen
	intrinsics["range_is_empty"] = lowerRangeIsEmpty

	checkHooks["try_from_int"] = hookTryFrom
	checkHooks["try_into"] = hookTryInto
	checkHooks["as_deref"] = hookAsDeref
	checkHooks["into"] = hookInto
	checkHooks["option_copied"] = hookCopied
	checkHooks["option_flatten"] = hookOptionFlatten
	checkHooks["option_transpose"] = hookOptionTranspose
	checkHooks["unsigned"] = hookUnsigned
	checkHooks["byte_array"] = hookByteArray
}

// hookByteArray: to_be_bytes and from_be_bytes (and the le and ne ones)
// take or give [u8; N], N the size of Self.
func hookByteArray(c *checker, h *hookCall) bool {
	p, ok := c.shallow(h.ci.args[0]).(*Prim)
	if !ok {
		if h.final {
			c.unify(h.ci.args[0], tyI32)
			return hookByteArray(c, &hookCall{e: h.e, ci: h.ci, ret: h.ret, expected: h.expected})
		}
		return false
	}
	size := map[string]int64{"i8": 1, "u8": 1, "i16": 2, "u16": 2, "i32": 4, "u32": 4, "i64": 8, "u64": 8, "isize": 8, "usize": 8}[p.Name]
	if size == 0 {
		return true
	}
	arr := &ArrayTy{Elem: tyU8, Len: size}
	if !c.unify(h.ci.args[1], arr) {
		at := h.e.Pos()
		if call, ok := h.e.(*ast.CallExpr); ok && len(call.Args) == 1 {
			at = call.Args[0].Pos()
		}
		c.mismatch(at, arr, c.resolve(h.ci.args[1], false))
	}
	return true
}

// hookUnsigned: abs_diff and unsigned_abs return the unsigned type of
// Self's width (i32 gives u32).
func hookUnsigned(c *checker, h *hookCall) bool {
	p, ok := c.shallow(h.ci.args[0]).(*Prim)
	if !ok {
		return h.final
	}
	if m, ok := h.e.(*ast.MethodCallExpr); ok && m.Name.Name == "unsigned_abs" && p.Name[0] == 'u' {
		c.errorf(m.Name.Span, "E0599", "no method named `unsigned_abs` found for type `%s` in the current scope", p.Name)
	}
	c.unify(h.ci.args[1], prims["u"+strings.TrimLeft(p.Name, "iu")])
	return true
}

// lowerBuiltin: a.min(b) / a.max(b) on integers are Go's min and max.
func lowerBuiltin(b *builder, c *intrinsicCall) ir.Expr {
	x := b.stdRecv(c, false)
	args := []ir.Expr{x}
	for _, a := range c.args {
		v := b.valueOf(a)
		if untyped(v) && untyped(x) {
			v = b.typed(v, b.goType(b.c.final(a), a.Pos()))
		}
		args = append(args, v)
	}
	return &ir.Call{Fun: &ir.Qual{Name: c.ci.fn.Go["func"]}, Args: args}
}

// floatArgs lowers a float method's receiver and arguments.
func (b *builder) floatArgs(c *intrinsicCall) (Ty, []ir.Expr) {
	t := b.c.resolve(c.ci.args[0], true)
	gt := b.goType(t, c.e.Pos())
	args := []ir.Expr{b.typed(b.stdRecv(c, false), gt)}
	for _, a := range c.args {
		args = append(args, b.typed(b.autoDeref(b.valueOf(a), b.c.final(a)), gt))
	}
	return t, args
}

// lowerFloatMath: x.sqrt() is math.Sqrt(x) (f32 converts through f64).
func lowerFloatMath(b *builder, c *intrinsicCall) ir.Expr {
	t, args := b.floatArgs(c)
	f64 := &ir.Basic{Kind: ir.Float64}
	is32 := t.(*Prim).Name == "f32"
	if is32 {
		for i, a := range args {
			args[i] = &ir.Convert{Type: f64, X: a}
		}
	}
	var call ir.Expr = call1("math."+c.ci.fn.Go["func"], args...)
	if is32 {
		call = &ir.Convert{Type: &ir.Basic{Kind: ir.Float32}, X: call}
	}
	return call
}

// lowerFloatLog: x.log(base) is math.Log(x) / math.Log(base).
func lowerFloatLog(b *builder, c *intrinsicCall) ir.Expr {
	t, args := b.floatArgs(c)
	if t.(*Prim).Name == "f32" {
		b.unsupported(c.e.Pos(), "`f32::log`")
	}
	return &ir.Binary{Op: "/", X: call1("math.Log", args[0]), Y: call1("math.Log", args[1])}
}

// lowerFloatTest: is_nan, is_infinite, is_finite, is_sign_negative, ...
func lowerFloatTest(b *builder, c *intrinsicCall) ir.Expr {
	t, args := b.floatArgs(c)
	x := args[0]
	if t.(*Prim).Name == "f32" {
		x = &ir.Convert{Type: &ir.Basic{Kind: ir.Float64}, X: x}
	}
	switch c.ci.fn.Go["test"] {
	case "nan":
		return call1("math.IsNaN", x)
	case "inf":
		return call1("math.IsInf", x, &ir.Lit{Value: int64(0)})
	case "finite":
		return not(&ir.Binary{Op: "||", X: call1("math.IsNaN", x), Y: call1("math.IsInf", x, &ir.Lit{Value: int64(0)})})
	case "neg":
		return call1("math.Signbit", x)
	}
	return not(call1("math.Signbit", x))
}

// lowerConvert: T::from(x) and String::from(s): a Go conversion, or the
// user's From impl.
func lowerConvert(b *builder, c *intrinsicCall) ir.Expr {
	from := b.c.final(c.args[0])
	to := b.c.final(c.e)
	x := b.valueOf(c.args[0])
	return b.convertValue(x, from, to, c.e.Pos())
}

// convertValue is From/Into between the std value types.
func (b *builder) convertValue(x ir.Expr, from, to Ty, span ast.Span) ir.Expr {
	from, to = b.c.resolve(from, true), b.c.resolve(to, true)
	if a, ok := to.(*Adt); ok && !a.Def.Std {
		if fn := b.userFrom(a, from); fn != nil { // impl From<&str> for E: the reference itself
			return &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: []ir.Expr{x}}
		}
	}
	x = b.autoDeref(x, from)
	fd := b.c.derefAll(from)
	if b.c.unifyProbe(fd, to) && b.goType(fd, span) != nil && sameGo(b.goType(fd, span), b.goType(to, span)) {
		return b.cloneExpr(x, fd, span)
	}
	switch {
	case isStringTy(to):
		switch p := fd.(type) {
		case *Prim:
			if p.Name == "char" {
				return &ir.Call{Fun: &ir.Qual{Name: "string"}, Args: []ir.Expr{x}}
			}
			if p.Name == "str" {
				return x
			}
		case *Adt:
			if isStringTy(p) || p.Def.Go["transparent"] != "" {
				return x
			}
		}
	case isInt(to) || isFloat(to):
		if isInt(fd) || isFloat(fd) || isPrimNamed(fd, "char") || isPrimNamed(fd, "bool") {
			return b.castValue(x, fd, to, span)
		}
	case isPrimNamed(to, "char"):
		if isPrimNamed(fd, "u8") {
			return &ir.Convert{Type: &ir.Basic{Kind: ir.Rune}, X: x}
		}
	case isDynError(to):
		if isStringTy(fd) || isPrimNamed(fd, "str") { // Box<dyn Error>::from("text")
			return &ir.Convert{Type: b.goType(to, span), X: &ir.Convert{Type: &ir.Named{Pkg: "rt", Name: "StrError"}, X: x}}
		}
		if b.implsError(from) {
			return &ir.Convert{Type: b.goType(to, span), X: x}
		}
	}
	if a, ok := to.(*Adt); ok && !a.Def.Std {
		if fn := b.userFrom(a, fd); fn != nil {
			return &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: []ir.Expr{x}}
		}
	}
	if a, ok := to.(*Adt); ok && a.Def.Std {
		if _, isSlice := sliceElem(a); isSlice {
			if _, ok := sliceElem(fd); ok {
				return b.cloneExpr(x, fd, span)
			}
		}
		if a.Def.Go["transparent"] != "" {
			return b.convertValue(x, from, a.Args[0], span)
		}
	}
	b.unsupported(span, "conversion from `%s` to `%s`", from, to)
	return x
}

// isDynError reports whether t is `dyn Error`.
func isDynError(t Ty) bool {
	d, ok := t.(*DynTy)
	return ok && d.Trait.Std && d.Trait.Go["type"] == "rt.DynError"
}

// implsError reports whether a value of type t (a Box of one too)
// converts to a dyn Error: a user type with `impl Error`, or a std error
// type, whose Go type has both formatting methods.
func (b *builder) implsError(t Ty) bool {
	a, ok := b.c.resolve(t, true).(*Adt)
	if !ok {
		return false
	}
	if a.Def.Std && a.Def.Go["box"] != "" && len(a.Args) == 1 {
		return b.implsError(a.Args[0])
	}
	if a.Def.Std {
		return a.Def.Go["display"] == "method" && a.Def.Go["debug"] == "method"
	}
	return a.Def.Traits["Error"] != nil
}

func isPrimNamed(t Ty, name string) bool {
	p, ok := t.(*Prim)
	return ok && p.Name == name
}

// sameGo reports whether two Go types print the same.
func sameGo(a, b ir.Type) bool { return goTypeKey(a) == goTypeKey(b) }

func goTypeKey(t ir.Type) string {
	switch x := t.(type) {
	case *ir.Basic:
		return "b" + strconv.Itoa(int(x.Kind))
	case *ir.Named:
		s := "n" + x.Pkg + "." + x.Name + "["
		for _, a := range x.Args {
			s += goTypeKey(a) + ","
		}
		return s + "]"
	case *ir.Pointer:
		return "*" + goTypeKey(x.Elem)
	case *ir.Slice:
		return "[]" + goTypeKey(x.Elem)
	case *ir.Map:
		return "map[" + goTypeKey(x.Key) + "]" + goTypeKey(x.Elem)
	case *ir.TypeParamRef:
		return "p" + x.Name
	}
	return "?"
}

// userFrom finds the user's `impl From<F> for T` whose F is from.
func (b *builder) userFrom(t *Adt, from Ty) *FnDef {
	for _, fn := range b.l.fromImpls(t.Def) {
		if len(fn.Params) == 1 && b.c.unifyProbe(fn.Params[0], from) {
			return fn
		}
	}
	return nil
}

// fromImpls lists the `from` functions of a user type's From impls.
func (l *lowerer) fromImpls(td *TypeDef) []*FnDef {
	var out []*FnDef
	for _, p := range l.fns {
		if p.fn.Owner == td && isFromKey(p.fn.Trait) && p.fn.Name == "from" {
			out = append(out, p.fn)
		}
	}
	return out
}

// fromOverload picks, for a call E::from(x) of a user type with several
// From impls, the impl whose parameter x's type fits (the path resolved
// to one of them): x is checked first, once.
func (c *checker) fromOverload(ci *callInfo, args []ast.Expr) {
	fn := ci.fn
	if fn.Owner == nil || !isFromKey(fn.Trait) || fn.Name != "from" || len(args) != 1 {
		return
	}
	if p, ok := prims[fn.Owner.Name]; ok && fn.Owner.Std && !fn.Std {
		// u32::from('H') beside the program's impl From<Rgb> for u32:
		// std's from where the argument is not an Rgb.
		t := c.exprType(args[0], nil)
		c.prechecked[args[0]] = t
		if len(fn.Params) == 1 && c.unifyProbe(fn.Params[0], t) {
			return
		}
		if gd := c.l.primGeneric(p); gd != nil && gd.Methods["from"] != nil {
			ci.fn, ci.args = gd.Methods["from"], c.instantiate(gd.Methods["from"], []Ty{p})
		}
		return
	}
	if fn.Owner.Std {
		return
	}
	impls := c.l.fromImpls(fn.Owner)
	if len(impls) < 2 {
		return
	}
	t := c.exprType(args[0], nil)
	c.prechecked[args[0]] = t
	for _, alt := range impls {
		if len(alt.Params) == 1 && c.unifyProbe(alt.Params[0], t) {
			ci.fn, ci.args = alt, c.instantiate(alt, ci.args[:min(alt.NOwner, len(ci.args))])
			return
		}
	}
}

func hookTryFrom(c *checker, h *hookCall) bool {
	return true
}

func lowerTryFromInt(b *builder, c *intrinsicCall) ir.Expr {
	to := b.c.resolve(c.ci.args[0], true)
	from := b.c.derefAll(b.c.final(c.args[0]))
	x := b.autoDeref(b.valueOf(c.args[0]), b.c.final(c.args[0]))
	if !isInt(from) {
		b.unsupported(c.e.Pos(), "`try_from` of `%s`", from)
		return b.unitValue()
	}
	x = b.typed(x, b.goType(from, c.e.Pos()))
	return &ir.Call{Fun: rt("TryFromInt"), TypeArgs: []ir.Type{b.goType(to, c.e.Pos())}, Args: []ir.Expr{x}}
}

func hookTryInto(c *checker, h *hookCall) bool {
	u, e := ownArg(h.ci, 0), ownArg(h.ci, 1)
	if h.expected != nil && !c.known(u) {
		if r, ok := c.shallow(h.expected).(*Adt); ok && r.Def.Go["type"] == "rt.Result" {
			c.unify(u, r.Args[0])
		}
	}
	if elem, ok := tryIntoSlice(c, h.e); ok { // buf[..4].try_into(): [u8; 4]
		c.unify(e, c.stdAdt("array", "TryFromSliceError"))
		if c.known(u) {
			if !c.unify(u, &ArrayTy{Elem: elem, Len: -1}) {
				c.unsupported(h.e.Pos(), "`try_into` from a slice to `%s`", c.resolve(u, false))
			}
			return true
		}
		return h.final
	}
	if fn := userTryFrom(c.shallow(u)); fn != nil { // impl TryFrom<u32> for Even
		if r, ok := c.shallow(fn.Ret).(*Adt); ok && r.Def.Go["type"] == "rt.Result" {
			c.unify(e, r.Args[1])
		}
		if m, ok := h.e.(*ast.MethodCallExpr); ok && len(fn.Params) == 1 && !c.unify(c.types[m.Recv], fn.Params[0]) {
			c.mismatch(m.Recv.Pos(), fn.Params[0], c.types[m.Recv])
		}
		return true
	}
	if !c.known(u) && !h.final {
		return false
	}
	if isPrimNamed(c.shallow(u), "char") { // u32 → char
		c.unify(e, c.stdAdt("char", "CharTryFromError"))
		return true
	}
	c.unify(e, c.stdAdt("num", "TryFromIntError"))
	return true
}

// userTryFrom is the try_from of a user type's impl TryFrom.
func userTryFrom(t Ty) *FnDef {
	if a, ok := t.(*Adt); ok && !a.Def.Std {
		return a.Def.Traits["TryFrom"]["try_from"]
	}
	return nil
}

// tryIntoSlice reports whether e is x.try_into() of a slice x, and its
// element type.
func tryIntoSlice(c *checker, e ast.Expr) (Ty, bool) {
	m, ok := e.(*ast.MethodCallExpr)
	if !ok {
		return nil, false
	}
	s, ok := c.derefAll(c.types[m.Recv]).(*SliceTy)
	if !ok {
		return nil, false
	}
	return s.Elem, true
}

func lowerTryInto(b *builder, c *intrinsicCall) ir.Expr {
	to := b.c.resolve(ownArg(c.ci, 0), true)
	x := b.stdRecv(c, false)
	if _, ok := tryIntoSlice(b.c, c.e); ok {
		if a, ok := to.(*ArrayTy); ok && a.Len >= 0 {
			return call1("rt.SliceToArray", x, &ir.Lit{Value: a.Len})
		}
		b.unsupported(c.e.Pos(), "`try_into` from a slice to `%s` (an array of a length not known here)", to)
		return x
	}
	if fn := userTryFrom(to); fn != nil {
		return &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: []ir.Expr{b.recvMoved(c.recv)}}
	}
	from := b.c.resolve(b.c.derefAll(b.c.final(c.recv)), true)
	if isPrimNamed(from, "u32") && isPrimNamed(to, "char") {
		return call1("rt.CharTryFromU32", x)
	}
	if !isInt(from) || !isInt(to) {
		b.unsupported(c.e.Pos(), "`try_into` from `%s` to `%s`", from, to)
		return x
	}
	return &ir.Call{Fun: rt("TryFromInt"), TypeArgs: []ir.Type{b.goType(to, c.e.Pos())}, Args: []ir.Expr{x}}
}

func hookInto(c *checker, h *hookCall) bool {
	u := ownArg(h.ci, 0)
	if h.expected != nil && !c.known(u) {
		c.unify(u, h.expected)
	}
	if c.known(u) {
		return true
	}
	if h.final { // "x".into() with nothing asking: String
		if p, ok := c.derefAll(h.ci.args[0]).(*Prim); ok && p.Name == "str" {
			c.unify(u, c.stdAdt("string", "String"))
		}
		return true
	}
	return false
}

// lowerInto: x.into() converts to the inferred target.
func lowerInto(b *builder, c *intrinsicCall) ir.Expr {
	x := b.recvMoved(c.recv)
	return b.convertValue(x, b.c.final(c.recv), ownArg(c.ci, 0), c.e.Pos())
}

// lowerZero: T::default() of numbers is 0.
func lowerZero(b *builder, c *intrinsicCall) ir.Expr {
	return &ir.Lit{Value: int64(0), Type: b.goType(b.c.final(c.e), c.e.Pos())}
}

// lowerUnwrapOrDefault: Go's zero value where it is T's Default, else
// T's Default made when needed.
func lowerUnwrapOrDefault(b *builder, c *intrinsicCall) ir.Expr {
	x := b.recvMoved(c.recv)
	if f := b.defaultFunc(c.ci.args[0], c.e.Pos()); f != nil {
		return method(x, "UnwrapOrElse", f)
	}
	return method(x, "UnwrapOrDefault")
}

// lowerOptionAsRef: o.as_ref() (o.as_mut()) is o itself where &T (&mut T)
// is T in Go (o.as_mut() of an Option<Box<Node>> holds the *Node),
// pointers into the option otherwise.
func lowerOptionAsRef(b *builder, c *intrinsicCall) ir.Expr {
	if b.refIsPtr(&RefTy{Elem: c.ci.args[0], Mut: c.ci.fn.Self == SelfMut}) {
		return call1("rt.OptionAsMut", addrOfPlace(b.recvPlace(c.recv)))
	}
	return b.recvValue(c.recv)
}

// lowerOptionCopied: copied()/cloned() of an Option<&T>.
func lowerOptionCopied(b *builder, c *intrinsicCall) ir.Expr {
	o := b.recvMoved(c.recv)
	r, ok := b.c.resolve(c.ci.args[0], true).(*RefTy)
	if !ok {
		return o
	}
	if b.isGoPtr(r) && !b.isGoPtr(r.Elem) {
		o = call1("rt.OptionDeref", o)
	}
	if c.ci.fn.Go["clone"] != "" || b.l.holdsArray(b.c.resolve(r.Elem, true), 0) { // a copied array is a Go slice's clone
		if f := b.cloneFunc(r.Elem, c.e.Pos()); f != nil {
			o = call1("rt.MapOptionWith", o, f)
		}
	}
	return o
}

func hookOptionFlatten(c *checker, h *hookCall) bool {
	c.unify(h.ci.args[0], c.stdAdt("option", "Option", ownArg(h.ci, 0)))
	return true
}

// hookOptionTranspose: Option<T>::transpose has T = Result<U, E>.
func hookOptionTranspose(c *checker, h *hookCall) bool {
	c.unify(h.ci.args[0], c.stdAdt("result", "Result", ownArg(h.ci, 0), ownArg(h.ci, 1)))
	return true
}

func lowerOptionFlatten(b *builder, c *intrinsicCall) ir.Expr {
	return call1("rt.OptionFlatten", b.recvMoved(c.recv))
}

// lowerResultUnwrap: unwrap/expect print the error (unwrap_err: the value)
// with its Debug.
func lowerResultUnwrap(b *builder, c *intrinsicCall) ir.Expr {
	if x, ok := b.fusedUnwrap(c); ok { // m.lock().unwrap() is m.LockUnwrap(loc) (intrinsics_sync.go)
		return x
	}
	r := b.recvMoved(c.recv)
	shown := c.ci.args[1]
	if c.ci.fn.Go["ok"] != "" {
		shown = c.ci.args[0]
	}
	args := []ir.Expr{b.loc(callSite(c.e))}
	for _, a := range c.args {
		args = append(args, b.valueOf(a))
	}
	args = append(args, b.fmtFunc(b.c.resolve(shown, true), true, c.e.Pos()))
	return method(r, c.ci.fn.Go["method"], args...)
}

// lowerClone: x.clone() / x.to_owned().
func lowerClone(b *builder, c *intrinsicCall) ir.Expr {
	if adt, ok := b.c.resolve(b.c.final(c.recv), true).(*Adt); ok && !adt.Def.Std && !hasDerive(adt.Def, "Clone") && adt.Def.Traits["Clone"] == nil {
		// The blanket method needs Clone: a user type without it has none.
		kind := "struct"
		if isEnum(adt.Def) {
			kind = "enum"
		}
		if m, ok := c.e.(*ast.MethodCallExpr); ok {
			if m.Name.Name == "clone" {
				b.errorf(m.Name.Span, "E0599", "no method named `clone` found for %s `%s` in the current scope", kind, adt.Def.Name)
			} else {
				b.errorf(m.Name.Span, "E0599", "the method `%s` exists for %s `%s`, but its trait bounds were not satisfied", m.Name.Name, kind, adt.Def.Name)
			}
			return &ir.Qual{Name: "nil"}
		}
	}
	x := b.recvValue(c.recv)
	t := b.c.resolve(c.ci.args[0], true)
	if isStringTy(t) && isSimple(x) {
		// A call, so that the copy is taken where Rust takes it even among
		// other call arguments (Go reads plain variables at any time).
		return call1("strings.Clone", x)
	}
	return b.cloneExpr(x, t, c.e.Pos())
}

// lowerToString: x.to_string() formats with Display.
func lowerToString(b *builder, c *intrinsicCall) ir.Expr {
	x := b.stdRecv(c, false)
	t := b.c.resolve(c.ci.args[0], true)
	if isStringTy(b.c.derefAll(t)) || isPrimNamed(b.c.derefAll(t), "str") {
		return x
	}
	if isPrimNamed(b.c.derefAll(t), "char") {
		return &ir.Call{Fun: &ir.Qual{Name: "string"}, Args: []ir.Expr{x}}
	}
	return call1("rt.ToString", x, b.fmtFunc(b.c.derefAll(t), false, c.e.Pos()))
}

// lowerCmpMethod: a.cmp(&b), a.partial_cmp(&b), a.eq(&b), a.max(b), ...
func lowerCmpMethod(b *builder, c *intrinsicCall) ir.Expr {
	t := b.c.resolve(c.ci.args[0], true)
	x := b.stdRecv(c, false)
	y := b.valueArg(c.args[0], t)
	if untyped(x) {
		x = b.typed(x, b.goType(t, c.e.Pos()))
	}
	if r, ok := b.c.final(c.args[0]).(*RefTy); ok && !b.isGoPtr(r) {
		// &b passed by value already
	}
	op := c.ci.fn.Go["op"]
	switch op {
	case "==", "!=":
		if b.goComparable(t) {
			return &ir.Binary{Op: op, X: x, Y: y}
		}
		eq := &ir.Call{Fun: b.eqFunc(t, c.e.Pos()), Args: []ir.Expr{x, y}}
		if op == "!=" {
			return not(eq)
		}
		return eq
	case "cmp":
		if p, ok := t.(*Prim); ok && !isFloat(p) && p.Name != "bool" {
			return call1("rt.CmpOrd", x, y)
		}
		if isStringTy(t) {
			return call1("rt.CmpOrd", x, y)
		}
		return call1("rt.ToOrdering", b.cmpCall(t, x, y, c.e.Pos()))
	case "partial_cmp":
		if isFloat(t) {
			return call1("rt.PartialCmpFloat", x, y)
		}
		if b.partialOrd(t) {
			return call1("rt.PartialOrdering", b.partialCmpCall(t, x, y, c.e.Pos()))
		}
		return call1("rt.Some", call1("rt.ToOrdering", b.cmpCall(t, x, y, c.e.Pos())))
	case "max":
		return call1("rt.MaxOf", x, y, b.cmpFunc(t, c.e.Pos()))
	case "min":
		return call1("rt.MinOf", x, y, b.cmpFunc(t, c.e.Pos()))
	}
	if b.partialOrd(t) { // a.lt(&b), ...
		return call1("rt."+partialOps[op], b.partialCmpCall(t, x, y, c.e.Pos()))
	}
	cmpCall := b.cmpCall(t, x, y, c.e.Pos())
	return &ir.Binary{Op: op, X: cmpCall, Y: &ir.Lit{Value: int64(0)}}
}

// lowerCmpMinMax: std::cmp::max(a, b) / min(a, b).
func lowerCmpMinMax(b *builder, c *intrinsicCall) ir.Expr {
	t := b.c.resolve(c.ci.args[0], true)
	gt := b.goType(t, c.e.Pos())
	x := b.typed(b.valueOf(c.args[0]), gt)
	y := b.typed(b.valueOf(c.args[1]), gt)
	name := "min"
	if c.ci.fn.Go["max"] != "" {
		name = "max"
	}
	if p, ok := t.(*Prim); ok && (isInt(p) || p.Name == "char") || isStringTy(t) {
		return &ir.Call{Fun: &ir.Qual{Name: name}, Args: []ir.Expr{x, y}}
	}
	if name == "max" {
		return call1("rt.MaxOf", x, y, b.cmpFunc(t, c.e.Pos()))
	}
	return call1("rt.MinOf", x, y, b.cmpFunc(t, c.e.Pos()))
}

// rangeRecv returns the bounds of a range receiver written as a range
// expression ((1..=9).contains(&x)).
func (b *builder) rangeRecv(c *intrinsicCall) (*ast.RangeExpr, ir.Type, bool) {
	r, ok := unparen(c.recv).(*ast.RangeExpr)
	if !ok || r.Lo == nil || r.Hi == nil {
		b.unsupported(c.recv.Pos(), "`%s` on a range that is not a range expression", c.ci.fn.Name)
		return nil, nil, false
	}
	adt := b.c.final(c.recv).(*Adt)
	return r, b.goType(adt.Args[0], r.Span), true
}

func lowerRangeContains(b *builder, c *intrinsicCall) ir.Expr {
	r, et, ok := b.rangeRecv(c)
	if !ok {
		return b.unitValue()
	}
	lo := b.typed(b.operand(r.Lo), et)
	hi := b.typed(b.operand(r.Hi), et)
	x := b.autoDeref(b.valueOf(c.args[0]), b.c.final(c.args[0]))
	if !isSimple(x) {
		tmp := &ir.Var{Name: "x", Type: et, Temp: true}
		b.emit(&ir.DeclStmt{Var: tmp, Value: b.typed(x, et), Span: c.e.Pos()})
		x = &ir.VarRef{Var: tmp}
	}
	op := "<"
	if r.Inclusive {
		op = "<="
	}
	return &ir.Binary{Op: "&&", X: &ir.Binary{Op: "<=", X: lo, Y: x}, Y: &ir.Binary{Op: op, X: x, Y: hi}}
}

func lowerRangeLen(b *builder, c *intrinsicCall) ir.Expr {
	r, et, ok := b.rangeRecv(c)
	if !ok {
		return b.unitValue()
	}
	lo := b.typed(b.operand(r.Lo), et)
	hi := b.typed(b.operand(r.Hi), et)
	return &ir.Convert{Type: &ir.Basic{Kind: ir.Uint}, X: call1("max", &ir.Binary{Op: "-", X: hi, Y: lo}, &ir.Lit{Value: int64(0)})}
}

func lowerRangeIsEmpty(b *builder, c *intrinsicCall) ir.Expr {
	r, et, ok := b.rangeRecv(c)
	if !ok {
		return b.unitValue()
	}
	lo := b.typed(b.operand(r.Lo), et)
	hi := b.typed(b.operand(r.Hi), et)
	op := ">="
	if r.Inclusive {
		op = ">"
	}
	return &ir.Binary{Op: op, X: lo, Y: hi}
}

// hookAsDeref types Option<T>::as_deref as Option<&T::Target> for the
// Deref types whose Go value is the target's: String (&str) and Vec<X>
// (&[X]); the Go value is unchanged.
func hookAsDeref(c *checker, h *hookCall) bool {
	t := c.shallow(h.ci.args[0])
	if !c.known(t) {
		return h.final
	}
	var target Ty
	if a, ok := t.(*Adt); ok && a.Def.Std {
		switch {
		case a.Def.Go["builtin"] == "string":
			target = tyStr
		case a.Def.Go["builtin"] == "slice":
			target = &SliceTy{Elem: a.Args[0]}
		}
	}
	if target == nil {
		c.unsupported(h.e.Pos(), "`as_deref` on `Option<%s>`", c.resolve(t, false))
		return true
	}
	c.unify(ownArg(h.ci, 0), &RefTy{Elem: target})
	return true
}
