package lower

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/rs2go/rs2go/frontend"
	"github.com/rs2go/rs2go/frontend/ast"
)

//go:embed std/std.rs
var stdSource []byte

// The std model is parsed once per process; each lowering resolves it
// afresh into its own modules (cheap) so that lowerings stay independent.
var (
	stdOnce sync.Once
	stdAST  *ast.File
	stdErr  error
)

func parseStd() (*ast.File, error) {
	stdOnce.Do(func() {
		f, diags := frontend.ParseTrusted("std.rs", stdSource)
		if len(diags) > 0 {
			stdErr = fmt.Errorf("the std model does not parse: %s", diags.Format(diagSource("std.rs", stdSource)))
			return
		}
		stdAST = f
	})
	return stdAST, stdErr
}

// loadStd resolves the std model into l.std and its prelude.
func (l *lowerer) loadStd() error {
	f, err := parseStd()
	if err != nil {
		return err
	}
	l.std = newModule("std", "std", nil, true)
	saved := l.diags
	l.collect(l.std, f.Items)
	if len(l.diags) != len(saved) {
		return fmt.Errorf("the std model does not resolve: %s", l.diags[len(saved)].Msg)
	}
	l.prelude, _ = l.std.Items["prelude"].(*Module)
	return nil
}
