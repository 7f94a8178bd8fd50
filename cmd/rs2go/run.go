// This file implements `rs2go run`: translate, lay out a temporary module
// with rt's embedded source, build, then exec the binary so that its exit
// code passes through unchanged (`go run` would turn a panic's 101 into 1).

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"github.com/rs2go/rs2go"
)

// run translates file, builds it and runs it with args; it returns the
// program's exit code, or the command's own on failure.
func (c *cli) run(file string, args []string, opts *options) int {
	goSrc, code := c.translateFile(file, opts)
	if code != exitOK {
		return code
	}
	dir, err := os.MkdirTemp("", "rs2go-run-")
	if err != nil {
		return c.fail(err)
	}
	defer os.RemoveAll(dir)
	if err := rs2go.WriteModule(dir, goSrc); err != nil {
		return c.fail(err)
	}
	bin := filepath.Join(dir, binName(file))
	if err := rs2go.Build(dir, bin, false); err != nil {
		var be *rs2go.BuildError
		if errors.As(err, &be) {
			// rs2go promises Go that compiles: this is a bug.
			c.internalError("the generated Go does not build:\n" + be.Output)
			return exitInternal
		}
		return c.fail(err)
	}
	code, err = execProgram(bin, args, c.stdin, c.stdout, c.stderr)
	if err != nil {
		return c.fail(err)
	}
	return code
}

// binName names the executable after the Rust file, as rustc does.
func binName(file string) string {
	name := strings.TrimSuffix(filepath.Base(file), ".rs")
	if name == "" || name == "." || name == ".." {
		name = "main"
	}
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	return name
}

// execProgram runs bin with args on the given streams and returns its exit
// code; a program killed by a signal gives 128+signal, as in a shell.
// Interrupt and terminate signals sent to rs2go are passed on to the
// program, and rs2go waits for it to end (then cleans up).
func execProgram(bin string, args []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	cmd := exec.Command(bin, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, stdout, stderr
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case s := <-sigs:
				cmd.Process.Signal(s)
			case <-done:
				return
			}
		}
	}()
	err := cmd.Wait()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		return 0, fmt.Errorf("running %s: %w", filepath.Base(bin), err)
	}
	return exitStatus(cmd.ProcessState), nil
}

// exitStatus is the shell's view of how a process ended.
func exitStatus(ps *os.ProcessState) int {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return ps.ExitCode()
}
