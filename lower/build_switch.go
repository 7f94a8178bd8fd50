package lower

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// A match becomes a Go switch where the switch provably does what the
// if-chain of matchStmt (build_pat.go) does: a type switch on a data
// enum, an expression switch on constants. Arms with guards, refutable
// sub-patterns or ranges keep the if-chain, and so do arms whose
// constants or variants repeat: Go rejects a duplicate case where Rust
// only warns of an unreachable pattern. As in the if-chain, the last arm
// takes whatever is left (the match is exhaustive), so it is the
// default: a switch with a default whose cases all return is terminating
// for Go, as the if-chain with its final else was.

// matchSwitch lowers e as a Go switch when its arms allow it and reports
// whether it did; it emits nothing when it did not.
func (b *builder) matchSwitch(e *ast.MatchExpr, scrut ir.Expr, owner int, into *ir.Var) bool {
	if len(e.Arms) < 2 {
		return false
	}
	for i, arm := range e.Arms {
		if arm.Guard != nil || (i < len(e.Arms)-1 && b.catchAll(arm.Pat)) {
			return false
		}
	}
	if plan := b.planTypeSwitch(e); plan != nil {
		b.typeSwitch(e, scrut, owner, into, plan)
		return true
	}
	if plan := b.planConstSwitch(e); plan != nil {
		b.constSwitch(e, scrut, owner, into, plan)
		return true
	}
	return false
}

// catchAll reports whether p matches anything: `_` or a plain binding.
func (b *builder) catchAll(p ast.Pat) bool {
	switch p := p.(type) {
	case *ast.WildPat:
		return true
	case *ast.IdentPat:
		return p.Sub == nil && b.c.unitItem(p) == nil
	}
	return false
}

// irrefutable reports whether p, below a variant, always matches: a
// binding, `_`, `..`, or a tuple of those.
func (b *builder) irrefutable(p ast.Pat) bool {
	switch p := p.(type) {
	case *ast.WildPat, *ast.RestPat:
		return true
	case *ast.IdentPat:
		return p.Sub == nil && b.c.unitItem(p) == nil
	case *ast.TuplePat:
		for _, e := range p.Elems {
			if !b.irrefutable(e) {
				return false
			}
		}
		return true
	}
	return false
}

// typeSwitchPlan is a match on a data enum as a type switch.
type typeSwitchPlan struct {
	enum *TypeDef
	t    Ty              // the type the variant patterns match (maybe a reference)
	arms [][]*VariantDef // per arm, the variants it matches; nil for the catch-all
}

// planTypeSwitch checks that every arm is a variant of one user data enum
// (or an or-pattern of variants) with irrefutable sub-patterns, each
// variant in one arm only, or a final catch-all.
func (b *builder) planTypeSwitch(e *ast.MatchExpr) *typeSwitchPlan {
	plan := &typeSwitchPlan{}
	seen := map[*VariantDef]bool{}
	for i, arm := range e.Arms {
		if i == len(e.Arms)-1 && b.catchAll(arm.Pat) {
			plan.arms = append(plan.arms, nil)
			continue
		}
		vs := b.armVariants(arm.Pat)
		if vs == nil {
			return nil
		}
		for _, v := range vs {
			if seen[v] || v.Enum.Std || cLike(v.Enum) || (plan.enum != nil && v.Enum != plan.enum) {
				return nil
			}
			seen[v] = true
			plan.enum = v.Enum
		}
		if plan.t == nil {
			plan.t = b.c.resolve(b.c.patTypes[arm.Pat], true)
		}
		plan.arms = append(plan.arms, vs)
	}
	if plan.enum == nil {
		return nil
	}
	return plan
}

// armVariants gives the variants p matches when p is a variant pattern
// with irrefutable sub-patterns, or an or-pattern of such without
// bindings; nil otherwise.
func (b *builder) armVariants(p ast.Pat) []*VariantDef {
	switch p := p.(type) {
	case *ast.OrPat:
		var out []*VariantDef
		for _, a := range p.Alts {
			vs := b.armVariants(a)
			if vs == nil || b.binds(a) {
				return nil // bindings in an or-pattern: the if-chain reports them
			}
			out = append(out, vs...)
		}
		return out
	case *ast.IdentPat:
		if v, ok := b.c.unitItem(p).(*VariantDef); ok {
			return []*VariantDef{v}
		}
	case *ast.PathPat:
		if v, ok := b.pathPatVariant(p); ok {
			return []*VariantDef{v}
		}
	case *ast.TupleStructPat:
		v := b.c.patVariant[p]
		if v == nil || b.c.patStruct[p] != nil {
			return nil
		}
		for _, e := range p.Elems {
			if !b.irrefutable(e) {
				return nil
			}
		}
		return []*VariantDef{v}
	case *ast.StructPat:
		v := b.c.patVariant[p]
		if v == nil {
			return nil
		}
		for _, f := range p.Fields {
			if !b.irrefutable(f.Pat) {
				return nil
			}
		}
		return []*VariantDef{v}
	}
	return nil
}

// binds reports whether p binds a name.
func (b *builder) binds(p ast.Pat) bool {
	found := false
	walkPat(p, func(q ast.Pat) {
		if ip, ok := q.(*ast.IdentPat); ok && b.c.unitItem(ip) == nil {
			found = true
		}
	})
	return found
}

// typeSwitch emits switch v := x.(type). An arm of one variant projects
// its bindings from the case's variable, which has the variant's struct
// type; the variable is declared only where a case reads it.
func (b *builder) typeSwitch(e *ast.MatchExpr, scrut ir.Expr, owner int, into *ir.Var, plan *typeSwitchPlan) {
	var args []ir.Type
	if adt, ok := b.c.derefAll(plan.t).(*Adt); ok {
		args = b.goTypes(adt.Args, e.Span)
	}
	name := lowerFirst(goTypeName(plan.enum))
	sw := &ir.TypeSwitchStmt{X: b.derefScrut(scrut, plan.t), Span: e.Span}
	var bodies []*ir.Block
	for i, arm := range e.Arms {
		c := &ir.TypeCaseClause{}
		for _, v := range plan.arms[i] {
			c.Types = append(c.Types, &ir.Named{Name: variantTypeName(v), Args: args})
		}
		var caseVar *ir.Var
		if len(c.Types) == 1 {
			caseVar = &ir.Var{Name: name, Type: c.Types[0], Temp: true, Span: arm.Pat.Pos()}
		}
		var binds []patBind
		if caseVar != nil || len(c.Types) == 0 {
			var conds []ir.Expr
			b.typeCase = caseVar
			b.matchPat(arm.Pat, scrut, &conds, &binds)
			b.typeCase = nil
			if len(conds) > 0 {
				panic(fmt.Sprintf("lower: type switch arm with a test at %v", arm.Pat.Pos()))
			}
		}
		c.Body = b.armBody(arm, binds, owner, into)
		if caseVar != nil && reads(c.Body, caseVar) {
			c.Var = caseVar
		}
		sw.Cases = append(sw.Cases, c)
		bodies = append(bodies, c.Body)
	}
	last := sw.Cases[len(sw.Cases)-1]
	switch {
	case last.Var == nil:
		last.Types = nil // the last arm takes what is left
	case allTerminate(bodies):
		// The last case needs its typed variable; a default that cannot
		// run keeps the switch terminating, as the if-chain's else was.
		sw.Cases = append(sw.Cases, &ir.TypeCaseClause{Body: &ir.Block{Stmts: []ir.Stmt{unreachable()}}})
	}
	if n := len(sw.Cases) - 1; len(sw.Cases[n].Types) == 0 && len(sw.Cases[n].Body.Stmts) == 0 {
		sw.Cases = sw.Cases[:n] // `_ => {}`
	}
	b.labelBreaks(bodies)
	b.emit(sw)
}

// armBody lowers the body of a match arm with its bindings, which drop
// at the arm's end; with into set the arm assigns its value. The body is
// a temporary scope: its temporaries drop before the bindings.
func (b *builder) armBody(arm *ast.MatchArm, binds []patBind, owner int, into *ir.Var) *ir.Block {
	body := b.nested(arm.Body.Pos(), func() {
		b.pushScope(false, "")
		b.emitBinds(binds)
		b.takeParts(arm.Pat, owner)
		b.inStmt(func() { b.branch(arm.Body, into) })
		b.popScope()
	})
	body.Span = arm.Span
	return body
}

// reads reports whether v appears in n.
func reads(n any, v *ir.Var) bool {
	found := false
	ir.Inspect(n, func(m any) bool {
		if r, ok := m.(*ir.VarRef); ok && r.Var == v {
			found = true
		}
		return !found
	})
	return found
}

func allTerminate(bodies []*ir.Block) bool {
	for _, body := range bodies {
		if !ir.Terminates(body.Stmts) {
			return false
		}
	}
	return true
}

// constSwitchPlan is a match on constants as an expression switch.
type constSwitchPlan struct {
	t    Ty          // the type the constant patterns match
	arms [][]ast.Pat // per arm, the constant patterns; nil for the catch-all
}

// planConstSwitch checks that the scrutinee is an integer, char, bool,
// &str or C-like enum and that every arm is a literal or a C-like variant
// (or an or-pattern of them), each value in one arm only, or a final
// catch-all. It looks at the patterns only: nothing is lowered (and no
// diagnostic reported twice) before the switch is decided.
func (b *builder) planConstSwitch(e *ast.MatchExpr) *constSwitchPlan {
	plan := &constSwitchPlan{}
	seen := map[string]bool{}
	for i, arm := range e.Arms {
		if i == len(e.Arms)-1 && b.catchAll(arm.Pat) {
			plan.arms = append(plan.arms, nil)
			continue
		}
		if !b.switchableTag(b.c.patTypes[arm.Pat]) {
			return nil
		}
		alts := constAlts(arm.Pat)
		for _, p := range alts {
			key, ok := b.constKey(p)
			// The last arm becomes the default: its values are not cases.
			if !ok || (seen[key] && i < len(e.Arms)-1) {
				return nil
			}
			seen[key] = true
		}
		if plan.t == nil {
			plan.t = b.c.resolve(b.c.patTypes[arm.Pat], true)
		}
		plan.arms = append(plan.arms, alts)
	}
	if plan.t == nil {
		return nil
	}
	return plan
}

// constAlts lists the alternatives of an or-pattern (p alone otherwise).
func constAlts(p ast.Pat) []ast.Pat {
	if or, ok := p.(*ast.OrPat); ok {
		var out []ast.Pat
		for _, a := range or.Alts {
			out = append(out, constAlts(a)...)
		}
		return out
	}
	return []ast.Pat{p}
}

// constKey gives the value of a constant pattern, to find repeated ones:
// an integer, char, bool, string or byte literal (possibly negated), or a
// variant that Go has as a constant. Floats are left to the if-chain.
func (b *builder) constKey(p ast.Pat) (string, bool) {
	switch p := p.(type) {
	case *ast.LitPat:
		if u, ok := p.Lit.(*ast.UnaryExpr); ok && u.Op == "-" {
			if lit, ok := u.X.(*ast.LitExpr); ok && lit.Kind == ast.IntLit {
				if n, ok := intLitValue(lit); ok {
					if n == 0 {
						return "int:0", true
					}
					return "int:-" + strconv.FormatUint(n, 10), true
				}
			}
			return "", false
		}
		lit, ok := p.Lit.(*ast.LitExpr)
		if !ok {
			return "", false
		}
		switch lit.Kind {
		case ast.IntLit:
			n, ok := intLitValue(lit)
			return "int:" + strconv.FormatUint(n, 10), ok
		case ast.ByteLit:
			return "int:" + strconv.Itoa(int(lit.Value[0])), len(lit.Value) == 1
		case ast.CharLit, ast.StrLit:
			return "str:" + lit.Value, true
		case ast.BoolLit:
			return "bool:" + strconv.FormatBool(lit.Bool), true
		}
	case *ast.IdentPat:
		if v, ok := b.c.unitItem(p).(*VariantDef); ok && constVariant(v) {
			return "variant:" + v.Name, true
		}
	case *ast.PathPat:
		if v, ok := b.pathPatVariant(p); ok && constVariant(v) {
			return "variant:" + v.Name, true
		}
	}
	return "", false
}

// intLitValue is the value of an integer literal's digits, as intLit
// reads them.
func intLitValue(lit *ast.LitExpr) (uint64, bool) {
	text := strings.ToLower(lit.Text)
	base := 10
	switch {
	case strings.HasPrefix(text, "0x"):
		base, text = 16, text[2:]
	case strings.HasPrefix(text, "0o"):
		base, text = 8, text[2:]
	case strings.HasPrefix(text, "0b"):
		base, text = 2, text[2:]
	}
	n, err := strconv.ParseUint(text, base, 64)
	return n, err == nil
}

// constVariant reports whether v is a Go constant: a variant of a C-like
// user enum or of a std enum lowered to constants (Ordering).
func constVariant(v *VariantDef) bool {
	if !v.Enum.Std {
		return cLike(v.Enum)
	}
	return v.Go["test"] == "" && v.Go["const"] != ""
}

// switchableTag reports whether a scrutinee of type t may be a switch tag:
// an integer up to 64 bits, char, bool, str or an enum of constants.
func (b *builder) switchableTag(t Ty) bool {
	switch t := b.c.derefAll(b.c.resolve(t, true)).(type) {
	case *Prim:
		switch t.Name {
		case "i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize", "char", "bool", "str":
			return true
		}
	case *Adt:
		if !isEnum(t.Def) || len(t.Def.Variants) == 0 {
			return false
		}
		for _, v := range t.Def.Variants {
			if !constVariant(v) {
				return false
			}
		}
		return true
	}
	return false
}

// caseValue lowers a constant pattern to the value the if-chain would
// compare the scrutinee with.
func (b *builder) caseValue(p ast.Pat, scrut ir.Expr) ir.Expr {
	var conds []ir.Expr
	var binds []patBind
	b.matchPat(p, scrut, &conds, &binds)
	if len(conds) == 1 {
		if eq, ok := conds[0].(*ir.Binary); ok && eq.Op == "==" {
			return eq.Y
		}
	}
	panic(fmt.Sprintf("lower: constant pattern without a comparison at %v", p.Pos()))
}

// constSwitch emits switch x { case A, B: ... default: ... }.
func (b *builder) constSwitch(e *ast.MatchExpr, scrut ir.Expr, owner int, into *ir.Var, plan *constSwitchPlan) {
	sw := &ir.SwitchStmt{Tag: b.derefScrut(scrut, plan.t), Span: e.Span}
	var bodies []*ir.Block
	for i, arm := range e.Arms {
		var binds []patBind
		var vals []ir.Expr
		if plan.arms[i] == nil { // the catch-all binds the scrutinee
			var conds []ir.Expr
			b.matchPat(arm.Pat, scrut, &conds, &binds)
		} else if i < len(e.Arms)-1 {
			for _, p := range plan.arms[i] {
				vals = append(vals, b.caseValue(p, scrut))
			}
		}
		c := &ir.CaseClause{List: vals, Body: b.armBody(arm, binds, owner, into)}
		sw.Cases = append(sw.Cases, c)
		bodies = append(bodies, c.Body)
	}
	// The last arm, with no values, is the default: it takes what is left.
	if n := len(sw.Cases) - 1; len(sw.Cases[n].Body.Stmts) == 0 {
		sw.Cases = sw.Cases[:n] // `_ => {}`
	}
	b.labelBreaks(bodies)
	b.emit(sw)
}

// labelBreaks makes the breaks in a switch's cases that leave the
// enclosing loop name it: in Go a plain break would leave the switch.
// An unlabelled loop gets a label Rust cannot spell (`loop` is a
// keyword there), numbered apart from the function's own labels.
func (b *builder) labelBreaks(bodies []*ir.Block) {
	var brs []*ir.BranchStmt
	for _, body := range bodies {
		brs = append(brs, plainBreaks(body.Stmts)...)
	}
	if len(brs) == 0 {
		return
	}
	var sc *dropScope
	for i := len(b.fs.scopes) - 1; i >= 0 && sc == nil; i-- {
		if b.fs.scopes[i].loop {
			sc = b.fs.scopes[i]
		}
	}
	if sc == nil {
		panic("lower: break outside a loop in a match arm")
	}
	label := sc.label
	if label == "" {
		if sc.goLabel == "" {
			sc.goLabel = b.freshLabel()
		}
		label = sc.goLabel
	}
	b.labels[label] = true
	for _, br := range brs {
		br.Label = label
	}
}

// freshLabel names a loop that had no label: loop, loop2, ...
func (b *builder) freshLabel() string {
	for i := 1; ; i++ {
		name := "loop"
		if i > 1 {
			name += strconv.Itoa(i)
		}
		if !b.c.loopLabels[name] && !b.madeLabels[name] {
			b.madeLabels[name] = true
			return name
		}
	}
}

// plainBreaks lists the unlabelled breaks in stmts that are not inside a
// nested loop, switch or function literal: those leave the statement
// that holds stmts.
func plainBreaks(stmts []ir.Stmt) []*ir.BranchStmt {
	var out []*ir.BranchStmt
	for _, s := range stmts {
		ir.Inspect(s, func(n any) bool {
			switch n := n.(type) {
			case *ir.BranchStmt:
				if n.Tok == "break" && n.Label == "" {
					out = append(out, n)
				}
			case *ir.ForStmt, *ir.RangeStmt, *ir.SwitchStmt, *ir.TypeSwitchStmt, *ir.FuncLit:
				return false
			}
			return true
		})
	}
	return out
}

// keepGoLabel records the label made up for a loop while its body was
// lowered (sc is the body's scope), for loopLabel.
func (b *builder) keepGoLabel(sc *dropScope, body *ir.Block) {
	if sc.goLabel != "" {
		b.goLabels[body] = sc.goLabel
	}
}

// loopLabel is the Go label of a loop: its Rust label, or the one made
// up because a switch in its body breaks out of it.
func (b *builder) loopLabel(l *ast.Label, body *ir.Block) string {
	if l != nil {
		return l.Name
	}
	return b.goLabels[body]
}
