package ir

// Type is a Go type.
type Type interface {
	typeNode()
}

// BasicKind enumerates Go's predeclared types that Rust types map to.
type BasicKind int

const (
	Bool BasicKind = iota
	Int8
	Int16
	Int32
	Int64
	Int // isize
	Uint8
	Uint16
	Uint32
	Uint64
	Uint // usize
	Float32
	Float64
	String // String and &str
	Rune   // char
	Any    // any (used by rt for panic payloads)
)

// Basic is a predeclared Go type.
type Basic struct{ Kind BasicKind }

// Named is a named type from a package: rt.JoinHandle[int32], time.Duration,
// or (Pkg == "") a type declared in the generated file.
type Named struct {
	Pkg  string // import path; "" for the generated file
	Name string
	Args []Type
}

// Pointer is *Elem.
type Pointer struct{ Elem Type }

// Slice is []Elem.
type Slice struct{ Elem Type }

// Array is [Len]Elem.
type Array struct {
	Len  int64
	Elem Type
}

// Map is map[Key]Elem.
type Map struct{ Key, Elem Type }

// Func is func(Params) Results.
type Func struct {
	Params  []Type
	Results []Type
}

// Struct is an anonymous struct type; struct{} is Rust's unit.
type Struct struct {
	Fields []*Field
}

// Field is a struct field.
type Field struct {
	Name string
	Type Type
}

// TypeParamRef refers to a type parameter of the enclosing generic func
// or type.
type TypeParamRef struct{ Name string }

// Tilde is the constraint term ~T: every type whose underlying type is
// T.
type Tilde struct{ Elem Type }

func (*Tilde) typeNode()        {}
func (*Basic) typeNode()        {}
func (*Named) typeNode()        {}
func (*Pointer) typeNode()      {}
func (*Slice) typeNode()        {}
func (*Array) typeNode()        {}
func (*Map) typeNode()          {}
func (*Func) typeNode()         {}
func (*Struct) typeNode()       {}
func (*TypeParamRef) typeNode() {}

// Common types.
var (
	BoolType   = &Basic{Bool}
	StringType = &Basic{String}
	UnitStruct = &Struct{}
	AnyType    = &Basic{Any}
)

// Interface is an interface type: Methods, plus Embeds (other
// interfaces or constraint terms).
type Interface struct {
	Methods []*Method
	Embeds  []Type
}

// Method is a method of an interface.
type Method struct {
	Name string
	Type *Func
}

func (*Interface) typeNode() {}
