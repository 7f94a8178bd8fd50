package ir

// Inspect walks the statements and expressions under n in depth-first
// order, calling f for each node (Stmt, Expr or *Block); f returning false
// skips the node's children.
func Inspect(n any, f func(any) bool) {
	if n == nil || !f(n) {
		return
	}
	switch n := n.(type) {
	case *Block:
		for _, s := range n.Stmts {
			Inspect(s, f)
		}
	case *DeclStmt:
		inspectExpr(n.Value, f)
	case *AssignStmt:
		inspectExprs(n.Lhs, f)
		inspectExprs(n.Rhs, f)
	case *ExprStmt:
		inspectExpr(n.X, f)
	case *IfStmt:
		if n.Init != nil {
			Inspect(n.Init, f)
		}
		inspectExpr(n.Cond, f)
		Inspect(n.Then, f)
		if n.Else != nil {
			Inspect(n.Else, f)
		}
	case *ForStmt:
		if n.Init != nil {
			Inspect(n.Init, f)
		}
		inspectExpr(n.Cond, f)
		if n.Post != nil {
			Inspect(n.Post, f)
		}
		Inspect(n.Body, f)
	case *RangeStmt:
		inspectExpr(n.X, f)
		Inspect(n.Body, f)
	case *ReturnStmt:
		inspectExprs(n.Results, f)
	case *SwitchStmt:
		inspectExpr(n.Tag, f)
		for _, c := range n.Cases {
			inspectExprs(c.List, f)
			Inspect(c.Body, f)
		}
	case *TypeSwitchStmt:
		inspectExpr(n.X, f)
		for _, c := range n.Cases {
			Inspect(c.Body, f)
		}
	case *DeferStmt:
		inspectExpr(n.Call, f)
	case *Call:
		inspectExpr(n.Fun, f)
		inspectExprs(n.Args, f)
	case *Convert:
		inspectExpr(n.X, f)
	case *Selector:
		inspectExpr(n.X, f)
	case *Binary:
		inspectExpr(n.X, f)
		inspectExpr(n.Y, f)
	case *Unary:
		inspectExpr(n.X, f)
	case *Index:
		inspectExpr(n.X, f)
		inspectExpr(n.Index, f)
	case *SliceExpr:
		inspectExpr(n.X, f)
		inspectExpr(n.Lo, f)
		inspectExpr(n.Hi, f)
	case *FuncLit:
		Inspect(n.Body, f)
	case *CompositeLit:
		inspectExprs(n.Elems, f)
	case *Paren:
		inspectExpr(n.X, f)
	case *Inst:
		inspectExpr(n.Fun, f)
	case *TypeAssert:
		inspectExpr(n.X, f)
	}
}

func inspectExpr(e Expr, f func(any) bool) {
	if e != nil {
		Inspect(e, f)
	}
}

func inspectExprs(es []Expr, f func(any) bool) {
	for _, e := range es {
		Inspect(e, f)
	}
}
