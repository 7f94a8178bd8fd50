package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Drop elaboration. Rust drops a value with drop glue (a user Drop impl,
// a MutexGuard, a Sender, a container of such values) at a known point:
// the end of its scope in reverse declaration order, the end of the
// statement for a temporary, the end of a match/if let/while let for the
// temporaries of its scrutinee; never after it was moved away; and during
// unwinding for everything still live. rs2go gives each such local and
// temporary a slot in an rt.Frame (the slot is Rust's drop flag), drops the
// slots of a scope where the scope ends (and before break/continue leave
// it), clears a slot when its value is moved, and defers the frame's
// Unwind, which drops what a return or a panic leaves behind.
//
// A data enum with drop glue in a payload has a Drop method in its Go
// interface (each variant drops its own fields). A pattern that moves
// parts of a scrutinee out takes over their drops: the scrutinee's slot
// is forgotten in an arm that moves every part with drop glue; where
// the pattern leaves such a part behind, the slot drops what is left
// (own_partial.go).
//
// A closure owning values with drop glue drops them as closure_fate.go
// says; one that becomes a `dyn Fn`/`impl Fn` value is registered with
// its drops (rt.OwnedFn), which the value's drop runs (rt.DropFn).
//
// A type parameter has drop glue where some instantiation has it: its
// values drop through the function's drop dictionary, and a generic
// user type through its glue function (drop_dict.go). Moving a field
// with drop glue out of a local (`let x = s.f;`) takes the local apart
// into slots per field (own_partial.go).
//
// What is not modelled (values are then simply not dropped, as by
// mem::forget): type parameters of trait impl methods (no dictionary).
// A closure owning values with drop glue stored other than as a `dyn
// Fn`/`impl Fn` (in a generic field), and moving a field with drop glue
// out of a field of a local (`w.s.f`) or of another place, are
// unsupported.
//
// Temporaries drop at the end of their statement, also where a break or
// continue leaves it (leaveScopes); a block's tail's temporaries after
// its locals (edition 2021, blockStmts/tail).

// dropScope is a Rust block scope with the slots declared in it.
type dropScope struct {
	slots []int
	loop  bool   // a loop body: break/continue leave it
	label string // the loop's label
	// goLabel is the label given to an unlabelled loop whose body breaks
	// out of a Go switch (build_switch.go): a plain break would leave the
	// switch only.
	goLabel string
	// temps is how many statements' temporaries were pending when the
	// scope opened: those of the statements inside it come after.
	temps int
	// tail is the level of b.fs.temps holding the temporaries of the
	// block's tail while it is lowered (-1: none), tailTemps those
	// temporaries after: both are dropped after the scope's slots (tail).
	tail      int
	tailTemps []int
}

// frameState is the drop state of one Go function (a fn or a closure).
type frameState struct {
	slotOf map[*Local]int // slots of the locals with drop glue
	frame  *ir.Var
	nslots int
	scopes []*dropScope
	temps  [][]int // per statement being lowered: temporaries to drop at its end
	// fieldSlots are the slots of the fields with drop glue of a local
	// that a partial move took apart (partialMove), by field name.
	fieldSlots map[*Local]map[string]int
	// leftParts are the slots a moving pattern left dropping the parts it
	// did not move (leaveParts).
	leftParts map[int]bool
}

func newFrameState() *frameState { return &frameState{slotOf: map[*Local]int{}} }

// hasDropGlue reports whether dropping a value of type t runs code.
func (b *builder) hasDropGlue(t Ty) bool {
	return b.l.glue(b.c.resolve(t, true), 0, b.paramDrops)
}

// paramDrops reports whether the function being built drops values of
// type parameter p: it has p's drop dictionary (dict.go, markDropDicts).
func (b *builder) paramDrops(p *ParamTy) bool { return b.dict[p.Name+"_drop"] != nil }

// dropGlue reports whether dropping a value of type t runs code, t
// holding no type parameter that some instantiation drops.
func (l *lowerer) dropGlue(t Ty, depth int) bool { return l.glue(t, depth, nil) }

// glue is dropGlue where params says which type parameters have drop glue
// (nil: none).
func (l *lowerer) glue(t Ty, depth int, params func(*ParamTy) bool) bool {
	if depth > 8 {
		return false
	}
	switch t := t.(type) {
	case *ParamTy:
		return params != nil && params(t)
	case *Adt:
		if t.Def.Std {
			if t.Def.Go["drop"] != "" {
				return l.countedGlue(t, depth, params) // an Arc needs drops only when its count is observed
			}
			if t.Def.Go["drop_args"] != "" || t.Def.Go["builtin"] == "slice" || t.Def.Go["transparent"] != "" ||
				t.Def.Go["type"] == "rt.Option" || t.Def.Go["type"] == "rt.Result" || isCollection(t.Def) {
				for _, a := range t.Args {
					if l.glue(a, depth+1, params) {
						return true
					}
				}
			}
			return false
		}
		if t.Def.Traits["Drop"] != nil {
			return true
		}
		if isEnum(t.Def) {
			for _, v := range t.Def.Variants {
				for _, f := range v.Fields {
					if l.glue(subst(f, t.Args), depth+1, params) {
						return true
					}
				}
			}
			return false
		}
		for _, f := range t.Def.Fields {
			if l.glue(subst(f.Type, t.Args), depth+1, params) {
				return true
			}
		}
	case *TupleTy:
		for _, e := range t.Elems {
			if l.glue(e, depth+1, params) {
				return true
			}
		}
	case *ArrayTy:
		return l.glue(t.Elem, depth+1, params)
	case *SliceTy: // the [T] of a Box<[T]>
		return l.glue(t.Elem, depth+1, params)
	case *DynTy:
		return l.dynGlue(t.Trait, depth)
	case *FnTy:
		return t.Kind != "" && l.closureDrops
	}
	return false
}

// dynGlue reports whether a trait object of trait tr may hold a value
// with drop glue: some user type implementing tr has it (any user type,
// for a std trait such as Debug). (A closure behind a std Fn trait drops
// its captures as build_closure.go says.)
func (l *lowerer) dynGlue(tr *TraitDef, depth int) bool {
	for _, td := range l.crateTypes {
		// A std trait (Box<dyn Debug>) may be derived: any type may be in it.
		if (tr.Std || td.Traits[tr.Name] != nil) && l.dropGlue(&Adt{Def: td, Args: paramTys(td.Generics)}, depth+1) {
			return true
		}
	}
	return false
}

// dropsByFunc reports whether the elements of a slice or an Option of t
// drop through elemDropFunc rather than their value's own Drop method: a
// user struct (a pointer method), a trait object, a tuple.
func (b *builder) dropsByFunc(t Ty) bool {
	a, ok := b.c.resolve(t, true).(*Adt)
	if ok && a.Def.Std && a.Def.Go["transparent"] != "" {
		inner, isAdt := b.c.resolve(a.Args[0], true).(*Adt)
		return !isAdt || !inner.Def.Std && b.argsGlue(inner) // Box<dyn Trait> by func; Box<T> has T's Drop
	}
	if ok && !a.Def.Std && b.argsGlue(a) {
		return true // its glue function (drop_dict.go)
	}
	if ok && a.Def.Std { // an Arc, a Sender, a Result: a Go Drop method; an Option, a Vec: none
		if a.Def.Go["drop_with"] != "" && len(a.Args) > 0 && b.hasDropGlue(a.Args[0]) {
			return true // an Rc whose last drop drops its value (DropWith)
		}
		return a.Def.Go["drop"] == "" && a.Def.Go["drop_args"] == ""
	}
	return !ok || !isEnum(a.Def)
}

// isCollection reports a std map, set, deque or heap.
func isCollection(d *TypeDef) bool {
	return d.Std && (d.Go["map"] != "" || d.Go["set"] != "" || d.Go["deque"] != "" || d.Go["heap"] != "")
}

// dropper returns an rt.Dropper for the value in v (an addressable Go
// expression holding a value of type t).
func (b *builder) dropper(v ir.Expr, t Ty) ir.Expr {
	t = b.c.resolve(t, true)
	switch t := t.(type) {
	case *Adt:
		if d, ok := b.dropWith(v, t); ok { // an Rc/Arc whose last drop drops its value
			return d
		}
		if t.Def.Std && t.Def.Go["drop"] != "" {
			return v
		}
		if !t.Def.Std && b.argsGlue(t) {
			return b.genericGlue(&ir.Unary{Op: "&", X: v}, t) // W[T]'s Go methods cannot drop a T
		}
		if !t.Def.Std && isEnum(t.Def) && !cLike(t.Def) { // the interface's Drop; a closure sees later assignments
			return b.dropFunc(&ir.Call{Fun: &ir.Selector{X: v, Name: "Drop"}})
		}
		if !t.Def.Std {
			return &ir.Unary{Op: "&", X: v}
		}
		switch {
		case t.Def.Go["builtin"] == "slice":
			return b.sliceDropper(v, t.Args[0])
		case t.Def.Go["type"] == "rt.Option":
			if b.dropsByFunc(t.Args[0]) {
				return b.dropFunc(&ir.Call{Fun: rt("DropOptionFunc"), Args: []ir.Expr{v, b.elemDropFunc(t.Args[0], ast.Span{})}})
			}
			return b.dropFunc(&ir.Call{Fun: rt("DropOption"), Args: []ir.Expr{v}})
		case isCollection(t.Def):
			// m.DropElems(dropK, dropV): each element in Rust's order
			// (a hash collection's is unspecified in both).
			var fns []ir.Expr
			for _, a := range t.Args {
				if b.hasDropGlue(a) {
					fns = append(fns, b.elemDropFunc(a, ast.Span{}))
				} else {
					fns = append(fns, &ir.Qual{Name: "nil"})
				}
			}
			return b.dropFunc(method(v, "DropElems", fns...))
		case t.Def.Go["type"] == "rt.Result" || t.Def.Go["drop_args"] != "":
			return v // rt.Result, PoisonError, TryLockError drop what they hold
		case t.Def.Go["box"] != "" && b.boxIsPtr(t):
			if et, ok := b.c.resolve(t.Args[0], true).(*Adt); ok && !et.Def.Std && !isEnum(et.Def) {
				if b.argsGlue(et) {
					return b.genericGlue(v, et)
				}
				return v // *T has the Drop method
			}
			return b.dropper(&ir.Unary{Op: "*", X: v}, t.Args[0])
		case t.Def.Go["transparent"] != "":
			return b.dropper(v, t.Args[0])
		}
	case *ParamTy:
		return b.paramDropper(v, t)
	case *DynTy: // Box<dyn Trait>: the Drop method of the value inside, if its type has one
		return b.dropFunc(call1("rt.DropDyn", v))
	case *FnTy: // Box<dyn Fn()>: the captures, if the closure owns some
		return b.dropFunc(call1("rt.DropFn", v))
	case *ArrayTy: // a Go slice, dropped as a Vec's elements are
		return b.sliceDropper(v, t.Elem)
	case *SliceTy: // the [T] of a Box<[T]>
		return b.sliceDropper(v, t.Elem)
	case *TupleTy:
		var stmts []ir.Stmt
		for i, e := range t.Elems {
			if b.hasDropGlue(e) {
				stmts = append(stmts, b.dropCall(&ir.Selector{X: v, Name: fieldIndexName(i)}, e))
			}
		}
		return &ir.Convert{Type: &ir.Named{Pkg: "rt", Name: "DropFunc"}, X: &ir.FuncLit{Body: &ir.Block{Stmts: stmts}}}
	}
	return b.dropFunc(&ir.Call{Fun: &ir.Selector{X: v, Name: "Drop"}})
}

// dropCall is the statement that drops the value in v now.
func (b *builder) dropCall(v ir.Expr, t Ty) ir.Stmt {
	return dropperStmt(b.dropper(v, t))
}

// dropperStmt is the statement that runs dropper d now (as Frame.Drop would).
func dropperStmt(d ir.Expr) ir.Stmt {
	if u, ok := d.(*ir.Unary); ok && u.Op == "&" {
		d = u.X // Go takes the address for the pointer method itself
	}
	if c, ok := d.(*ir.Convert); ok {
		if f, ok := c.X.(*ir.FuncLit); ok && len(f.Body.Stmts) == 1 {
			return f.Body.Stmts[0] // rt.DropFunc(func() { s }).Drop() is s
		}
	}
	return &ir.ExprStmt{X: &ir.Call{Fun: &ir.Selector{X: d, Name: "Drop"}}}
}

// sliceDropper drops the elements of Go slice v (a Vec, an array, a
// Box<[T]>) in order.
func (b *builder) sliceDropper(v ir.Expr, elem Ty) ir.Expr {
	if b.dropsByFunc(elem) {
		return b.dropFunc(&ir.Call{Fun: rt("DropEach"), Args: []ir.Expr{v, b.elemDropFunc(elem, ast.Span{})}})
	}
	return b.dropFunc(&ir.Call{Fun: rt("DropSlice"), Args: []ir.Expr{v}})
}

func (b *builder) dropFunc(call ir.Expr) ir.Expr {
	return &ir.Convert{Type: &ir.Named{Pkg: "rt", Name: "DropFunc"},
		X: &ir.FuncLit{Body: &ir.Block{Stmts: []ir.Stmt{&ir.ExprStmt{X: call}}}}}
}

// frameRef is the current Go function's frame, created on first use.
func (b *builder) frameRef() ir.Expr {
	if b.fs.frame == nil {
		b.fs.frame = &ir.Var{Name: "frame", Type: &ir.Named{Pkg: "rt", Name: "Frame"}, Temp: true}
	}
	return &ir.VarRef{Var: b.fs.frame}
}

func (b *builder) frameCall(method string, args ...ir.Expr) ir.Stmt {
	return &ir.ExprStmt{X: &ir.Call{Fun: &ir.Selector{X: b.frameRef(), Name: method}, Args: args}}
}

func slotLit(i int) ir.Expr { return &ir.Lit{Value: int64(i)} }

// newSlot registers the value in v (of type t) in a fresh slot; with v
// nil, the slot runs the statements drops.
func (b *builder) newSlot(v ir.Expr, t Ty, drops ...ir.Stmt) int {
	slot := b.fs.nslots
	b.fs.nslots++
	var d ir.Expr
	if v != nil {
		d = b.dropper(v, t)
	} else {
		d = &ir.Convert{Type: &ir.Named{Pkg: "rt", Name: "DropFunc"}, X: &ir.FuncLit{Body: &ir.Block{Stmts: drops}}}
	}
	b.emit(b.frameCall("Set", slotLit(slot), d))
	return slot
}

// registerLocal gives a local with drop glue its slot in the current scope.
func (b *builder) registerLocal(loc *Local, v *ir.Var) {
	if loc == nil || !b.hasDropGlue(loc.Ty) {
		return
	}
	slot := b.newSlot(&ir.VarRef{Var: v}, loc.Ty)
	b.fs.slotOf[loc] = slot
	b.scopeOwns(slot)
}

// scopeOwns makes the innermost scope drop slot when it ends.
func (b *builder) scopeOwns(slot int) {
	if n := len(b.fs.scopes); n > 0 {
		sc := b.fs.scopes[n-1]
		sc.slots = append(sc.slots, slot)
	}
}

// pushScope opens a Rust block scope.
func (b *builder) pushScope(loop bool, label string) *dropScope {
	sc := &dropScope{loop: loop, label: label, temps: len(b.fs.temps), tail: -1}
	b.fs.scopes = append(b.fs.scopes, sc)
	return sc
}

// popScope closes the innermost scope, dropping its slots (last first).
func (b *builder) popScope() {
	n := len(b.fs.scopes)
	sc := b.fs.scopes[n-1]
	b.fs.scopes = b.fs.scopes[:n-1]
	b.dropSlots(sc.slots)
	b.dropSlots(sc.tailTemps)
}

func (b *builder) dropSlots(slots []int) {
	if ir.Terminates(*b.out) {
		return // unreachable: the block already returned or loops forever
	}
	for i := len(slots) - 1; i >= 0; i-- {
		b.emit(b.frameCall("Drop", slotLit(slots[i])))
	}
}

// leaveScopes drops the slots of every scope that a break or continue to
// the loop labelled label (innermost loop if "") leaves, and the
// temporaries of the statements it leaves inside them (a `while let`,
// `if let` or `match` scrutinee's MutexGuard), innermost first, without
// closing them (the code after the branch is unreachable in Go's eyes only).
func (b *builder) leaveScopes(label string) {
	top := len(b.fs.temps)
	for i := len(b.fs.scopes) - 1; i >= 0; i-- {
		sc := b.fs.scopes[i]
		for j := top - 1; j >= sc.temps; j-- {
			if j != sc.tail {
				b.dropSlots(b.fs.temps[j])
			}
		}
		top = sc.temps
		b.dropSlots(sc.slots)
		if sc.tail >= 0 {
			b.dropSlots(b.fs.temps[sc.tail])
		}
		if sc.loop && (label == "" || sc.label == label) {
			return
		}
	}
}

// inStmt lowers one statement with its own temporaries, dropped (last
// first) when the statement ends.
func (b *builder) inStmt(f func()) {
	b.fs.temps = append(b.fs.temps, nil)
	f()
	n := len(b.fs.temps)
	temps := b.fs.temps[n-1]
	b.fs.temps = b.fs.temps[:n-1]
	b.dropSlots(temps)
}

// tempDroppable keeps a droppable temporary value in a variable with a
// slot dropped at the end of the enclosing statement, and returns the
// variable and its slot.
func (b *builder) tempDroppable(x ir.Expr, t Ty, span ast.Span) (ir.Expr, int) {
	tmp := b.temp("tmp", t, span)
	b.emit(&ir.DeclStmt{Var: tmp, Value: x, Span: span})
	ref := &ir.VarRef{Var: tmp}
	slot := b.newSlot(ref, t)
	b.tempOwns(slot)
	return ref, slot
}

// keepTemp keeps x, the droppable temporary value of expression e (of
// type t), in a variable: dropped at the end of the statement, or at the
// end of the let's block when the let extends it (extendingRefs).
func (b *builder) keepTemp(e ast.Expr, x ir.Expr, t Ty) ir.Expr {
	ref, slot := b.tempDroppable(x, t, e.Pos())
	if b.extending[e] && len(b.fs.temps) > 0 {
		temps := &b.fs.temps[len(b.fs.temps)-1]
		if n := len(*temps); n > 0 && (*temps)[n-1] == slot {
			*temps = (*temps)[:n-1]
			b.extendInto.slots = append(b.extendInto.slots, slot)
		}
	}
	return ref
}

// tempOwns makes slot a temporary of the statement being lowered,
// dropped when it ends (or when the scope ends, outside a statement).
func (b *builder) tempOwns(slot int) {
	if n := len(b.fs.temps); n > 0 {
		b.fs.temps[n-1] = append(b.fs.temps[n-1], slot)
	} else {
		b.scopeOwns(slot)
	}
}

// moved notes that local loc was moved away: its slot no longer owns it.
func (b *builder) moved(loc *Local) {
	if slot, ok := b.fs.slotOf[loc]; ok {
		b.emit(b.frameCall("Forget", slotLit(slot)))
	}
}

// withFrame lowers the body of a Go function (fn or closure) with a frame
// of its own; if anything was registered, the body starts by declaring
// the frame and deferring its Unwind.
func (b *builder) withFrame(body *ir.Block, f func()) {
	saved := b.fs
	b.fs = newFrameState()
	f()
	if b.fs.frame != nil && b.elideSlots(body, b.fs.frame) && dropDirectly(body, b.fs.frame) {
		prologue := []ir.Stmt{
			&ir.DeclStmt{Var: b.fs.frame},
			&ir.DeferStmt{Call: &ir.Call{Fun: &ir.Selector{X: &ir.VarRef{Var: b.fs.frame}, Name: "Unwind"}}},
		}
		body.Stmts = append(prologue, body.Stmts...)
	}
	b.fs = saved
}

// isPlace is isPlace, except that a const lowered to a function is a
// value: a new temporary at each use.
func (b *builder) isPlace(e ast.Expr) bool {
	if pe, ok := unparen(e).(*ast.PathExpr); ok {
		if cd, ok := b.c.items[pe].(*ConstDef); ok && constFunc(cd, b.c) {
			return false
		}
	}
	return isPlace(e)
}

// read lowers e where its value is only looked at (a borrow: a receiver
// of a &self method, an operand, a format argument). A local is not moved;
// a droppable temporary is kept until the end of the statement.
func (b *builder) read(e ast.Expr) ir.Expr {
	if pe, ok := unparen(e).(*ast.PathExpr); ok && b.isPlace(pe) {
		return b.path(pe)
	}
	b.borrowed = true
	x := b.valueOf(e)
	if x == nil || b.isPlace(e) {
		return x
	}
	if t := b.c.final(e); b.hasDropGlue(t) {
		return b.keepTemp(e, x, t)
	}
	return x
}

// lowerDrop: drop(x) drops x now (a local: its slot; any other value:
// its drop glue).
func lowerDrop(b *builder, c *intrinsicCall) ir.Expr {
	arg := c.args[0]
	if pe, ok := unparen(arg).(*ast.PathExpr); ok {
		if loc := b.c.refs[pe]; loc != nil {
			if slot, ok := b.fs.slotOf[loc]; ok {
				b.emit(b.frameCall("Drop", slotLit(slot)))
				return nil
			}
			if holder, ok := b.closureOwners[loc]; ok { // a `let` closure: the drops of its captures
				b.emit(b.frameCall("Drop", slotLit(holder)))
				return nil
			}
		}
	}
	v := b.valueOf(arg)
	t := b.c.final(arg)
	if b.hasDropGlue(t) && v != nil {
		tmp := b.temp("dropped", t, arg.Pos())
		b.emit(&ir.DeclStmt{Var: tmp, Value: v, Span: arg.Pos()})
		b.emit(b.dropCall(&ir.VarRef{Var: tmp}, t))
		return nil
	}
	if v != nil {
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{&ir.Blank{}}, Op: "=", Rhs: []ir.Expr{v}, Span: c.e.Pos()})
	}
	return nil
}

// lowerForget: mem::forget(x) moves x away and drops nothing (an Rc
// keeps its count, as in Rust).
func lowerForget(b *builder, c *intrinsicCall) ir.Expr {
	if v := b.valueOf(c.args[0]); v != nil {
		b.emit(&ir.AssignStmt{Lhs: []ir.Expr{&ir.Blank{}}, Op: "=", Rhs: []ir.Expr{v}, Span: c.e.Pos()})
	}
	return nil
}

func init() {
	intrinsics["drop"] = lowerDrop
	intrinsics["forget"] = lowerForget
}
