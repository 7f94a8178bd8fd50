// Package frontend turns Rust source into rs2go's typed AST (package ast).
//
// It is the only package that sees tree-sitter. Parse checks the input
// (UTF-8, no NUL bytes, size), runs tree-sitter, copies the concrete tree
// once with a cursor into a light Go tree (tree.go), reports syntax errors
// (syntax.go), and converts the light tree into ast nodes without further
// cgo calls: items (item.go), types and paths (types.go), patterns
// (pat.go), expressions (expr.go), blocks and statements (stmt.go),
// literals (lit.go), macro invocations, whose token trees are re-parsed in
// a synthetic context (macro.go), and format strings (fmtstr.go).
//
// Constructs rs2go does not model become Bad* nodes naming the construct;
// lower reports them.
package frontend
