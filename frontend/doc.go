// Package frontend turns Rust source into rs2go's typed AST (package ast).
//
// It is the only package that sees tree-sitter. Parse checks the input
// (UTF-8, no NUL bytes, size, BOM), runs tree-sitter, and copies the
// concrete tree in one TreeCursor walk driven from C (cwalk.go: one cgo
// call per tree instead of several per node) into a light Go tree
// (tree.go), cutting it at the nesting limit. It reports syntax errors
// (syntax.go) and otherwise converts the light tree into ast nodes: items
// (item.go), types and paths (types.go), patterns (pat.go), expressions
// (expr.go), blocks and statements (stmt.go), literals (lit.go), macro
// invocations, whose token trees are re-parsed in a synthetic context
// (macro.go: the only tree-sitter calls after the first walk), and format
// strings (fmtstr.go). Every tree-sitter kind string is named in kinds.go.
//
// Constructs rs2go does not model become Bad* nodes naming the construct;
// lower reports them.
package frontend
