package lower

import (
	"slices"

	"github.com/rs2go/rs2go/lower/ir"
)

// Frame elision. A slot exists for the drops a panic leaves behind (the
// frame's deferred Unwind runs them). A slot set and dropped in the same
// statement list, with only statements between that cannot panic, never
// needs that: it becomes the drop itself (`g.Drop()` where `frame.Set(0,
// g)` ... `frame.Drop(0)` was), and a function left with no slot has no
// frame. This is the common shape of a lock held for a few plain
// statements (`*counter.lock().unwrap() += 1` in a loop), where the frame's
// bookkeeping costs as much as the locking.

// elideSlots rewrites the slots of frame in body that need no frame; it
// reports whether frame is still used. A slot qualifies when it is set
// once, never forgotten, and every drop of it follows the set in the
// same statement list, the first after statements that cannot panic (a
// later drop, of the emptied slot, does nothing: `drop(g)` before the
// scope's end).
func (b *builder) elideSlots(body *ir.Block, frame *ir.Var) bool {
	type slotUses struct{ sets, drops, other int }
	uses := map[int64]*slotUses{}
	other := false // the frame used otherwise than by a call naming a literal slot
	ir.Inspect(body, func(n any) bool {
		switch n := n.(type) {
		case *ir.Call:
			if slot, ok := frameSlotCall(n, frame, ""); ok {
				u := uses[slot]
				if u == nil {
					u = &slotUses{}
					uses[slot] = u
				}
				switch n.Fun.(*ir.Selector).Name {
				case "Set":
					u.sets++
				case "Drop":
					u.drops++
				default:
					u.other++
				}
				return false
			}
		case *ir.VarRef:
			other = other || n.Var == frame
		}
		return true
	})
	// elide rewrites the slot set by stmts[i] if it qualifies.
	elide := func(stmts []ir.Stmt, i int, slot int64, dropper ir.Expr) ([]ir.Stmt, bool) {
		u := uses[slot]
		held := droppedVar(dropper)
		if u.sets != 1 || u.other != 0 || held == nil {
			return stmts, false
		}
		var drops []int
		safe := true // no statement that may panic before the first drop
		for j := i + 1; j < len(stmts); j++ {
			if c := exprStmtCall(stmts[j]); c != nil {
				if d, ok := frameSlotCall(c, frame, "Drop"); ok && d == slot {
					drops = append(drops, j)
					continue
				}
			}
			if len(drops) == 0 && !cannotPanic(stmts[j], held) {
				safe = false
				break
			}
		}
		if !safe || len(drops) != u.drops || len(drops) == 0 {
			return stmts, false
		}
		out := append([]ir.Stmt{}, stmts[:i]...)
		for j := i + 1; j < len(stmts); j++ {
			switch {
			case j == drops[0]:
				out = append(out, dropperStmt(dropper))
			case slices.Contains(drops, j):
			default:
				out = append(out, stmts[j])
			}
		}
		delete(uses, slot)
		return out, true
	}
	ir.Inspect(body, func(n any) bool {
		blk, ok := n.(*ir.Block)
		if !ok {
			return true
		}
		for i := 0; i < len(blk.Stmts); i++ {
			c := exprStmtCall(blk.Stmts[i])
			if slot, ok := frameSlotCall(c, frame, "Set"); ok && len(c.Args) == 2 {
				if stmts, done := elide(blk.Stmts, i, slot, c.Args[1]); done {
					blk.Stmts = stmts
					i--
				}
			}
		}
		return true
	})
	return other || len(uses) > 0
}

// exprStmtCall is the call s evaluates, if s is a call statement.
func exprStmtCall(s ir.Stmt) *ir.Call {
	if es, ok := s.(*ir.ExprStmt); ok {
		c, _ := es.X.(*ir.Call)
		return c
	}
	return nil
}

// frameSlotCall reports the slot of frame.method(slot, ...), a call on
// frame naming a literal slot (any method when method is "").
func frameSlotCall(c *ir.Call, frame *ir.Var, method string) (int64, bool) {
	if c == nil || len(c.Args) == 0 {
		return 0, false
	}
	sel, ok := c.Fun.(*ir.Selector)
	if !ok || method != "" && sel.Name != method {
		return 0, false
	}
	if r, ok := sel.X.(*ir.VarRef); !ok || r.Var != frame {
		return 0, false
	}
	lit, ok := c.Args[0].(*ir.Lit)
	if !ok {
		return 0, false
	}
	slot, ok := lit.Value.(int64)
	return slot, ok
}

// droppedVar is the variable a slot's dropper reads: v or &v.
func droppedVar(d ir.Expr) *ir.Var {
	if u, ok := d.(*ir.Unary); ok && u.Op == "&" {
		d = u.X
	}
	if r, ok := d.(*ir.VarRef); ok {
		return r.Var
	}
	return nil
}

// cannotPanic reports whether statement s surely runs to its end without
// panicking and without assigning held: plain declarations, assignments
// and calls of operands that cannot panic.
func cannotPanic(s ir.Stmt, held *ir.Var) bool {
	switch s := s.(type) {
	case *ir.DeclStmt:
		return s.Var != held && (s.Value == nil || exprCannotPanic(s.Value))
	case *ir.AssignStmt:
		switch s.Op {
		case "=", "+=", "-=", "*=", "&=", "|=", "^=", "++", "--":
		default:
			return false
		}
		for _, x := range s.Lhs {
			if r, ok := x.(*ir.VarRef); ok && r.Var == held || !exprCannotPanic(x) {
				return false
			}
		}
		for _, x := range s.Rhs {
			if !exprCannotPanic(x) {
				return false
			}
		}
		return true
	case *ir.ExprStmt:
		return exprCannotPanic(s.X)
	}
	return false
}

// exprCannotPanic reports whether evaluating x cannot panic: it reads
// variables and fields (through pointers, which Rust's references keep
// valid), computes with operators that cannot panic, and calls only
// functions known not to (Pure accessors, NoPanic std calls).
func exprCannotPanic(x ir.Expr) bool {
	switch x := x.(type) {
	case *ir.Lit, *ir.VarRef, *ir.Qual, *ir.Blank, *ir.FuncLit, *ir.TypeExpr:
		return true
	case *ir.Paren:
		return exprCannotPanic(x.X)
	case *ir.Selector:
		return exprCannotPanic(x.X)
	case *ir.Unary:
		return exprCannotPanic(x.X)
	case *ir.Binary:
		switch x.Op {
		case "/", "%", "<<", ">>": // division by zero, a negative shift
			return false
		}
		return exprCannotPanic(x.X) && exprCannotPanic(x.Y)
	case *ir.Convert:
		if _, basic := x.Type.(*ir.Basic); !basic {
			return false // a slice converted to an array checks its length
		}
		return exprCannotPanic(x.X)
	case *ir.Call:
		if !x.Pure && !x.NoPanic {
			return false
		}
		if sel, ok := x.Fun.(*ir.Selector); ok && !exprCannotPanic(sel.X) {
			return false
		}
		for _, a := range x.Args {
			if !exprCannotPanic(a) {
				return false
			}
		}
		return true
	}
	return false
}
