package lower

import (
	"slices"
	"strconv"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/lower/ir"
)

// Partial moves. `let v = n.value;` moves one field out of the local n;
// Rust then drops n's other fields with drop glue where n would have
// been dropped (n itself is no longer usable, only its fields). rs2go
// gives such a local one slot per field with drop glue, made when a move
// first takes it apart: where n's own slot is still set (held), the
// fields' slots take its place, and each move of a field forgets its
// slot. The split is emitted at every partial move, guarded by Held, so
// that it is right on every path (a field moved in one branch, another
// after it). The field slots drop in n's place at its scope's end, in
// declaration order; assigning n anew drops the fields left first.

// A pattern that moves some parts of an owned value and leaves others
// with drop glue (`let (a, _, c) = t;`, `E::Two(x, _)`, `P { a, .. }`)
// makes the value's slot drop the parts left (leaveParts): those are
// projections of the scrutinee the pattern matched. A local so taken
// apart cannot be taken apart again by a field move.

// partialMove lowers the move of field e out of local pe (a struct or a
// tuple without a Drop impl of its own), reporting false where it does
// not apply.
func (b *builder) partialMove(pe *ast.PathExpr, e *ast.FieldExpr) bool {
	loc := b.c.refs[pe]
	slot, ok := b.fs.slotOf[loc]
	if !ok || b.fs.leftParts[slot] {
		return false
	}
	fields := b.glueFields(loc.Ty)
	if fields == nil || !slices.ContainsFunc(fields, func(f glueField) bool { return f.name == e.Name.Name }) {
		return false
	}
	slots := b.fs.fieldSlots[loc]
	if slots == nil {
		var owner *dropScope
		at := -1
		for _, sc := range b.fs.scopes {
			if i := slices.Index(sc.slots, slot); i >= 0 {
				owner, at = sc, i
			}
		}
		if owner == nil {
			return false
		}
		slots = map[string]int{}
		var added []int
		// The first field gets the highest slot, which Unwind drops
		// first, and comes last in the scope's list, dropped first too:
		// Rust drops the fields in declaration order.
		for i := len(fields) - 1; i >= 0; i-- {
			slots[fields[i].name] = b.fs.nslots
			added = append(added, b.fs.nslots)
			b.fs.nslots++
		}
		owner.slots = slices.Insert(owner.slots, at+1, added...)
		if b.fs.fieldSlots == nil {
			b.fs.fieldSlots = map[*Local]map[string]int{}
		}
		b.fs.fieldSlots[loc] = slots
	}
	b.splitLocal(loc, slot, slots, fields, e.Span)
	b.emit(b.frameCall("Forget", slotLit(slots[e.Name.Name])))
	return true
}

// splitLocal moves local loc, where its own slot is still set, into the
// slots of its fields.
func (b *builder) splitLocal(loc *Local, slot int, slots map[string]int, fields []glueField, span ast.Span) {
	v := b.vars[loc]
	split := []ir.Stmt{b.frameCall("Forget", slotLit(slot))}
	for _, f := range fields {
		place := &ir.Selector{X: &ir.VarRef{Var: v}, Name: f.goName}
		split = append(split, b.frameCall("Set", slotLit(slots[f.name]), b.dropper(place, f.ty)))
	}
	held := &ir.Call{Fun: &ir.Selector{X: b.frameRef(), Name: "Held"}, Args: []ir.Expr{slotLit(slot)}}
	b.emit(&ir.IfStmt{Cond: held, Then: &ir.Block{Stmts: split}, Span: span})
}

// fieldSlot is the slot of field lhs (`n.value = v`) of a local that a
// partial move has taken apart: the local is split (if it is still
// whole on this path), and the field's own slot drops its old value,
// if it was not moved out, when it is assigned.
func (b *builder) fieldSlot(lhs ast.Expr) (int, bool) {
	fe, ok := unparen(lhs).(*ast.FieldExpr)
	if !ok {
		return 0, false
	}
	pe, ok := unparen(fe.X).(*ast.PathExpr)
	if !ok {
		return 0, false
	}
	loc := b.c.refs[pe]
	slots := b.fs.fieldSlots[loc]
	fslot, ok := slots[fe.Name.Name]
	if !ok {
		return 0, false
	}
	b.splitLocal(loc, b.fs.slotOf[loc], slots, b.glueFields(loc.Ty), lhs.Pos())
	return fslot, true
}

// glueField is a field with drop glue of a struct or tuple.
type glueField struct {
	name, goName string
	ty           Ty
}

// glueFields lists the fields with drop glue of t, a user struct without
// a Drop impl or a tuple, or a Box of one (`self.head = node.next`: Go
// selects the field through the pointer), in declaration order (nil for
// other types).
func (b *builder) glueFields(t Ty) []glueField {
	var out []glueField
	t = b.c.resolve(t, true)
	if a, ok := t.(*Adt); ok && a.Def.Go["box"] != "" && len(a.Args) == 1 {
		t = b.c.resolve(a.Args[0], true)
	}
	switch t := t.(type) {
	case *Adt:
		if t.Def.Std || isEnum(t.Def) || t.Def.Traits["Drop"] != nil {
			return nil
		}
		for _, f := range t.Def.Fields {
			if ft := subst(f.Type, t.Args); b.hasDropGlue(ft) {
				out = append(out, glueField{f.Name, goFieldName(f.Name), ft})
			}
		}
	case *TupleTy:
		for i, et := range t.Elems {
			if b.hasDropGlue(et) {
				out = append(out, glueField{strconv.Itoa(i), fieldIndexName(i), et})
			}
		}
	}
	return out
}

// dropFieldSlots drops the fields of a taken-apart local left in their
// slots (declaration order), before the local is assigned anew.
func (b *builder) dropFieldSlots(loc *Local) {
	slots := b.fs.fieldSlots[loc]
	for _, f := range b.glueFields(loc.Ty) {
		if s, ok := slots[f.name]; ok {
			b.emit(b.frameCall("Drop", slotLit(s)))
		}
	}
}

// leaveParts sets slot owner to drop the parts with drop glue that the
// moving pattern p leaves in the value, reporting false where p is not
// one it models (an or-pattern, a rest in a tuple, `x @ ..`, a variant's
// `..`).
func (b *builder) leaveParts(p ast.Pat, owner int) bool {
	var drops []ir.Stmt
	ok := true
	local := false // owner is a local's slot, not a temporary's
	for _, s := range b.fs.slotOf {
		local = local || s == owner
	}
	var walk func(q ast.Pat)
	walk = func(q ast.Pat) {
		t := b.c.resolve(b.c.patTypes[q], true)
		if _, ref := t.(*RefTy); ref || !b.hasDropGlue(t) || !ok {
			return // borrowed, or nothing to drop
		}
		left := func(x ir.Expr, t Ty) { // a part left: dropped from a copy (x may be a type assertion's)
			v := &ir.Var{Name: "part", Type: b.goType(t, q.Pos()), Temp: true}
			drops = append(drops, &ir.DeclStmt{Var: v, Value: x}, b.dropCall(&ir.VarRef{Var: v}, t))
		}
		proj := b.patProj[q]
		switch q := q.(type) {
		case *ast.WildPat:
			if proj == nil {
				ok = false
				return
			}
			left(proj, t)
		case *ast.IdentPat:
			loc := b.c.locals[q]
			switch {
			case loc == nil || q.Sub != nil:
				ok = loc == nil // a unit variant; `x @ pat`: not modelled
			case !b.hasDropGlue(loc.Ty): // `ref x`: the part stays
				if proj == nil || !local {
					ok = false // a temporary's part borrowed: it would live as long as x
					return
				}
				left(proj, t)
			}
		case *ast.TuplePat, *ast.TupleStructPat:
			for _, e := range subPats(q) {
				if _, rest := e.(*ast.RestPat); rest {
					ok = false
				}
				walk(e)
			}
		case *ast.StructPat:
			named := map[string]bool{}
			for _, f := range q.Fields {
				named[f.Name.Name] = true
				walk(f.Pat)
			}
			if !q.Rest || !b.restHasGlue(q, t, named) {
				return
			}
			adt, isAdt := t.(*Adt)
			if !isAdt || b.c.patVariant[q] != nil || proj == nil {
				ok = false // a variant's rest
				return
			}
			for _, f := range adt.Def.Fields {
				if ft := subst(f.Type, adt.Args); !named[f.Name] && b.hasDropGlue(ft) {
					left(&ir.Selector{X: b.derefScrut(proj, t), Name: goFieldName(f.Name)}, ft)
				}
			}
		case *ast.LitPat, *ast.RangePat, *ast.PathPat:
		default:
			ok = false
		}
	}
	walk(p)
	if !ok || len(drops) == 0 {
		return false
	}
	b.emit(b.frameCall("Set", slotLit(owner), &ir.Convert{Type: &ir.Named{Pkg: "rt", Name: "DropFunc"}, X: &ir.FuncLit{Body: &ir.Block{Stmts: drops}}}))
	if b.fs.leftParts == nil {
		b.fs.leftParts = map[int]bool{}
	}
	b.fs.leftParts[owner] = true
	return true
}
