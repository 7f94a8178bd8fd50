// Package ir is the typed, Go-shaped intermediate representation that
// lower produces and codegen prints. Every Rust-level decision (which rt
// helper to call, where a temporary lives, where a drop runs, which
// variables a move closure copies) is already made: codegen walks the tree
// and prints it. Every node keeps the Rust span it came from, so codegen can
// emit //line directives.
package ir

import "github.com/rs2go/rs2go/frontend/diag"

// Span is a byte range in the Rust source.
type Span = diag.Span

// File is a lowered program: package main of one Rust crate.
type File struct {
	Source *diag.Source // the Rust file, for //line directives
	Decls  []Decl
}

// Decl is a package-level declaration.
type Decl interface {
	declNode()
}

// FuncDecl: func (Recv) Name[TypeParams](Params) Results { Body }.
// Rust: fn name(params) -> ret { body } (methods have Recv).
type FuncDecl struct {
	Name       string
	Recv       *Var
	TypeParams []*TypeParam
	Params     []*Var
	Results    []Type
	Body       *Block
	Span       Span
}

// TypeParam is a Go type parameter with its constraint.
type TypeParam struct {
	Name       string
	Constraint Type
}

// VarDecl: var Name Type = Value at package level (Rust const/static).
type VarDecl struct {
	Var   *Var
	Value Expr
	Const bool
	Span  Span
}

func (*FuncDecl) declNode() {}
func (*VarDecl) declNode()  {}

// Var is a Go variable: a Rust binding, a parameter or a temporary made by
// lower. Name is the Rust name (or a hint for temporaries); codegen picks
// the final Go identifier, unique within its function.
type Var struct {
	Name     string
	Type     Type
	Temp     bool // introduced by lower, not a Rust binding
	ReadOnly bool // never assigned after its declaration (a non-mut Rust binding)
	Span     Span
}

// TypeDecl: type Name[TypeParams] Type. Rust: struct, enum (an interface
// or an integer type), trait (an interface).
type TypeDecl struct {
	Name       string
	TypeParams []*TypeParam
	Type       Type
	Span       Span
}

func (*TypeDecl) declNode() {}
