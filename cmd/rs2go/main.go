// Command rs2go translates a Rust program into Go.
//
//	rs2go [flags] file.rs                 Go on stdout
//	rs2go -o out.go file.rs               Go written to out.go atomically
//	rs2go run [flags] file.rs [args...]   translate, build and run
//
// Diagnostics go to stderr as `file.rs:L:C: error[CODE]: message` followed by
// the source line with a caret. Exit codes: 0 success (for run: the
// program's own exit code), 1 diagnostics or file errors, 2 usage errors,
// 3 internal errors. The command only handles flags, files and exit codes;
// translation is the rs2go package's.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rs2go/rs2go"
	"github.com/rs2go/rs2go/frontend/diag"
)

// Exit codes of the CLI contract.
const (
	exitOK       = 0
	exitFail     = 1 // diagnostics, or a file that cannot be read or written
	exitUsage    = 2
	exitInternal = 3 // an rs2go bug
)

const usage = `usage: rs2go [flags] file.rs                 translate file.rs to Go on stdout
       rs2go run [flags] file.rs [args...]   translate, build and run file.rs

Flags:
  -o file    write the Go to file (atomically) instead of stdout
  -release   wrap integer overflow and turn debug_assert! off, like cargo --release
  -noline    leave out the //line directives that map the Go back to file.rs
  -version   print the version of rs2go and exit
  -h, -help  print this help and exit

Exit codes: 0 success (run: the program's own exit code), 1 diagnostics or
file errors, 2 usage errors, 3 internal errors (bugs in rs2go).
`

// translate is rs2go.Translate; tests replace it to provoke internal errors.
var translate = rs2go.Translate

func main() { os.Exit(main1()) }

// main1 runs the command on the process's arguments and standard streams
// and returns the exit code.
func main1() int {
	return runCLI(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}

// cli is one invocation of the command.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	src            *diag.Source // the Rust file once read, for internal errors
}

// options are the parsed flags.
type options struct {
	out                      string
	release, noline, version bool
}

// runCLI runs the command on args (without the program name). A panic
// becomes an internal error (exit 3) instead of a Go stack trace.
func runCLI(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr}
	defer func() {
		if r := recover(); r != nil {
			if os.Getenv("RS2GO_PANIC") != "" {
				panic(r) // debugging rs2go: Go's stack trace
			}
			c.internalError(fmt.Sprint(r))
			code = exitInternal
		}
	}()
	return c.main(args)
}

// main dispatches on the subcommand and flags.
func (c *cli) main(args []string) int {
	isRun := len(args) > 0 && args[0] == "run"
	if isRun {
		args = args[1:]
	}
	opts, rest, err := parseFlags(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(c.stdout, usage)
		return exitOK
	case err != nil:
		return c.usageError(err.Error())
	case opts.version:
		fmt.Fprintf(c.stdout, "rs2go %s\n", rs2go.Version)
		return exitOK
	case len(rest) == 0:
		return c.usageError("no input file")
	case isRun && opts.out != "":
		return c.usageError("-o cannot be used with run")
	case isRun:
		return c.run(rest[0], rest[1:], opts)
	case len(rest) > 1:
		return c.usageError(fmt.Sprintf("unexpected arguments after %s: %s (flags go before the file)",
			rest[0], strings.Join(rest[1:], " ")))
	}
	return c.translateOut(rest[0], opts)
}

// parseFlags parses the flags that precede the file name.
func parseFlags(args []string) (*options, []string, error) {
	var o options
	fs := flag.NewFlagSet("rs2go", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by the caller
	fs.StringVar(&o.out, "o", "", "")
	fs.BoolVar(&o.release, "release", false, "")
	fs.BoolVar(&o.noline, "noline", false, "")
	fs.BoolVar(&o.version, "version", false, "")
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	return &o, fs.Args(), nil
}

// translateOut translates file and writes the Go to stdout or to opts.out.
func (c *cli) translateOut(file string, opts *options) int {
	if opts.out != "" {
		if err := checkOutput(opts.out); err != nil {
			return c.fail(err)
		}
	}
	goSrc, code := c.translateFile(file, opts)
	if code != exitOK {
		return code
	}
	if opts.out == "" {
		if _, err := c.stdout.Write(goSrc); err != nil {
			return c.fail(err)
		}
		return exitOK
	}
	if err := writeAtomic(opts.out, goSrc); err != nil {
		return c.fail(err)
	}
	return exitOK
}

// translateFile reads and translates file, reporting any diagnostics; it
// returns the Go source, or the exit code to stop with.
func (c *cli) translateFile(file string, opts *options) ([]byte, int) {
	src, err := readSource(file)
	if err != nil {
		return nil, c.fail(err)
	}
	c.src = diag.NewSource(file, src)
	res := translate(file, src, rs2go.Config{Release: opts.release, NoLine: opts.noline})
	switch {
	case res.Internal():
		fmt.Fprint(c.stderr, res.Diags.Format(res.Source))
		return nil, exitInternal
	case res.Failed():
		fmt.Fprint(c.stderr, res.Diags.Format(res.Source))
		return nil, exitFail
	case len(res.Go) == 0:
		c.internalError("translation produced no Go and no diagnostic")
		return nil, exitInternal
	}
	return res.Go, exitOK
}

// fail reports an error that has no source position and returns exit 1.
func (c *cli) fail(err error) int {
	fmt.Fprintf(c.stderr, "rs2go: error: %v\n", err)
	return exitFail
}

// usageError reports a misuse of the command, then the usage, and returns
// exit 2.
func (c *cli) usageError(msg string) int {
	fmt.Fprintf(c.stderr, "rs2go: error: %s\n\n%s", msg, usage)
	return exitUsage
}

// internalError reports an rs2go bug found outside the translator, in the
// same form as the translator's own internal errors.
func (c *cli) internalError(msg string) {
	if c.src == nil {
		fmt.Fprintf(c.stderr, "rs2go: internal error: %s\n", msg)
		return
	}
	l := diag.List{{Severity: diag.Internal, Msg: msg}}
	fmt.Fprint(c.stderr, l.Format(c.src))
}
