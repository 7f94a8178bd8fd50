// This file parses format strings (println!, format!, write!, panic!, ...)
// into pieces, following std::fmt's grammar:
//
//	format_string := text [ maybe_format text ] *
//	maybe_format  := '{' '{' | '}' '}' | format
//	format        := '{' [ argument ] [ ':' format_spec ] [ ws ] * '}'
//	argument      := integer | identifier
//	format_spec   := [[fill]align][sign]['#']['0'][width]['.' precision]type
//	width         := count
//	precision     := count | '*'
//	count         := parameter | integer
//	parameter     := argument '$'
//
// and checks the arguments the way rustc does (too few, unused, invalid
// references), with rustc's messages.

package frontend

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rs2go/rs2go/frontend/ast"
)

// argRef is a reference to an argument before resolution.
type argRef struct {
	kind  byte // 'n' next positional, 'i' index, 's' name
	index int
	name  string
	at    int // offset of the name/index in the string value
	ph    int // offset of the placeholder's `{`
}

// rawCount is a width or precision before resolution.
type rawCount struct {
	set, isArg bool
	n          int
	ref        argRef
}

// rawPiece is a literal (isLit) or a placeholder, offsets in the value.
type rawPiece struct {
	isLit      bool
	lit        string
	arg        argRef
	spec       ast.FmtSpec
	width      rawCount
	prec       rawCount
	start, end int
}

// fmtError is a format string error at an offset of the value.
type fmtError struct {
	at, end int
	msg     string
}

// fmtParser scans one format string value.
type fmtParser struct {
	s   string
	i   int
	err *fmtError
}

// parseFormat splits s into pieces, or returns the first error.
func parseFormat(s string) ([]rawPiece, *fmtError) {
	p := &fmtParser{s: s}
	var out []rawPiece
	var lit strings.Builder
	litStart := 0
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, rawPiece{isLit: true, lit: lit.String(), start: litStart, end: p.i})
			lit.Reset()
		}
	}
	for p.i < len(s) {
		switch ch := s[p.i]; {
		case ch == '{' && p.peek(1) == '{', ch == '}' && p.peek(1) == '}':
			if lit.Len() == 0 {
				litStart = p.i
			}
			lit.WriteByte(ch)
			p.i += 2
		case ch == '{':
			flush()
			pc := p.placeholder()
			if p.err != nil {
				return nil, p.err
			}
			out = append(out, pc)
			litStart = p.i
		case ch == '}':
			return nil, &fmtError{p.i, p.i + 1, "invalid format string: unmatched `}` found"}
		default:
			if lit.Len() == 0 {
				litStart = p.i
			}
			lit.WriteByte(ch)
			p.i++
		}
	}
	flush()
	return out, nil
}

func (p *fmtParser) peek(k int) byte {
	if p.i+k < len(p.s) {
		return p.s[p.i+k]
	}
	return 0
}

func (p *fmtParser) fail(at int, format string, args ...any) {
	if p.err == nil {
		p.err = &fmtError{at, at + 1, "invalid format string: " + fmt.Sprintf(format, args...)}
	}
}

// placeholder parses `{...}` starting at the `{`.
func (p *fmtParser) placeholder() rawPiece {
	pc := rawPiece{start: p.i, spec: ast.FmtSpec{Fill: ' '}}
	p.i++
	pc.arg = p.argument()
	if p.peek(0) == ':' {
		p.i++
		p.spec(&pc)
	}
	for p.peek(0) == ' ' || p.peek(0) == '\t' || p.peek(0) == '\n' || p.peek(0) == '\r' {
		p.i++
	}
	switch {
	case p.err != nil:
	case p.i >= len(p.s):
		p.err = &fmtError{pc.start, pc.start + 1, "invalid format string: expected `}` but string was terminated"}
	case p.s[p.i] != '}':
		r, _ := utf8.DecodeRuneInString(p.s[p.i:])
		p.fail(p.i, "expected `}`, found `%c`", r)
	default:
		p.i++
	}
	pc.end = p.i
	return pc
}

// argument parses an optional integer or identifier.
func (p *fmtParser) argument() argRef {
	at := p.i
	if d := p.digits(); d != "" {
		if isIdentStart(p.rune()) {
			p.fail(at, "invalid argument name `%s%s`", d, p.word())
		}
		n, _ := strconv.Atoi(d)
		return argRef{kind: 'i', index: n, at: at}
	}
	if isIdentStart(p.rune()) {
		return argRef{kind: 's', name: p.word(), at: at}
	}
	return argRef{kind: 'n', at: at}
}

func (p *fmtParser) rune() rune {
	if p.i >= len(p.s) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(p.s[p.i:])
	return r
}

func isIdentStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r)
}

// word scans an identifier.
func (p *fmtParser) word() string {
	start := p.i
	for p.i < len(p.s) {
		r, size := utf8.DecodeRuneInString(p.s[p.i:])
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		p.i += size
	}
	return p.s[start:p.i]
}

func (p *fmtParser) digits() string {
	start := p.i
	for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		p.i++
	}
	return p.s[start:p.i]
}

// spec parses the format_spec after `:`.
func (p *fmtParser) spec(pc *rawPiece) {
	sp := &pc.spec
	if r, size := utf8.DecodeRuneInString(p.s[p.i:]); p.i < len(p.s) && isAlign(p.peek(size)) {
		sp.Fill, sp.Align = r, p.peek(size)
		p.i += size + 1
	} else if isAlign(p.peek(0)) {
		sp.Align = p.peek(0)
		p.i++
	}
	if c := p.peek(0); c == '+' || c == '-' {
		sp.Sign = c
		p.i++
	}
	if p.peek(0) == '#' {
		sp.Alt = true
		p.i++
	}
	if p.peek(0) == '0' && p.peek(1) != '$' {
		sp.Zero = true
		p.i++
	}
	pc.width = p.count()
	if p.peek(0) == '.' {
		p.i++
		if p.peek(0) == '*' {
			p.i++
			pc.prec = rawCount{set: true, isArg: true, ref: argRef{kind: 'n', at: p.i - 1}}
		} else if pc.prec = p.count(); !pc.prec.set {
			p.fail(p.i, "expected `}`, found `.`")
			return
		}
	}
	p.verb(sp)
}

func isAlign(c byte) bool { return c == '<' || c == '^' || c == '>' }

// count parses integer, integer$ or name$ (a name without `$` is left for
// the type).
func (p *fmtParser) count() rawCount {
	at := p.i
	if d := p.digits(); d != "" {
		n, err := strconv.Atoi(d)
		if err != nil || n > 0xFFFF {
			p.fail(at, "integer `%s` does not fit into the type `u16` whose range is `0..=65535`", d)
		}
		if p.peek(0) == '$' {
			p.i++
			return rawCount{set: true, isArg: true, ref: argRef{kind: 'i', index: n, at: at}}
		}
		return rawCount{set: true, n: n}
	}
	if isIdentStart(p.rune()) {
		w := p.word()
		if p.peek(0) == '$' {
			p.i++
			return rawCount{set: true, isArg: true, ref: argRef{kind: 's', name: w, at: at}}
		}
		p.i = at
	}
	return rawCount{}
}

var fmtVerbs = map[string]bool{"": true, "?": true, "x": true, "X": true, "o": true, "b": true,
	"e": true, "E": true, "p": true, "x?": true, "X?": true}

// verb parses the formatting trait.
func (p *fmtParser) verb(sp *ast.FmtSpec) {
	at := p.i
	v := ""
	if p.peek(0) == '?' {
		p.i++
		v = "?"
	} else if isIdentStart(p.rune()) {
		v = p.word()
		if (v == "x" || v == "X") && p.peek(0) == '?' {
			p.i++
			v += "?"
		}
	}
	if !fmtVerbs[v] && p.err == nil {
		p.err = &fmtError{at, p.i, fmt.Sprintf("unknown format trait `%s`", v)}
	}
	sp.Verb = v
}

// ---------------------------------------------------------------- arguments

// fmtResolver resolves argument references against the macro's arguments.
type fmtResolver struct {
	c       *conv
	fa      *ast.FormatArgs
	npos    int
	next    int
	named   map[string]int
	used    []bool
	offs    []int    // file offset of each value byte
	badRefs []argRef // references past the positional arguments
	maxNext int
	first   int // placeholder of the first implicit positional reference
}

// formatArgs converts a format string and its arguments (rest[0] must be
// the string literal); nil after an error.
func (c *conv) formatArgs(rest []*node) *ast.FormatArgs {
	first := rest[0]
	if first.kind != kStringLiteral && first.kind != kRawStringLiteral {
		c.errorf(first, "format argument must be a string literal")
		return nil
	}
	lit, offs := c.strLit(first, true)
	if lit == nil {
		c.errorf(first, "format argument must be a string literal")
		return nil
	}
	r := &fmtResolver{c: c, fa: &ast.FormatArgs{Str: lit}, named: map[string]int{}, offs: offs, first: -1}
	if !r.collectArgs(rest[1:]) {
		return nil
	}
	pieces, ferr := parseFormat(lit.Value)
	if ferr != nil {
		c.diags.Errorf(r.span(ferr.at, ferr.end), "", "%s", ferr.msg)
		return nil
	}
	for i := range pieces {
		r.fa.Pieces = append(r.fa.Pieces, r.piece(&pieces[i]))
	}
	if !r.check() {
		return nil
	}
	return r.fa
}

// span maps value offsets [a, b) to a file span.
func (r *fmtResolver) span(a, b int) ast.Span {
	last := len(r.offs) - 1
	a, b = min(max(a, 0), last), min(max(b, a), last)
	end := r.offs[b]
	if b > a {
		end = r.offs[b-1] + 1
	}
	return span(r.offs[a], end)
}

// collectArgs reads positional then named (`name = expr`) arguments.
func (r *fmtResolver) collectArgs(args []*node) bool {
	c := r.c
	for _, a := range args {
		if a.kind == kAssignmentExpression {
			if l := a.child("left"); l != nil && l.kind == kIdentifier {
				name := c.ident(l).Name
				if _, dup := r.named[name]; dup {
					c.errorf(l, "duplicate argument named `%s`", name)
					return false
				}
				r.named[name] = len(r.fa.Args)
				r.fa.Args = append(r.fa.Args, &ast.FmtArg{Name: name, Value: c.expr(a.child("right"))})
				continue
			}
		}
		if len(r.named) > 0 {
			c.errorf(a, "positional arguments cannot follow named arguments")
			return false
		}
		r.fa.Args = append(r.fa.Args, &ast.FmtArg{Value: c.expr(a)})
		r.npos++
	}
	r.used = make([]bool, len(r.fa.Args))
	return true
}

// piece resolves one raw piece.
func (r *fmtResolver) piece(p *rawPiece) *ast.FmtPiece {
	out := &ast.FmtPiece{Lit: p.lit, Arg: -1, Span: r.span(p.start, p.end)}
	if p.isLit {
		return out
	}
	out.Spec = p.spec
	p.width.ref.ph, p.prec.ref.ph, p.arg.ph = p.start, p.start, p.start
	out.Spec.Width = r.count(p.width)
	out.Spec.Prec = r.count(p.prec) // `.*` takes its argument before the value
	out.Arg = r.ref(p.arg)
	return out
}

func (r *fmtResolver) count(rc rawCount) ast.FmtCount {
	if !rc.set {
		return ast.FmtCount{Arg: -1}
	}
	if !rc.isArg {
		return ast.FmtCount{Set: true, N: rc.n, Arg: -1}
	}
	return ast.FmtCount{Set: true, IsArg: true, Arg: r.ref(rc.ref)}
}

// ref resolves a reference to an index into Args, adding implicit
// captures for unknown names.
func (r *fmtResolver) ref(a argRef) int {
	idx := -1
	switch a.kind {
	case 'n':
		idx = r.next
		r.next++
		r.maxNext = r.next
		if r.first < 0 {
			r.first = a.ph
		}
		if idx >= r.npos {
			r.badRefs = append(r.badRefs, a)
			return -1
		}
	case 'i':
		idx = a.index
		if idx >= r.npos {
			r.badRefs = append(r.badRefs, a)
			return -1
		}
	case 's':
		i, ok := r.named[a.name]
		if !ok {
			i = r.capture(a)
		}
		idx = i
	}
	if idx < len(r.used) {
		r.used[idx] = true
	}
	return idx
}

// capture adds an implicit argument `{name}` that names a variable.
func (r *fmtResolver) capture(a argRef) int {
	sp := r.span(a.at, a.at+len(a.name))
	id := ast.Ident{Name: a.name, Span: sp}
	val := &ast.PathExpr{Path: &ast.Path{Segments: []*ast.PathSegment{{Name: id}}, Span: sp}}
	i := len(r.fa.Args)
	r.fa.Args = append(r.fa.Args, &ast.FmtArg{Name: a.name, Value: val, Implicit: true})
	r.named[a.name] = i
	return i
}

// check reports references past the arguments and unused arguments.
func (r *fmtResolver) check() bool {
	c := r.c
	if len(r.badRefs) > 0 {
		b := r.badRefs[0]
		sp := r.span(b.ph, b.ph+1)
		if b.kind == 'i' {
			c.diags.Errorf(sp, "", "invalid reference to positional argument %d (%s)", b.index, thereAre(r.npos))
		} else {
			sp = r.span(r.first, r.first+1)
			c.diags.Errorf(sp, "", "%d positional argument%s in format string, but %s",
				r.maxNext, plural(r.maxNext), thereAre(r.npos))
		}
		return false
	}
	var unused []int
	for i, u := range r.used {
		if !u {
			unused = append(unused, i)
		}
	}
	if len(unused) == 0 {
		return true
	}
	a := r.fa.Args[unused[0]]
	msg := "argument never used"
	switch {
	case len(unused) > 1:
		msg = "multiple unused formatting arguments"
	case a.Name != "":
		msg = "named argument never used"
	}
	c.diags.Errorf(a.Value.Pos(), "", "%s", msg)
	return false
}

func thereAre(n int) string {
	switch n {
	case 0:
		return "no arguments were given"
	case 1:
		return "there is 1 argument"
	}
	return fmt.Sprintf("there are %d arguments", n)
}
