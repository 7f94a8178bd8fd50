package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
)

// bindScope is a pattern, the span its bindings live in (a match arm;
// an if let or while let from the let to the end of its body), and its
// scrutinee's span.
type bindScope struct {
	pat   ast.Pat
	span  ast.Span
	scrut ast.Span
}

// writeBacks decides which `&mut` bindings into an enum variant's payload
// may be written back when their scope ends (payloadWriteBack): those of
// a scope that mutates no local the scrutinee names. Once the bindings
// are dead, Rust lets the scope assign the enum's place (`self.state =
// State::Done`, `m.insert(k, v)` after `m.get_mut(k)`), and a write-back
// at its end would undo that.
func (o *ownCheck) writeBacks(bodies []*body) {
	for _, sc := range o.c.bindScopes {
		var muts []*ast.IdentPat
		walkPat(sc.pat, func(q ast.Pat) {
			if ip, ok := q.(*ast.IdentPat); ok && o.c.refMutBind[ip] {
				muts = append(muts, ip)
			}
		})
		if len(muts) == 0 || o.mutatesScrutinee(bodies, sc) {
			continue
		}
		for _, ip := range muts {
			o.c.writeBackOK[ip] = true
		}
	}
}

// mutatesScrutinee reports whether an access in sc's span, but in its
// pattern (the bindings' own borrows) and its scrutinee, mutates a place
// of a local that the scrutinee names (or of no known local).
func (o *ownCheck) mutatesScrutinee(bodies []*body, sc bindScope) bool {
	roots := map[*Local]bool{}
	for pe, loc := range o.c.refs {
		if inside(pe.Pos(), sc.scrut) {
			roots[loc] = true
		}
	}
	for _, bd := range bodies {
		if bd == nil {
			continue
		}
		for _, blk := range bd.blocks {
			for i := range blk.evs {
				ev := &blk.evs[i]
				if ev.kind != evAccess || ev.acc != accMut && ev.acc != accWrite || !inside(ev.span, sc.span) ||
					inside(ev.span, sc.pat.Pos()) || inside(ev.span, sc.scrut) {
					continue
				}
				if ev.pl.root == nil || roots[ev.pl.root] {
					return true
				}
			}
		}
	}
	return false
}
