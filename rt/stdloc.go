package rt

// Panic locations inside Rust's standard library (rustc 1.95.0): a panic
// that Rust raises in std code reports the std source position, not the
// caller's.

const stdSrc = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/"

const (
	stdAccumLoc          Loc = stdSrc + "core/src/iter/traits/accum.rs:204:1"
	stdRepeatLoc         Loc = stdSrc + "alloc/src/slice.rs:523:50"
	stdRawVecLoc         Loc = stdSrc + "alloc/src/raw_vec/mod.rs:28:5"
	stdRefCellEqLoc      Loc = stdSrc + "core/src/cell.rs:1479:15"
	stdRefCellEqOtherLoc Loc = stdSrc + "core/src/cell.rs:1479:34"
	stdStepByLoc         Loc = stdSrc + "core/src/iter/adapters/step_by.rs:35:9"
	stdStrLoc            Loc = stdSrc + "core/src/str/mod.rs:849:21"
	stdSliceIndexLoc     Loc = stdSrc + "core/src/slice/index.rs:1020:51"
	stdSwapRemoveLoc     Loc = stdSrc + "alloc/src/vec/mod.rs:2202:13"
	stdToDigitLoc        Loc = stdSrc + "core/src/char/methods.rs:403:9"
	stdVecDequeInsertLoc Loc = stdSrc + "alloc/src/collections/vec_deque/mod.rs:2431:9"
	stdRotateLeftLoc     Loc = stdSrc + "alloc/src/collections/vec_deque/mod.rs:2986:9"
	stdRotateRightLoc    Loc = stdSrc + "alloc/src/collections/vec_deque/mod.rs:3029:9"
)

// StdNegLoc is where an overflow of -x reached through the Neg trait is
// reported (a generic `-x` of T: Neg, `-r` of a reference): core's Neg
// impls of the signed integers are not #[track_caller], unlike their
// binary operators.
const StdNegLoc Loc = stdSrc + "core/src/ops/arith.rs:729:1"

// stdIntLoc is where an overflow inside an integer method of T (pow, abs,
// next_power_of_two) is reported: the line of T's int_impl!/uint_impl!
// in core/src/num/mod.rs.
func stdIntLoc[T Integer]() Loc {
	const numMod = stdSrc + "core/src/num/mod.rs:"
	switch any(T(0)).(type) {
	case int8:
		return numMod + "346:5"
	case int16:
		return numMod + "370:5"
	case int32:
		return numMod + "394:5"
	case int64:
		return numMod + "418:5"
	case int:
		return numMod + "519:5"
	case uint8:
		return numMod + "546:5"
	case uint16:
		return numMod + "1188:5"
	case uint32:
		return numMod + "1243:5"
	case uint64:
		return numMod + "1274:5"
	}
	return numMod + "1400:5" // usize
}
