package lower

import (
	"slices"
	"strconv"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Patterns lower to a list of tests, evaluated left to right with &&
// (so a projection only runs after the test that makes it valid), and
// a list of bindings, each a pure projection of the scrutinee. The
// scrutinee is evaluated once into a variable before any test.

// patBind binds a Rust local to a projection of the scrutinee.
type patBind struct {
	loc *Local
	val ir.Expr
	sp  ast.Span
	// writeBack, with loc nil, stores a variant's struct, into whose
	// copy `&mut` bindings point, back in the enum's place when the
	// bindings' scope ends; copy, with loc nil, is the variable holding
	// that copy, val its value (payloadWriteBack).
	writeBack ir.Stmt
	copy      *ir.Var
}

// matchPat collects the tests and bindings of p against scrut.
func (b *builder) matchPat(p ast.Pat, scrut ir.Expr, conds *[]ir.Expr, binds *[]patBind) {
	b.patProj[p] = scrut
	t := b.c.resolve(b.c.patTypes[p], true)
	if pe := b.c.constPats[p]; pe != nil { // LIMIT =>, u32::MAX =>: the const's value
		*conds = append(*conds, &ir.Binary{Op: "==", X: b.derefScrut(scrut, t), Y: b.expr(pe)})
		return
	}
	switch p := p.(type) {
	case *ast.IdentPat:
		if it := b.c.unitItem(p); it != nil {
			b.variantTest(it.(*VariantDef), p.Span, scrut, t, conds)
			return
		}
		if p.Sub != nil {
			b.matchPat(p.Sub, scrut, conds, binds)
		}
		val := scrut
		if loc := b.c.locals[p]; b.c.refMutBind[p] && loc != nil {
			if r, ok := b.c.resolve(loc.Ty, true).(*RefTy); ok && b.refIsPtr(r) {
				if val = b.placeAddr(scrut); val == nil {
					b.unsupported(p.Span, "a binding by `&mut` into this place (an enum's payload)")
					val = scrut
				}
			}
		}
		*binds = append(*binds, patBind{loc: b.c.locals[p], val: val, sp: p.Name.Span})
	case *ast.WildPat, *ast.RestPat:
	case *ast.LitPat:
		*conds = append(*conds, &ir.Binary{Op: "==", X: b.derefScrut(scrut, t), Y: b.expr(p.Lit)})
	case *ast.RangePat:
		s := b.derefScrut(scrut, t)
		if p.Lo != nil {
			*conds = append(*conds, &ir.Binary{Op: ">=", X: s, Y: b.expr(p.Lo)})
		}
		if p.Hi != nil {
			op := "<"
			if p.Inclusive {
				op = "<="
			}
			*conds = append(*conds, &ir.Binary{Op: op, X: s, Y: b.expr(p.Hi)})
		}
	case *ast.TuplePat:
		s := b.derefScrut(scrut, t)
		for i, e := range p.Elems {
			b.matchPat(e, &ir.Selector{X: s, Name: "F" + strconv.Itoa(i)}, conds, binds)
		}
	case *ast.TupleStructPat:
		b.matchVariant(p, scrut, t, conds, binds)
	case *ast.PathPat:
		if v, ok := b.pathPatVariant(p); ok {
			b.variantTest(v, p.Path.Span, scrut, t, conds)
		}
	case *ast.RefPat:
		b.matchPat(p.Pat, b.derefScrut(scrut, t), conds, binds)
	case *ast.OrPat:
		b.orPat(p, scrut, conds)
	case *ast.StructPat:
		b.structPat(p, scrut, t, conds, binds)
	case *ast.SlicePat:
		b.slicePat(p, scrut, t, conds, binds)
	default:
		b.unsupported(p.Pos(), "this pattern")
	}
}

// slicePat lowers a slice pattern to a length test (none on an array,
// whose length the checker verified) and indexing: the elements before
// the `..` count from the start, those after it from the end, and a
// `name @ ..` binds the subslice between them.
func (b *builder) slicePat(p *ast.SlicePat, scrut ir.Expr, t Ty, conds *[]ir.Expr, binds *[]patBind) {
	s := b.derefScrut(scrut, t)
	rest := slicePatRest(p)
	n := len(p.Elems)
	length := func() ir.Expr { return &ir.Call{Fun: &ir.Qual{Name: "len"}, Args: []ir.Expr{s}} }
	if _, isArr := b.c.derefAll(t).(*ArrayTy); !isArr {
		if rest < 0 {
			*conds = append(*conds, &ir.Binary{Op: "==", X: length(), Y: &ir.Lit{Value: int64(n)}})
		} else if n > 1 {
			*conds = append(*conds, &ir.Binary{Op: ">=", X: length(), Y: &ir.Lit{Value: int64(n - 1)}})
		}
	}
	// fromEnd is the index len(s)-k, k > 0.
	fromEnd := func(k int) ir.Expr {
		return &ir.Binary{Op: "-", X: length(), Y: &ir.Lit{Value: int64(k)}}
	}
	for i, e := range p.Elems {
		switch {
		case i == rest:
			if ip, ok := e.(*ast.IdentPat); ok {
				var hi ir.Expr
				if after := n - 1 - rest; after > 0 {
					hi = fromEnd(after)
				}
				var lo ir.Expr
				if rest > 0 {
					lo = &ir.Lit{Value: int64(rest)}
				}
				*binds = append(*binds, patBind{loc: b.c.locals[ip], val: &ir.SliceExpr{X: s, Lo: lo, Hi: hi}, sp: ip.Name.Span})
			}
		case rest >= 0 && i > rest:
			b.matchPat(e, &ir.Index{X: s, Index: fromEnd(n - i)}, conds, binds)
		default:
			b.matchPat(e, &ir.Index{X: s, Index: &ir.Lit{Value: int64(i)}}, conds, binds)
		}
	}
}

// mutBindIn finds a binding by &mut (to a Go pointer) inside pats.
func (b *builder) mutBindIn(pats []ast.Pat) ast.Pat {
	var found ast.Pat
	for _, p := range pats {
		walkPat(p, func(q ast.Pat) {
			ip, ok := q.(*ast.IdentPat)
			if !ok || found != nil || !b.c.refMutBind[ip] || b.c.locals[ip] == nil {
				return
			}
			if r, ok := b.c.resolve(b.c.locals[ip].Ty, true).(*RefTy); ok && b.refIsPtr(r) {
				found = q
			}
		})
	}
	return found
}

// placeAddr is the address of the place a pattern projection denotes, for
// a binding by &mut: `&(*p).F0`, `&s[i]`, `o.AsPtr()` for Some's value
// (and `&o.AsPtr().F0` below it); nil when the projection is not a place
// Go can address (a variant value inside an interface).
func (b *builder) placeAddr(x ir.Expr) ir.Expr {
	if addressable(x) {
		if u, ok := x.(*ir.Unary); ok && u.Op == "*" {
			return u.X
		}
		return &ir.Unary{Op: "&", X: x}
	}
	switch e := x.(type) {
	case *ir.Paren:
		return b.placeAddr(e.X)
	case *ir.Selector:
		if p := b.placeAddr(e.X); p != nil {
			return &ir.Unary{Op: "&", X: &ir.Selector{X: p, Name: e.Name}}
		}
	case *ir.Call:
		if sel, ok := e.Fun.(*ir.Selector); ok && sel.Name == "SomeValue" && len(e.Args) == 0 {
			if u, ok := sel.X.(*ir.Unary); !ok && addressable(sel.X) || ok && u.Op != "*" {
				return &ir.Call{Fun: &ir.Selector{X: sel.X, Name: "AsPtr"}, Pure: true} // o.AsPtr(): Go takes &o
			}
			if p := b.placeAddr(sel.X); p != nil { // (*v).AsPtr() is v.AsPtr()
				return &ir.Call{Fun: &ir.Selector{X: p, Name: "AsPtr"}, Pure: true}
			}
		}
	}
	return nil
}

// addressable reports whether Go can take the address of x: a variable,
// a dereference, a field of an addressable struct or through a pointer,
// or a slice element.
func addressable(x ir.Expr) bool {
	switch x := x.(type) {
	case *ir.VarRef, *ir.Index:
		return true
	case *ir.Unary:
		return x.Op == "*"
	case *ir.Selector:
		return addressable(x.X)
	case *ir.Paren:
		return addressable(x.X)
	}
	return false
}

// derefScrut dereferences a scrutinee whose Rust type is a reference that
// Go represents as a pointer.
func (b *builder) derefScrut(scrut ir.Expr, t Ty) ir.Expr {
	if r, ok := t.(*RefTy); ok {
		if _, ptr := b.goType(r, ast.Span{}).(*ir.Pointer); ptr {
			if _, innerPtr := b.goType(r.Elem, ast.Span{}).(*ir.Pointer); !innerPtr {
				return &ir.Unary{Op: "*", X: scrut}
			}
		}
		return b.derefScrut(scrut, r.Elem)
	}
	return scrut
}

func (b *builder) orPat(p *ast.OrPat, scrut ir.Expr, conds *[]ir.Expr) {
	var alts []ir.Expr
	for _, a := range p.Alts {
		var ac []ir.Expr
		var ab []patBind
		b.matchPat(a, scrut, &ac, &ab)
		if len(ab) > 0 {
			b.unsupported(p.Span, "bindings inside an or-pattern")
			return
		}
		if len(ac) == 0 {
			return // an irrefutable alternative: the whole pattern matches
		}
		alts = append(alts, andAll(ac))
	}
	*conds = append(*conds, orAll(alts))
}

// variantTest adds the test for an enum variant.
func (b *builder) variantTest(v *VariantDef, s ast.Span, scrut ir.Expr, t Ty, conds *[]ir.Expr) {
	if !v.Enum.Std {
		b.userVariantTest(v, scrut, b.c.derefAll(t), conds) // MyOpt::Nothing[T]: the type arguments
		return
	}
	if test := v.Go["test"]; test != "" {
		*conds = append(*conds, &ir.Call{Fun: &ir.Selector{X: scrut, Name: test}})
		return
	}
	if c := v.Go["const"]; c != "" { // a C-like std enum: TryRecvError::Empty
		pkg, name := splitQual(c)
		*conds = append(*conds, &ir.Binary{Op: "==", X: scrut, Y: &ir.Qual{Pkg: pkg, Name: name}})
		return
	}
	b.unsupported(s, "pattern on variant `%s`", v.Name)
}

func (b *builder) matchVariant(p *ast.TupleStructPat, scrut ir.Expr, t Ty, conds *[]ir.Expr, binds *[]patBind) {
	v := b.c.patVariant[p]
	s := b.derefScrut(scrut, t)
	if td := b.c.patStruct[p]; td != nil { // tuple struct S(a, b)
		for i, e := range p.Elems {
			b.matchPat(e, &ir.Selector{X: s, Name: fieldIndexName(i)}, conds, binds)
		}
		return
	}
	if v == nil {
		b.unsupported(p.Span, "this pattern")
		return
	}
	if !v.Enum.Std {
		proj := b.userVariantTest(v, s, b.c.derefAll(t), conds)
		if q := b.mutBindIn(p.Elems); q != nil {
			proj = b.payloadWriteBack(q, v, s, proj, binds)
		}
		for i, e := range p.Elems {
			b.matchPat(e, &ir.Selector{X: proj, Name: fieldIndexName(i)}, conds, binds)
		}
		return
	}
	b.variantTest(v, p.Path.Span, s, b.c.derefAll(t), conds)
	if len(p.Elems) == 1 && v.Go["value"] != "" {
		b.matchPat(p.Elems[0], &ir.Call{Fun: &ir.Selector{X: s, Name: v.Go["value"]}, Pure: true}, conds, binds)
		return
	}
	if len(p.Elems) > 0 {
		b.unsupported(p.Span, "pattern on variant `%s`", v.Name)
	}
}

func andAll(cs []ir.Expr) ir.Expr {
	if len(cs) == 0 {
		return &ir.Lit{Value: true}
	}
	out := cs[0]
	for _, c := range cs[1:] {
		out = &ir.Binary{Op: "&&", X: out, Y: c}
	}
	return out
}

func orAll(cs []ir.Expr) ir.Expr {
	out := cs[0]
	if len(cs) > 1 {
		out = parenIfBinary(out)
	}
	for _, c := range cs[1:] {
		out = &ir.Binary{Op: "||", X: out, Y: parenIfBinary(c)}
	}
	return &ir.Paren{X: out}
}

func parenIfBinary(e ir.Expr) ir.Expr {
	if _, ok := e.(*ir.Binary); ok {
		return &ir.Paren{X: e}
	}
	return e
}

// emitBinds declares the bindings as Go variables.
func (b *builder) emitBinds(binds []patBind) {
	for _, bd := range binds {
		if bd.copy != nil {
			b.emit(&ir.DeclStmt{Var: bd.copy, Value: bd.val, Span: bd.sp})
			continue
		}
		if bd.writeBack != nil {
			// It runs as the scope ends, however it is left (a break, a
			// return, a panic): a drop slot.
			b.scopeOwns(b.newSlot(nil, nil, bd.writeBack))
			continue
		}
		v := b.bindVar(bd.loc, bd.sp)
		val := bd.val
		if t := b.c.resolve(bd.loc.Ty, true); b.l.holdsArray(t, 0) && newOwnTypes(b.c).isCopy(t) {
			val = b.cloneExpr(val, t, bd.sp) // `let S { a } = s` copies the array out (copyOut)
		}
		b.emit(&ir.DeclStmt{Var: v, Value: val, Span: bd.sp})
		b.registerLocal(bd.loc, v)
	}
}

// scrutinee evaluates e once: a variable is used as it is, anything else
// goes into a temporary named after what it computes. When a pattern
// moves parts of the value into its bindings, owner is the frame slot
// that owns the value meanwhile (the local's, or a temporary's dropped at
// the end of the statement), for takeParts; otherwise -1. A temporary
// needs no slot when pats cover every value (exhaustive) and each of them
// moves every part with drop glue or matches only values without any.
func (b *builder) scrutinee(e ast.Expr, exhaustive bool, pats ...ast.Pat) (scrut ir.Expr, owner int) {
	owner = -1
	var x ir.Expr
	switch {
	case !b.patsMove(pats):
		x = b.read(e)
	case b.ownedLocal(e) >= 0:
		// The local keeps what an arm does not move out.
		owner = b.ownedLocal(e)
		x = b.path(unparen(e).(*ast.PathExpr))
	default:
		x = b.valueOf(e) // the bindings take the value over
		if t := b.c.final(e); x != nil && !b.isPlace(e) && b.hasDropGlue(t) && !(exhaustive && b.takeAll(pats)) {
			x, owner = b.tempDroppable(x, t, e.Pos())
		}
	}
	if _, ok := x.(*ir.VarRef); ok {
		return x, owner
	}
	tmp := b.temp(scrutName(e), b.c.final(e), e.Pos())
	b.emit(&ir.DeclStmt{Var: tmp, Value: b.typed(x, tmp.Type), Span: e.Pos()})
	return &ir.VarRef{Var: tmp}, owner
}

// ownedLocal gives the slot of e when e names a local with one.
func (b *builder) ownedLocal(e ast.Expr) int {
	if pe, ok := unparen(e).(*ast.PathExpr); ok {
		if loc := b.c.refs[pe]; loc != nil {
			if _, isSubst := b.substs[loc]; !isSubst {
				if slot, ok := b.fs.slotOf[loc]; ok {
					return slot
				}
			}
		}
	}
	return -1
}

// takeParts runs where pattern p has matched and bound: if p moved every
// part with drop glue out of the value owned by slot owner, the bindings
// own them now and the slot is forgotten. A pattern that moves some parts
// and leaves others with drop glue behind (a partial move: Rust drops the
// rest with the scrutinee) leaves the slot dropping the rest (leaveParts),
// or is unsupported where that does not apply.
func (b *builder) takeParts(p ast.Pat, owner int) {
	if owner < 0 {
		return
	}
	moves, leaves := b.patTakes(p)
	switch {
	case moves && leaves:
		if b.leaveParts(p, owner) { // own_partial.go
			return
		}
		b.unsupported(p.Pos(), "a pattern that moves part of a value out and leaves another part with drop glue in it")
	case moves:
		b.emit(b.frameCall("Forget", slotLit(owner)))
	}
}

// takeAll reports whether each of pats leaves nothing with drop glue
// behind.
func (b *builder) takeAll(pats []ast.Pat) bool {
	for _, p := range pats {
		if _, leaves := b.patTakes(p); leaves {
			return false
		}
	}
	return true
}

// patTakes reports whether matching p against an owned value moves a part
// with drop glue into a binding (moves), and whether a part with drop
// glue stays in the value (leaves).
func (b *builder) patTakes(p ast.Pat) (moves, leaves bool) {
	t := b.c.resolve(b.c.patTypes[p], true)
	if _, ref := t.(*RefTy); ref || !b.hasDropGlue(t) {
		return false, false // borrowed, or nothing to drop
	}
	all := func(ps []ast.Pat) {
		for _, q := range ps {
			m, l := b.patTakes(q)
			moves, leaves = moves || m, leaves || l
		}
	}
	switch p := p.(type) {
	case *ast.IdentPat:
		if loc := b.c.locals[p]; loc != nil {
			if b.hasDropGlue(loc.Ty) {
				return true, false // bound by value
			}
			return false, true // `ref x`
		}
		return false, false // a unit variant
	case *ast.PathPat:
		return false, false // a unit variant (a constant has no drop glue)
	case *ast.TuplePat:
		all(p.Elems)
	case *ast.TupleStructPat:
		all(p.Elems)
	case *ast.StructPat:
		named := map[string]bool{}
		for _, f := range p.Fields {
			named[f.Name.Name] = true
			all([]ast.Pat{f.Pat})
		}
		if p.Rest && b.restHasGlue(p, t, named) {
			leaves = true
		}
	case *ast.OrPat:
		moves, leaves = b.patTakes(p.Alts[0])
		differ := false
		for _, q := range p.Alts[1:] {
			m, l := b.patTakes(q)
			differ = differ || m != moves || l != leaves
			moves, leaves = moves || m, leaves || l
		}
		if differ && moves {
			return true, true // alternatives that move different parts
		}
	case *ast.SlicePat:
		arr, isArray := t.(*ArrayTy)
		if !isArray {
			return false, true
		}
		for _, q := range p.Elems { // let [a, b] = arr: each element moves out
			if _, rest := q.(*ast.RestPat); rest {
				// [x, ..]: the elements it skips stay in the array.
				leaves = leaves || arr.Len > int64(len(p.Elems)-1) && b.hasDropGlue(arr.Elem)
				continue
			}
			all([]ast.Pat{q})
		}
	default: // _, .., literals, ranges
		return false, true
	}
	return moves, leaves
}

// restHasGlue reports whether a field that struct pattern p leaves out
// (`..`) has drop glue.
func (b *builder) restHasGlue(p *ast.StructPat, t Ty, named map[string]bool) bool {
	adt, ok := t.(*Adt)
	if !ok {
		return true
	}
	if v := b.c.patVariant[p]; v != nil {
		for i, n := range v.Names {
			if !named[n] && b.hasDropGlue(subst(v.Fields[i], adt.Args)) {
				return true
			}
		}
		return false
	}
	for _, f := range adt.Def.Fields {
		if !named[f.Name] && b.hasDropGlue(subst(f.Type, adt.Args)) {
			return true
		}
	}
	return false
}

func scrutName(e ast.Expr) string {
	switch e := unparen(e).(type) {
	case *ast.MethodCallExpr:
		return e.Name.Name
	case *ast.CallExpr:
		if p, ok := e.Fun.(*ast.PathExpr); ok {
			return p.Path.Last()
		}
	case *ast.PathExpr:
		return e.Path.Last()
	}
	return "v"
}

// letPat lowers `let PAT = init [else { ... }];` for a non-identifier
// pattern.
func (b *builder) letPat(s *ast.LetStmt) {
	var scrut ir.Expr
	owner := -1
	if t := b.c.final(s.Init); s.Else == nil && !b.isPlace(s.Init) && !b.patsMove([]ast.Pat{s.Pat}) && b.hasDropGlue(t) {
		// let ref a = D(..): Rust extends the temporary's life to the
		// end of the block, where it drops.
		tmp := b.temp(scrutName(s.Init), t, s.Init.Pos())
		b.emit(&ir.DeclStmt{Var: tmp, Value: b.valueOf(s.Init), Span: s.Init.Pos()})
		scrut = &ir.VarRef{Var: tmp}
		if extendingPat(s.Pat) {
			b.scopeOwns(b.newSlot(scrut, t))
		} else { // let (_, n) = (D(..), 5): the temporary drops with the statement
			b.tempOwns(b.newSlot(scrut, t))
		}
	} else {
		scrut, owner = b.scrutinee(s.Init, s.Else == nil, s.Pat)
	}
	var conds []ir.Expr
	var binds []patBind
	b.matchPat(s.Pat, scrut, &conds, &binds)
	if s.Else != nil && len(conds) > 0 {
		els := b.nested(s.Else.Span, func() {
			if n := len(b.fs.temps); n > 0 { // the initializer's temporaries drop before the else block runs
				b.dropSlots(b.fs.temps[n-1])
			}
			b.blockStmts(s.Else)
		})
		b.emit(&ir.IfStmt{Cond: not(andAll(conds)), Then: els, Span: s.Span})
	}
	b.emitBinds(binds)
	b.takeParts(s.Pat, owner)
}

// extendingPat reports whether p binds by reference (`ref a`, directly
// or in a tuple, struct or slice pattern's parts): the temporary it is
// matched against lives to the end of the block (Rust's extending
// patterns).
func extendingPat(p ast.Pat) bool {
	switch p := p.(type) {
	case *ast.IdentPat:
		return p.Ref
	case *ast.TuplePat:
		return slices.ContainsFunc(p.Elems, extendingPat)
	case *ast.TupleStructPat:
		return slices.ContainsFunc(p.Elems, extendingPat)
	case *ast.SlicePat:
		return slices.ContainsFunc(p.Elems, extendingPat)
	case *ast.StructPat:
		return slices.ContainsFunc(p.Fields, func(f *ast.FieldPat) bool { return extendingPat(f.Pat) })
	}
	return false
}

func not(e ir.Expr) ir.Expr {
	switch e.(type) {
	case *ir.Call, *ir.VarRef, *ir.Paren:
		return &ir.Unary{Op: "!", X: e}
	}
	return &ir.Unary{Op: "!", X: &ir.Paren{X: e}}
}

// matchStmt lowers match to a Go switch where one does the same
// (build_switch.go), otherwise to an if/else-if chain; with into set each
// arm assigns its value. Exhaustiveness is checked first, so the last arm
// that is tried needs no test.
func (b *builder) matchStmt(e *ast.MatchExpr, into *ir.Var) {
	b.checkExhaustive(e) // exhaust.go
	var pats []ast.Pat
	for _, arm := range e.Arms {
		pats = append(pats, arm.Pat)
	}
	scrut, owner := b.scrutinee(e.X, true, pats...)
	if b.matchSwitch(e, scrut, owner, into) {
		return
	}
	var first *ir.IfStmt
	var last *ir.IfStmt
	var tail *ir.Block
	arms := b.splitOrArms(e.Arms)
	for i, arm := range arms {
		var conds []ir.Expr
		var binds []patBind
		var init ir.Stmt
		if i < len(arms)-1 {
			// The last arm's tests are dropped (the match is exhaustive):
			// its projections must not rely on an if-statement's init.
			b.initSlot = &init
		}
		b.matchPat(arm.Pat, scrut, &conds, &binds)
		b.initSlot = nil
		if arm.Guard != nil {
			conds = append(conds, b.guard(arm.Guard, binds))
		}
		body := b.armBody(arm, binds, owner, into)
		if len(conds) == 0 || i == len(arms)-1 {
			tail = body
			break // later arms are unreachable
		}
		cond := andAll(conds)
		blankUnused(init, cond, body)
		st := &ir.IfStmt{Init: init, Cond: cond, Then: body, Span: arm.Span}
		if first == nil {
			first = st
		} else {
			last.Else = st
		}
		last = st
	}
	switch {
	case first == nil && tail != nil:
		b.emit(tail)
	case first != nil:
		if tail != nil {
			last.Else = tail
		}
		b.emit(first)
	}
}

// splitOrArms gives an arm whose or-pattern binds variables one arm per
// alternative, with the same guard and body: Rust tries the alternatives
// in order and runs the guard for each one that matches, which is what
// consecutive arms do (each alternative binds the variables its own way).
func (b *builder) splitOrArms(arms []*ast.MatchArm) []*ast.MatchArm {
	var out []*ast.MatchArm
	for _, arm := range arms {
		op, ok := arm.Pat.(*ast.OrPat)
		if !ok || !b.bindsAny(op) {
			out = append(out, arm)
			continue
		}
		for _, alt := range op.Alts {
			out = append(out, &ast.MatchArm{Pat: alt, Guard: arm.Guard, Body: arm.Body, Span: arm.Span})
		}
	}
	return out
}

// bindsAny reports whether pattern p binds a variable.
func (b *builder) bindsAny(p ast.Pat) bool {
	found := false
	walkPat(p, func(q ast.Pat) {
		if ip, ok := q.(*ast.IdentPat); ok && b.c.locals[ip] != nil {
			found = true
		}
	})
	return found
}

// guard lowers a match guard, which runs before the arm's bindings exist
// in Go: each binding is replaced by its (pure) projection.
func (b *builder) guard(g ast.Expr, binds []patBind) ir.Expr {
	for _, bd := range binds {
		b.substs[bd.loc] = bd.val
	}
	var out ir.Expr
	b.inGuard++ // no loop for a fused iterator chain (iter_fuse.go)
	pre := b.nested(g.Pos(), func() { out = b.expr(g) })
	b.inGuard--
	for _, bd := range binds {
		delete(b.substs, bd.loc)
	}
	if len(pre.Stmts) > 0 {
		// The arms are an if/else-if chain: statements would run before
		// every arm's pattern is tested.
		b.unsupported(g.Pos(), "a match guard that needs Go statements (a block, `if` or `match` in it, or a temporary with drop glue)")
	}
	return out
}

// condBlock lowers `if COND { then }` where COND may hold `let` patterns:
// the tests and bindings of each part are emitted as nested ifs inside
// the current statement list; then(...) emits the body.
func (b *builder) condThen(cond ast.Expr, then func(), otherwise func()) {
	switch x := cond.(type) {
	case *ast.LetExpr:
		scrut, owner := b.scrutinee(x.X, false, x.Pat)
		alts := []ast.Pat{x.Pat}
		if op, ok := x.Pat.(*ast.OrPat); ok && b.bindsAny(op) {
			alts = op.Alts // each alternative binds its own way: one if each
		}
		b.letAlts(x, alts, scrut, owner, then, otherwise)
		return
	case *ast.BinaryExpr:
		if x.Op == "&&" && hasLet(x) {
			b.condThen(x.X, func() { b.condThen(x.Y, then, otherwise) }, otherwise)
			return
		}
	}
	c := b.expr(cond)
	b.emitIf(c, b.nested(cond.Pos(), then), otherwise, cond.Pos())
}

// letAlts lowers `let P = x` of a condition, P's alternatives being alts:
// if the first matches, its bindings and then; else the next one's test.
func (b *builder) letAlts(x *ast.LetExpr, alts []ast.Pat, scrut ir.Expr, owner int, then, otherwise func()) {
	var conds []ir.Expr
	var binds []patBind
	var init ir.Stmt
	b.initSlot = &init
	b.matchPat(alts[0], scrut, &conds, &binds)
	b.initSlot = nil
	thenBlk := b.nested(x.Span, func() {
		b.pushScope(false, "") // the pattern's bindings drop at the end of the body
		b.emitBinds(binds)
		b.takeParts(alts[0], owner)
		then()
		b.popScope()
	})
	cond := andAll(conds)
	blankUnused(init, cond, thenBlk)
	if len(alts) == 1 {
		b.emitIfInit(init, cond, thenBlk, otherwise, x.Span)
		return
	}
	st := &ir.IfStmt{Init: init, Cond: cond, Then: thenBlk, Span: x.Span}
	els := b.nested(x.Span, func() { b.letAlts(x, alts[1:], scrut, owner, then, otherwise) })
	st.Else = els
	if len(els.Stmts) == 1 {
		if inner, ok := els.Stmts[0].(*ir.IfStmt); ok {
			st.Else = inner // else if
		}
	}
	b.emit(st)
}

func (b *builder) emitIf(cond ir.Expr, then *ir.Block, otherwise func(), s ast.Span) {
	b.emitIfInit(nil, cond, then, otherwise, s)
}

func (b *builder) emitIfInit(init ir.Stmt, cond ir.Expr, then *ir.Block, otherwise func(), s ast.Span) {
	st := &ir.IfStmt{Init: init, Cond: cond, Then: then, Span: s}
	if otherwise != nil {
		els := b.nested(s, otherwise)
		if len(els.Stmts) > 0 {
			st.Else = els
		}
	}
	b.emit(st)
}

// patsMove reports whether any of the patterns binds, by value, a value
// with drop glue: matching then moves the scrutinee into the bindings.
func (b *builder) patsMove(pats []ast.Pat) bool {
	found := false
	for _, p := range pats {
		walkPat(p, func(q ast.Pat) {
			if ip, ok := q.(*ast.IdentPat); ok && !ip.Ref {
				if loc := b.c.locals[ip]; loc != nil && b.hasDropGlue(loc.Ty) {
					found = true
				}
			}
		})
	}
	return found
}

// walkPat calls f for p and every pattern inside it.
func walkPat(p ast.Pat, f func(ast.Pat)) {
	if p == nil {
		return
	}
	f(p)
	switch p := p.(type) {
	case *ast.IdentPat:
		walkPat(p.Sub, f)
	case *ast.OrPat:
		for _, a := range p.Alts {
			walkPat(a, f)
		}
	}
	for _, s := range subPats(p) {
		walkPat(s, f)
	}
}

// blankUnused turns the projected variable of a variant test's init
// (`circle, ok := shape.(ShapeCircle)`) into `_` when nothing in the
// condition or the body reads it (C::A(_), a unit variant): Go rejects an
// unused variable.
func blankUnused(init ir.Stmt, uses ...any) {
	as, ok := init.(*ir.AssignStmt)
	if !ok || len(as.Lhs) != 2 {
		return
	}
	ref, ok := as.Lhs[0].(*ir.VarRef)
	if !ok {
		return
	}
	for _, u := range uses {
		used := false
		ir.Inspect(u, func(n any) bool {
			if r, ok := n.(*ir.VarRef); ok && r.Var == ref.Var {
				used = true
			}
			return !used
		})
		if used {
			return
		}
	}
	as.Lhs[0] = &ir.Blank{}
}

// payloadWriteBack makes `&mut` bindings into the payload of variant v
// work: the Go enum is an interface holding the variant's struct, which
// the pattern projects as a copy (proj, a variable); the bindings point
// into the copy, and the copy is stored back in the enum's place s when
// their scope ends. Rust's borrow keeps anything else from reading the
// place meanwhile, and writeBacks (own_writeback.go) that nothing writes
// it after the bindings die. q is a `&mut` binding.
func (b *builder) payloadWriteBack(q ast.Pat, v *VariantDef, s, proj ir.Expr, binds *[]patBind) ir.Expr {
	if ip, ok := q.(*ast.IdentPat); !ok || !b.c.writeBackOK[ip] {
		b.unsupported(q.Pos(), "a binding by `&mut` into the payload of enum variant `%s` whose scope mutates what holds the enum", v.Name)
		return proj
	}
	// The place is written back later: Go must be able to assign it, and
	// evaluating it again must name the same variable.
	stablePlace := func(x ir.Expr) bool { return addressable(x) && stableOperand(x) }
	if p := b.placeAddr(s); !stablePlace(s) && p != nil && stableOperand(p) {
		s = &ir.Unary{Op: "*", X: p} // Some's value: *o.AsPtr()
	}
	if !stablePlace(s) {
		b.unsupported(q.Pos(), "a binding by `&mut` into the payload of enum variant `%s` here", v.Name)
		return proj
	}
	if ta, ok := proj.(*ir.TypeAssert); ok {
		// Projected by the tests: the copy is taken once they hold.
		cp := &ir.Var{Name: lowerFirst(v.Name), Type: ta.Type, Temp: true, Span: q.Pos()}
		*binds = append(*binds, patBind{sp: q.Pos(), copy: cp, val: proj})
		proj = &ir.VarRef{Var: cp}
	}
	if _, ok := proj.(*ir.VarRef); !ok {
		b.unsupported(q.Pos(), "a binding by `&mut` into the payload of enum variant `%s` here", v.Name)
		return proj
	}
	*binds = append(*binds, patBind{sp: q.Pos(), writeBack: &ir.AssignStmt{Lhs: []ir.Expr{s}, Op: "=", Rhs: []ir.Expr{proj}}})
	return proj
}

// pathPatVariant is the unit variant a path pattern names (Kind::A,
// Self::A), as the checker resolved it.
func (b *builder) pathPatVariant(p *ast.PathPat) (*VariantDef, bool) {
	v := b.c.patVariant[p]
	return v, v != nil
}
