package lower

import (
	"sort"

	"github.com/rs2go/rs2go/frontend/ast"
)

// Closure captures as rustc 2021 computes them: each place of an outer
// local that the body uses (precise paths: `s.a`, not `s`), captured by
// shared borrow, mutable borrow or move, the least that the body's uses
// need; a `move` closure takes every capture by value, truncated at the
// first deref.

type capMode uint8

const (
	capShared capMode = iota
	capMut
	capMove
)

// capture is one captured place.
type capture struct {
	pl     place
	mode   capMode
	use    ast.Span // the first use inside the closure
	unsure bool     // some use is in a context the analysis does not model
	mutUse ast.Span // a use that mutates it (the closure is FnMut), if any
	// moveUse is a use that moves it out of the closure's environment
	// (the closure is then only FnOnce), if any.
	moveUse ast.Span
}

// captures computes (once) the captures of closure x.
func (o *ownCheck) captures(x *ast.ClosureExpr) []capture {
	if cs, ok := o.caps[x]; ok {
		return cs
	}
	o.caps[x] = nil // a closure cannot capture itself; guards recursion
	ci := o.c.closure[x]
	bd := o.closureBody(x)
	if ci == nil || bd == nil {
		return nil
	}
	upvar := map[*Local]bool{}
	for _, l := range ci.captures {
		upvar[l] = true
	}
	var evs []*event
	for _, b := range bd.blocks {
		for i := range b.evs {
			ev := &b.evs[i]
			if ev.kind == evAccess && upvar[ev.pl.root] {
				evs = append(evs, ev)
			}
		}
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].span.Start < evs[j].span.Start })
	var out []capture
	for _, ev := range evs {
		cp := capture{pl: ev.pl, use: ev.span, unsure: ev.unsure}
		if ev.byClos != nil {
			cp.use = ev.inClos
		}
		switch ev.acc {
		case accMove:
			cp.mode = capMove
			if !ev.unsure {
				cp.moveUse = cp.use
			}
		case accMut, accWrite:
			cp.mode = capMut
			cp.mutUse = cp.use
		}
		for i, s := range cp.pl.proj {
			if s.variant {
				cp.pl = cp.pl.truncate(i)
				break
			}
		}
		if x.Move {
			cp.mode = capMove
			for i, s := range cp.pl.proj {
				if s.kind == projDeref {
					cp.pl = cp.pl.truncate(i)
					break
				}
			}
		}
		out = mergeCapture(out, cp)
	}
	o.caps[x] = out
	return out
}

// captureOwnership records, for each closure, what its captures by value
// are (closureInfo.copied, .moves, .consumes).
//
// A `move` closure that takes only Copy fields of a local copies them:
// rustc copies `cfg.n` into `move || cfg.n * 2`, and cfg stays (and
// drops) where it is. A closure without `move` takes by value the
// locals its body moves (`|| consume(d)`), and the body then consumes
// its environment: calling it is FnOnce.
func (o *ownCheck) captureOwnership() {
	for _, x := range o.closureExprs() {
		ci := o.c.closure[x]
		if ci == nil {
			continue
		}
		ci.consumes = o.consumingCapture(x) != nil
		copied := map[*Local]bool{}
		for _, cp := range o.captures(x) {
			r := cp.pl.root
			if !x.Move {
				switch {
				case cp.mode != capMove || cp.unsure:
				case len(cp.pl.proj) == 0:
					if ci.moves == nil {
						ci.moves = map[*Local]bool{}
					}
					ci.moves[r] = true
				case !o.ot.isCopy(cp.pl.ty()) && ci.partialMove == (ast.Span{}):
					ci.partialMove = cp.use
				}
				continue
			}
			if _, seen := copied[r]; !seen {
				copied[r] = true
			}
			if cp.unsure || len(cp.pl.proj) == 0 || !o.ot.isCopy(cp.pl.ty()) {
				copied[r] = false
			}
		}
		for loc, ok := range copied {
			if ok {
				if ci.copied == nil {
					ci.copied = map[*Local]bool{}
				}
				ci.copied[loc] = true
			}
		}
	}
}

// mergeCapture adds cp to the captures, merging it with a capture of a
// prefix (or of an extension) of its place.
func mergeCapture(cs []capture, cp capture) []capture {
	for i := range cs {
		if cs[i].pl.prefixOf(cp.pl) {
			cs[i].mode = max(cs[i].mode, cp.mode)
			cs[i].unsure = cs[i].unsure || cp.unsure
			if cs[i].mutUse == (ast.Span{}) {
				cs[i].mutUse = cp.mutUse
			}
			if cs[i].moveUse == (ast.Span{}) {
				cs[i].moveUse = cp.moveUse
			}
			return cs
		}
	}
	var out []capture
	for _, c := range cs {
		if cp.pl.prefixOf(c.pl) {
			cp.mode = max(cp.mode, c.mode)
			cp.unsure = cp.unsure || c.unsure
			if c.use.Start < cp.use.Start {
				cp.use = c.use
			}
			if c.mutUse != (ast.Span{}) && (cp.mutUse == (ast.Span{}) || c.mutUse.Start < cp.mutUse.Start) {
				cp.mutUse = c.mutUse
			}
			if c.moveUse != (ast.Span{}) && (cp.moveUse == (ast.Span{}) || c.moveUse.Start < cp.moveUse.Start) {
				cp.moveUse = c.moveUse
			}
			continue
		}
		out = append(out, c)
	}
	return append(out, cp)
}

// mutatingCapture returns a capture that the closure's body mutates (so
// that calling it needs a mutable borrow: FnMut), if any.
func (o *ownCheck) mutatingCapture(x *ast.ClosureExpr) *capture {
	cs := o.captures(x)
	for i := range cs {
		if cs[i].mutUse != (ast.Span{}) {
			return &cs[i]
		}
	}
	return nil
}

// consumingCapture returns a capture that the closure's body moves out of
// its environment (so that calling it moves the closure: FnOnce), if any.
func (o *ownCheck) consumingCapture(x *ast.ClosureExpr) *capture {
	cs := o.captures(x)
	for i := range cs {
		if cs[i].moveUse != (ast.Span{}) && !cs[i].unsure {
			return &cs[i]
		}
	}
	return nil
}
