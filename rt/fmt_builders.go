package rt

// The Debug builders of core::fmt::builders: DebugStruct, DebugTuple,
// DebugList, DebugSet and DebugMap, with `{:#?}` pretty printing.

// DebugStructBuilder is Rust's `fmt::DebugStruct`.
type DebugStructBuilder struct {
	f         *Formatter
	hasFields bool
}

// DebugStruct implements `Formatter::debug_struct(name)`: `Name { a: 1 }`,
// or with `{:#?}` one field per line, indented by four spaces.
func (f *Formatter) DebugStruct(name string) *DebugStructBuilder {
	f.WriteStr(name)
	return &DebugStructBuilder{f: f}
}

// Field adds `name: value`; v formats with the outer spec.
func (b *DebugStructBuilder) Field(name string, v Arg) *DebugStructBuilder {
	f := b.f
	if f.spec.Alt {
		if !b.hasFields {
			f.WriteStr(" {\n")
		}
		f.enter()
		f.WriteStr(name)
		f.WriteStr(": ")
		v.FmtTo(f)
		f.WriteStr(",\n")
		f.leave()
	} else {
		if b.hasFields {
			f.WriteStr(", ")
		} else {
			f.WriteStr(" { ")
		}
		f.WriteStr(name)
		f.WriteStr(": ")
		v.FmtTo(f)
	}
	b.hasFields = true
	return b
}

// Finish implements `DebugStruct::finish`.
func (b *DebugStructBuilder) Finish() {
	if !b.hasFields {
		return
	}
	if b.f.spec.Alt {
		b.f.WriteStr("}")
	} else {
		b.f.WriteStr(" }")
	}
}

// FinishNonExhaustive implements `DebugStruct::finish_non_exhaustive`
// (`Name { a: 1, .. }`).
func (b *DebugStructBuilder) FinishNonExhaustive() {
	f := b.f
	switch {
	case !b.hasFields:
		f.WriteStr(" { .. }")
	case f.spec.Alt:
		f.enter()
		f.WriteStr("..\n")
		f.leave()
		f.WriteStr("}")
	default:
		f.WriteStr(", .. }")
	}
}

// enter and leave bracket the output of one pretty-printed entry: it is
// wrapped in one more PadAdapter, which starts at the beginning of a line.
func (f *Formatter) enter() {
	f.indent++
	f.onNewline = true
}

func (f *Formatter) leave() { f.indent-- }

// DebugTupleBuilder is Rust's `fmt::DebugTuple`.
type DebugTupleBuilder struct {
	f         *Formatter
	fields    int
	emptyName bool
}

// DebugTuple implements `Formatter::debug_tuple(name)`: `Name(1, 2)`; an
// empty name formats a tuple, `(1,)` for one field.
func (f *Formatter) DebugTuple(name string) *DebugTupleBuilder {
	f.WriteStr(name)
	return &DebugTupleBuilder{f: f, emptyName: name == ""}
}

// Field adds one field.
func (b *DebugTupleBuilder) Field(v Arg) *DebugTupleBuilder {
	f := b.f
	if f.spec.Alt {
		if b.fields == 0 {
			f.WriteStr("(\n")
		}
		f.enter()
		v.FmtTo(f)
		f.WriteStr(",\n")
		f.leave()
	} else {
		if b.fields == 0 {
			f.WriteStr("(")
		} else {
			f.WriteStr(", ")
		}
		v.FmtTo(f)
	}
	b.fields++
	return b
}

// Finish implements `DebugTuple::finish`.
func (b *DebugTupleBuilder) Finish() {
	if b.fields == 0 {
		return
	}
	if b.fields == 1 && b.emptyName && !b.f.spec.Alt {
		b.f.WriteStr(",")
	}
	b.f.WriteStr(")")
}

// DebugListBuilder is Rust's `fmt::DebugList` and `fmt::DebugSet`.
type DebugListBuilder struct {
	f         *Formatter
	hasFields bool
	close     string
}

// DebugList implements `Formatter::debug_list()`: `[1, 2]`.
func (f *Formatter) DebugList() *DebugListBuilder {
	f.WriteStr("[")
	return &DebugListBuilder{f: f, close: "]"}
}

// DebugSet implements `Formatter::debug_set()`: `{1, 2}`.
func (f *Formatter) DebugSet() *DebugListBuilder {
	f.WriteStr("{")
	return &DebugListBuilder{f: f, close: "}"}
}

// Entry adds one element.
func (b *DebugListBuilder) Entry(v Arg) *DebugListBuilder {
	b.entry(v.FmtTo)
	return b
}

func (b *DebugListBuilder) entry(fn func(*Formatter)) {
	f := b.f
	if f.spec.Alt {
		if !b.hasFields {
			f.WriteStr("\n")
		}
		f.enter()
		fn(f)
		f.WriteStr(",\n")
		f.leave()
	} else {
		if b.hasFields {
			f.WriteStr(", ")
		}
		fn(f)
	}
	b.hasFields = true
}

// Finish closes the list or set.
func (b *DebugListBuilder) Finish() { b.f.WriteStr(b.close) }

// DebugMapBuilder is Rust's `fmt::DebugMap`.
type DebugMapBuilder struct {
	f         *Formatter
	hasFields bool
}

// DebugMap implements `Formatter::debug_map()`: `{"a": 1, "b": 2}`.
func (f *Formatter) DebugMap() *DebugMapBuilder {
	f.WriteStr("{")
	return &DebugMapBuilder{f: f}
}

// Entry adds `key: value`.
func (b *DebugMapBuilder) Entry(k, v Arg) *DebugMapBuilder {
	f := b.f
	if f.spec.Alt {
		if !b.hasFields {
			f.WriteStr("\n")
		}
		f.enter()
		k.FmtTo(f)
		f.WriteStr(": ")
		v.FmtTo(f)
		f.WriteStr(",\n")
		f.leave()
	} else {
		if b.hasFields {
			f.WriteStr(", ")
		}
		k.FmtTo(f)
		f.WriteStr(": ")
		v.FmtTo(f)
	}
	b.hasFields = true
	return b
}

// Finish closes the map.
func (b *DebugMapBuilder) Finish() { b.f.WriteStr("}") }

// DebugSlice returns the Debug formatter of `[T]`, `Vec<T>`, `[T; N]` and
// `VecDeque<T>` given the one of T: `[1, 2, 3]`.
func DebugSlice[T any](elem func(T, *Formatter)) func([]T, *Formatter) {
	return func(s []T, f *Formatter) {
		b := f.DebugList()
		for _, v := range s {
			b.entry(func(f *Formatter) { elem(v, f) })
		}
		b.Finish()
	}
}

// DebugSetOf returns the Debug formatter of a set (`HashSet<T>`,
// `BTreeSet<T>`) whose elements are given in iteration order: `{1, 2}`.
func DebugSetOf[T any](elem func(T, *Formatter)) func([]T, *Formatter) {
	return func(s []T, f *Formatter) {
		b := f.DebugSet()
		for _, v := range s {
			b.entry(func(f *Formatter) { elem(v, f) })
		}
		b.Finish()
	}
}

// MapEntry is one key/value pair of a map, in the order the map iterates.
type MapEntry[K, V any] struct {
	Key K
	Val V
}

// DebugMapEntries returns the Debug formatter of a map (`HashMap`,
// `BTreeMap`) whose entries are given in iteration order:
// `{"a": 1, "b": 2}`.
func DebugMapEntries[K, V any](key func(K, *Formatter), val func(V, *Formatter)) func([]MapEntry[K, V], *Formatter) {
	return func(es []MapEntry[K, V], f *Formatter) {
		b := f.DebugMap()
		for _, e := range es {
			b.Entry(Fmt(e.Key, key), Fmt(e.Val, val))
		}
		b.Finish()
	}
}

// DebugTuple2 returns the Debug formatter of a tuple `(A, B)`; the tuple is
// passed as its fields.
func DebugTuple2[A, B any](fa func(A, *Formatter), fb func(B, *Formatter)) func(Tuple2[A, B], *Formatter) {
	return func(t Tuple2[A, B], f *Formatter) {
		f.DebugTuple("").Field(Fmt(t.F0, fa)).Field(Fmt(t.F1, fb)).Finish()
	}
}

// DebugTuple3 returns the Debug formatter of a tuple `(A, B, C)`.
func DebugTuple3[A, B, C any](fa func(A, *Formatter), fb func(B, *Formatter), fc func(C, *Formatter)) func(Tuple3[A, B, C], *Formatter) {
	return func(t Tuple3[A, B, C], f *Formatter) {
		f.DebugTuple("").Field(Fmt(t.F0, fa)).Field(Fmt(t.F1, fb)).Field(Fmt(t.F2, fc)).Finish()
	}
}

// DebugTuple4 returns the Debug formatter of a tuple `(A, B, C, D)`.
func DebugTuple4[A, B, C, D any](fa func(A, *Formatter), fb func(B, *Formatter), fc func(C, *Formatter), fd func(D, *Formatter)) func(Tuple4[A, B, C, D], *Formatter) {
	return func(t Tuple4[A, B, C, D], f *Formatter) {
		f.DebugTuple("").Field(Fmt(t.F0, fa)).Field(Fmt(t.F1, fb)).Field(Fmt(t.F2, fc)).Field(Fmt(t.F3, fd)).Finish()
	}
}

// DebugTuple1 returns the Debug formatter of a 1-tuple `(A,)`.
func DebugTuple1[A any](fa func(A, *Formatter)) func(A, *Formatter) {
	return func(a A, f *Formatter) {
		f.DebugTuple("").Field(Fmt(a, fa)).Finish()
	}
}

// DebugPtr returns the Debug (or Display) formatter of `&T`, `Box<T>`,
// `Arc<T>` and `Rc<T>` represented as *T: they print the pointee.
func DebugPtr[T any](elem func(T, *Formatter)) func(*T, *Formatter) {
	return func(p *T, f *Formatter) { elem(*p, f) }
}

// The builders' methods as a hand-written Debug impl calls them: a
// `&dyn Debug` value, and fmt::Result from finish.

// FieldDyn implements `DebugStruct::field(name, &value)`.
func (b *DebugStructBuilder) FieldDyn(name string, v DebugFormatter) *DebugStructBuilder {
	return b.Field(name, Fmt(v, Debug[DebugFormatter]))
}

// FinishFmt implements `DebugStruct::finish`.
func (b *DebugStructBuilder) FinishFmt() Result[Unit, FmtError] {
	b.Finish()
	return FmtOk()
}

// FinishNonExhaustiveFmt implements `DebugStruct::finish_non_exhaustive`.
func (b *DebugStructBuilder) FinishNonExhaustiveFmt() Result[Unit, FmtError] {
	b.FinishNonExhaustive()
	return FmtOk()
}

// FieldDyn implements `DebugTuple::field(&value)`.
func (b *DebugTupleBuilder) FieldDyn(v DebugFormatter) *DebugTupleBuilder {
	return b.Field(Fmt(v, Debug[DebugFormatter]))
}

// FinishFmt implements `DebugTuple::finish`.
func (b *DebugTupleBuilder) FinishFmt() Result[Unit, FmtError] {
	b.Finish()
	return FmtOk()
}

// EntryDyn implements `DebugList::entry(&value)` (and DebugSet's).
func (b *DebugListBuilder) EntryDyn(v DebugFormatter) *DebugListBuilder {
	return b.Entry(Fmt(v, Debug[DebugFormatter]))
}

// FinishFmt implements `DebugList::finish`.
func (b *DebugListBuilder) FinishFmt() Result[Unit, FmtError] {
	b.Finish()
	return FmtOk()
}
