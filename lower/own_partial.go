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

// partialMove lowers the move of field e out of local pe (a struct or a
// tuple without a Drop impl of its own), reporting false where it does
// not apply.
func (b *builder) partialMove(pe *ast.PathExpr, e *ast.FieldExpr) bool {
	loc := b.c.refs[pe]
	slot, ok := b.fs.slotOf[loc]
	if !ok {
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
	v := b.vars[loc]
	split := []ir.Stmt{b.frameCall("Forget", slotLit(slot))}
	for _, f := range fields {
		place := &ir.Selector{X: &ir.VarRef{Var: v}, Name: f.goName}
		split = append(split, b.frameCall("Set", slotLit(slots[f.name]), b.dropper(place, f.ty)))
	}
	held := &ir.Call{Fun: &ir.Selector{X: b.frameRef(), Name: "Held"}, Args: []ir.Expr{slotLit(slot)}}
	b.emit(&ir.IfStmt{Cond: held, Then: &ir.Block{Stmts: split}, Span: e.Span})
	b.emit(b.frameCall("Forget", slotLit(slots[e.Name.Name])))
	return true
}

// glueField is a field with drop glue of a struct or tuple.
type glueField struct {
	name, goName string
	ty           Ty
}

// glueFields lists the fields with drop glue of t, a user struct without
// a Drop impl or a tuple, in declaration order (nil for other types).
func (b *builder) glueFields(t Ty) []glueField {
	var out []glueField
	switch t := b.c.resolve(t, true).(type) {
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
