package ir

// Terminates reports whether a statement list ends in a terminating
// statement as the Go specification defines it (for the statements this
// IR has): code appended after it would be unreachable, and a function
// with results needs no final return.
func Terminates(stmts []Stmt) bool {
	if len(stmts) == 0 {
		return false
	}
	return terminates(stmts[len(stmts)-1])
}

func terminates(s Stmt) bool {
	switch s := s.(type) {
	case *ReturnStmt:
		return true
	case *ExprStmt: // a call of the built-in panic
		c, ok := s.X.(*Call)
		if !ok {
			return false
		}
		q, ok := c.Fun.(*Qual)
		return ok && q.Pkg == "" && q.Name == "panic"
	case *Block:
		return Terminates(s.Stmts)
	case *IfStmt:
		return s.Else != nil && Terminates(s.Then.Stmts) && terminates(s.Else)
	case *ForStmt:
		return s.Cond == nil && !breaksOut(s.Body.Stmts, s.Label)
	case *SwitchStmt:
		var bodies []*Block
		for _, c := range s.Cases {
			bodies = append(bodies, c.Body)
		}
		return switchTerminates(bodies, s.Label, func(i int) bool { return len(s.Cases[i].List) == 0 })
	case *TypeSwitchStmt:
		var bodies []*Block
		for _, c := range s.Cases {
			bodies = append(bodies, c.Body)
		}
		return switchTerminates(bodies, s.Label, func(i int) bool { return len(s.Cases[i].Types) == 0 })
	}
	return false
}

// switchTerminates applies Go's rule to an expression or type switch: it
// has a default case, every case ends in a terminating statement, and no
// break refers to the switch.
func switchTerminates(bodies []*Block, label string, isDefault func(int) bool) bool {
	hasDefault := false
	for i, body := range bodies {
		if !Terminates(body.Stmts) || breaksOut(body.Stmts, label) {
			return false
		}
		hasDefault = hasDefault || isDefault(i)
	}
	return hasDefault
}

// breaksOut reports whether stmts contain a break of the enclosing loop
// labelled label: an unlabelled break outside any nested for, range or
// switch (expression or type), or a break naming label.
func breaksOut(stmts []Stmt, label string) bool {
	found := false
	var visit func(n any, nested bool) bool
	visit = func(n any, nested bool) bool {
		switch n := n.(type) {
		case *BranchStmt:
			if n.Tok == "break" && ((n.Label == "" && !nested) || (label != "" && n.Label == label)) {
				found = true
			}
		case *ForStmt, *RangeStmt, *SwitchStmt, *TypeSwitchStmt:
			if !nested {
				Inspect(n, func(m any) bool {
					if m == n {
						return true
					}
					return visit(m, true)
				})
				return false
			}
		case *FuncLit:
			return false // a break in a closure cannot leave this loop
		}
		return !found
	}
	for _, s := range stmts {
		Inspect(s, func(m any) bool { return visit(m, false) })
	}
	return found
}
