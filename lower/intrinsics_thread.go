package lower

import (
	"github.com/rs2go/rs2go/lower/ir"
)

// Intrinsic rules of std::thread (beyond spawn, in intrinsics.go), of
// thread-local keys and of panic payloads (std::any on Box<dyn Any>).

func init() {
	intrinsics["scope"] = lowerScope
	intrinsics["scope_spawn"] = lowerScopeSpawn
	intrinsics["builder_spawn"] = lowerBuilderSpawn
	intrinsics["builder_spawn_scoped"] = lowerBuilderSpawnScoped
	intrinsics["copy"] = lowerCopy
	intrinsics["local_with"] = lowerLocalWith
	intrinsics["local_with_borrow"] = lowerLocalWithBorrow
	intrinsics["local_with_borrow_mut"] = lowerLocalWithBorrow
	intrinsics["downcast_ref"] = lowerDowncastRef
	intrinsics["downcast"] = lowerDowncast
	intrinsics["downcast_is"] = lowerDowncastIs
}

// lowerScope: thread::scope(|s| body) is rt.Scope(loc, func(s *rt.ScopeT) T
// {...}), or rt.ScopeUnit for a body of type (). Scope waits for every
// scoped thread and panics at loc if one of them panicked unjoined.
func lowerScope(b *builder, c *intrinsicCall) ir.Expr {
	f := b.valueOf(c.args[0])
	loc := b.loc(c.e.Pos())
	if b.hasValue(c.ci.args[1]) { // scope<F, T>
		return &ir.Call{Fun: rt("Scope"), Args: []ir.Expr{loc, f}}
	}
	return &ir.Call{Fun: rt("ScopeUnit"), Args: []ir.Expr{loc, f}}
}

// lowerScopeSpawn: s.spawn(f) is s.Spawn(func() {...}) for a closure
// returning (), rt.ScopeSpawn(s, func() T {...}) otherwise.
func lowerScopeSpawn(b *builder, c *intrinsicCall) ir.Expr {
	s := b.recvValue(c.recv)
	f := b.valueOf(c.args[0])
	if b.hasValue(c.ci.args[1]) { // spawn<F, T>
		return &ir.Call{Fun: rt("ScopeSpawn"), Args: []ir.Expr{s, f}}
	}
	return &ir.Call{Fun: &ir.Selector{X: s, Name: "Spawn"}, Args: []ir.Expr{f}}
}

// lowerBuilderSpawn: builder.spawn(f) is builder.Spawn(func() {...}) or
// rt.BuilderSpawn(builder, func() T {...}); both give io::Result.
func lowerBuilderSpawn(b *builder, c *intrinsicCall) ir.Expr {
	bl := b.recvValue(c.recv)
	f := b.valueOf(c.args[0])
	if b.hasValue(c.ci.args[1]) {
		return &ir.Call{Fun: rt("BuilderSpawn"), Args: []ir.Expr{bl, f}}
	}
	return &ir.Call{Fun: &ir.Selector{X: bl, Name: "Spawn"}, Args: []ir.Expr{f}}
}

// lowerBuilderSpawnScoped: builder.spawn_scoped(s, f) is
// rt.BuilderSpawnScoped(builder, s, f); a closure returning () is given a
// Unit result.
func lowerBuilderSpawnScoped(b *builder, c *intrinsicCall) ir.Expr {
	bl := b.recvValue(c.recv)
	s := b.valueOf(c.args[0])
	f := b.valueOf(c.args[1])
	if !b.hasValue(c.ci.args[1]) {
		f = &ir.Call{Fun: rt("UnitFunc"), Args: []ir.Expr{f}}
	}
	return &ir.Call{Fun: rt("BuilderSpawnScoped"), Args: []ir.Expr{bl, s, f}}
}

// lowerCopy: a method whose Go form is the receiver's value itself
// (Clone of a Copy handle, NonZeroUsize::get).
func lowerCopy(b *builder, c *intrinsicCall) ir.Expr {
	return b.recvValue(c.recv)
}

// lowerLocalWith: KEY.with(|v| ...) is rt.LocalWith(KEY, func(v T) R
// {...}) (rt.LocalDo for a closure returning ()): the closure sees the
// current thread's value.
func lowerLocalWith(b *builder, c *intrinsicCall) ir.Expr {
	k := b.recvValue(c.recv)
	f := b.valueOf(c.args[0])
	if b.hasValue(c.ci.args[len(c.ci.args)-1]) { // with<F, R>
		return &ir.Call{Fun: rt("LocalWith"), Args: []ir.Expr{k, f}}
	}
	return &ir.Call{Fun: rt("LocalDo"), Args: []ir.Expr{k, f}}
}

// lowerLocalWithBorrow: KEY.with_borrow(|v| ...) and with_borrow_mut
// borrow the current thread's RefCell around the closure.
func lowerLocalWithBorrow(b *builder, c *intrinsicCall) ir.Expr {
	k := b.recvValue(c.recv)
	f := b.valueOf(c.args[0])
	name := "LocalBorrow"
	if c.ci.fn.Name == "with_borrow_mut" {
		name = "LocalBorrowMut"
	}
	if b.hasValue(c.ci.args[len(c.ci.args)-1]) {
		name += "With"
	} else {
		name += "Do"
	}
	return &ir.Call{Fun: rt(name), Args: []ir.Expr{b.loc(callSite(c.e)), k, f}}
}

// payloadKind classifies the T of a downcast of a panic payload: the
// string payloads of panic! are told apart by their Rust type (&str for
// a literal message, String for a formatted one).
func payloadKind(t Ty) string {
	switch x := t.(type) {
	case *RefTy:
		if p, ok := x.Elem.(*Prim); ok && p.Name == "str" {
			return "Str"
		}
	case *Adt:
		if x.Def.Go["builtin"] == "string" {
			return "String"
		}
	}
	return ""
}

// downcastTarget is the T of downcast_ref::<T>() / downcast::<T>().
func (b *builder) downcastTarget(c *intrinsicCall) Ty {
	return b.c.resolve(c.ci.args[len(c.ci.args)-1], true)
}

// lowerDowncastRef: payload.downcast_ref::<&str>() is p.DowncastStr(),
// ::<String>() p.DowncastString(), ::<T>() rt.DowncastValue[T](p).
func lowerDowncastRef(b *builder, c *intrinsicCall) ir.Expr {
	if b.errorRecv(c) { // e.downcast_ref::<MyErr>() of a Box<dyn Error>
		t := b.downcastTarget(c)
		boxed := b.goType(&Adt{Def: b.boxDef(), Args: []Ty{t}}, c.e.Pos()) // what the trait object holds
		return &ir.Call{Fun: &ir.Inst{Fun: rt("DowncastAs"), TypeArgs: []ir.Type{boxed}}, Args: []ir.Expr{b.recvValue(c.recv)}}
	}
	if !b.payloadRecv(c) {
		return b.unitValue()
	}
	p := b.recvValue(c.recv)
	t := b.downcastTarget(c)
	if k := payloadKind(t); k != "" {
		return &ir.Call{Fun: &ir.Selector{X: p, Name: "Downcast" + k}}
	}
	return &ir.Call{Fun: &ir.Inst{Fun: rt("DowncastValue"), TypeArgs: []ir.Type{b.goType(t, c.e.Pos())}}, Args: []ir.Expr{p}}
}

// lowerDowncast: payload.downcast::<T>() is Ok(the value) or Err(payload).
func lowerDowncast(b *builder, c *intrinsicCall) ir.Expr {
	if !b.payloadRecv(c) {
		return b.unitValue()
	}
	p := b.recvValue(c.recv)
	t := b.downcastTarget(c)
	if k := payloadKind(t); k != "" {
		return &ir.Call{Fun: rt("Downcast" + k + "Box"), Args: []ir.Expr{p}}
	}
	fn := "DowncastBox"
	if b.boxIsPtr(&Adt{Def: b.boxDef(), Args: []Ty{t}}) {
		fn = "DowncastBoxPtr"
	}
	return &ir.Call{Fun: &ir.Inst{Fun: rt(fn), TypeArgs: []ir.Type{b.goType(t, c.e.Pos())}}, Args: []ir.Expr{p}}
}

// payloadRecv reports whether a downcast's receiver is a dyn Any (a
// panic's payload); the model's impl for Box<dyn Any + Send> is also found
// for other trait objects (Box<dyn Error>), whose downcasts are not
// modelled.
func (b *builder) payloadRecv(c *intrinsicCall) bool {
	t := b.c.derefAll(b.c.final(c.recv))
	if a, ok := t.(*Adt); ok && a.Def.Go["box"] != "" && len(a.Args) == 1 {
		t = b.c.resolve(a.Args[0], true)
	}
	if d, ok := t.(*DynTy); ok && d.Trait.Go["type"] == "rt.Payload" {
		return true
	}
	b.unsupported(c.e.Pos(), "`%s` on `%s`", c.ci.fn.Name, b.c.resolve(b.c.final(c.recv), false))
	return false
}

// errorRecv reports whether a downcast's receiver is a dyn Error (a
// Box<dyn Error> or a reference to one).
func (b *builder) errorRecv(c *intrinsicCall) bool {
	t := b.c.derefAll(b.c.final(c.recv))
	if a, ok := t.(*Adt); ok && a.Def.Go["box"] != "" && len(a.Args) == 1 {
		t = b.c.resolve(a.Args[0], true)
	}
	return isDynError(t)
}

// lowerDowncastIs: payload.is::<T>().
func lowerDowncastIs(b *builder, c *intrinsicCall) ir.Expr {
	if b.errorRecv(c) {
		return &ir.Call{Fun: &ir.Selector{X: lowerDowncastRef(b, c), Name: "IsSome"}}
	}
	if !b.payloadRecv(c) {
		return b.unitValue()
	}
	ref := lowerDowncastRef(b, c)
	return &ir.Call{Fun: &ir.Selector{X: ref, Name: "IsSome"}}
}

// boxDef is the std model's Box.
func (b *builder) boxDef() *TypeDef {
	td, _ := b.l.resolvePath(b.l.std, []string{"boxed", "Box"}).(*TypeDef)
	return td
}
