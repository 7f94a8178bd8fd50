package rt

import (
	"strconv"
	"strings"
	"sync/atomic"
)

// The panic hook of std::panic: set_hook and take_hook replace or restore
// the default hook (printPanic), which the panic sites call through
// runHook.

// PanicHookInfo is Rust's `std::panic::PanicHookInfo` (PanicInfo): where
// the panic happened and its payload.
type PanicHookInfo struct {
	loc string
	p   *Payload
}

// FmtDisplay prints `panicked at <loc>:\n<msg>`, as Rust's Display does.
func (i *PanicHookInfo) FmtDisplay(f *Formatter) {
	f.WriteStr("panicked at ")
	f.WriteStr(i.loc)
	f.WriteStr(":\n")
	f.WriteStr(i.p.Message())
}

// Location implements `PanicHookInfo::location` (always Some).
func (i *PanicHookInfo) Location() Option[*Location] {
	return Some(newLocation(i.loc))
}

// Payload implements `PanicHookInfo::payload`.
func (i *PanicHookInfo) Payload() *Payload { return i.p }

// Location is Rust's `std::panic::Location`.
type Location struct {
	file      string
	line, col uint32
}

func newLocation(loc string) *Location {
	l := &Location{file: loc}
	// file:line:col, where the file may itself hold colons.
	if i := strings.LastIndexByte(loc, ':'); i > 0 {
		if j := strings.LastIndexByte(loc[:i], ':'); j > 0 {
			line, err1 := strconv.ParseUint(loc[j+1:i], 10, 32)
			col, err2 := strconv.ParseUint(loc[i+1:], 10, 32)
			if err1 == nil && err2 == nil {
				l.file, l.line, l.col = loc[:j], uint32(line), uint32(col)
			}
		}
	}
	return l
}

// File implements `Location::file`.
func (l *Location) File() string { return l.file }

// Line implements `Location::line`.
func (l *Location) Line() uint32 { return l.line }

// Column implements `Location::column`.
func (l *Location) Column() uint32 { return l.col }

// FmtDisplay prints `file:line:col`.
func (l *Location) FmtDisplay(f *Formatter) {
	f.Pad(l.file + ":" + strconv.FormatUint(uint64(l.line), 10) + ":" + strconv.FormatUint(uint64(l.col), 10))
}

// customHook is the hook set_hook installed (nil: the default hook).
var customHook atomic.Pointer[func(*PanicHookInfo)]

// SetHook implements `std::panic::set_hook`.
func SetHook(h func(*PanicHookInfo)) { customHook.Store(&h) }

// TakeHook implements `std::panic::take_hook`: it restores the default
// hook and returns the one that was set (the default hook if none was).
func TakeHook() func(*PanicHookInfo) {
	if h := customHook.Swap(nil); h != nil {
		return *h
	}
	return func(i *PanicHookInfo) { printPanic(Current(), i.loc, i.p.Message()) }
}

// runHook reports a panic at loc through the hook in place.
func runHook(t *Thread, loc string, p *Payload) {
	if h := customHook.Load(); h != nil {
		(*h)(&PanicHookInfo{loc: loc, p: p})
		return
	}
	printPanic(t, loc, p.Message())
}
