package lower

import (
	"maps"
	"slices"
	"strings"

	"github.com/rs2go/rs2go/lower/ir"
)

// Direct drops. After elision, a slot that stays in the frame is dropped
// with `frame.Drop(i)`: a call that is not inlined, tests the slot and
// calls Drop through the Dropper interface. Where the slot's state is
// known at that point, the drop can be cheaper and mean the same:
//
//   - a slot surely empty there (dropped or moved on every path before,
//     as the scope-end drop after an explicit `drop(g)`) needs nothing;
//   - a slot surely holding the value of the variable it was set from,
//     unchanged since, is cleared and that variable dropped directly:
//     `frame.Forget(i); g.Drop()`, a static call Go can inline. The slot is
//     cleared first, as Frame.Drop does, so a panicking Drop is not run
//     again by the unwinding.
//
// The analysis follows the statement lists forward, as Go runs them:
// where paths join (after an if or a switch, at a loop's head, after a
// break), a slot keeps its state only if every path agrees, and a loop's
// head is found by iterating to a fixed point.

// slotState is what is known about one slot at a point of the function.
type slotState struct {
	unknown bool
	set     bool    // the slot holds a value
	held    *ir.Var // set from held (or &held), which still reaches that value
	addr    bool    // set from &held: assigning held changes the value dropped
}

// slotStates maps each slot to its state; a slot not in the map is empty.
// A nil map is a point no path reaches (after a return or a break).
type slotStates map[int64]slotState

// target is a statement that break (and for a loop, continue) leaves to:
// the states at its branches.
type target struct {
	label     string
	loop      bool
	brk, cont slotStates
}

type directDrops struct {
	frame *ir.Var
	// unstable are variables whose value may change other than by a
	// plain assignment in this function's statements (their address is
	// taken, or a closure assigns them): a dropper reading them by value
	// is never dropped directly.
	unstable map[*ir.Var]bool
	rewrite  bool      // rewrite the drops (else only compute states)
	targets  []*target // the enclosing loops and switches, innermost last
	failed   bool      // a branch with no target: leave the function as it is
	// scopes are the variables declared in the enclosing Go scopes, the
	// innermost last: a drop names its variable only where the Go name
	// surely means it.
	scopes [][]*ir.Var
	// unread is the copy of a replaced value that a Replace on an unset
	// slot left with nothing to drop (x = new after x moved): block
	// removes its declaration.
	unread *ir.Var
}

// dropDirectly rewrites the frame.Drop calls of body whose slot's state is
// known (see above), and removes a set whose value is moved away (Forget)
// before anything may panic. It does nothing if the frame is used other
// than by calls naming a literal slot. It reports whether the frame is
// still needed: not if no slot is ever set any more.
func dropDirectly(body *ir.Block, frame *ir.Var) bool {
	d := &directDrops{frame: frame, unstable: map[*ir.Var]bool{}}
	other := false
	var walk func(n any, inLit bool) bool
	walk = func(n any, inLit bool) bool {
		switch n := n.(type) {
		case *ir.Call:
			if _, ok := frameSlotCall(n, frame, ""); ok {
				if inLit { // a closure using this frame (not one of its own)
					other = true
				}
				if name := n.Fun.(*ir.Selector).Name; name != "Set" && name != "Drop" && name != "Forget" && name != "Replace" {
					other = true
				}
				return false
			}
		case *ir.VarRef:
			other = other || n.Var == frame
		case *ir.Unary:
			if r, ok := n.X.(*ir.VarRef); ok && n.Op == "&" {
				d.unstable[r.Var] = true
			}
		case *ir.FuncLit:
			if !inLit {
				ir.Inspect(n.Body, func(m any) bool { return walk(m, true) })
				return false
			}
		case *ir.AssignStmt:
			if inLit {
				for _, x := range n.Lhs {
					if r, ok := x.(*ir.VarRef); ok {
						d.unstable[r.Var] = true
					}
				}
			}
		}
		return true
	}
	ir.Inspect(body, func(n any) bool { return walk(n, false) })
	if other {
		return true
	}
	if d.block(body, slotStates{}); !d.failed {
		d.rewrite = true
		d.block(body, slotStates{})
	}
	sets := 0
	ir.Inspect(body, func(n any) bool {
		if blk, ok := n.(*ir.Block); ok {
			blk.Stmts = setForgotten(blk.Stmts, frame)
		}
		if c, ok := n.(*ir.Call); ok {
			_, set := frameSlotCall(c, frame, "Set")
			_, replace := frameSlotCall(c, frame, "Replace")
			if set || replace {
				sets++
			}
		}
		return true
	})
	if sets > 0 {
		return true
	}
	// Every Drop and Forget left is of an empty slot: nothing.
	ir.Inspect(body, func(n any) bool {
		if blk, ok := n.(*ir.Block); ok {
			blk.Stmts = slices.DeleteFunc(blk.Stmts, func(s ir.Stmt) bool {
				_, ok := frameSlotCall(exprStmtCall(s), frame, "")
				return ok
			})
		}
		return true
	})
	return false
}

// setForgotten removes from stmts each frame.Set(i, ..) followed by
// frame.Forget(i) (the value moved away) with only statements between
// that cannot panic: the slot held the value where nothing could drop it.
func setForgotten(stmts []ir.Stmt, frame *ir.Var) []ir.Stmt {
	for i := 0; i < len(stmts); i++ {
		slot, ok := frameSlotCall(exprStmtCall(stmts[i]), frame, "Set")
		if !ok {
			continue
		}
		for j := i + 1; j < len(stmts); j++ {
			if f, ok := frameSlotCall(exprStmtCall(stmts[j]), frame, ""); ok && f == slot {
				if exprStmtCall(stmts[j]).Fun.(*ir.Selector).Name == "Forget" {
					stmts = slices.Delete(stmts, j, j+1)
					stmts = slices.Delete(stmts, i, i+1)
					i--
				}
				break
			}
			if !cannotPanic(stmts[j], nil) {
				break
			}
		}
	}
	return stmts
}

// block rewrites the statements of blk from state st; it returns the
// state at the block's end.
func (d *directDrops) block(blk *ir.Block, st slotStates, vars ...*ir.Var) slotStates {
	d.scopes = append(d.scopes, vars)
	defer func() { d.scopes = d.scopes[:len(d.scopes)-1] }()
	var out []ir.Stmt
	for _, s := range blk.Stmts {
		var repl []ir.Stmt
		repl, st = d.stmt(s, st)
		if v := d.unread; v != nil && d.rewrite {
			d.unread = nil
			if i := len(out) - 2; i >= 0 && isDeclOf(out[i], v) { // prev := x; x = next; Replace
				out = slices.Delete(out, i, i+1)
			}
		}
		out = append(out, repl...)
	}
	if d.rewrite {
		blk.Stmts = out
	}
	return st
}

// stmt is the rewrite of s (nested statement lists rewritten in place)
// and the state after it.
func (d *directDrops) stmt(s ir.Stmt, st slotStates) ([]ir.Stmt, slotStates) {
	if st == nil {
		return []ir.Stmt{s}, nil
	}
	switch s := s.(type) {
	case *ir.ExprStmt:
		if ir.Terminates([]ir.Stmt{s}) {
			return []ir.Stmt{s}, nil
		}
		c := exprStmtCall(s)
		slot, ok := frameSlotCall(c, d.frame, "")
		if !ok {
			return []ir.Stmt{s}, st
		}
		cur := st[slot]
		st = maps.Clone(st)
		switch c.Fun.(*ir.Selector).Name {
		case "Set", "Replace":
			next := slotState{set: true}
			if len(c.Args) >= 2 {
				if v := droppedVar(c.Args[1]); v != nil && d.stable(c.Args[1], v) {
					_, addr := c.Args[1].(*ir.Unary)
					next.held, next.addr = v, addr
				}
			}
			st[slot] = next
			if c.Fun.(*ir.Selector).Name == "Replace" && !cur.unknown {
				// Replace(i, d, old): set i to d, then drop old if i was set.
				set := &ir.ExprStmt{X: &ir.Call{Fun: &ir.Selector{X: &ir.VarRef{Var: d.frame}, Name: "Set"}, Args: c.Args[:2]}, Span: s.Span}
				if !cur.set {
					d.unread = droppedVar(c.Args[2])
					return []ir.Stmt{set}, st
				}
				var out []ir.Stmt
				if cur.held == nil || cur.held != next.held || !cur.addr || !next.addr {
					out = append(out, set) // the slot does not already reach the new value
				}
				return append(out, dropperStmt(c.Args[2])), st
			}
		case "Forget":
			delete(st, slot)
		case "Drop":
			delete(st, slot)
			switch {
			case !cur.unknown && !cur.set:
				return nil, st
			case !cur.unknown && cur.held != nil && d.visible(cur.held):
				forget := &ir.ExprStmt{X: &ir.Call{Fun: &ir.Selector{X: &ir.VarRef{Var: d.frame}, Name: "Forget"}, Args: c.Args[:1]}, Span: s.Span}
				return []ir.Stmt{forget, dropperStmt(&ir.VarRef{Var: cur.held})}, st
			}
		}
		return []ir.Stmt{s}, st
	case *ir.DeclStmt:
		top := &d.scopes[len(d.scopes)-1]
		*top = append(*top, s.Var)
		return []ir.Stmt{s}, d.assigned(st, s.Var, true)
	case *ir.AssignStmt:
		for _, x := range s.Lhs {
			if r, ok := x.(*ir.VarRef); ok {
				st = d.assigned(st, r.Var, false)
			}
		}
		return []ir.Stmt{s}, st
	case *ir.Block:
		return []ir.Stmt{s}, d.block(s, st)
	case *ir.IfStmt:
		d.scopes = append(d.scopes, nil) // the scope of Init
		defer func() { d.scopes = d.scopes[:len(d.scopes)-1] }()
		if s.Init != nil {
			var init []ir.Stmt
			if init, st = d.stmt(s.Init, st); len(init) != 1 {
				d.failed = true // an Init is one statement
				return []ir.Stmt{s}, st
			}
			if d.rewrite {
				s.Init = init[0]
			}
		}
		thenSt := d.block(s.Then, st)
		elseSt := st
		if s.Else != nil {
			var els []ir.Stmt
			if els, elseSt = d.stmt(s.Else, st); len(els) != 1 {
				els = []ir.Stmt{&ir.Block{Stmts: els}}
			}
			if d.rewrite {
				s.Else = els[0]
			}
		}
		return []ir.Stmt{s}, joinSlots(thenSt, elseSt)
	case *ir.ForStmt:
		d.scopes = append(d.scopes, nil)
		defer func() { d.scopes = d.scopes[:len(d.scopes)-1] }()
		if s.Init != nil {
			var init []ir.Stmt
			if init, st = d.stmt(s.Init, st); len(init) != 1 {
				d.failed = true
				return []ir.Stmt{s}, st
			}
			if d.rewrite {
				s.Init = init[0]
			}
		}
		return []ir.Stmt{s}, d.loop(s.Label, s.Body, s.Post, nil, s.Cond != nil, st)
	case *ir.RangeStmt:
		return []ir.Stmt{s}, d.loop(s.Label, s.Body, nil, []*ir.Var{s.Key, s.Value}, true, st)
	case *ir.SwitchStmt:
		var bodies []*ir.Block
		hasDefault := false
		for _, c := range s.Cases {
			bodies = append(bodies, c.Body)
			hasDefault = hasDefault || len(c.List) == 0
		}
		return []ir.Stmt{s}, d.cases(s.Label, bodies, nil, hasDefault, st)
	case *ir.TypeSwitchStmt:
		var bodies []*ir.Block
		var vars []*ir.Var
		hasDefault := false
		for _, c := range s.Cases {
			bodies = append(bodies, c.Body)
			vars = append(vars, c.Var)
			hasDefault = hasDefault || len(c.Types) == 0
		}
		return []ir.Stmt{s}, d.cases(s.Label, bodies, vars, hasDefault, st)
	case *ir.BranchStmt:
		t := d.target(s)
		if t == nil {
			d.failed = true
		} else if s.Tok == "break" {
			t.brk = joinSlots(t.brk, st)
		} else {
			t.cont = joinSlots(t.cont, st)
		}
		return []ir.Stmt{s}, nil
	case *ir.ReturnStmt:
		return []ir.Stmt{s}, nil
	case *ir.DeferStmt:
		return []ir.Stmt{s}, st
	}
	d.failed = true
	return []ir.Stmt{s}, st
}

// target is the loop or switch that branch b leaves or continues.
func (d *directDrops) target(b *ir.BranchStmt) *target {
	for i := len(d.targets) - 1; i >= 0; i-- {
		t := d.targets[i]
		switch {
		case b.Label != "":
			if t.label == b.Label {
				return t
			}
		case b.Tok == "break" || t.loop:
			return t
		}
	}
	return nil
}

// loop follows a loop from state st before it: its head joins st with
// the states at the body's end and at its continues (after post, and
// with the range variables assigned), to a fixed point; the body is
// rewritten from that head. It returns the state after the loop: the
// head (when the loop's condition may end it) joined with its breaks.
func (d *directDrops) loop(label string, body *ir.Block, post ir.Stmt, rangeVars []*ir.Var, ends bool, st slotStates) slotStates {
	entry := st
	for _, v := range rangeVars {
		entry = d.assigned(entry, v, true)
	}
	head := entry
	rewrite := d.rewrite
	d.rewrite = false
	for i := 0; ; i++ {
		if i == 8 { // states only lose knowledge: this is never reached
			d.failed = true
			break
		}
		t := &target{label: label, loop: true}
		d.targets = append(d.targets, t)
		back := joinSlots(d.block(body, head, rangeVars...), t.cont)
		d.targets = d.targets[:len(d.targets)-1]
		if post != nil {
			_, back = d.stmt(post, back)
		}
		for _, v := range rangeVars {
			back = d.assigned(back, v, true)
		}
		next := joinSlots(entry, back)
		if sameSlots(next, head) {
			break
		}
		head = next
	}
	d.rewrite = rewrite
	t := &target{label: label, loop: true}
	d.targets = append(d.targets, t)
	d.block(body, head, rangeVars...)
	d.targets = d.targets[:len(d.targets)-1]
	if !ends {
		return t.brk
	}
	return joinSlots(head, t.brk)
}

// cases follows the bodies of a switch from state st; the state after it
// joins their ends, its breaks, and st itself when no case may run.
func (d *directDrops) cases(label string, bodies []*ir.Block, vars []*ir.Var, hasDefault bool, st slotStates) slotStates {
	t := &target{label: label}
	d.targets = append(d.targets, t)
	var out slotStates
	if !hasDefault {
		out = st
	}
	for i, body := range bodies {
		var v []*ir.Var
		if vars != nil && vars[i] != nil {
			v = append(v, vars[i])
		}
		out = joinSlots(out, d.block(body, st, v...))
	}
	d.targets = d.targets[:len(d.targets)-1]
	return joinSlots(out, t.brk)
}

// stable reports whether dropper (reading v) gives the same value at each
// later point until v is assigned: &v always does; v itself when it is a
// pointer whose value only a plain assignment changes.
func (d *directDrops) stable(dropper ir.Expr, v *ir.Var) bool {
	if u, ok := dropper.(*ir.Unary); ok && u.Op == "&" {
		return true
	}
	_, ptr := v.Type.(*ir.Pointer)
	return ptr && !d.unstable[v]
}

// assigned is st after v is assigned (or declared anew, in a loop): a slot
// set from v still holds the old value, which v no longer reaches, unless
// the slot holds &v and v is the same variable.
func (d *directDrops) assigned(st slotStates, v *ir.Var, decl bool) slotStates {
	if v == nil || st == nil {
		return st
	}
	var out slotStates
	for slot, s := range st {
		if s.held == v && (decl || !s.addr) {
			if out == nil {
				out = maps.Clone(st)
			}
			out[slot] = slotState{set: true}
		}
	}
	if out == nil {
		return st
	}
	return out
}

// joinSlots is the state where paths in states a and b meet.
func joinSlots(a, b slotStates) slotStates {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	out := slotStates{}
	for slot, s := range a {
		if t, ok := b[slot]; ok && t == s {
			out[slot] = s
		} else {
			out[slot] = slotState{unknown: true}
		}
	}
	for slot := range b {
		if _, ok := a[slot]; !ok {
			out[slot] = slotState{unknown: true}
		}
	}
	return out
}

// sameSlots reports whether a and b are the same state.
func sameSlots(a, b slotStates) bool {
	return (a == nil) == (b == nil) && maps.Equal(a, b)
}

// visible reports whether v's Go name surely means v here: v is declared
// in an enclosing scope, and no Rust binding declared in a scope nested in
// that one may take its Go name (codegen names a binding after its Rust
// name, with a number appended where it shadows; temporaries never shadow).
func (d *directDrops) visible(v *ir.Var) bool {
	for i := len(d.scopes) - 1; i >= 0; i-- {
		if slices.Contains(d.scopes[i], v) {
			return true
		}
		for _, w := range d.scopes[i] {
			if w != nil && !w.Temp && nameStem(w.Name) == nameStem(v.Name) {
				return false
			}
		}
	}
	return false
}

// nameStem is name without the digits and underscores codegen may append.
func nameStem(name string) string {
	if name == "" {
		return "tmp"
	}
	return strings.TrimRight(name, "0123456789_")
}

// isDeclOf reports whether s declares v.
func isDeclOf(s ir.Stmt, v *ir.Var) bool {
	d, ok := s.(*ir.DeclStmt)
	return ok && d.Var == v
}
