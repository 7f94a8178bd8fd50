package rt

// Unit is Rust's unit type `()`. Its Debug output is `()` (see DebugUnit).
type Unit = struct{}

// Loc is the Rust source position of a panic site, "file.rs:L:C", exactly
// as rustc prints it after "panicked at " (the path as given to the
// translator, 1-based line and column).
type Loc string
