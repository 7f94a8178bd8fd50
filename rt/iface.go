package rt

// Iface is the value at p as interface I, for a generic function whose
// type parameter T is bounded by a trait with &mut self methods: a user
// type has those methods on its pointer, so *p has them all; a trait
// object (T: ?Sized instantiated with dyn Trait) is the interface value
// itself, found at *p.
func Iface[I any, T any](p *T) I {
	if i, ok := any(p).(I); ok {
		return i
	}
	return any(*p).(I)
}
