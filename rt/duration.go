package rt

// Debug of std::time::Duration, represented as time.Duration.

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// DebugDuration implements Debug of `Duration`: the largest unit among s,
// ms, µs and ns in which the value is at least 1, with the remaining digits
// as decimals and no trailing zeros (`1.5s`, `100ms`, `1.000001ms`, `0ns`).
// A precision rounds (half up) to that many decimals, `+` adds a sign, and
// a width pads the whole text (left-aligned by default).
func DebugDuration(d time.Duration, f *Formatter) {
	prefix := ""
	if f.spec.Plus {
		prefix = "+"
	}
	ns := uint64(d)
	secs, nanos := ns/1e9, uint32(ns%1e9)
	switch {
	case secs > 0:
		fmtDecimal(f, secs, nanos, 1e8, prefix, "s")
	case nanos >= 1e6:
		fmtDecimal(f, uint64(nanos/1e6), nanos%1e6, 1e5, prefix, "ms")
	case nanos >= 1e3:
		fmtDecimal(f, uint64(nanos/1e3), nanos%1e3, 1e2, prefix, "µs")
	default:
		fmtDecimal(f, uint64(nanos), 0, 1, prefix, "ns")
	}
}

// fmtDecimal is core::time's fmt_decimal.
func fmtDecimal(f *Formatter, integer uint64, frac, divisor uint32, prefix, postfix string) {
	buf := [9]byte{'0', '0', '0', '0', '0', '0', '0', '0', '0'}
	pos := 0
	end := 9
	if f.spec.HasPrec {
		end = min(f.spec.Prec, 9)
	}
	for frac > 0 && pos < end {
		buf[pos] = '0' + byte(frac/divisor)
		frac %= divisor
		divisor /= 10
		pos++
	}
	overflow := false
	if frac > 0 && frac >= divisor*5 {
		carry := true
		for i := pos - 1; carry && i >= 0; i-- {
			if buf[i] < '9' {
				buf[i]++
				carry = false
			} else {
				buf[i] = '0'
			}
		}
		if carry {
			integer++
			overflow = integer == 0
		}
	}
	end = pos
	if f.spec.HasPrec {
		end = min(f.spec.Prec, 9)
	}
	var b []byte
	b = append(b, prefix...)
	if overflow {
		b = append(b, "18446744073709551616"...)
	} else {
		b = strconv.AppendUint(b, integer, 10)
	}
	if end > 0 {
		b = append(b, '.')
		b = append(b, buf[:end]...)
		if f.spec.HasPrec {
			for i := end; i < f.spec.Prec; i++ {
				b = append(b, '0')
			}
		}
	}
	b = append(b, postfix...)
	s := string(b)
	if !f.spec.HasWidth {
		f.WriteStr(s)
		return
	}
	n := utf8.RuneCountInString(s)
	if f.spec.Width <= n {
		f.WriteStr(s)
		return
	}
	post := f.padding(f.spec.Width-n, AlignLeft)
	f.WriteStr(s)
	f.fill(post)
}
