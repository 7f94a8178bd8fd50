// Package rt is the runtime that Go programs translated by rs2go link
// against. It reproduces the observable behaviour of Rust's std (1.95) for
// the constructs that rs2go translates: threads (goroutines that catch their
// own panics), the panic hook and its exact stderr text, line-buffered
// stdout, Option and Result, Rust's Display/Debug formatting, debug-build
// integer arithmetic with overflow checks, and the std::sync primitives.
//
// rt depends on the Go standard library only: `rs2go run` embeds this
// package's source and builds translated programs offline.
package rt
