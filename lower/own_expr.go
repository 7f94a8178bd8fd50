package lower

import (
	"strconv"

	"github.com/rs2go/rs2go/frontend/ast"
)

// Expressions and statements of the ownership graph (own_cfg.go). Each
// expression is evaluated in evaluation order into events; value returns
// what the expression's value carries (the loans it may hold).

// value evaluates e where its value is used: a place is moved out of (or
// copied), anything else is computed.
func (g *cfgBuilder) value(e ast.Expr) flowSrc {
	v := g.valueOf(e)
	if g.diverges(e) {
		g.cur = g.bd.newBlock() // nothing after a diverging expression runs
	}
	return v
}

func (g *cfgBuilder) valueOf(e ast.Expr) flowSrc {
	switch x := e.(type) {
	case *ast.ParenExpr:
		return g.value(x.X)
	case *ast.PathExpr, *ast.FieldExpr, *ast.IndexExpr:
		return g.movePlace(e)
	case *ast.UnaryExpr:
		if x.Op == "*" {
			return g.movePlace(e)
		}
		g.value(x.X)
		return flowSrc{}
	case *ast.RefExpr:
		return g.borrowExpr(x.X, x.Mut, x.Span)
	case *ast.BinaryExpr:
		return g.binary(x)
	case *ast.AssignExpr:
		g.assign(x)
	case *ast.CallExpr:
		return g.call(x)
	case *ast.MethodCallExpr:
		return g.methodCall(x)
	case *ast.MacroExpr:
		return g.macro(x)
	case *ast.ClosureExpr:
		return g.closure(x)
	case *ast.BlockExpr:
		return g.block(x)
	case *ast.IfExpr:
		return g.ifExpr(x)
	case *ast.MatchExpr:
		return g.matchExpr(x)
	case *ast.WhileExpr:
		g.whileExpr(x)
	case *ast.LoopExpr:
		return g.loopExpr(x)
	case *ast.ForExpr:
		g.forExpr(x)
	case *ast.BreakExpr:
		g.breakExpr(x)
	case *ast.ContinueExpr:
		if lc := g.findLoop(x.Label); lc != nil {
			g.jump(lc.head)
		}
	case *ast.ReturnExpr:
		if x.Value != nil {
			g.value(x.Value)
		}
		g.jump(g.bd.exit)
	case *ast.TryExpr:
		v := g.value(x.X)
		g.edge(g.cur, g.bd.exit)
		return v
	case *ast.TupleExpr:
		return g.values(x.Elems)
	case *ast.ArrayExpr:
		return g.values(x.Elems)
	case *ast.ArrayRepeatExpr:
		v := g.value(x.Elem)
		g.value(x.Count)
		return v
	case *ast.StructExpr:
		return g.structExpr(x)
	case *ast.CastExpr:
		g.value(x.X)
	case *ast.RangeExpr:
		var v flowSrc
		if x.Lo != nil {
			v = v.union(g.value(x.Lo))
		}
		if x.Hi != nil {
			v = v.union(g.value(x.Hi))
		}
		return v
	case *ast.LetExpr:
		// Only inside conditions (cond); elsewhere the checker rejects it.
		g.value(x.X)
	}
	return flowSrc{}
}

func (g *cfgBuilder) values(es []ast.Expr) flowSrc {
	var v flowSrc
	for _, x := range es {
		v = v.union(g.value(x))
	}
	return v
}

// movePlace evaluates a place expression by value.
func (g *cfgBuilder) movePlace(e ast.Expr) flowSrc {
	pr := g.placeOf(e)
	if !pr.ok {
		return flowSrc{}
	}
	g.access(pr, accMove, e.Pos(), event{})
	return g.carried(pr.pl)
}

// borrowExpr evaluates &x / &mut x (span: the whole borrow expression).
func (g *cfgBuilder) borrowExpr(x ast.Expr, mut bool, span ast.Span) flowSrc {
	if !isPlaceSyntax(x) {
		return g.value(x)
	}
	pr := g.placeOf(x)
	if !pr.ok {
		return flowSrc{}
	}
	k := accShared
	if mut {
		k = accMut
	}
	l := g.access(pr, k, span, event{mutChk: mut})
	v := flowSrc{loans: []int{l}}
	if pr.pl.hasDeref() || g.ot.mayHoldRefs(g.ty(x)) {
		v = v.union(g.carried(pr.pl))
	}
	return v
}

// readBorrow evaluates an operand that a macro or operator takes by
// reference (format arguments, ==): a momentary shared borrow.
func (g *cfgBuilder) readBorrow(x ast.Expr) {
	if !isPlaceSyntax(x) {
		g.value(x)
		return
	}
	pr := g.placeOf(x)
	if pr.ok {
		g.access(pr, accShared, x.Pos(), event{})
	}
}

func (g *cfgBuilder) binary(x *ast.BinaryExpr) flowSrc {
	switch x.Op {
	case "==", "!=", "<", "<=", ">", ">=":
		// PartialEq::eq(&a, &b): both sides are borrowed, not moved.
		g.readBorrow(x.X)
		g.readBorrow(x.Y)
		return flowSrc{}
	}
	g.value(x.X)
	g.value(x.Y)
	return flowSrc{}
}

// assign evaluates `place = value` and compound assignments.
func (g *cfgBuilder) assign(x *ast.AssignExpr) {
	if x.Op == "=" && isDestructuring(x.Lhs) && isPlace(x.Rhs) {
		// `_ = x`, `(_, n) = t`: a pattern on the place, which stays
		// (rs2go rejects moving a part with drop glue out: build.go).
		g.readBorrow(x.Rhs)
		g.assignTo(x.Lhs, x, flowSrc{})
		return
	}
	v := g.value(x.Rhs)
	if x.Op == "=" {
		g.assignTo(x.Lhs, x, v)
		return
	}
	pr := g.placeOf(x.Lhs)
	if !pr.ok {
		return
	}
	span := x.Lhs.Pos()
	if _, prim := g.c.resolve(pr.pl.ty(), true).(*Prim); !prim || pr.smart {
		// Overloaded compound assignment: AddAssign::add_assign(&mut place, v).
		g.access(pr, accMut, span, event{mutChk: true})
		return
	}
	g.access(pr, accRead, span, event{})
	g.write(x.Lhs, x, pr, v)
}

// assignTo writes v to the place lhs of assignment x; a tuple on the left
// (destructuring assignment) writes each of its elements.
func (g *cfgBuilder) assignTo(lhs ast.Expr, x *ast.AssignExpr, v flowSrc) {
	switch d := unparen(lhs).(type) {
	case *ast.TupleExpr:
		for _, el := range d.Elems {
			g.assignTo(el, x, v)
		}
		return
	case *ast.ArrayExpr:
		for _, el := range d.Elems {
			g.assignTo(el, x, v)
		}
		return
	}
	if isUnderscore(lhs) {
		return
	}
	pr := g.placeOf(lhs)
	if !pr.ok {
		return
	}
	g.write(lhs, x, pr, v)
}

// write records the write of v to place pr (the expression lhs) by x.
func (g *cfgBuilder) write(lhs ast.Expr, x *ast.AssignExpr, pr placeRes, v flowSrc) {
	span := lhs.Pos()
	whole := len(pr.pl.proj) == 0 && !pr.smart
	wspan := span
	if u, ok := unparen(lhs).(*ast.UnaryExpr); whole || (ok && u.Op == "*") {
		wspan = x.Span // rustc points at the whole assignment there
	}
	g.access(pr, accWrite, span, event{mutChk: true, wspan: wspan})
	if whole {
		g.flowInto(pr.pl.root, v, true)
	} else if !pr.smart && !pr.pl.hasDeref() && g.ot.mayHoldRefs(pr.pl.root.Ty) {
		g.flowInto(pr.pl.root, v, false)
	}
}

// structExpr evaluates S { a: x, ..base }: the fields not given are moved
// out of base.
func (g *cfgBuilder) structExpr(x *ast.StructExpr) flowSrc {
	var v flowSrc
	given := map[string]bool{}
	for _, f := range x.Fields {
		given[f.Name.Name] = true
		v = v.union(g.value(f.Value))
	}
	if x.Base == nil {
		return v
	}
	if !isPlaceSyntax(x.Base) {
		return v.union(g.value(x.Base))
	}
	pr := g.placeOf(x.Base)
	adt, ok := g.ty(x.Base).(*Adt)
	if !pr.ok || pr.smart || !ok {
		return v
	}
	for _, f := range adt.Def.Fields {
		if given[f.Name] {
			continue
		}
		fp := placeRes{pl: pr.pl.extend(proj{kind: projField, name: f.Name, ty: g.c.resolve(subst(f.Type, adt.Args), true)}), ok: true}
		g.access(fp, accMove, x.Base.Pos(), event{})
	}
	return v.union(g.carried(pr.pl))
}

// ---------------------------------------------------------------- blocks

func (g *cfgBuilder) block(b *ast.BlockExpr) flowSrc {
	g.pushScope()
	for _, s := range b.Stmts {
		g.stmt(s)
	}
	var v flowSrc
	if b.Tail != nil {
		v = g.value(b.Tail)
	}
	return g.popScope(v, ast.Span{Start: b.Span.End - 1, End: b.Span.End})
}

// pushScope opens a block scope: the locals bound in it go out of scope
// where it ends.
func (g *cfgBuilder) pushScope() { g.scopes = append(g.scopes, nil) }

// popScope ends the innermost scope at span end (its closing brace): its
// locals die, last declared first. The scope's value v is kept in a
// temporary meanwhile (`let r = { let x = 5; &x };` keeps x borrowed).
func (g *cfgBuilder) popScope(v flowSrc, end ast.Span) flowSrc {
	n := len(g.scopes)
	locals := g.scopes[n-1]
	g.scopes = g.scopes[:n-1]
	if len(locals) == 0 {
		return v
	}
	v, _ = g.hold(v, end)
	for i := len(locals) - 1; i >= 0; i-- {
		g.emit(event{kind: evDead, local: locals[i], span: end})
	}
	return v
}

func (g *cfgBuilder) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.LetStmt:
		g.let(s)
	case *ast.ExprStmt:
		g.value(s.X)
	}
}

// scrut is what a pattern matches: a place, or a value carrying loans.
type scrut struct {
	pr   placeRes
	v    flowSrc
	ergo bool     // matched through a reference by default binding modes
	at   ast.Span // where a binding's move is reported, when not at the binding
}

// scrutinee evaluates the expression a pattern matches.
func (g *cfgBuilder) scrutinee(x ast.Expr) scrut {
	if isPlaceSyntax(x) {
		return scrut{pr: g.placeOf(x)}
	}
	return scrut{v: g.value(x)}
}

func (g *cfgBuilder) let(s *ast.LetStmt) {
	if s.Init == nil {
		// `let x;`: the first assignment initializes it; a second one
		// of an immutable x is E0384 (own_flow.go).
		walkPat(s.Pat, func(q ast.Pat) {
			if ip, ok := q.(*ast.IdentPat); ok {
				if loc := g.c.locals[ip]; loc != nil {
					g.emit(event{kind: evDecl, local: loc})
				}
			}
		})
		return
	}
	sc := g.scrutinee(s.Init)
	if s.Else != nil {
		els := g.bd.newBlock()
		g.edge(g.cur, els)
		next := g.bd.newBlock()
		g.goTo(next)
		saved := g.cur
		g.cur = els
		g.block(s.Else)
		g.cur = saved
	}
	if ip, ok := s.Pat.(*ast.IdentPat); ok && sc.pr.ok && !ip.Ref {
		sc.at = s.Init.Pos() // rustc points at the moved initializer
	}
	g.bindPat(s.Pat, sc)
}

// ---------------------------------------------------------------- control flow

// cond evaluates an if/while condition in the current block, leaving the
// current block on the path where it holds; els is where it fails.
func (g *cfgBuilder) cond(e ast.Expr, els int) {
	switch x := e.(type) {
	case *ast.LetExpr:
		sc := g.scrutinee(x.X)
		g.edge(g.cur, els)
		g.goTo(g.bd.newBlock())
		g.bindPat(x.Pat, sc)
		return
	case *ast.BinaryExpr:
		if x.Op == "&&" && hasLet(x) {
			g.cond(x.X, els)
			g.cond(x.Y, els)
			return
		}
	case *ast.ParenExpr:
		g.cond(x.X, els)
		return
	}
	g.value(e)
	g.edge(g.cur, els)
	g.goTo(g.bd.newBlock())
}

func (g *cfgBuilder) ifExpr(x *ast.IfExpr) flowSrc {
	els := g.bd.newBlock()
	g.cond(x.Cond, els)
	v := g.block(x.Then)
	join := g.bd.newBlock()
	g.edge(g.cur, join)
	g.cur = els
	if x.Else != nil {
		v = v.union(g.value(x.Else))
	}
	g.goTo(join)
	return v
}

func (g *cfgBuilder) matchExpr(x *ast.MatchExpr) flowSrc {
	sc := g.scrutinee(x.X)
	start := g.cur
	join := g.bd.newBlock()
	var v flowSrc
	for _, arm := range x.Arms {
		g.cur = g.bd.newBlock()
		g.edge(start, g.cur)
		g.pushScope()
		if arm.Guard != nil {
			// Bindings are references while the guard runs; they move
			// (or borrow) only once the guard holds.
			g.initBindings(arm.Pat)
			g.value(arm.Guard)
		}
		g.bindPat(arm.Pat, sc)
		av := g.value(arm.Body)
		v = v.union(g.popScope(av, ast.Span{Start: arm.Body.Pos().End, End: arm.Body.Pos().End}))
		g.edge(g.cur, join)
	}
	g.cur = join
	return v
}

func (g *cfgBuilder) findLoop(l *ast.Label) *loopCtx {
	for i := len(g.loops) - 1; i >= 0; i-- {
		if l == nil || g.loops[i].label == l.Name {
			return &g.loops[i]
		}
	}
	return nil
}

func (g *cfgBuilder) breakExpr(x *ast.BreakExpr) {
	if x.Value != nil {
		g.value(x.Value)
	}
	if lc := g.findLoop(x.Label); lc != nil {
		g.jump(lc.after)
		return
	}
	g.cur = g.bd.newBlock()
}

func (g *cfgBuilder) loopExpr(x *ast.LoopExpr) flowSrc {
	head, after := g.bd.newBlock(), g.bd.newBlock()
	g.goTo(head)
	g.loops = append(g.loops, loopCtx{label: labelName(x.Label), head: head, after: after})
	g.block(x.Body)
	g.jump(head)
	g.loops = g.loops[:len(g.loops)-1]
	g.cur = after
	return flowSrc{}
}

func (g *cfgBuilder) whileExpr(x *ast.WhileExpr) {
	head, after := g.bd.newBlock(), g.bd.newBlock()
	g.goTo(head)
	g.loops = append(g.loops, loopCtx{label: labelName(x.Label), head: head, after: after})
	g.pushScope()
	g.cond(x.Cond, after)
	g.block(x.Body)
	g.popScope(flowSrc{}, ast.Span{Start: x.Body.Span.End - 1, End: x.Body.Span.End})
	g.jump(head)
	g.loops = g.loops[:len(g.loops)-1]
	g.cur = after
}

// forExpr: the iterator is a temporary used at every iteration, so what
// it borrows stays borrowed through the whole loop.
func (g *cfgBuilder) forExpr(x *ast.ForExpr) {
	iv := g.value(x.Iter)
	it := g.synthLocal("<iter>", x.Iter.Pos())
	g.flowInto(it, iv, true)
	head, after := g.bd.newBlock(), g.bd.newBlock()
	g.goTo(head)
	g.useLocal(it)
	g.edge(head, after)
	g.goTo(g.bd.newBlock())
	g.loops = append(g.loops, loopCtx{label: labelName(x.Label), head: head, after: after})
	g.pushScope()
	g.bindPat(x.Pat, scrut{v: flowSrc{from: []*Local{it}}})
	g.block(x.Body)
	g.popScope(flowSrc{}, ast.Span{Start: x.Body.Span.End - 1, End: x.Body.Span.End})
	g.jump(head)
	g.loops = g.loops[:len(g.loops)-1]
	g.cur = after
}

// ---------------------------------------------------------------- patterns

// sub is the scrutinee of a sub-pattern at projection s.
func (g *cfgBuilder) sub(sc scrut, s proj) scrut {
	if !sc.pr.ok {
		return sc
	}
	if sc.pr.smart {
		return sc
	}
	return scrut{pr: placeRes{pl: sc.pr.pl.extend(s), ok: true}, ergo: sc.ergo}
}

// valueMode turns a place scrutinee into a value one: the pattern goes
// through a reference (default binding modes, &pat), so its bindings
// borrow from what the reference carries.
func (g *cfgBuilder) valueMode(sc scrut) scrut {
	if !sc.pr.ok {
		return sc
	}
	return scrut{v: sc.v.union(flowSrc{from: []*Local{sc.pr.pl.root}}), ergo: sc.ergo}
}

func (g *cfgBuilder) patTy(p ast.Pat) Ty {
	t, ok := g.c.patTypes[p]
	if !ok || t == nil {
		return nil
	}
	return g.c.resolve(t, true)
}

// bindPat binds pattern p against sc: by-value bindings move (or copy)
// the matched part, `ref` bindings borrow it.
func (g *cfgBuilder) bindPat(p ast.Pat, sc scrut) {
	st := g.patTy(p)
	if _, isRef := st.(*RefTy); isRef {
		switch p.(type) {
		case *ast.TuplePat, *ast.StructPat, *ast.TupleStructPat, *ast.SlicePat:
			// Default binding modes: the checker types the bindings as
			// shared references even through a &mut, so their
			// mutability is not known here.
			sc = g.valueMode(sc)
			sc.ergo = true
		case *ast.RefPat:
			sc = g.valueMode(sc)
		}
	}
	switch p := p.(type) {
	case *ast.IdentPat:
		g.bindIdent(p, sc)
	case *ast.TuplePat:
		tt, _ := st.(*TupleTy)
		n := len(p.Elems)
		rest := -1
		for i, e := range p.Elems {
			if _, ok := e.(*ast.RestPat); ok {
				rest = i
			}
		}
		for i, e := range p.Elems {
			idx := i
			if rest >= 0 && i > rest && tt != nil {
				idx = len(tt.Elems) - (n - i)
			}
			g.bindPat(e, g.sub(sc, proj{kind: projField, name: strconv.Itoa(idx), ty: g.patTy(e)}))
		}
	case *ast.TupleStructPat:
		prefix := ""
		if v := g.c.patVariant[p]; v != nil {
			prefix = v.Name + "."
		}
		for i, e := range p.Elems {
			g.bindPat(e, g.sub(sc, proj{kind: projField, name: prefix + strconv.Itoa(i), variant: prefix != "", ty: g.patTy(e)}))
		}
	case *ast.StructPat:
		prefix := ""
		if v := g.c.patVariant[p]; v != nil {
			prefix = v.Name + "."
		}
		for _, f := range p.Fields {
			g.bindPat(f.Pat, g.sub(sc, proj{kind: projField, name: prefix + f.Name.Name, variant: prefix != "", ty: g.patTy(f.Pat)}))
		}
	case *ast.RefPat:
		g.bindPat(p.Pat, g.valueMode(sc))
	case *ast.OrPat:
		for _, a := range p.Alts {
			g.bindPat(a, sc)
		}
	case *ast.SlicePat:
		vm := g.valueMode(sc)
		for _, e := range p.Elems {
			g.bindPat(e, vm)
		}
	}
}

func (g *cfgBuilder) bindIdent(p *ast.IdentPat, sc scrut) {
	loc := g.c.locals[p]
	if p.Sub != nil {
		g.bindPat(p.Sub, sc)
	}
	if loc == nil {
		return // a unit variant or struct
	}
	var src flowSrc
	switch {
	case p.Ref && sc.pr.ok:
		k := accShared
		if p.Mut {
			k = accMut
		}
		l := g.access(sc.pr, k, p.Name.Span, event{mutChk: p.Mut})
		src = flowSrc{loans: []int{l}}.union(g.carried(sc.pr.pl))
	case sc.pr.ok:
		at := p.Name.Span
		if sc.at != (ast.Span{}) {
			at = sc.at
		}
		g.access(sc.pr, accMove, at, event{})
		src = g.carried(sc.pr.pl)
	default:
		src = sc.v
	}
	g.init(loc)
	if sc.ergo {
		g.bd.ergo[loc] = true
	}
	if g.ot.mayHoldRefs(loc.Ty) || p.Ref {
		g.flowInto(loc, src, true)
	}
}

// init marks a binding initialized.
func (g *cfgBuilder) init(loc *Local) {
	if n := len(g.scopes); n > 0 && !g.bd.locals[loc] {
		g.scopes[n-1] = append(g.scopes[n-1], loc)
	}
	g.bd.locals[loc] = true
	g.emit(event{kind: evInit, local: loc})
}

// initBindings marks the bindings of p initialized without touching the
// scrutinee (a match guard sees them before they move).
func (g *cfgBuilder) initBindings(p ast.Pat) {
	walkPat(p, func(q ast.Pat) {
		if ip, ok := q.(*ast.IdentPat); ok {
			if loc := g.c.locals[ip]; loc != nil {
				g.init(loc)
			}
		}
	})
}
