package rt

// std::time beyond Debug of Duration (duration.go): Duration's
// constructors, conversions and checked arithmetic over time.Duration, and
// Instant.
//
// Rust's Duration holds up to u64::MAX seconds; time.Duration holds about
// 292 years of nanoseconds. Results beyond that range saturate (or panic
// where Rust panics on overflow).

import (
	"math"
	"time"
)

// DurationZero and DurationMax are Duration::ZERO and Duration::MAX (the
// largest time.Duration).
const (
	DurationZero time.Duration = 0
	DurationMax  time.Duration = math.MaxInt64
)

// DurationNew implements Duration::new(secs, nanos): nanos beyond a second
// carry into the seconds.
func DurationNew(loc Loc, secs uint64, nanos uint32) time.Duration {
	total := secs + uint64(nanos/1e9)
	if total > uint64(DurationMax/time.Second) {
		PanicStr(loc, "overflow in Duration::new")
	}
	return time.Duration(total)*time.Second + time.Duration(nanos%1e9)
}

// DurationFromSecsF64 implements Duration::from_secs_f64: the nearest
// nanosecond count; a negative, non-finite or too large value panics.
func DurationFromSecsF64(loc Loc, secs float64) time.Duration {
	switch {
	case secs < 0:
		PanicStr(loc, "cannot convert float seconds to Duration: value is negative")
	case math.IsNaN(secs) || secs*1e9 >= float64(math.MaxInt64):
		PanicStr(loc, "cannot convert float seconds to Duration: value is either too big or NaN")
	}
	return time.Duration(math.Round(secs * 1e9))
}

// DurationFromSecsF32 implements Duration::from_secs_f32, rounding as Rust
// does from the f32's exact value.
func DurationFromSecsF32(loc Loc, secs float32) time.Duration {
	return DurationFromSecsF64(loc, float64(secs))
}

// DurationAsSecs implements Duration::as_secs (whole seconds).
func DurationAsSecs(d time.Duration) uint64 { return uint64(d / time.Second) }

// DurationAsMillis implements Duration::as_millis (u128 in Rust).
func DurationAsMillis(d time.Duration) uint64 { return uint64(d / time.Millisecond) }

// DurationAsMicros implements Duration::as_micros (u128 in Rust).
func DurationAsMicros(d time.Duration) uint64 { return uint64(d / time.Microsecond) }

// DurationAsNanos implements Duration::as_nanos (u128 in Rust).
func DurationAsNanos(d time.Duration) uint64 { return uint64(d) }

// DurationAsSecsF32 implements Duration::as_secs_f32.
func DurationAsSecsF32(d time.Duration) float32 {
	return float32(d/time.Second) + float32(d%time.Second)/1e9
}

// DurationSubsecMillis implements Duration::subsec_millis.
func DurationSubsecMillis(d time.Duration) uint32 {
	return uint32(d % time.Second / time.Millisecond)
}

// DurationSubsecMicros implements Duration::subsec_micros.
func DurationSubsecMicros(d time.Duration) uint32 {
	return uint32(d % time.Second / time.Microsecond)
}

// DurationSubsecNanos implements Duration::subsec_nanos.
func DurationSubsecNanos(d time.Duration) uint32 { return uint32(d % time.Second) }

// DurationIsZero implements Duration::is_zero.
func DurationIsZero(d time.Duration) bool { return d == 0 }

// DurationCheckedAdd implements Duration::checked_add.
func DurationCheckedAdd(a, b time.Duration) Option[time.Duration] {
	if a > DurationMax-b {
		return None[time.Duration]()
	}
	return Some(a + b)
}

// DurationCheckedSub implements Duration::checked_sub: None below zero.
func DurationCheckedSub(a, b time.Duration) Option[time.Duration] {
	if b > a {
		return None[time.Duration]()
	}
	return Some(a - b)
}

// DurationCheckedMul implements Duration::checked_mul.
func DurationCheckedMul(a time.Duration, n uint32) Option[time.Duration] {
	if n != 0 && a > DurationMax/time.Duration(n) {
		return None[time.Duration]()
	}
	return Some(a * time.Duration(n))
}

// DurationCheckedDiv implements Duration::checked_div.
func DurationCheckedDiv(a time.Duration, n uint32) Option[time.Duration] {
	if n == 0 {
		return None[time.Duration]()
	}
	return Some(a / time.Duration(n))
}

// DurationSaturatingAdd implements Duration::saturating_add.
func DurationSaturatingAdd(a, b time.Duration) time.Duration {
	if a > DurationMax-b {
		return DurationMax
	}
	return a + b
}

// DurationSaturatingSub implements Duration::saturating_sub: zero below
// zero.
func DurationSaturatingSub(a, b time.Duration) time.Duration {
	if b > a {
		return 0
	}
	return a - b
}

// DurationSaturatingMul implements Duration::saturating_mul.
func DurationSaturatingMul(a time.Duration, n uint32) time.Duration {
	if n != 0 && a > DurationMax/time.Duration(n) {
		return DurationMax
	}
	return a * time.Duration(n)
}

// DurationMulF64 implements Duration::mul_f64.
func DurationMulF64(loc Loc, a time.Duration, f float64) time.Duration {
	return DurationFromSecsF64(loc, a.Seconds()*f)
}

// DurationDivF64 implements Duration::div_f64.
func DurationDivF64(loc Loc, a time.Duration, f float64) time.Duration {
	return DurationFromSecsF64(loc, a.Seconds()/f)
}

// DurationAbsDiff implements Duration::abs_diff.
func DurationAbsDiff(a, b time.Duration) time.Duration {
	if a > b {
		return a - b
	}
	return b - a
}

// DurationAdd implements `a + b` of Durations.
func DurationAdd(a, b time.Duration, loc Loc) time.Duration {
	if a > DurationMax-b {
		PanicStr(loc, "overflow when adding durations")
	}
	return a + b
}

// DurationSub implements `a - b` of Durations: Rust panics below zero.
func DurationSub(a, b time.Duration, loc Loc) time.Duration {
	if b > a {
		PanicStr(loc, "overflow when subtracting durations")
	}
	return a - b
}

// DurationMul implements `d * n` (n: u32).
func DurationMul(a time.Duration, n uint32, loc Loc) time.Duration {
	if n != 0 && a > DurationMax/time.Duration(n) {
		PanicStr(loc, "overflow when multiplying duration by scalar")
	}
	return a * time.Duration(n)
}

// DurationDiv implements `d / n` (n: u32).
func DurationDiv(a time.Duration, n uint32, loc Loc) time.Duration {
	if n == 0 {
		PanicStr(loc, "divide by zero error when dividing duration by scalar")
	}
	return a / time.Duration(n)
}

// Instant implements std::time::Instant: a reading of the monotonic clock,
// in nanoseconds since the process started (so that Instants compare and
// subtract as integers).
type Instant int64

var processStart = time.Now()

// InstantNow implements Instant::now.
func InstantNow() Instant { return Instant(time.Since(processStart)) }

// Elapsed implements Instant::elapsed.
func (i Instant) Elapsed() time.Duration { return InstantNow().DurationSince(i) }

// DurationSince implements Instant::duration_since (and
// saturating_duration_since): zero if earlier is later.
func (i Instant) DurationSince(earlier Instant) time.Duration {
	if earlier > i {
		return 0
	}
	return time.Duration(i - earlier)
}

// CheckedDurationSince implements Instant::checked_duration_since.
func (i Instant) CheckedDurationSince(earlier Instant) Option[time.Duration] {
	if earlier > i {
		return None[time.Duration]()
	}
	return Some(time.Duration(i - earlier))
}

// CheckedAdd implements Instant::checked_add.
func (i Instant) CheckedAdd(d time.Duration) Option[Instant] {
	if int64(i) > math.MaxInt64-int64(d) {
		return None[Instant]()
	}
	return Some(i + Instant(d))
}

// CheckedSub implements Instant::checked_sub.
func (i Instant) CheckedSub(d time.Duration) Option[Instant] {
	if int64(i) < math.MinInt64+int64(d) {
		return None[Instant]()
	}
	return Some(i - Instant(d))
}

// InstantSub implements `a - b` of Instants (saturating at zero, as Rust
// does since 1.60).
func InstantSub(a, b Instant, loc Loc) time.Duration { return a.DurationSince(b) }

// FmtDebug prints `Instant { .. }` (Rust prints the OS clock's fields,
// which differ on every run).
func (i Instant) FmtDebug(f *Formatter) {
	f.DebugStruct("Instant").Field("nanos", Fmt(int64(i), DebugInt[int64])).FinishNonExhaustive()
}
