package lower

import (
	"github.com/rs2go/rs2go/frontend/ast"
)

// bindScope is a pattern and the span its bindings live in (a match arm;
// an if let or while let from its scrutinee to the end of its body).
type bindScope struct {
	pat   ast.Pat
	span  ast.Span
	scrut ast.Span // the scrutinee of an if let or while let, inside span
}

// writeBacks decides which `&mut` bindings into an enum variant's payload
// may be written back when their scope ends (payloadWriteBack): those of
// a scope that mutates no place but through locals declared in it. Once
// the bindings are dead, Rust lets the scope assign the enum's place
// (`self.state = State::Done`), and a write-back at its end would undo
// that; anything else mutated there might hold the place too.
func (o *ownCheck) writeBacks(bodies []*body) {
	for _, sc := range o.c.bindScopes {
		var muts []*ast.IdentPat
		walkPat(sc.pat, func(q ast.Pat) {
			if ip, ok := q.(*ast.IdentPat); ok && o.c.refMutBind[ip] {
				muts = append(muts, ip)
			}
		})
		if len(muts) == 0 || o.mutatesOutside(bodies, sc) {
			continue
		}
		for _, ip := range muts {
			o.c.writeBackOK[ip] = true
		}
	}
}

// mutatesOutside reports whether an access in sc's span, but in its
// pattern (the bindings' own borrows) and its scrutinee, mutates a place
// whose local is declared outside the span.
func (o *ownCheck) mutatesOutside(bodies []*body, sc bindScope) bool {
	span := sc.span
	for _, bd := range bodies {
		if bd == nil {
			continue
		}
		for _, blk := range bd.blocks {
			for i := range blk.evs {
				ev := &blk.evs[i]
				if ev.kind != evAccess || ev.acc != accMut && ev.acc != accWrite || !inside(ev.span, span) ||
					inside(ev.span, sc.pat.Pos()) || inside(ev.span, sc.scrut) {
					continue
				}
				if ev.pl.root == nil || !inside(ev.pl.root.Span, span) {
					return true
				}
			}
		}
	}
	return false
}
