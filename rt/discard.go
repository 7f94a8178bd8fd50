package rt

// Option and Result methods that throw a value away, for values with drop
// glue: Rust drops what it discards (the unused default of unwrap_or, the
// rejected value of filter, the old value of insert). Each takes a drop
// function per type parameter whose values it may discard; nil where that
// type has no drop glue.

func dropIf[T any](drop func(*T), v *T) {
	if drop != nil {
		drop(v)
	}
}

// OptionUnwrapOrDrop implements `Option::unwrap_or`, dropping the default
// if it is not returned.
func OptionUnwrapOrDrop[T any](o Option[T], d T, drop func(*T)) T {
	if !o.some {
		return d
	}
	dropIf(drop, &d)
	return o.v
}

// OptionInsertDrop implements `Option::insert`, dropping the old value.
func OptionInsertDrop[T any](o *Option[T], v T, drop func(*T)) *T {
	if o.some {
		dropIf(drop, &o.v)
	}
	*o = Some(v)
	return &o.v
}

// OptionGetOrInsertDrop implements `Option::get_or_insert`, dropping the
// value if one is there already.
func OptionGetOrInsertDrop[T any](o *Option[T], v T, drop func(*T)) *T {
	if o.some {
		dropIf(drop, &v)
	} else {
		*o = Some(v)
	}
	return &o.v
}

// OptionFilterDrop implements `Option::filter`, dropping a rejected value.
func OptionFilterDrop[T any](o Option[T], pred func(T) bool, drop func(*T)) Option[T] {
	if !o.some {
		return o
	}
	if pred(o.v) {
		return o
	}
	dropIf(drop, &o.v)
	return Option[T]{}
}

// OptionOrDrop implements `Option::or`, dropping the unused alternative.
func OptionOrDrop[T any](o, b Option[T], drop func(*T)) Option[T] {
	if o.some {
		if b.some {
			dropIf(drop, &b.v)
		}
		return o
	}
	return b
}

// OptionXorDrop implements `Option::xor`: with two values, both are
// dropped (self first).
func OptionXorDrop[T any](o, b Option[T], drop func(*T)) Option[T] {
	switch {
	case o.some && !b.some:
		return o
	case !o.some && b.some:
		return b
	case o.some:
		dropIf(drop, &o.v)
		dropIf(drop, &b.v)
	}
	return Option[T]{}
}

// OptionAndDrop implements `Option::and`: self's value is dropped when
// optb is returned, optb's when None is.
func OptionAndDrop[T, U any](o Option[T], b Option[U], dropT func(*T), dropU func(*U)) Option[U] {
	if !o.some {
		if b.some {
			dropIf(dropU, &b.v)
		}
		return Option[U]{}
	}
	dropIf(dropT, &o.v)
	return b
}

// OkOrDrop implements `Option::ok_or`, dropping the unused error.
func OkOrDrop[T, E any](o Option[T], e E, dropE func(*E)) Result[T, E] {
	if !o.some {
		return Err[T](e)
	}
	dropIf(dropE, &e)
	return Ok[T, E](o.v)
}

// ResultUnwrapOrDrop implements `Result::unwrap_or`: an Err's error is
// dropped, and the default where the Ok value is returned.
func ResultUnwrapOrDrop[T, E any](r Result[T, E], d T, dropT func(*T), dropE func(*E)) T {
	if !r.ok {
		dropIf(dropE, &r.e)
		return d
	}
	dropIf(dropT, &d)
	return r.v
}

// ResultOkDrop implements `Result::ok`, dropping an Err's error.
func ResultOkDrop[T, E any](r Result[T, E], dropE func(*E)) Option[T] {
	if !r.ok {
		dropIf(dropE, &r.e)
		return None[T]()
	}
	return Some(r.v)
}

// ResultErrDrop implements `Result::err`, dropping an Ok's value.
func ResultErrDrop[T, E any](r Result[T, E], dropT func(*T)) Option[E] {
	if r.ok {
		dropIf(dropT, &r.v)
		return None[E]()
	}
	return Some(r.e)
}
