package rt

// Accessors used by lowered `match`, `if let` and `while let`: the
// translator tests a pattern first (IsSome, IsOk, Is) and only then
// projects the payload, so these never check again.

// Is reports whether v holds a value of dynamic type T: the test of an
// enum variant pattern (each variant of a Rust enum is a Go type).
func Is[T any](v any) bool {
	_, ok := v.(T)
	return ok
}

// SomeValue is the payload of Some(x) after IsSome returned true.
func (o Option[T]) SomeValue() T { return o.v }

// OkValue is the payload of Ok(x) after IsOk returned true.
func (r Result[T, E]) OkValue() T { return r.v }

// ErrValue is the payload of Err(e) after IsErr returned true.
func (r Result[T, E]) ErrValue() E { return r.e }

// NewBox is Rust's Box::new for a value Go keeps behind a pointer: a
// pointer to a fresh copy of v.
func NewBox[T any](v T) *T { return &v }
