package lower

import "github.com/rs2go/rs2go/lower/ir"

// cleanup makes a built body acceptable to Go without changing what it
// does: a declared variable that is never read becomes `_ = value` (Rust
// allows unused bindings, Go does not), and loop labels that no branch
// uses are dropped (Go rejects unused labels).
func (b *builder) cleanup(body *ir.Block) {
	used := map[*ir.Var]bool{}
	ir.Inspect(body, func(n any) bool {
		switch n := n.(type) {
		case *ir.VarRef:
			used[n.Var] = true
		case *ir.AssignStmt:
			// Assigning a variable is not reading it.
			for _, l := range n.Lhs {
				if _, ok := l.(*ir.VarRef); !ok {
					ir.Inspect(l, func(m any) bool {
						if r, ok := m.(*ir.VarRef); ok {
							used[r.Var] = true
						}
						return true
					})
				}
			}
			for _, r := range n.Rhs {
				ir.Inspect(r, func(m any) bool {
					if r, ok := m.(*ir.VarRef); ok {
						used[r.Var] = true
					}
					return true
				})
			}
			if n.Op != "=" {
				for _, l := range n.Lhs {
					if r, ok := l.(*ir.VarRef); ok {
						used[r.Var] = true
					}
				}
			}
			return false
		}
		return true
	})
	b.rewriteUnused(body, used)
}

// rewriteUnused rewrites declarations of unread variables in place, and
// strips unused labels, in every nested block.
func (b *builder) rewriteUnused(blk *ir.Block, used map[*ir.Var]bool) {
	dead := map[*ir.Var]bool{}
	for i, s := range blk.Stmts {
		switch s := s.(type) {
		case *ir.DeclStmt:
			if !used[s.Var] {
				if s.Value == nil {
					blk.Stmts[i] = &ir.AssignStmt{Lhs: []ir.Expr{&ir.Blank{}}, Op: "=",
						Rhs: []ir.Expr{&ir.Call{Fun: &ir.Qual{Name: "new"}, Args: []ir.Expr{&ir.TypeExpr{Type: s.Var.Type}}}}, Span: s.Span}
				} else {
					blk.Stmts[i] = &ir.AssignStmt{Lhs: []ir.Expr{&ir.Blank{}}, Op: "=", Rhs: []ir.Expr{s.Value}, Span: s.Span}
				}
				dead[s.Var] = true // assignments to it elsewhere must go too
			}
		case *ir.ForStmt:
			if !b.labels[s.Label] {
				s.Label = ""
			}
		case *ir.RangeStmt:
			if !b.labels[s.Label] {
				s.Label = ""
			}
			// An unread loop variable is left out (`for x in v {}`).
			if s.Key != nil && !used[s.Key] {
				dead[s.Key] = true
				s.Key = nil
			}
			if s.Value != nil && !used[s.Value] {
				dead[s.Value] = true
				s.Value = nil
			}
		case *ir.SwitchStmt:
			if !b.labels[s.Label] {
				s.Label = ""
			}
		case *ir.TypeSwitchStmt:
			if !b.labels[s.Label] {
				s.Label = ""
			}
		}
	}
	if len(dead) > 0 {
		b.dropAssigns(blk, dead)
	}
	ir.Inspect(blk, func(n any) bool {
		switch n := n.(type) {
		case *ir.Block:
			if n != blk {
				b.rewriteUnused(n, used)
				return false
			}
		case *ir.FuncLit:
			b.rewriteUnused(n.Body, used)
			return false
		}
		return true
	})
}

// dropAssigns turns assignments to unread variables into `_ = value`, in
// one walk of the block (a walk per variable is quadratic: 10,000 unused
// lets in one block).
func (b *builder) dropAssigns(blk *ir.Block, dead map[*ir.Var]bool) {
	ir.Inspect(blk, func(n any) bool {
		if a, ok := n.(*ir.AssignStmt); ok {
			for i, l := range a.Lhs {
				if r, ok := l.(*ir.VarRef); ok && dead[r.Var] {
					a.Lhs[i] = &ir.Blank{}
					if a.Op != "=" {
						a.Op = "="
					}
				}
			}
		}
		return true
	})
}
