// This file copies tree-sitter's tree into a flat array of node records in
// one cgo call: a C loop drives a TSTreeCursor over the whole tree. Calling
// the cursor from Go instead costs about seven cgo calls and a map insert
// per node (see NOTES.md), which dominated the parse time of large files.

package frontend

/*
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>

// Declarations matching tree-sitter's api.h (the runtime is compiled and
// linked by github.com/smacker/go-tree-sitter).
typedef struct TSNode { uint32_t context[4]; const void *id; const void *tree; } TSNode;
typedef struct TSTreeCursor { const void *tree; const void *id; uint32_t context[3]; } TSTreeCursor;

TSTreeCursor ts_tree_cursor_new(TSNode node);
void ts_tree_cursor_delete(TSTreeCursor *self);
TSNode ts_tree_cursor_current_node(const TSTreeCursor *self);
uint16_t ts_tree_cursor_current_field_id(const TSTreeCursor *self);
bool ts_tree_cursor_goto_first_child(TSTreeCursor *self);
bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *self);
bool ts_tree_cursor_goto_parent(TSTreeCursor *self);
uint16_t ts_node_symbol(TSNode self);
uint32_t ts_node_start_byte(TSNode self);
uint32_t ts_node_end_byte(TSNode self);
bool ts_node_is_missing(TSNode self);
uint32_t ts_node_descendant_count(TSNode self);

// rec is one node in pre-order; depth is its depth below the root.
typedef struct rec {
	uint32_t start, end, depth;
	uint16_t sym, field;
	uint8_t missing;
} rec;

// rs2go_walk writes up to cap records and returns how many nodes there are.
static uint32_t rs2go_walk(TSNode root, rec *out, uint32_t cap) {
	TSTreeCursor c = ts_tree_cursor_new(root);
	uint32_t n = 0, depth = 0;
	for (;;) {
		if (n < cap) {
			TSNode t = ts_tree_cursor_current_node(&c);
			rec *r = &out[n];
			r->start = ts_node_start_byte(t);
			r->end = ts_node_end_byte(t);
			r->depth = depth;
			r->sym = ts_node_symbol(t);
			r->field = ts_tree_cursor_current_field_id(&c);
			r->missing = ts_node_is_missing(t);
		}
		n++;
		if (ts_tree_cursor_goto_first_child(&c)) {
			depth++;
			continue;
		}
		while (!ts_tree_cursor_goto_next_sibling(&c)) {
			if (depth == 0 || !ts_tree_cursor_goto_parent(&c)) {
				ts_tree_cursor_delete(&c);
				return n;
			}
			depth--;
		}
	}
}
*/
import "C"

import (
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// rec is one node of the flat tree.
type rec = C.rec

// cNode reads the TSNode inside a go-tree-sitter Node (its first field).
func cNode(n *sitter.Node) C.TSNode {
	return *(*C.TSNode)(unsafe.Pointer(n))
}

// flatTree returns the tree's nodes in pre-order.
func flatTree(root *sitter.Node) []rec {
	cn := cNode(root)
	count := uint32(C.ts_node_descendant_count(cn))
	recs := make([]rec, count+1)
	n := uint32(C.rs2go_walk(cn, &recs[0], C.uint32_t(len(recs))))
	if int(n) > len(recs) {
		recs = make([]rec, n)
		C.rs2go_walk(cn, &recs[0], C.uint32_t(n))
	}
	return recs[:n]
}
