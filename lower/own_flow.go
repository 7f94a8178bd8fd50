package lower

import (
	"math/bits"
	"sort"

	"github.com/rs2go/rs2go/frontend/ast"
	"github.com/rs2go/rs2go/frontend/diag"
)

// The dataflow of the ownership checks over a body's graph (own_cfg.go):
//
//   - forward: which places may be moved out (E0382 on a later use),
//     which loans are in scope (created and not killed by overwriting
//     the borrowed local), and which loans each local holds;
//   - backward: which locals are live (used later on some path).
//
// A loan is alive where it is in scope and held by a live local: the
// non-lexical lifetimes of rustc, for the places and flows modelled.
// Every access is checked against the live loans (E0499, E0502, E0503,
// E0505, E0506) and against the moved places (E0382).

// bitset is a set of small integers.
type bitset []uint64

func (b bitset) has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }

func (b *bitset) add(i int) {
	for i/64 >= len(*b) {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (i % 64)
}

func (b *bitset) del(i int) {
	if i/64 < len(*b) {
		(*b)[i/64] &^= 1 << (i % 64)
	}
}

// or adds c to b, reporting whether b changed.
func (b *bitset) or(c bitset) bool {
	changed := false
	for len(*b) < len(c) {
		*b = append(*b, 0)
	}
	for i, w := range c {
		if (*b)[i]|w != (*b)[i] {
			(*b)[i] |= w
			changed = true
		}
	}
	return changed
}

func (b bitset) clone() bitset { return append(bitset(nil), b...) }

func (b bitset) each(f func(int)) {
	for i, w := range b {
		for w != 0 {
			j := bits.TrailingZeros64(w)
			f(i*64 + j)
			w &^= 1 << j
		}
	}
}

// movedKey identifies a moved place.
type movedKey struct {
	root *Local
	path string
}

// movedEntry is a place that may have been moved, with the moves.
type movedEntry struct {
	pl    place
	sites []*event
}

// flowState is the forward state at a program point.
type flowState struct {
	reached bool
	moved   map[movedKey]*movedEntry
	scope   bitset            // loans in scope
	holds   map[*Local]bitset // loans each local holds
	// inits holds the deferred-initialized immutable locals (`let x;`)
	// that may have been assigned, with their first assignment: rustc's
	// "ever initialized", which moves do not undo.
	inits map[*Local]*event
}

func newFlowState() *flowState {
	return &flowState{moved: map[movedKey]*movedEntry{}, holds: map[*Local]bitset{}, inits: map[*Local]*event{}}
}

func (s *flowState) clone() *flowState {
	t := &flowState{reached: s.reached, moved: make(map[movedKey]*movedEntry, len(s.moved)),
		scope: s.scope.clone(), holds: make(map[*Local]bitset, len(s.holds)), inits: make(map[*Local]*event, len(s.inits))}
	for l, ev := range s.inits {
		t.inits[l] = ev
	}
	for k, m := range s.moved {
		t.moved[k] = &movedEntry{pl: m.pl, sites: append([]*event(nil), m.sites...)}
	}
	for l, h := range s.holds {
		t.holds[l] = h.clone()
	}
	return t
}

// join merges t into s (a may-analysis: unions), reporting change.
func (s *flowState) join(t *flowState) bool {
	if !t.reached {
		return false
	}
	changed := !s.reached
	s.reached = true
	for k, m := range t.moved {
		e := s.moved[k]
		if e == nil {
			s.moved[k] = &movedEntry{pl: m.pl, sites: append([]*event(nil), m.sites...)}
			changed = true
			continue
		}
		for _, site := range m.sites {
			if !containsEvent(e.sites, site) {
				e.sites = append(e.sites, site)
				changed = true
			}
		}
	}
	if s.scope.or(t.scope) {
		changed = true
	}
	for l, ev := range t.inits {
		if s.inits[l] == nil {
			s.inits[l] = ev
			changed = true
		}
	}
	for l, h := range t.holds {
		cur := s.holds[l]
		if cur.or(h) {
			changed = true
		}
		s.holds[l] = cur
	}
	return changed
}

func containsEvent(es []*event, e *event) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// analysis runs the dataflow of one body and reports what it finds.
type analysis struct {
	o       *ownCheck
	bd      *body
	in      []*flowState
	idx     map[*Local]int // local → liveness index
	locals  []*Local
	liveIn  []bitset
	report  bool
	fitMemo map[[2]any]bool
	// errors already reported for a set of moves (rustc reports a use
	// after a given move once)
	movedReported map[string]bool
}

func (o *ownCheck) analyze(bd *body) {
	a := &analysis{o: o, bd: bd, idx: map[*Local]int{}, movedReported: map[string]bool{}}
	a.indexLocals()
	a.liveness()
	a.forward()
	a.report = true
	for b, st := range a.in {
		if st.reached {
			a.transfer(b, st.clone())
		}
	}
}

func (a *analysis) indexLocals() {
	add := func(l *Local) {
		if l == nil {
			return
		}
		if _, ok := a.idx[l]; !ok {
			a.idx[l] = len(a.locals)
			a.locals = append(a.locals, l)
		}
	}
	for _, b := range a.bd.blocks {
		for _, ev := range b.evs {
			add(ev.pl.root)
			add(ev.local)
			for _, f := range ev.src.from {
				add(f)
			}
		}
	}
	for _, h := range a.bd.holders {
		add(h)
	}
}

// useDef gives the local an event uses and the one it defines; a flow
// out of a temporary also uses the temporary (synth).
func useDef(ev *event, synth map[*Local]bool) (use, def *Local, also []*Local) {
	switch ev.kind {
	case evAccess:
		if ev.acc == accWrite && len(ev.pl.proj) == 0 {
			return nil, ev.pl.root, nil
		}
		return ev.pl.root, nil, nil
	case evUse:
		return ev.local, nil, nil
	case evInit:
		return nil, ev.local, nil
	case evFlow:
		for _, f := range ev.src.from {
			if synth[f] {
				also = append(also, f)
			}
		}
		if ev.strong {
			return nil, ev.local, also
		}
		return nil, nil, also
	}
	return nil, nil, nil
}

// liveness computes the live-in set of each block (backward, to a fixpoint).
func (a *analysis) liveness() {
	n := len(a.bd.blocks)
	a.liveIn = make([]bitset, n)
	for changed := true; changed; {
		changed = false
		for b := n - 1; b >= 0; b-- {
			live := a.liveOut(b)
			evs := a.bd.blocks[b].evs
			for i := len(evs) - 1; i >= 0; i-- {
				a.step(&live, &evs[i])
			}
			if a.liveIn[b].or(live) {
				changed = true
			}
		}
	}
}

func (a *analysis) liveOut(b int) bitset {
	var live bitset
	for _, s := range a.bd.blocks[b].succ {
		live.or(a.liveIn[s])
	}
	if b == a.bd.exit {
		for _, h := range a.bd.holders {
			live.add(a.idx[h])
		}
	}
	return live
}

// step moves a live set backward over one event.
func (a *analysis) step(live *bitset, ev *event) {
	use, def, also := useDef(ev, a.bd.synth)
	if def != nil {
		live.del(a.idx[def])
	}
	if use != nil {
		live.add(a.idx[use])
	}
	for _, u := range also {
		live.add(a.idx[u])
	}
}

// liveAfter gives, for each event of block b, the locals live after it.
func (a *analysis) liveAfter(b int) []bitset {
	evs := a.bd.blocks[b].evs
	out := make([]bitset, len(evs))
	live := a.liveOut(b)
	for i := len(evs) - 1; i >= 0; i-- {
		out[i] = live.clone()
		a.step(&live, &evs[i])
	}
	return out
}

// forward runs the forward dataflow to a fixpoint.
func (a *analysis) forward() {
	n := len(a.bd.blocks)
	a.in = make([]*flowState, n)
	for i := range a.in {
		a.in[i] = newFlowState()
	}
	a.in[a.bd.entry].reached = true
	work := []int{a.bd.entry}
	queued := map[int]bool{a.bd.entry: true}
	for steps := 0; len(work) > 0 && steps < 100000; steps++ {
		b := work[0]
		work = work[1:]
		queued[b] = false
		out := a.transfer(b, a.in[b].clone())
		for _, s := range a.bd.blocks[b].succ {
			if a.in[s].join(out) && !queued[s] {
				work = append(work, s)
				queued[s] = true
			}
		}
	}
}

// transfer applies block b's events to st (checking them when reporting).
func (a *analysis) transfer(b int, st *flowState) *flowState {
	evs := a.bd.blocks[b].evs
	var after []bitset
	if a.report {
		after = a.liveAfter(b)
	}
	for i := range evs {
		ev := &evs[i]
		if a.report {
			a.check(b, i, ev, st, after[i])
		}
		a.apply(ev, st)
	}
	return st
}

// apply is the forward transfer function of one event.
func (a *analysis) apply(ev *event, st *flowState) {
	switch ev.kind {
	case evAccess:
		switch ev.acc {
		case accMove:
			k := movedKey{ev.pl.root, ev.pl.key()}
			if e := st.moved[k]; e != nil {
				e.sites = []*event{ev}
			} else {
				st.moved[k] = &movedEntry{pl: ev.pl, sites: []*event{ev}}
			}
		case accWrite:
			if r := ev.pl.root; len(ev.pl.proj) == 0 && r.Uninit && !r.Mut && st.inits[r] == nil {
				st.inits[r] = ev
			}
			for k, m := range st.moved {
				if ev.pl.prefixOf(m.pl) {
					delete(st.moved, k)
				}
			}
			if len(ev.pl.proj) == 0 {
				a.kill(ev.pl.root, st)
			}
		}
		if ev.loan >= 0 {
			st.scope.add(ev.loan)
		}
	case evInit:
		for k := range st.moved {
			if k.root == ev.local {
				delete(st.moved, k)
			}
		}
		a.kill(ev.local, st)
		delete(st.holds, ev.local)
	case evDead:
		a.kill(ev.local, st)
		delete(st.holds, ev.local)
	case evDecl:
		delete(st.inits, ev.local)
	case evFlow:
		var h bitset
		if !ev.strong {
			h = st.holds[ev.local].clone()
		}
		var in bitset
		for _, l := range ev.src.loans {
			if l >= 0 {
				in.add(l)
			}
		}
		for _, f := range ev.src.from {
			in.or(st.holds[f])
		}
		synth := a.bd.synth[ev.local]
		in.each(func(l int) {
			if synth || a.fits(l, ev.local) {
				h.add(l)
			}
		})
		st.holds[ev.local] = h
	}
}

// fits reports (memoized) whether local l's type can hold loan id.
func (a *analysis) fits(id int, l *Local) bool {
	if a.fitMemo == nil {
		a.fitMemo = map[[2]any]bool{}
	}
	k := [2]any{id, l}
	if v, ok := a.fitMemo[k]; ok {
		return v
	}
	v := a.o.ot.loanFits(a.bd.loans[id].pl.ty(), l.Ty)
	a.fitMemo[k] = v
	return v
}

// kill takes the loans of places rooted at local l out of scope (l is
// overwritten or bound anew: what they borrowed is gone).
func (a *analysis) kill(l *Local, st *flowState) {
	for id, ln := range a.bd.loans {
		if ln.pl.root == l {
			st.scope.del(id)
		}
	}
}

// check reports the errors of one access.
func (a *analysis) check(b, i int, ev *event, st *flowState, live bitset) {
	switch ev.kind {
	case evDead:
		a.checkDead(b, i, ev, st, live)
		return
	case evStatic:
		a.checkStatic(ev, st)
		return
	case evAccess:
	default:
		return
	}
	if ev.mutChk {
		a.o.checkMut(a.bd, ev)
	}
	a.checkAssignTwice(ev, st)
	a.checkMoved(ev, st)
	a.checkConflict(b, i, ev, st, live)
}

// checkAssignTwice reports an assignment to an immutable `let x;` binding
// that may already be initialized (E0384).
func (a *analysis) checkAssignTwice(ev *event, st *flowState) {
	r := ev.pl.root
	if ev.acc != accWrite || len(ev.pl.proj) != 0 || !r.Uninit || r.Mut {
		return
	}
	if a.bd.clos != nil && !a.bd.locals[r] {
		return // assigning a captured binding is E0594 (checkMut)
	}
	first := st.inits[r]
	if first == nil {
		return
	}
	at := ev.wspan
	if at == (ast.Span{}) {
		at = ev.span
	}
	var notes []diag.Note
	if first != ev {
		fspan := first.wspan
		if fspan == (ast.Span{}) {
			fspan = first.span
		}
		notes = append(notes, note(fspan, "first assignment to `%s`", r.Name))
	}
	notes = append(notes, note(r.Span, "help: consider making this binding mutable: `mut %s`", r.Name))
	a.o.errorf(at, "E0384", notes, "cannot assign twice to immutable variable `%s`", r.Name)
}

// checkMoved reports a use of a place that may have been moved (E0382).
func (a *analysis) checkMoved(ev *event, st *flowState) {
	var hits []*movedEntry
	for _, m := range st.moved {
		if m.pl.root != ev.pl.root {
			continue
		}
		if ev.acc == accWrite {
			if m.pl.prefixOf(ev.pl) && len(m.pl.proj) < len(ev.pl.proj) {
				hits = append(hits, m)
			}
			continue
		}
		if m.pl.prefixOf(ev.pl) || ev.pl.prefixOf(m.pl) {
			hits = append(hits, m)
		}
	}
	if len(hits) == 0 {
		return
	}
	sort.Slice(hits, func(i, j int) bool { return len(hits[i].pl.proj) < len(hits[j].pl.proj) })
	a.o.reportMoved(a, ev, hits)
}

// checkConflict reports an access that conflicts with a live loan.
func (a *analysis) checkConflict(b, i int, ev *event, st *flowState, live bitset) {
	var found int = -1
	var holder *Local
	live.each(func(li int) {
		if found >= 0 {
			return
		}
		h := a.locals[li]
		st.holds[h].each(func(l int) {
			if found >= 0 || l == ev.loan || !st.scope.has(l) {
				return
			}
			if conflicts(ev, a.bd.loans[l]) {
				found, holder = l, h
			}
		})
	})
	if found < 0 {
		return
	}
	a.o.reportConflict(a, b, i, ev, a.bd.loans[found], found, holder, st)
}

// conflicts reports whether access ev is incompatible with loan ln.
func conflicts(ev *event, ln *loan) bool {
	p, q := ev.pl, ln.pl
	switch {
	case p.prefixOf(q):
		// The access covers the borrowed place. Overwriting (or moving)
		// a reference does not touch what it points to.
		if ev.acc == accWrite || ev.acc == accMove {
			for _, s := range q.proj[len(p.proj):] {
				if s.kind == projDeref && !s.box {
					return false
				}
			}
		}
	case q.prefixOf(p):
	default:
		return false
	}
	if ln.mut {
		return true
	}
	switch ev.acc {
	case accMut, accMove, accWrite:
		return true
	}
	return false
}

// laterUse finds the first use, after event i of block b, of a local
// holding loan l: rustc's "borrow later used here".
func (a *analysis) laterUse(b, i, l int, st *flowState) (ast.Span, bool) {
	holders := map[*Local]bool{}
	for h, set := range st.holds {
		if set.has(l) {
			holders[h] = true
		}
	}
	type pos struct{ b, i int }
	seen := map[int]bool{}
	queue := []pos{{b, i + 1}}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		evs := a.bd.blocks[p.b].evs
		for j := p.i; j < len(evs); j++ {
			ev := &evs[j]
			u, _, _ := useDef(ev, a.bd.synth)
			if u != nil && holders[u] {
				if ev.kind == evUse {
					if a.bd.synth[u] && u.Span != (ast.Span{}) {
						return u.Span, true
					}
					if u.Span == (ast.Span{}) {
						return ast.Span{}, false
					}
				}
				if ev.kind == evAccess {
					if ev.mspan != (ast.Span{}) {
						return ev.mspan, true
					}
					return ev.span, true
				}
			}
		}
		for _, s := range a.bd.blocks[p.b].succ {
			if !seen[s] {
				seen[s] = true
				queue = append(queue, pos{s, 0})
			}
		}
	}
	return ast.Span{}, false
}

// checkDead reports a local that goes out of scope while a live local
// still holds a borrow of it (E0597). Borrows by closures are E0373's.
func (a *analysis) checkDead(b, i int, ev *event, st *flowState, live bitset) {
	found := -1
	live.each(func(li int) {
		if found >= 0 {
			return
		}
		st.holds[a.locals[li]].each(func(l int) {
			ln := a.bd.loans[l]
			if found < 0 && st.scope.has(l) && ln.pl.root == ev.local && !ln.pl.hasDeref() && ln.closure == nil {
				found = l
			}
		})
	})
	if found < 0 {
		return
	}
	ln := a.bd.loans[found]
	notes := []diag.Note{
		note(ln.span, "borrowed value does not live long enough"),
		note(ev.span, "`%s` dropped here while still borrowed", ev.local.Name),
	}
	if later, ok := a.laterUse(b, i, found, st); ok {
		notes = append(notes, note(later, "borrow later used here"))
	}
	a.o.errorf(ln.span, "E0597", notes, "`%s` does not live long enough", ev.local.Name)
}

// checkStatic reports a value given where 'static is required that
// borrows a local of this body: E0373 for a closure, E0597 otherwise.
func (a *analysis) checkStatic(ev *event, st *flowState) {
	var in bitset
	for _, l := range ev.src.loans {
		if l >= 0 {
			in.add(l)
		}
	}
	for _, f := range ev.src.from {
		in.or(st.holds[f])
	}
	done := false
	in.each(func(l int) {
		ln := a.bd.loans[l]
		if done || !st.scope.has(l) || ln.pl.hasDeref() || !a.bd.locals[ln.pl.root] || a.bd.synth[ln.pl.root] {
			return
		}
		done = true
		name := ln.pl.root.Name
		if ln.closure != nil {
			head := closureHead(a.o.c.l.src.Text, ln.closure)
			a.o.errorf(head, "E0373", []diag.Note{
				note(head, "may outlive borrowed value `%s`", name),
				note(ln.inClos, "`%s` is borrowed here", name),
				note(head, "help: to force the closure to take ownership of `%s` (and any other referenced variables), use the `move` keyword", name),
			}, "closure may outlive the current function, but it borrows `%s`, which is owned by the current function", name)
			return
		}
		a.o.errorf(ln.span, "E0597", []diag.Note{
			note(ln.span, "borrowed value does not live long enough"),
			note(ev.span, "argument requires that `%s` is borrowed for `'static`", name),
		}, "`%s` does not live long enough", name)
	})
}
