package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
)

// Calls, method calls, macros and closures in the ownership graph. What
// a call's result carries follows Rust's lifetime elision (the receiver's
// borrow for a &self method, the only reference argument otherwise) or
// the named lifetimes of the signature, read from its source text; a
// result whose type holds no reference carries nothing.

func (g *cfgBuilder) call(x *ast.CallExpr) flowSrc {
	if pe, ok := unparen(x.Fun).(*ast.PathExpr); ok && g.c.refs[pe] == nil {
		switch g.c.items[pe].(type) {
		case *VariantDef, *TypeDef: // Some(x), Point(a, b): the value holds its arguments
			return g.values(x.Args)
		}
		ci := g.c.calls[x]
		if ci == nil || ci.fn == nil {
			g.values(x.Args)
			return flowSrc{}
		}
		params := ci.fn.Params
		if isUFCS(ci.fn, x.Args) {
			params = append([]Ty{nil}, params...)
		}
		argv, temps := g.args(x.Args, true, params, x.Span)
		var self flowSrc
		vals, pexprs := argv, x.Args
		if isUFCS(ci.fn, x.Args) {
			self, vals, pexprs = argv[0], argv[1:], x.Args[1:]
		}
		g.staticArgs(ci.fn, pexprs, vals)
		for _, t := range temps {
			g.useLocal(t)
		}
		return g.result(ci.fn, g.ty(x), self, vals)
	}
	// A closure or fn value: calling it uses it; calling an FnMut closure
	// borrows it mutably; calling an FnOnce closure moves it.
	if isPlaceSyntax(x.Fun) {
		pr := g.placeOf(x.Fun)
		k, ev := accRead, event{}
		if ct, ok := g.ty(x.Fun).(*ClosureTy); ok && pr.ok && len(pr.pl.proj) == 0 {
			if cl := g.o.closureOf(ct); cl != nil && g.o.consumingCapture(cl) != nil {
				k, ev = accMove, event{fnOnce: cl, call: x.Span}
			} else if cl != nil && g.o.mutatingCapture(cl) != nil {
				k, ev = accMut, event{mutChk: true, fnMut: cl}
			}
		}
		g.access(pr, k, x.Fun.Pos(), ev)
	} else {
		g.value(x.Fun)
	}
	g.values(x.Args)
	return flowSrc{}
}

// args evaluates call arguments in order; what each carries is kept in a
// temporary until the call (the caller emits the temporaries' uses).
// params are the callee's declared parameter types (nil if unknown): a
// `&mut` place passed for a `&mut T` parameter is reborrowed, not moved.
func (g *cfgBuilder) args(es []ast.Expr, holdAll bool, params []Ty, call ast.Span) ([]flowSrc, []*Local) {
	var out []flowSrc
	var temps []*Local
	for i, a := range es {
		var v flowSrc
		if i < len(params) && isMutRef(params[i]) && isPlaceSyntax(a) && isMutRef(g.ty(a)) {
			v = g.reborrow(a, call)
		} else {
			v = g.value(a)
		}
		if holdAll || i < len(es)-1 {
			var tmp *Local
			v, tmp = g.hold(v, a.Pos())
			if tmp != nil {
				temps = append(temps, tmp)
			}
		}
		out = append(out, v)
	}
	return out, temps
}

func (g *cfgBuilder) methodCall(x *ast.MethodCallExpr) flowSrc {
	ci := g.c.calls[x]
	if ci == nil || ci.fn == nil {
		g.readBorrow(x.Recv)
		g.values(x.Args)
		return flowSrc{}
	}
	fn := ci.fn
	steps, found := g.recvSteps(g.ty(x.Recv), fn, x.Name.Name)
	if fn.RecvTy != nil && len(steps) > 0 {
		steps = steps[:len(steps)-1] // self: Box<Self> takes the Box itself
	}
	var pr placeRes
	var recv flowSrc
	if isPlaceSyntax(x.Recv) {
		pr = g.placeOf(x.Recv)
	} else {
		recv = g.value(x.Recv)
	}
	if pr.ok {
		for _, st := range steps {
			if pr.smart {
				break
			}
			pr = g.derefStep(pr, st)
		}
	}
	rspan := x.Recv.Pos()
	self := fn.Self
	if r, ok := fn.RecvTy.(*RefTy); ok { // self: &Arc<Self> borrows the Arc
		self = SelfRef
		if r.Mut {
			self = SelfMut
		}
	}
	if !found {
		self = SelfRef
	}
	switch self {
	case SelfValue:
		if pr.ok {
			k := accMove
			if len(steps) > 0 {
				k = accRead // moving out of a deref is E0507, not modelled
			}
			g.access(pr, k, rspan, event{})
			recv = g.carried(pr.pl)
		}
	case SelfRef:
		if pr.ok {
			l := g.access(pr, accShared, rspan, event{unsure: !found})
			recv = g.borrowed(pr, l)
		}
	}
	argv, temps := g.args(x.Args, true, fn.Params, x.Span)
	if self == SelfMut && pr.ok {
		// Two-phase borrow: reserved at the receiver, activated here,
		// after the arguments (v.push(v.len()) is fine).
		l := g.access(pr, accMut, x.Span, event{mutChk: true, twoPh: true, mspan: rspan})
		recv = g.borrowed(pr, l)
		if !pr.smart && !pr.pl.hasDeref() && g.ot.mayHoldRefs(pr.pl.root.Ty) {
			for i, p := range fn.Params {
				if pt, ok := p.(*ParamTy); ok && pt.Index < fn.NOwner && i < len(argv) {
					g.flowInto(pr.pl.root, argv[i], false) // v.push(&x): v now holds the borrow
				}
			}
		}
	}
	g.staticArgs(fn, x.Args, argv)
	for _, t := range temps {
		g.useLocal(t)
	}
	if k := fn.Go["intrinsic"]; (k == "scope_spawn" || k == "builder_spawn_scoped") && len(argv) > 0 {
		// The closure of a scoped thread keeps its borrows until the
		// scope ends: a holder used where this body ends.
		g.flowInto(g.scopeHolder(x.Span), argv[len(argv)-1], false)
	}
	return g.result(fn, g.ty(x), recv, argv)
}

// borrowed is what a borrow of a resolved place carries.
func (g *cfgBuilder) borrowed(pr placeRes, l int) flowSrc {
	v := flowSrc{loans: []int{l}}
	if pr.pl.hasDeref() || pr.smart || g.ot.mayHoldRefs(pr.pl.ty()) {
		v = v.union(g.carried(pr.pl))
	}
	return v
}

// scopeHolder is the holder of the borrows of scoped threads spawned in
// this body.
func (g *cfgBuilder) scopeHolder(span ast.Span) *Local {
	if g.scope == nil {
		g.scope = g.synthLocal("<scope>", ast.Span{})
		g.bd.holders = append(g.bd.holders, g.scope)
	}
	return g.scope
}

// recvSteps lists the types a method call's receiver is dereferenced
// through before the method applies (Rust's auto-deref), and whether the
// method was found.
func (g *cfgBuilder) recvSteps(t Ty, fn *FnDef, name string) ([]Ty, bool) {
	var steps []Ty
	cur := t
	if fn.Owner != nil && fn.Owner.Go["universal"] != "" {
		// A blanket method (clone, into, max): on the receiver, or on
		// what a reference receiver points to.
		if r, ok := g.c.resolve(t, true).(*RefTy); ok {
			return []Ty{r}, true
		}
		return nil, true
	}
	for i := 0; i < 10 && cur != nil; i++ {
		cur = g.c.resolve(cur, true)
		switch cur.(type) {
		case *DynTy, *ParamTy:
			return steps, true
		}
		def, _, next := g.c.l.methodOwner(cur)
		if def != nil && (def == fn.Owner || def.Methods[name] == fn || traitHas(def, fn)) {
			return steps, true
		}
		if next == nil {
			break
		}
		steps = append(steps, cur)
		cur = next
	}
	return nil, false
}

func traitHas(def *TypeDef, fn *FnDef) bool {
	for _, ms := range def.Traits {
		if ms[fn.Name] == fn {
			return true
		}
	}
	return false
}

// result is what a call's value carries.
func (g *cfgBuilder) result(fn *FnDef, ret Ty, self flowSrc, args []flowSrc) flowSrc {
	if !g.ot.mayHoldRefs(ret) {
		return flowSrc{}
	}
	var v flowSrc
	// Generic arguments passed by value that the result may contain.
	for i, p := range fn.Params {
		if pt, ok := p.(*ParamTy); ok && i < len(args) && mentionsParam(fn.Ret, pt) {
			v = v.union(args[i])
		}
	}
	if fn.Self == SelfValue {
		v = v.union(self)
	}
	lt := g.fnLifetimes(fn)
	switch {
	case lt.static:
	case len(lt.named) > 0:
		if lt.selfHas {
			v = v.union(self)
		}
		for i := range args {
			if i < len(lt.paramHas) && lt.paramHas[i] {
				v = v.union(args[i])
			}
		}
	case !g.ot.holdsDepth(fn.Ret, 0):
		// No elided lifetime in the declared result (fn clone(&self) ->
		// Self): it borrows nothing from the arguments.
	case fn.Self == SelfRef || fn.Self == SelfMut:
		v = v.union(self)
	default:
		only := -1
		for i, p := range fn.Params {
			if g.ot.holdsDepth(p, 0) {
				if only >= 0 {
					only = -2
					break
				}
				if only == -1 {
					only = i
				}
			}
		}
		if only >= 0 && only < len(args) {
			v = v.union(args[only])
		}
	}
	return v
}

// mentionsParam reports whether t mentions generic parameter p.
func mentionsParam(t Ty, p *ParamTy) bool {
	switch t := t.(type) {
	case *ParamTy:
		return t.Index == p.Index && t.Name == p.Name
	case *Adt:
		for _, a := range t.Args {
			if mentionsParam(a, p) {
				return true
			}
		}
	case *RefTy:
		return mentionsParam(t.Elem, p)
	case *TupleTy:
		for _, e := range t.Elems {
			if mentionsParam(e, p) {
				return true
			}
		}
	case *SliceTy:
		return mentionsParam(t.Elem, p)
	case *ArrayTy:
		return mentionsParam(t.Elem, p)
	}
	return false
}

// fnLifetimes reads the lifetimes of a signature from its source: the
// named ones of the return type, and which parameters mention them.
type sigLifetimes struct {
	static   bool // the return type's references are all 'static
	named    []string
	selfHas  bool
	paramHas []bool
}

func (g *cfgBuilder) fnLifetimes(fn *FnDef) sigLifetimes {
	var out sigLifetimes
	d := fn.Decl
	if d == nil || d.Ret == nil {
		return out
	}
	src := g.c.l.file.Src
	if fn.Std {
		src = stdSource
	}
	text := func(s ast.Span) string {
		if s.Start < 0 || s.End > len(src) || s.Start > s.End {
			return ""
		}
		return string(src[s.Start:s.End])
	}
	lts := lifetimesIn(text(d.Ret.Pos()))
	hasStatic := false
	for _, l := range lts {
		switch l {
		case "static":
			hasStatic = true
		case "_":
		default:
			out.named = append(out.named, l)
		}
	}
	if len(out.named) == 0 {
		out.static = hasStatic
		return out
	}
	has := func(s string) bool {
		for _, l := range lifetimesIn(s) {
			for _, n := range out.named {
				if l == n {
					return true
				}
			}
		}
		return false
	}
	if d.Self != nil {
		out.selfHas = has(text(d.Self.Span))
	}
	for _, p := range d.Params {
		t := ""
		if p.Type != nil {
			t = text(p.Type.Pos())
		}
		out.paramHas = append(out.paramHas, has(t))
	}
	return out
}

// lifetimesIn lists the lifetime names ('a → "a") written in s.
func lifetimesIn(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '\'' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == '_' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
			j++
		}
		if j > i+1 {
			out = append(out, s[i+1:j])
		}
		i = j - 1
	}
	return out
}

// ---------------------------------------------------------------- macros

func (g *cfgBuilder) macro(x *ast.MacroExpr) flowSrc {
	switch x.Name.Name {
	case "vec":
		return g.values(x.Args)
	case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne":
		for _, a := range x.Args {
			g.readBorrow(a)
		}
	case "assert", "debug_assert":
		g.values(x.Args)
	case "write", "writeln":
		if len(x.Args) > 0 {
			g.writeMacro(x)
			return flowSrc{}
		}
	case "matches":
		if len(x.Args) > 0 {
			g.scrutinee(x.Args[0])
		}
		if x.Pat != nil {
			g.initBindings(x.Pat)
		}
		if x.Guard != nil {
			g.value(x.Guard)
		}
		return flowSrc{}
	case "dbg":
		return g.values(x.Args)
	default:
		for _, a := range x.Args {
			g.readBorrow(a)
		}
	}
	g.formatArgs(x)
	return flowSrc{}
}

// formatArgs: format macros take their arguments by reference, each
// borrow held until all are evaluated (`println!("{:?} {:?}", v,
// v.split_off(1))` is E0502).
func (g *cfgBuilder) formatArgs(x *ast.MacroExpr) {
	if x.Format == nil {
		return
	}
	var temps []*Local
	for i, a := range x.Format.Args {
		if a.Value == nil {
			continue
		}
		if !isPlaceSyntax(a.Value) {
			g.value(a.Value) // a computed value: its borrows end with it
			continue
		}
		v := g.borrowExpr(a.Value, false, a.Value.Pos())
		if i < len(x.Format.Args)-1 {
			if _, tmp := g.hold(v, a.Value.Pos()); tmp != nil {
				temps = append(temps, tmp)
			}
		}
	}
	for _, t := range temps {
		g.useLocal(t)
	}
}

// writeMacro: write!(dest, ...) is dest.write_fmt(...), a &mut borrow of
// the destination (through a reference for `f: &mut Formatter`).
func (g *cfgBuilder) writeMacro(x *ast.MacroExpr) {
	dest := x.Args[0]
	var pr placeRes
	if isPlaceSyntax(dest) {
		pr = g.placeOf(dest)
		if pr.ok {
			if _, ok := g.ty(dest).(*RefTy); ok {
				pr = g.derefStep(pr, g.ty(dest))
			}
		}
	} else {
		g.value(dest)
	}
	g.formatArgs(x)
	if pr.ok {
		g.access(pr, accMut, dest.Pos(), event{mutChk: true})
	}
}

// ---------------------------------------------------------------- closures

// closure evaluates a closure expression: its captures are moved or
// borrowed where the closure is created, and the closure value carries
// those borrows.
func (g *cfgBuilder) closure(x *ast.ClosureExpr) flowSrc {
	head := closureHead(g.c.l.src.Text, x)
	var v flowSrc
	for _, cp := range g.caps(x) {
		pr := placeRes{pl: cp.pl, ok: true}
		ev := event{byClos: x, inClos: cp.use}
		switch cp.mode {
		case capMove:
			g.access(pr, accMove, head, ev)
		case capMut:
			l := g.access(pr, accMut, head, ev)
			g.bd.loans[l].closure, g.bd.loans[l].inClos = x, cp.use
			v.loans = append(v.loans, l)
		default:
			l := g.access(pr, accShared, head, ev)
			g.bd.loans[l].closure, g.bd.loans[l].inClos = x, cp.use
			v.loans = append(v.loans, l)
		}
		v = v.union(g.carried(cp.pl))
	}
	return v
}

// staticArgs emits the 'static requirements of a call's arguments
// (closures written in place are checked by escapes, with E0373).
func (g *cfgBuilder) staticArgs(fn *FnDef, es []ast.Expr, vals []flowSrc) {
	for i, e := range es {
		if i >= len(vals) || vals[i].empty() {
			continue
		}
		if _, ok := unparen(e).(*ast.ClosureExpr); ok {
			continue
		}
		if g.o.staticParam(fn, i) {
			g.emit(event{kind: evStatic, src: vals[i], span: e.Pos()})
		}
	}
}

func isMutRef(t Ty) bool {
	r, ok := t.(*RefTy)
	return ok && r.Mut
}

// reborrow evaluates a `&mut` place passed where a `&mut` is expected:
// Rust reborrows it (`&mut *r`) instead of moving the reference.
func (g *cfgBuilder) reborrow(a ast.Expr, call ast.Span) flowSrc {
	pr := g.placeOf(a)
	if !pr.ok || pr.smart {
		return flowSrc{}
	}
	pr = g.derefStep(pr, g.ty(a))
	l := g.access(pr, accMut, call, event{mspan: a.Pos(), twoPh: true})
	return g.borrowed(pr, l)
}
