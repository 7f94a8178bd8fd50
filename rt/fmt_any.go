package rt

// DebugAny: Debug of a value whose type is only known at run time, used by
// the messages of Result::unwrap and friends.

import (
	"reflect"
	"time"
)

// DebugAny formats v with Rust's Debug for the Go types rs2go maps Rust
// types to: the integer and float types, string, bool, Unit, time.Duration,
// slices of those, *Payload, tuples, pointers and slices (by reflection),
// and any DebugFormatter. An int32 prints as a number: a Rust `char` needs
// DebugChar (rs2go rejects char there). Other values print as `<?>`.
func DebugAny(v any, f *Formatter) {
	switch x := v.(type) {
	case DebugFormatter:
		x.FmtDebug(f)
	case int:
		DebugInt(x, f)
	case int8:
		DebugInt(x, f)
	case int16:
		DebugInt(x, f)
	case int32:
		DebugInt(x, f)
	case int64:
		DebugInt(x, f)
	case uint:
		DebugInt(x, f)
	case uint8:
		DebugInt(x, f)
	case uint16:
		DebugInt(x, f)
	case uint32:
		DebugInt(x, f)
	case uint64:
		DebugInt(x, f)
	case uintptr:
		DebugInt(x, f)
	case float32:
		DebugFloat(x, f)
	case float64:
		DebugFloat(x, f)
	case string:
		DebugStr(x, f)
	case bool:
		DebugBool(x, f)
	case Unit:
		DebugUnit(x, f)
	case time.Duration:
		DebugDuration(x, f)
	case []int32:
		DebugSlice(DebugInt[int32])(x, f)
	case []int64:
		DebugSlice(DebugInt[int64])(x, f)
	case []int:
		DebugSlice(DebugInt[int])(x, f)
	case []uint:
		DebugSlice(DebugInt[uint])(x, f)
	case []uint8:
		DebugSlice(DebugInt[uint8])(x, f)
	case []uint32:
		DebugSlice(DebugInt[uint32])(x, f)
	case []uint64:
		DebugSlice(DebugInt[uint64])(x, f)
	case []float64:
		DebugSlice(DebugFloat[float64])(x, f)
	case []string:
		DebugSlice(DebugStr)(x, f)
	case []bool:
		DebugSlice(DebugBool)(x, f)
	case []any:
		DebugSlice(DebugAny)(x, f)
	default:
		debugReflect(v, f)
	}
}

// debugReflect formats the pointers (Box<T>, &mut T) and slices of other
// element types that reach DebugAny through a type parameter.
func debugReflect(v any, f *Formatter) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer:
		if !rv.IsNil() {
			DebugAny(rv.Elem().Interface(), f)
			return
		}
	case reflect.Slice:
		elems := make([]any, rv.Len())
		for i := range elems {
			elems[i] = rv.Index(i).Interface()
		}
		DebugSlice(DebugAny)(elems, f)
		return
	}
	f.WriteStr("<?>")
}

// DebugOf is DebugAny with a typed signature, usable wherever a
// func(T, *Formatter) is expected.
func DebugOf[T any](v T, f *Formatter) { DebugAny(v, f) }
