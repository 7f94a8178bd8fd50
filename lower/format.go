package lower

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Format macros are parsed at translate time (the frontend gives pieces
// with specs). A placeholder whose Go verb prints exactly what Rust prints
// (integers and strings with plain width/alignment, bool, char) becomes a
// fmt verb; any other goes through rt's Rust formatter as %v of an rt.Fmt
// argument carrying the typed formatter function and the Rust spec.

// macroStmt lowers print-like macros used as statements.
func (b *builder) macroStmt(e *ast.MacroExpr) ir.Stmt {
	switch e.Name.Name {
	case "println", "print", "eprintln", "eprint":
		w := rt("Stdout")
		if strings.HasPrefix(e.Name.Name, "e") {
			w = &ir.Qual{Pkg: "os", Name: "Stderr"}
		}
		nl := strings.HasSuffix(e.Name.Name, "ln")
		return &ir.ExprStmt{X: b.fprint(w, e.Format, nl), Span: e.Span}
	case "panic":
		return &ir.ExprStmt{X: b.panicCall(e, true), Span: e.Span}
	case "unreachable", "todo", "unimplemented":
		return &ir.ExprStmt{X: b.stubPanic(e), Span: e.Span}
	case "assert", "debug_assert":
		if e.Name.Name == "debug_assert" && b.l.cfg.Release {
			return &ir.Block{}
		}
		return b.assertStmt(e)
	case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne":
		if strings.HasPrefix(e.Name.Name, "debug") && b.l.cfg.Release {
			return &ir.Block{}
		}
		return b.assertEqStmt(e)
	}
	return nil
}

// stubPanic lowers unreachable!/todo!/unimplemented! with Rust's texts.
func (b *builder) stubPanic(e *ast.MacroExpr) ir.Expr {
	text := map[string]string{"unreachable": "internal error: entered unreachable code",
		"todo": "not yet implemented", "unimplemented": "not implemented"}[e.Name.Name]
	loc := b.loc(e.Span)
	if e.Format == nil {
		return &ir.Call{Fun: rt("PanicStr"), Args: []ir.Expr{loc, &ir.Lit{Value: text}}}
	}
	format, args := b.goFormat(e.Format, false)
	format = strings.ReplaceAll(text, "%", "%%") + ": " + format
	msg := &ir.Call{Fun: &ir.Qual{Pkg: "fmt", Name: "Sprintf"}, Args: append([]ir.Expr{&ir.Lit{Value: format}}, args...)}
	if len(e.Format.Args) > 0 && inlinedFormat(e.Format) {
		return &ir.Call{Fun: rt("PanicStr"), Args: []ir.Expr{loc, msg}}
	}
	return &ir.Call{Fun: rt("PanicString"), Args: []ir.Expr{loc, msg}}
}

// inlinedFormat reports whether rustc folds every argument of a format
// string into the string (format_args! inlines a string literal or an
// unsuffixed decimal integer literal that fits i32, used only by plain
// `{}`): the message is then a constant and a panic's payload a
// `&'static str`, not a `String` (observable through downcast_ref).
func inlinedFormat(f *ast.FormatArgs) bool {
	for _, p := range f.Pieces {
		if p.Arg < 0 {
			continue
		}
		if p.Arg >= len(f.Args) || !isDefaultSpec(p.Spec) || p.Spec.Verb != "" {
			return false
		}
		lit, ok := f.Args[p.Arg].Value.(*ast.LitExpr)
		if !ok {
			return false
		}
		switch lit.Kind {
		case ast.StrLit:
			if !strings.HasPrefix(lit.Text, "\"") {
				return false // raw strings are not inlined
			}
		case ast.IntLit:
			n, err := strconv.ParseUint(lit.Text, 10, 32)
			if lit.Suffix != "" || err != nil || n > math.MaxInt32 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// assertStmt: assert!(c) panics with "assertion failed: <c's source>",
// assert!(c, fmt, ...) with the formatted message.
func (b *builder) assertStmt(e *ast.MacroExpr) ir.Stmt {
	cond := b.condValue(e.Args[0])
	var fail ir.Expr
	if e.Format == nil {
		src := string(b.l.file.Src[e.Args[0].Pos().Start:e.Args[0].Pos().End])
		fail = &ir.Call{Fun: rt("PanicStr"), Args: []ir.Expr{b.loc(e.Span), &ir.Lit{Value: "assertion failed: " + src}}}
	} else {
		fail = b.panicCall(e, false) // rustc does not inline assert!'s arguments
	}
	return &ir.IfStmt{Cond: not(cond), Then: &ir.Block{Stmts: []ir.Stmt{&ir.ExprStmt{X: fail}}}, Span: e.Span}
}

// assertEqStmt: assert_eq!(a, b) / assert_ne!(a, b) with Rust's message
// showing both sides' Debug.
func (b *builder) assertEqStmt(e *ast.MacroExpr) ir.Stmt {
	t := b.c.derefAll(b.c.final(e.Args[0]))
	left := b.autoDeref(b.read(e.Args[0]), b.c.final(e.Args[0]))
	right := b.autoDeref(b.read(e.Args[1]), b.c.final(e.Args[1]))
	lv := &ir.Var{Name: "left", Type: b.goType(t, e.Span), Temp: true}
	rv := &ir.Var{Name: "right", Type: b.goType(t, e.Span), Temp: true}
	b.emit(&ir.DeclStmt{Var: lv, Value: b.typed(left, lv.Type), Span: e.Span})
	b.emit(&ir.DeclStmt{Var: rv, Value: b.typed(right, rv.Type), Span: e.Span})
	l, r := &ir.VarRef{Var: lv}, &ir.VarRef{Var: rv}
	var eq ir.Expr
	if rt := b.c.resolve(t, true); needsEqFunc(b, rt) { // as binary's ==: maps, Rc, derived PartialEq
		eq = b.eqCall(rt, l, r, e.Span)
	} else if eq = b.equal(l, r, t); eq == nil {
		eq = &ir.Binary{Op: "==", X: l, Y: r}
	}
	op := "=="
	failed := not(eq)
	if strings.HasSuffix(e.Name.Name, "_ne") {
		op, failed = "!=", eq
	}
	dbg := b.fmtFunc(t, true, e.Args[0].Pos())
	var msg ir.Expr = &ir.Lit{Value: ""}
	if e.Format != nil {
		format, args := b.goFormat(e.Format, false)
		msg = &ir.Call{Fun: &ir.Qual{Pkg: "fmt", Name: "Sprintf"}, Args: append([]ir.Expr{&ir.Lit{Value: format}}, args...)}
	}
	call := &ir.Call{Fun: rt("AssertFailed"), Args: []ir.Expr{b.loc(e.Span), &ir.Lit{Value: op},
		&ir.Call{Fun: rt("Fmt"), Args: []ir.Expr{l, dbg}}, &ir.Call{Fun: rt("Fmt"), Args: []ir.Expr{r, dbg}}, msg}}
	return &ir.IfStmt{Cond: failed, Then: &ir.Block{Stmts: []ir.Stmt{&ir.ExprStmt{X: call}}}, Span: e.Span}
}

// matchesExpr lowers matches!(x, PAT if guard) to the pattern's test.
func (b *builder) matchesExpr(e *ast.MacroExpr) ir.Expr {
	scrut, _ := b.scrutinee(e.Args[0], false)
	var conds []ir.Expr
	var binds []patBind
	b.matchPat(e.Pat, scrut, &conds, &binds)
	if e.Guard != nil {
		conds = append(conds, b.guard(e.Guard, binds))
	}
	return andAll(conds)
}

// sprintf lowers the formatting of format! and format_args! to a string.
func (b *builder) sprintf(e *ast.MacroExpr) ir.Expr {
	format, args := b.goFormat(e.Format, false)
	if len(args) == 0 {
		return &ir.Lit{Value: strings.ReplaceAll(format, "%%", "%")}
	}
	return &ir.Call{Fun: &ir.Qual{Pkg: "fmt", Name: "Sprintf"}, Args: append([]ir.Expr{&ir.Lit{Value: format}}, args...)}
}

// macroExpr lowers macros used as values.
func (b *builder) macroExpr(e *ast.MacroExpr) ir.Expr {
	switch e.Name.Name {
	case "format_args":
		return b.sprintf(e)
	case "format":
		// format! is a block: the temporaries of its arguments are dropped
		// when it has made the String, before the enclosing expression
		// goes on.
		return b.ownTemps(func() ir.Expr { return b.sprintf(e) }, b.temp("s", b.c.final(e), e.Span), e.Span)
	case "vec":
		return b.vecLit(e)
	case "write", "writeln":
		return b.writeMacro(e)
	case "matches":
		return b.matchesExpr(e)
	case "unreachable", "todo", "unimplemented":
		b.emit(&ir.ExprStmt{X: b.stubPanic(e), Span: e.Span})
		return nil
	case "panic":
		b.emit(&ir.ExprStmt{X: b.panicCall(e, true), Span: e.Span})
		return nil
	}
	if s := b.macroStmt(e); s != nil {
		b.emit(s)
		return b.unitValue()
	}
	b.unsupported(e.Span, "`%s!`", e.Name.Name)
	return b.unitValue()
}

// fprint prints formatted text to w: fmt.Fprintf(w, format, args...), or
// fmt.Fprintln / fmt.Fprint when there is nothing to format.
func (b *builder) fprint(w ir.Expr, f *ast.FormatArgs, newline bool) ir.Expr {
	format, args := b.goFormat(f, newline)
	if len(args) == 0 && !strings.Contains(format, "%") {
		if newline {
			text := strings.TrimSuffix(format, "\n")
			if text == "" {
				return &ir.Call{Fun: &ir.Qual{Pkg: "fmt", Name: "Fprintln"}, Args: []ir.Expr{w}}
			}
			return &ir.Call{Fun: &ir.Qual{Pkg: "fmt", Name: "Fprintln"}, Args: []ir.Expr{w, &ir.Lit{Value: text}}}
		}
		return &ir.Call{Fun: &ir.Qual{Pkg: "fmt", Name: "Fprint"}, Args: []ir.Expr{w, &ir.Lit{Value: format}}}
	}
	if b.userFormatted(f) {
		// A Display impl may panic midway: rt.Printf keeps what was
		// printed before, as Rust's print! does.
		return &ir.Call{Fun: rt("Printf"), Args: append([]ir.Expr{w, &ir.Lit{Value: format}}, args...)}
	}
	return &ir.Call{Fun: &ir.Qual{Pkg: "fmt", Name: "Fprintf"}, Args: append([]ir.Expr{w, &ir.Lit{Value: format}}, args...)}
}

// userFormatted reports whether formatting f's arguments may run user
// code: an argument's type holds a user type, a type parameter or a
// trait object.
func (b *builder) userFormatted(f *ast.FormatArgs) bool {
	user := func(t Ty) bool {
		switch t := t.(type) {
		case *Adt:
			return !t.Def.Std
		case *ParamTy, *DynTy:
			return true
		}
		return false
	}
	for _, a := range f.Args {
		if holds(b.c.resolve(b.c.final(a.Value), true), user) {
			return true
		}
	}
	return false
}

// panicCall: panic!("literal") panics with a &str payload, a formatted
// panic with a String payload, both at the macro's position.
// rustc inlines literal arguments (inlinedFormat) of panic! but not of
// assert!.
func (b *builder) panicCall(e *ast.MacroExpr, inline bool) ir.Expr {
	loc := b.loc(e.Span)
	if e.Format == nil {
		return &ir.Call{Fun: rt("PanicStr"), Args: []ir.Expr{loc, &ir.Lit{Value: "explicit panic"}}}
	}
	format, args := b.goFormat(e.Format, false)
	if len(e.Format.Args) == 0 {
		return &ir.Call{Fun: rt("PanicStr"), Args: []ir.Expr{loc, &ir.Lit{Value: strings.ReplaceAll(format, "%%", "%")}}}
	}
	msg := &ir.Call{Fun: &ir.Qual{Pkg: "fmt", Name: "Sprintf"}, Args: append([]ir.Expr{&ir.Lit{Value: format}}, args...)}
	if inline && inlinedFormat(e.Format) {
		return &ir.Call{Fun: rt("PanicStr"), Args: []ir.Expr{loc, msg}}
	}
	return &ir.Call{Fun: rt("PanicString"), Args: []ir.Expr{loc, msg}}
}

// goFormat builds a Go format string and its arguments.
func (b *builder) goFormat(f *ast.FormatArgs, newline bool) (string, []ir.Expr) {
	var sb strings.Builder
	var args []ir.Expr
	if f != nil {
		vals := b.inOrderOf(len(f.Args), func(i int) ir.Expr { return b.read(f.Args[i].Value) }, true)
		for _, p := range f.Pieces {
			if p.Arg < 0 {
				sb.WriteString(strings.ReplaceAll(p.Lit, "%", "%%"))
				continue
			}
			verb, arg := b.placeholder(p, f, vals)
			sb.WriteString(verb)
			args = append(args, arg)
		}
	}
	if newline {
		sb.WriteString("\n")
	}
	return sb.String(), args
}

// placeholder lowers one {..} to a Go verb and its argument.
func (b *builder) placeholder(p *ast.FmtPiece, f *ast.FormatArgs, vals []ir.Expr) (string, ir.Expr) {
	a := f.Args[p.Arg]
	t := b.c.final(a.Value)
	for {
		r, ok := t.(*RefTy)
		if !ok {
			break
		}
		t = r.Elem
	}
	val := b.autoDeref(vals[p.Arg], b.c.final(a.Value)) // &mut x prints x, not its Go pointer
	if verb, ok := plainVerb(t, p.Spec); ok {
		return verb, val
	}
	fn, ok := b.userVerbFmt(t, verbTrait(p.Spec.Verb), a.Value.Pos())
	if !ok {
		fn = b.fmtFunc(t, p.Spec.Verb != "" && strings.HasSuffix(p.Spec.Verb, "?"), a.Value.Pos())
	}
	if isDefaultSpec(p.Spec) {
		return "%v", &ir.Call{Fun: rt("Fmt"), Args: []ir.Expr{val, fn}}
	}
	return "%v", &ir.Call{Fun: rt("FmtSpec"), Args: []ir.Expr{val, fn, b.specLit(p.Spec, vals)}}
}

func isDefaultSpec(s ast.FmtSpec) bool {
	return (s.Fill == 0 || s.Fill == ' ') && s.Align == 0 && s.Sign == 0 && !s.Alt && !s.Zero &&
		!s.Width.Set && !s.Prec.Set && (s.Verb == "" || s.Verb == "?")
}

// plainVerb returns the fmt verb that prints exactly what Rust prints for
// a value of type t with spec s, if there is one.
func plainVerb(t Ty, s ast.FmtSpec) (string, bool) {
	if (s.Fill != 0 && s.Fill != ' ') || s.Align == '^' || s.Width.IsArg || s.Prec.IsArg || s.Alt {
		return "", false
	}
	p, ok := t.(*Prim)
	if !ok {
		if adt, ok := t.(*Adt); ok && adt.Def.Go["builtin"] == "string" {
			p = tyStr
		} else {
			return "", false
		}
	}
	flags := ""
	width := ""
	if s.Width.Set {
		width = strconv.Itoa(s.Width.N)
	}
	switch {
	case isInt(p) && (s.Verb == "x" || s.Verb == "X" || s.Verb == "o" || s.Verb == "b"):
		// Rust prints the bits of the value in its own width; for an
		// unsigned type that is Go's verb (Go prints a signed one with a
		// minus sign).
		if isSigned(p) || s.Sign != 0 {
			return "", false
		}
		if s.Zero { // Rust's `0` flag overrides any alignment
			flags += "0"
		} else if s.Align == '<' {
			flags += "-"
		}
		return "%" + flags + width + s.Verb, true
	case isInt(p):
		if s.Prec.Set || (s.Verb != "" && s.Verb != "?") {
			return "", false
		}
		if s.Sign == '+' {
			flags += "+"
		}
		if s.Zero { // Rust's `0` flag overrides any alignment
			flags += "0"
		} else if s.Align == '<' {
			flags += "-"
		}
		return "%" + flags + width + "d", true
	case p.Name == "str" && (s.Verb == ""):
		if s.Sign != 0 || s.Zero {
			return "", false
		}
		if s.Width.Set && s.Align != '>' {
			flags = "-" // Rust left-aligns strings by default
		}
		prec := ""
		if s.Prec.Set {
			prec = "." + strconv.Itoa(s.Prec.N)
		}
		return "%" + flags + width + prec + "s", true
	case p.Name == "bool" && isDefaultSpec(s) && s.Verb == "":
		return "%t", true
	case p.Name == "char" && isDefaultSpec(s) && s.Verb == "":
		return "%c", true
	}
	return "", false
}

// fmtFunc returns the rt formatter function for values of type t.
func (b *builder) fmtFunc(t Ty, debug bool, span ast.Span) ir.Expr {
	kind := "Display"
	if debug {
		kind = "Debug"
	}
	switch t := t.(type) {
	case *RefTy:
		if b.refIsPtr(t) && !b.isGoPtr(t.Elem) { // Option<&mut i32>: the pointee
			return &ir.Call{Fun: rt("DebugPtr"), Args: []ir.Expr{b.fmtFunc(t.Elem, debug, span)}}
		}
		return b.fmtFunc(t.Elem, debug, span)
	case *Prim:
		switch {
		case isInt(t):
			return &ir.Inst{Fun: rt(kind + "Int"), TypeArgs: []ir.Type{b.goType(t, span)}}
		case isFloat(t):
			return &ir.Inst{Fun: rt(kind + "Float"), TypeArgs: []ir.Type{b.goType(t, span)}}
		case t.Name == "str":
			return rt(kind + "Str")
		case t.Name == "bool":
			return rt(kind + "Bool")
		case t.Name == "char":
			return rt(kind + "Char")
		}
	case *TupleTy:
		if len(t.Elems) == 0 && debug {
			return rt("DebugUnit")
		}
		if fn, ok := b.tupleFmtFunc(t, debug, span); ok { // format_value.go
			return fn
		}
	case *Adt:
		return b.adtFmtFunc(t, debug, span)
	case *DynTy:
		if fn, ok := b.dynFmtFunc(t, debug, span); ok { // Box<dyn Any>: Any { .. }
			return fn
		}
		if fn := b.dynImplFmtFunc(t, debug, span); fn != nil {
			return fn
		}
		if st, ok := b.l.resolvePath(b.l.std, []string{"fmt", kind}).(*TraitDef); ok && !t.Trait.Std && hasSuper(t.Trait, st) {
			return &ir.Inst{Fun: rt(kind), TypeArgs: []ir.Type{b.goType(t, span)}} // trait Shape: Display (traitDecl)
		}
	case *SliceTy:
		if debug {
			return &ir.Call{Fun: rt("DebugSlice"), Args: []ir.Expr{b.fmtFunc(t.Elem, true, span)}}
		}
	case *ArrayTy:
		if debug {
			return &ir.Call{Fun: rt("DebugSlice"), Args: []ir.Expr{b.fmtFunc(t.Elem, true, span)}}
		}
	case *ParamTy:
		if debug {
			return &ir.Inst{Fun: rt("DebugOf"), TypeArgs: []ir.Type{b.goType(t, span)}}
		}
		return &ir.Inst{Fun: rt("DisplayOf"), TypeArgs: []ir.Type{b.goType(t, span)}}
	}
	b.unsupported(span, "formatting `%s` with `{%s}`", t, map[bool]string{true: ":?"}[debug])
	return rt("DisplayStr")
}

func (b *builder) adtFmtFunc(t *Adt, debug bool, span ast.Span) ir.Expr {
	g := t.Def.Go
	if !t.Def.Std {
		gt := b.goType(t, span)
		if debug && (hasDerive(t.Def, "Debug") || t.Def.Methods["fmt"] != nil && hasTraitImpl(t.Def, "Debug")) {
			return &ir.Inst{Fun: rt("Debug"), TypeArgs: []ir.Type{gt}}
		}
		if !debug && hasTraitImpl(t.Def, "Display") {
			return &ir.Inst{Fun: rt("Display"), TypeArgs: []ir.Type{gt}}
		}
		if debug {
			b.errorf(span, "E0277", "`%s` doesn't implement `Debug`", t)
		} else {
			b.errorf(span, "E0277", "`%s` doesn't implement `std::fmt::Display`", t)
		}
		return rt("DisplayStr")
	}
	if fn, ok := b.stdFmtFunc(t, debug, span); ok { // #[go(debug/display/fmt = ...)]
		return fn
	}
	switch {
	case g["builtin"] == "string":
		return b.fmtFunc(tyStr, debug, span)
	case g["builtin"] == "slice" && debug:
		return &ir.Call{Fun: rt("DebugSlice"), Args: []ir.Expr{b.fmtFunc(t.Args[0], true, span)}}
	case g["box"] != "" && b.boxIsPtr(t):
		// Box<T> kept as *T formats as T.
		return &ir.Call{Fun: rt("DebugPtr"), Args: []ir.Expr{b.fmtFunc(t.Args[0], debug, span)}}
	case g["transparent"] != "":
		return b.fmtFunc(t.Args[0], debug, span)
	case g["type"] == "time.Duration" && debug:
		return rt("DebugDuration")
	case g["type"] == "rt.Option" && debug:
		return &ir.Call{Fun: rt("DebugOption"), Args: []ir.Expr{b.fmtFunc(t.Args[0], true, span)}}
	case g["type"] == "rt.Result" && debug:
		return &ir.Call{Fun: rt("DebugResult"), Args: []ir.Expr{b.fmtFunc(t.Args[0], true, span), b.fmtFunc(t.Args[1], true, span)}}
	}
	if fn, ok := b.valueFmtFunc(t, debug, span); ok { // collections (format_value.go)
		return fn
	}
	b.unsupported(span, "formatting `%s` with `{%s}`", t, map[bool]string{true: ":?"}[debug])
	return rt("DisplayStr")
}

// specLit builds the rt.Spec of a placeholder.
func (b *builder) specLit(s ast.FmtSpec, vals []ir.Expr) ir.Expr {
	lit := &ir.CompositeLit{Type: &ir.Named{Pkg: "rt", Name: "Spec"}, Keys: []string{}}
	add := func(k string, v ir.Expr) {
		lit.Keys = append(lit.Keys, k)
		lit.Elems = append(lit.Elems, v)
	}
	if s.Fill != 0 && s.Fill != ' ' {
		add("Fill", &ir.Lit{Value: s.Fill})
	}
	switch s.Align {
	case '<':
		add("Align", rt("AlignLeft"))
	case '^':
		add("Align", rt("AlignCenter"))
	case '>':
		add("Align", rt("AlignRight"))
	}
	if s.Sign == '+' {
		add("Plus", &ir.Lit{Value: true})
	}
	if s.Alt {
		add("Alt", &ir.Lit{Value: true})
	}
	if s.Zero {
		add("Zero", &ir.Lit{Value: true})
	}
	count := func(name string, c ast.FmtCount) {
		if !c.Set {
			return
		}
		if c.IsArg {
			add(name, &ir.Convert{Type: &ir.Basic{Kind: ir.Int}, X: vals[c.Arg]})
		} else {
			add(name, &ir.Lit{Value: int64(c.N)})
		}
		add("Has"+name, &ir.Lit{Value: true})
	}
	count("Width", s.Width)
	count("Prec", s.Prec)
	if v := strings.TrimSuffix(s.Verb, "?"); v != "" {
		add("Verb", &ir.Lit{Value: rune(v[0])})
	}
	return lit
}

// vecLit lowers vec![a, b] to a slice literal and vec![x; n] to rt.VecRepeat.
func (b *builder) vecLit(e *ast.MacroExpr) ir.Expr {
	t := b.goType(b.c.final(e), e.Span)
	if e.Repeat {
		return b.repeat(e.Args[0], e.Args[1], e.Span, "Clone")
	}
	elems := b.inOrder(len(e.Args), func(i int) ir.Expr { return b.valueOf(e.Args[i]) })
	return &ir.CompositeLit{Type: t, Elems: elems}
}

// hasDerive reports whether a user type derives trait name.
func hasDerive(td *TypeDef, name string) bool {
	switch d := td.Decl.(type) {
	case *ast.StructDecl:
		return deriveSet(d.Attrs)[name]
	case *ast.EnumDecl:
		return deriveSet(d.Attrs)[name]
	}
	return false
}

// hasTraitImpl reports whether a user type has an impl of trait name.
func hasTraitImpl(td *TypeDef, name string) bool {
	return len(td.Traits[name]) > 0 // impl fmt::Display and impl fmt::LowerHex each have a fmt
}

// fmtTraits are the std fmt traits a user type may implement, each with
// its rt.Spec verb: a user impl's fmt is a Go method Fmt<trait> of its
// type (fmtWrappers). verbTraits are those of the verbs past Display and
// Debug ({:x}, {:X}, {:o}, {:b}, {:e}, {:E}).
var (
	fmtTraits = []fmtTrait{{"Display", 0}, {"Debug", '?'}, {"LowerHex", 'x'}, {"UpperHex", 'X'},
		{"Octal", 'o'}, {"Binary", 'b'}, {"LowerExp", 'e'}, {"UpperExp", 'E'}}
	verbTraits = fmtTraits[2:]
)

type fmtTrait struct {
	name string
	verb byte
}

// traitNamed finds trait name among traits.
func traitNamed(traits []fmtTrait, name string) (fmtTrait, bool) {
	i := slices.IndexFunc(traits, func(tr fmtTrait) bool { return tr.name == name })
	if i < 0 {
		return fmtTrait{}, false
	}
	return traits[i], true
}

// verbTrait is the verb trait of a placeholder's verb ("x": LowerHex), "" for none.
func verbTrait(verb string) string {
	for _, tr := range verbTraits {
		if verb == string(rune(tr.verb)) {
			return tr.name
		}
	}
	return ""
}

// userVerbFmt is the formatting function of trait (one of verbTraits: a
// {:x} placeholder, a LowerHex::fmt call) for a user type t: its impl's
// fmt, as the Go method that fmtWrappers makes.
func (b *builder) userVerbFmt(t Ty, trait string, span ast.Span) (ir.Expr, bool) {
	a, isAdt := t.(*Adt)
	if _, ok := traitNamed(verbTraits, trait); !ok || !isAdt || a.Def.Std {
		return nil, false
	}
	if a.Def.Traits[trait]["fmt"] == nil {
		b.errorf(span, "E0277", "the trait bound `%s: %s` is not satisfied", t, trait)
		return rt("DisplayStr"), true
	}
	return &ir.Selector{X: &ir.TypeExpr{Type: b.goType(t, span)}, Name: "Fmt" + trait}, true
}

// formatsParams reports whether an impl of td bounds td's parameters by
// Display or Debug (impl<T: Debug> Drop for Guard<T>): its methods may
// format their values.
func formatsParams(td *TypeDef) bool {
	check := func(ms map[string]*FnDef) bool {
		for _, m := range ms {
			for _, g := range m.Generics[:min(m.NOwner, len(m.Generics))] {
				if g.FmtBound {
					return true
				}
			}
		}
		return false
	}
	if check(td.Methods) {
		return true
	}
	for _, ms := range td.Traits {
		if check(ms) {
			return true
		}
	}
	return false
}

// writeMacro lowers write!(f, ...) into a Formatter (f.WriteFmt(text)) or
// a String (s += text, then Ok(())).
func (b *builder) writeMacro(e *ast.MacroExpr) ir.Expr {
	format, args := b.goFormat(e.Format, e.Name.Name == "writeln")
	var text ir.Expr = &ir.Lit{Value: strings.ReplaceAll(format, "%%", "%")}
	if len(args) > 0 {
		text = &ir.Call{Fun: &ir.Qual{Pkg: "fmt", Name: "Sprintf"}, Args: append([]ir.Expr{&ir.Lit{Value: format}}, args...)}
	}
	dt := b.c.derefAll(b.c.final(e.Args[0])).(*Adt)
	if dt.Def.Go["builtin"] == "string" {
		dest := b.recvPlace(e.Args[0])
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{dest}, Op: "+=", Rhs: []ir.Expr{text}, Span: e.Span})
		return &ir.Call{Fun: rt("FmtOk")}
	}
	return &ir.Call{Fun: &ir.Selector{X: b.recvValue(e.Args[0]), Name: "WriteFmt"}, Args: []ir.Expr{text}}
}

// dynImplFmtFunc formats a trait object through `impl Debug for dyn
// Trait` (or Display): a typed function calling the impl's fmt.
func (b *builder) dynImplFmtFunc(t *DynTy, debug bool, span ast.Span) ir.Expr {
	tr := map[bool]string{true: "Debug", false: "Display"}[debug]
	fn := b.l.dynDef(t.Trait).Traits[tr]["fmt"]
	if fn == nil {
		return nil
	}
	v := &ir.Var{Name: "v", Type: b.goType(t, span)}
	f := &ir.Var{Name: "f", Type: formatterType}
	call := &ir.Call{Fun: &ir.Qual{Name: goFuncName(fn)}, Args: []ir.Expr{&ir.VarRef{Var: v}, &ir.VarRef{Var: f}}}
	return &ir.FuncLit{Params: []*ir.Var{v, f}, Body: &ir.Block{Stmts: []ir.Stmt{&ir.ExprStmt{X: call}}}}
}
