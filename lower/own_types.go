package lower

import (
	"fmt"
	"strings"

	"github.com/rs2go/rs2go/frontend/ast"
)

// Type predicates of the ownership checks (own_*.go): which values move
// (not Copy), which may carry borrows, and how rustc prints a type in its
// messages. Each predicate answers "definitely" only when it is sure: an
// unknown type is Copy (never reported as moved) and carries no borrow,
// so that an unknown type can only hide an error, never invent one.

// stdNotCopy lists std types that are not Copy. A std type missing from
// both tables is taken as Copy (the safe answer for move checking).
var stdNotCopy = map[string]bool{
	"String": true, "Vec": true, "Box": true, "Rc": true, "Arc": true, "Weak": true,
	"Cell": true, "RefCell": true, "Ref": true, "RefMut": true, "OnceCell": true,
	"Mutex": true, "MutexGuard": true, "RwLock": true, "RwLockReadGuard": true, "RwLockWriteGuard": true,
	"Condvar": true, "Barrier": true, "Once": true, "OnceLock": true, "LazyLock": true,
	"Sender": true, "SyncSender": true, "Receiver": true, "IntoIter": true,
	"JoinHandle": true, "ScopedJoinHandle": true, "Thread": true, "Builder": true,
	"HashMap": true, "HashSet": true, "BTreeMap": true, "BTreeSet": true, "VecDeque": true, "BinaryHeap": true,
	"Range": true, "RangeInclusive": true, "PoisonError": true, "SendError": true, "TrySendError": true,
	"TryLockError": true, "FromUtf8Error": true, "Formatter": true,
	"AtomicBool": true, "AtomicI8": true, "AtomicI16": true, "AtomicI32": true, "AtomicI64": true, "AtomicIsize": true,
	"AtomicU8": true, "AtomicU16": true, "AtomicU32": true, "AtomicU64": true, "AtomicUsize": true,
}

// stdCopyArgs lists std types that are Copy when their arguments are.
var stdCopyArgs = map[string]bool{"Option": true, "Result": true}

// stdCopy lists std types that are Copy.
var stdCopy = map[string]bool{
	"Duration": true, "Instant": true, "ThreadId": true, "Ordering": true, "NonZeroUsize": true,
	"RecvError": true, "TryRecvError": true, "RecvTimeoutError": true, "Error": true,
}

// ownTypes answers the type questions of one body's checks.
type ownTypes struct {
	c        *checker
	copyImpl map[string]bool // user types with `impl Copy for T` or derive(Copy)
	sendImpl map[string]bool // user types with `unsafe impl Send for T`
	syncImpl map[string]bool // user types with `unsafe impl Sync for T`
	// statefulCopy reports whether the closure of a ClosureTy's ID is a
	// Copy `move` closure whose body changes what it captured (set per
	// function by checkOwnership): its uses by value are tracked as
	// moves, since a Go copy of it would share that state.
	statefulCopy func(id int) bool
}

func newOwnTypes(c *checker) *ownTypes {
	if m := c.l.markers; m != nil { // scanned once per crate, not once per function
		return &ownTypes{c: c, copyImpl: m.copyImpl, sendImpl: m.sendImpl, syncImpl: m.syncImpl}
	}
	ot := &ownTypes{c: c, copyImpl: map[string]bool{}, sendImpl: map[string]bool{}, syncImpl: map[string]bool{}}
	if c.l.file != nil {
		ot.scanImpls(c.l.file.Items)
	}
	c.l.markers = ot
	return ot
}

// scanImpls records the marker trait impls of the user crate, by the
// last segment of the implementing type's name (items in function bodies
// and modules included).
func (ot *ownTypes) scanImpls(items []ast.Item) {
	for _, it := range items {
		switch it := it.(type) {
		case *ast.ImplDecl:
			if it.Trait == nil || it.Negative {
				ot.scanFnBodies(it.Items)
				continue
			}
			pt, ok := it.SelfTy.(*ast.PathType)
			if !ok {
				continue
			}
			switch it.Trait.Last() {
			case "Copy":
				ot.copyImpl[pt.Path.Last()] = true
			case "Send":
				ot.sendImpl[pt.Path.Last()] = true
			case "Sync":
				ot.syncImpl[pt.Path.Last()] = true
			}
			ot.scanFnBodies(it.Items)
		case *ast.StructDecl:
			if deriveSet(it.Attrs)["Copy"] {
				ot.copyImpl[it.Name.Name] = true
			}
		case *ast.EnumDecl:
			if deriveSet(it.Attrs)["Copy"] {
				ot.copyImpl[it.Name.Name] = true
			}
		case *ast.ModDecl:
			ot.scanImpls(it.Items)
		case *ast.FnDecl:
			ot.scanFnBodies([]ast.Item{it})
		}
	}
}

func (ot *ownTypes) scanFnBodies(items []ast.Item) {
	for _, it := range items {
		fd, ok := it.(*ast.FnDecl)
		if !ok || fd.Body == nil {
			continue
		}
		var inner []ast.Item
		for _, s := range fd.Body.Stmts {
			if is, ok := s.(*ast.ItemStmt); ok {
				inner = append(inner, is.Item)
			}
		}
		ot.scanImpls(inner)
	}
}

func (ot *ownTypes) final(t Ty) Ty {
	if t == nil {
		return nil
	}
	return ot.c.resolve(t, true)
}

// notCopy reports whether values of type t definitely move (t is not Copy).
func (ot *ownTypes) notCopy(t Ty) bool { return ot.notCopyDepth(ot.final(t), 0) }

func (ot *ownTypes) notCopyDepth(t Ty, depth int) bool {
	if depth > 12 || t == nil {
		return false
	}
	switch t := t.(type) {
	case *TupleTy:
		for _, e := range t.Elems {
			if ot.notCopyDepth(e, depth+1) {
				return true
			}
		}
	case *ArrayTy:
		return ot.notCopyDepth(t.Elem, depth+1)
	case *ParamTy:
		return ot.paramNotCopy(t)
	case *FnTy:
		return t.Kind != "" // an `impl Fn` closure is not known to be Copy
	case *ClosureTy:
		return ot.statefulCopy != nil && ot.statefulCopy(t.ID)
	case *Adt:
		if t.Def.Std {
			if stdNotCopy[t.Def.Name] {
				return true
			}
			if stdCopyArgs[t.Def.Name] {
				for _, a := range t.Args {
					if ot.notCopyDepth(a, depth+1) {
						return true
					}
				}
			}
			return false
		}
		if !ot.copyImpl[t.Def.Name] {
			return true
		}
		for _, a := range t.Args {
			if ot.notCopyDepth(a, depth+1) {
				return true
			}
		}
	}
	// Prims, shared and mutable references (a &mut is reborrowed where
	// rustc can, which this analysis does not model), fn pointers,
	// closures, trait objects and unknown types.
	return false
}

// isCopy reports whether values of type t are known to be Copy.
func (ot *ownTypes) isCopy(t Ty) bool { return ot.copyKnown(t) && !ot.notCopy(t) }

// copyKnown reports whether values of type t are known to be Copy or
// known not to be. A by-value use of a value whose Copy-ness is unknown
// may be a move or a copy: a closure capture then may be by value or by
// reference, which decides E0373 (own_escape.go).
func (ot *ownTypes) copyKnown(t Ty) bool { return ot.copyKnownDepth(ot.final(t), 0) }

func (ot *ownTypes) copyKnownDepth(t Ty, depth int) bool {
	if depth > 12 || t == nil {
		return false
	}
	if ot.notCopyDepth(t, depth) {
		return true
	}
	switch t := t.(type) {
	case *Prim, *FnTy, *PtrTy, *NeverTy:
		return true
	case *RefTy:
		return !t.Mut
	case *TupleTy:
		for _, e := range t.Elems {
			if !ot.copyKnownDepth(e, depth+1) {
				return false
			}
		}
		return true
	case *ArrayTy:
		return ot.copyKnownDepth(t.Elem, depth+1)
	case *Adt:
		if !t.Def.Std || stdCopy[t.Def.Name] {
			return true
		}
		if stdCopyArgs[t.Def.Name] {
			for _, a := range t.Args {
				if !ot.copyKnownDepth(a, depth+1) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// paramNotCopy reports whether a generic parameter of the current
// function has no Copy bound (directly or through supertraits). The
// bounds of an impl's parameters are not recorded: those may be Copy.
func (ot *ownTypes) paramNotCopy(p *ParamTy) bool {
	fn := ot.c.fn
	if fn == nil || p.Index < fn.NOwner || strings.HasPrefix(p.Name, "impl") {
		return false // impl Trait arguments keep only their Fn bounds
	}
	for i, g := range fn.Generics {
		if g.Name != p.Name || i < fn.NOwner {
			continue
		}
		seen := map[*TraitDef]bool{}
		work := append([]*TraitDef(nil), g.Traits...)
		for len(work) > 0 {
			tr := work[0]
			work = work[1:]
			if seen[tr] {
				continue
			}
			seen[tr] = true
			if tr.Name == "Copy" {
				return false
			}
			work = append(work, tr.Supers...)
		}
		return true
	}
	return false
}

// mayHoldRefs reports whether a value of type t may contain a reference
// whose borrow the analysis tracks.
func (ot *ownTypes) mayHoldRefs(t Ty) bool { return ot.holdsDepth(ot.final(t), 0) }

func (ot *ownTypes) holdsDepth(t Ty, depth int) bool {
	if depth > 8 || t == nil {
		return false
	}
	switch t := t.(type) {
	case *RefTy, *ClosureTy:
		return true
	case *TupleTy:
		for _, e := range t.Elems {
			if ot.holdsDepth(e, depth+1) {
				return true
			}
		}
	case *ArrayTy:
		return ot.holdsDepth(t.Elem, depth+1)
	case *SliceTy:
		return ot.holdsDepth(t.Elem, depth+1)
	case *Adt:
		// A type can hold a borrow only through a lifetime: its own
		// lifetime parameters (struct View<'a>) or its arguments'. A
		// field of type &'static str holds nothing borrowed here.
		if !t.Def.Std && hasLifetimeParams(t.Def) {
			return true
		}
		for _, a := range t.Args {
			if ot.holdsDepth(a, depth+1) {
				return true
			}
		}
	}
	return false
}

// hasLifetimeParams reports whether a user type declares lifetime
// parameters.
func hasLifetimeParams(td *TypeDef) bool {
	var g *ast.Generics
	switch d := td.Decl.(type) {
	case *ast.StructDecl:
		g = d.Generics
	case *ast.EnumDecl:
		g = d.Generics
	}
	if g == nil {
		return false
	}
	for _, p := range g.Params {
		if p.Lifetime {
			return true
		}
	}
	return false
}

// stdFullPath gives the path rustc prints for std types whose name is not
// unique in std (rustc's trimmed paths keep those qualified).
var stdFullPath = map[string]string{
	"Mutex":            "std::sync::Mutex",
	"MutexGuard":       "std::sync::MutexGuard",
	"RwLock":           "std::sync::RwLock",
	"RwLockReadGuard":  "std::sync::RwLockReadGuard",
	"RwLockWriteGuard": "std::sync::RwLockWriteGuard",
	"Condvar":          "std::sync::Condvar",
	"Sender":           "std::sync::mpsc::Sender",
	"Receiver":         "std::sync::mpsc::Receiver",
}

// stdLifetimed lists std types that rustc prints with a '_ lifetime.
var stdLifetimed = map[string]bool{
	"MutexGuard": true, "RwLockReadGuard": true, "RwLockWriteGuard": true, "Ref": true, "RefMut": true,
}

// rustTy prints t as rustc does in its messages.
func (ot *ownTypes) rustTy(t Ty) string {
	switch t := ot.final(t).(type) {
	case nil:
		return "_"
	case *RefTy:
		if t.Mut {
			return "&mut " + ot.rustTy(t.Elem)
		}
		return "&" + ot.rustTy(t.Elem)
	case *TupleTy:
		var parts []string
		for _, e := range t.Elems {
			parts = append(parts, ot.rustTy(e))
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *PtrTy:
		if t.Mut {
			return "*mut " + ot.rustTy(t.Elem)
		}
		return "*const " + ot.rustTy(t.Elem)
	case *ArrayTy:
		return fmt.Sprintf("[%s; %d]", ot.rustTy(t.Elem), t.Len)
	case *SliceTy:
		return "[" + ot.rustTy(t.Elem) + "]"
	case *Adt:
		name := t.Def.Name
		if t.Def.Std {
			if full := stdFullPath[name]; full != "" {
				name = full
			} else if name == "Weak" {
				name = "std::" + strings.TrimPrefix(strings.TrimSuffix(t.Def.Path, "::Weak"), "std::") + "::Weak"
			}
		}
		var args []string
		if t.Def.Std && stdLifetimed[t.Def.Name] {
			args = append(args, "'_")
		}
		for _, a := range t.Args {
			args = append(args, ot.rustTy(a))
		}
		if len(args) == 0 {
			return name
		}
		return name + "<" + strings.Join(args, ", ") + ">"
	case *ClosureTy:
		for e, ci := range ot.c.closure {
			if ci.ty.ID == t.ID {
				p := ot.c.l.src.Position(e.Span.Start)
				h := closureHead(ot.c.l.src.Text, e)
				q := ot.c.l.src.Position(h.End)
				return fmt.Sprintf("{closure@%s:%d:%d: %d:%d}", ot.c.l.src.Name, p.Line, p.Col, q.Line, q.Col)
			}
		}
	}
	return t.String()
}

// closureHead is the span of a closure's `move |params|` part, where
// rustc points its closure diagnostics.
func closureHead(src []byte, e *ast.ClosureExpr) ast.Span {
	i := e.Span.Start
	end := e.Span.End
	if end > len(src) {
		end = len(src)
	}
	if strings.HasPrefix(string(src[i:end]), "move") {
		i += 4
		for i < end && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
			i++
		}
	}
	if i >= end || src[i] != '|' {
		return ast.Span{Start: e.Span.Start, End: min(e.Span.Start+1, end)}
	}
	if i+1 < end && src[i+1] == '|' {
		return ast.Span{Start: e.Span.Start, End: i + 2}
	}
	depth := 0
	for j := i + 1; j < end; j++ {
		switch src[j] {
		case '(', '[', '{', '<':
			depth++
		case ')', ']', '}', '>':
			depth--
		case '|':
			if depth <= 0 {
				return ast.Span{Start: e.Span.Start, End: j + 1}
			}
		}
	}
	return ast.Span{Start: e.Span.Start, End: i + 1}
}

// loanFits reports whether a value of type dst can hold a borrow of a
// place of type borrowed: dst must contain a reference to the borrowed
// value or to something it owns (an element, a field, the str of a
// String). A `Vec<&'static str>` collected from `words.iter().cloned()`
// holds copies of the elements, not borrows of `words`: this type filter
// keeps the value flows of the analysis from inventing such borrows.
func (ot *ownTypes) loanFits(borrowed, dst Ty) bool {
	switch ot.final(dst).(type) {
	case *ClosureTy:
		return true // its borrows come from its captures
	}
	parts := map[string]bool{}
	ot.ownedParts(ot.final(borrowed), parts, 0)
	fits := false
	ot.refTargets(ot.final(dst), 0, func(target Ty) {
		if parts[target.String()] {
			fits = true
		}
	})
	return fits
}

// ownedParts collects the types owned by a value of type t: itself, its
// fields and elements, what it derefs to; not what its references point to.
func (ot *ownTypes) ownedParts(t Ty, out map[string]bool, depth int) {
	if t == nil || depth > 10 || out[t.String()] {
		return
	}
	out[t.String()] = true
	switch t := t.(type) {
	case *TupleTy:
		for _, e := range t.Elems {
			ot.ownedParts(e, out, depth+1)
		}
	case *ArrayTy:
		ot.ownedParts(t.Elem, out, depth+1)
		ot.ownedParts(&SliceTy{Elem: t.Elem}, out, depth+1)
	case *SliceTy:
		ot.ownedParts(t.Elem, out, depth+1)
	case *Adt:
		if t.Def.Std {
			switch t.Def.Go["deref"] {
			case "str":
				ot.ownedParts(tyStr, out, depth+1)
			case "slice":
				if len(t.Args) > 0 {
					ot.ownedParts(&SliceTy{Elem: t.Args[0]}, out, depth+1)
				}
			}
			for _, a := range t.Args {
				ot.ownedParts(a, out, depth+1)
			}
			return
		}
		for _, f := range t.Def.Fields {
			ot.ownedParts(ot.final(subst(f.Type, t.Args)), out, depth+1)
		}
		for _, v := range t.Def.Variants {
			for _, f := range v.Fields {
				ot.ownedParts(ot.final(subst(f, t.Args)), out, depth+1)
			}
		}
	}
}

// refTargets calls f with the referent type of every reference a value
// of type t may hold with a borrowed (non-'static) lifetime.
func (ot *ownTypes) refTargets(t Ty, depth int, f func(Ty)) {
	if t == nil || depth > 10 {
		return
	}
	switch t := t.(type) {
	case *RefTy:
		f(ot.final(t.Elem))
		ot.refTargets(ot.final(t.Elem), depth+1, f)
	case *TupleTy:
		for _, e := range t.Elems {
			ot.refTargets(e, depth+1, f)
		}
	case *ArrayTy:
		ot.refTargets(t.Elem, depth+1, f)
	case *SliceTy:
		ot.refTargets(t.Elem, depth+1, f)
	case *Adt:
		for _, a := range t.Args {
			ot.refTargets(a, depth+1, f)
		}
		if !t.Def.Std && hasLifetimeParams(t.Def) {
			for _, fd := range t.Def.Fields {
				ot.refTargets(ot.final(subst(fd.Type, t.Args)), depth+1, f)
			}
			for _, v := range t.Def.Variants {
				for _, fd := range v.Fields {
					ot.refTargets(ot.final(subst(fd, t.Args)), depth+1, f)
				}
			}
		}
	}
}

// PtrTy is a raw pointer *const T / *mut T. rs2go does not lower raw
// pointers (the builder reports them unsupported); the checker types them
// so that the thread-safety checks can reject them where rustc does.
type PtrTy struct {
	Mut  bool
	Elem Ty
}

func (t *PtrTy) String() string {
	if t.Mut {
		return "*mut " + t.Elem.String()
	}
	return "*const " + t.Elem.String()
}

// refToPtr accepts the coercions &mut T → *mut T and &T / &mut T →
// *const T.
func (c *checker) refToPtr(want, got Ty) bool {
	p, ok := c.shallow(want).(*PtrTy)
	if !ok {
		return false
	}
	r, ok := c.shallow(got).(*RefTy)
	if !ok || (p.Mut && !r.Mut) {
		return false
	}
	return c.unify(p.Elem, r.Elem)
}
