# Run from anywhere with rustc 1.95 on PATH: python3 rt/testdata/gen_fmt_cases.py
# (then gofmt the Go output). It compiles a Rust program, runs it with
# RUST_BACKTRACE unset, and records what rustc's build printed.
# Generates a Rust program printing formatting cases, runs it, and writes the
# Go table test rt/fmt_rustc_test.go with the outputs.
import subprocess, json, os, sys, tempfile

TMP = tempfile.mkdtemp()
RT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cases = []  # (spec, rust_expr, go_call) ; go_call uses %s for formatter fn chooser
def add(specs, rust, godisp, godebug):
    for s in specs:
        go = godebug if '?' in s else godisp
        if go is None: continue
        cases.append((s, rust, go))

INT_SPECS = ["{}", "{:?}", "{:5}", "{:<5}", "{:^5}", "{:>5}", "{:05}", "{:+}", "{:+05}", "{:*^7}", "{:x}", "{:X}", "{:#x}", "{:#010x}", "{:o}", "{:#o}", "{:b}", "{:#b}", "{:e}", "{:E}", "{:.1e}", "{:.3e}", "{:+e}", "{:12e}", "{:x?}", "{:X?}", "{:#x?}", "{:#?}", "{:8?}", "{:.3}", "{:+x}", "{:010}", "{:<05}", "{:^+9}"]
ints = [("i8", ["0", "-1", "127", "-128", "42"]), ("i16", ["-300", "32767"]), ("i32", ["0", "42", "-42", "1234", "1200", "-2147483648", "2147483647", "1250", "1350", "15", "25", "95", "99999"]),
        ("i64", ["-9223372036854775808", "9223372036854775807", "-1"]), ("u8", ["0", "255", "5", "100"]), ("u16", ["65535"]), ("u32", ["4294967295", "1000"]), ("u64", ["18446744073709551615", "0", "10"]),
        ("isize", ["-5", "-9223372036854775808"]), ("usize", ["7", "18446744073709551615"])]
gotype = {"i8":"int8","i16":"int16","i32":"int32","i64":"int64","u8":"uint8","u16":"uint16","u32":"uint32","u64":"uint64","isize":"int","usize":"uint","f32":"float32","f64":"float64"}
for t, vals in ints:
    for v in vals:
        gv = v
        if v.startswith('-') and v[1:] in ("9223372036854775808",):
            gv = "math.MinInt64" if t == "i64" else "math.MinInt"
        add(INT_SPECS, "%s%s" % (v, t) if not v.startswith('-') else "(%s%s)" % (v, t),
            "DisplayInt(%s(%s), f)" % (gotype[t], gv), "DebugInt(%s(%s), f)" % (gotype[t], gv))

FLOAT_SPECS = ["{}", "{:?}", "{:e}", "{:E}", "{:.2}", "{:.0}", "{:8.2}", "{:08.2}", "{:+}", "{:+?}", "{:.3e}", "{:#?}", "{:10?}", "{:<10}", "{:^10}", "{:010}", "{:.1?}", "{:+.1}", "{:>+9.2e}", "{:010e}", "{:.2?}"]
floats64 = ["1.0", "0.1", "-0.0", "0.0", "1e15", "1e16", "1e17", "1.5e-4", "1e-4", "1e-5", "123456789.125", "f64::NAN", "f64::INFINITY", "f64::NEG_INFINITY", "1e300", "5e-324", "f64::MAX", "0.3", "-2.5", "0.5", "1.5", "2.5", "0.125", "0.375", "0.05", "1.235", "100.0", "1e7", "123456789012345680.0", "-1.5e-7", "2.2250738585072014e-308", "0.1234567890123", "9.999999999999999e22"]
def goflt(v, t):
    if v == "f64::NAN" or v == "f32::NAN": return "math.NaN()"
    if v.endswith("::INFINITY"): return "math.Inf(1)"
    if v.endswith("::NEG_INFINITY"): return "math.Inf(-1)"
    if v == "f64::MAX": return "math.MaxFloat64"
    if v == "f32::MAX": return "math.MaxFloat32"
    if v == "f32::MIN_POSITIVE": return "math.SmallestNonzeroFloat32 * (1 << 23)"
    if v == "-0.0": return "math.Copysign(0, -1)"
    return v
for v in floats64:
    r = v if v.startswith("f64") else "(%sf64)" % v
    gv = goflt(v, "f64")
    add(FLOAT_SPECS, r, "DisplayFloat(float64(%s), f)" % gv, "DebugFloat(float64(%s), f)" % gv)
floats32 = ["1.0", "0.1", "16777216.0", "3.4028235e38", "1e-7", "1.1", "1e20", "f32::NAN", "-0.0", "1e16", "0.3", "f32::MIN_POSITIVE"]
for v in floats32:
    r = v if v.startswith("f32") else "(%sf32)" % v
    gv = goflt(v, "f32")
    add(["{}", "{:?}", "{:e}", "{:.10}", "{:.3e}", "{:+?}"], r, "DisplayFloat(float32(%s), f)" % gv, "DebugFloat(float32(%s), f)" % gv)

STR_SPECS = ["{}", "{:?}", "{:5}", "{:<5}", "{:>5}", "{:^5}", "{:.2}", "{:5.1}", "{:-^9}", "{:>3}", "{:>8?}", "{:.2?}", "{:#?}", "{:*>7}"]
strs = [r'"ab"', r'"héllo"', r'""', r'"é"', r'"abcd"', r'"a\"b\\c\n\t\r\0\x01\x7f é\u{301}x\u{200b}\u{feff}\'\u{10ffff}\u{e000}😀\u{ad}\u{85}\u{2028}\u{a0}"', r'"\u{301}start"', r'"日本語"', r'"\u{1b}[0m"']
for s in strs:
    add(STR_SPECS, s, "DisplayStr(%s, f)" % s.replace("\\'", "'").replace("\\0", "\\x00").replace("\\u{", "\\U000").replace("\\U0001b}", "\\x1b").replace("\\U000301}", "\\u0301").replace("\\U000200b}", "\\u200b").replace("\\U000feff}", "\\ufeff").replace("\\U00010ffff}", "\\U0010ffff").replace("\\U000e000}", "\\ue000").replace("\\U000ad}", "\\u00ad").replace("\\U00085}", "\\u0085").replace("\\U0002028}", "\\u2028").replace("\\U000a0}", "\\u00a0"), None)
    # Debug: same Go literal
    gl = cases[-1][2][len("DisplayStr("):-len(", f)")]
    add([sp for sp in STR_SPECS if '?' in sp], s, None, "DebugStr(%s, f)" % gl)
CHAR_SPECS = ["{}", "{:?}", "{:5}", "{:>5}", "{:^5}", "{:5?}", "{:.0}"]
chars = [("'a'", "'a'"), (r"'\''", r"'\''"), ("'\"'", "'\"'"), (r"'\n'", r"'\n'"), (r"'\u{301}'", r"'\u0301'"), (r"'\0'", r"'\x00'"), (r"'\u{7f}'", r"'\x7f'"), ("'é'", "'é'"), (r"'\\'", r"'\\'"), (r"'\u{200b}'", r"'\u200b'"), ("' '", "' '"), ("'😀'", "'😀'")]
for r, g in chars:
    add(CHAR_SPECS, r, "DisplayChar(%s, f)" % g, "DebugChar(%s, f)" % g)
for b in ["true", "false"]:
    add(["{}", "{:?}", "{:8}", "{:>8?}", "{:^7}", "{:.2}"], b, "DisplayBool(%s, f)" % b, "DebugBool(%s, f)" % b)
add(["{:?}", "{:5?}", "{:#?}", "{:>4?}"], "()", None, "DebugUnit(Unit{}, f)")
DUR_SPECS = ["{:?}", "{:.2?}", "{:.0?}", "{:10?}", "{:<10.1?}", "{:+?}", "{:>12?}", "{:^12.3?}", "{:#?}", "{:.9?}", "{:.12?}"]
for ns in [0, 1, 999, 1000, 1001, 1000000, 1000001, 1500000, 100000000, 1000000000, 1500000000, 61000000000, 1999999999, 999999999, 999999, 9999999999, 123456789]:
    add(DUR_SPECS, "std::time::Duration::from_nanos(%d)" % ns, None, "DebugDuration(time.Duration(%d), f)" % ns)

# composite
COMP = ["{:?}", "{:#?}", "{:5?}", "{:x?}", "{:#x?}", "{:+?}", "{:<4?}", "{:08.3?}"]
comp = [
 ("vec![1i32, 2, 3]", "DebugSlice(DebugInt[int32])([]int32{1, 2, 3}, f)"),
 ("Vec::<i32>::new()", "DebugSlice(DebugInt[int32])([]int32{}, f)"),
 ("vec![\"a\", \"b\"]", "DebugSlice(DebugStr)([]string{\"a\", \"b\"}, f)"),
 ("Some(255i32)", "DebugOption(DebugInt[int32])(Some(int32(255)), f)"),
 ("None::<i32>", "DebugOption(DebugInt[int32])(None[int32](), f)"),
 ("Some(Some(3i32))", "DebugOption(DebugOption(DebugInt[int32]))(Some(Some(int32(3))), f)"),
 ("Ok::<i32, String>(3)", "DebugResult(DebugInt[int32], DebugStr)(Ok[int32, string](3), f)"),
 ("Err::<i32, String>(\"x\".to_string())", "DebugResult(DebugInt[int32], DebugStr)(Err[int32](\"x\"), f)"),
 ("(1i32,)", "DebugTuple1(DebugInt[int32])(int32(1), f)"),
 ("(1i32, \"a\")", "DebugTuple2(DebugInt[int32], DebugStr)(Tup2(int32(1), \"a\"), f)"),
 ("(1i32, 2.5f64, 'c')", "DebugTuple3(DebugInt[int32], DebugFloat[float64], DebugChar)(Tup3(int32(1), 2.5, 'c'), f)"),
 ("((), true, 1u8, -1i64)", "DebugTuple4(DebugUnit, DebugBool, DebugInt[uint8], DebugInt[int64])(Tup4(Unit{}, true, uint8(1), int64(-1)), f)"),
 ("Some(vec![(1i32, 2i32)])", "DebugOption(DebugSlice(DebugTuple2(DebugInt[int32], DebugInt[int32])))(Some([]Tuple2[int32, int32]{{1, 2}}), f)"),
 ("P { x: 1, y: 2.0 }", "P{1, 2.0}.FmtDebug(f)"),
 ("T(1, \"a\".to_string())", "T{1, \"a\"}.FmtDebug(f)"),
 ("U", "U{}.FmtDebug(f)"),
 ("E::A", "EA{}.FmtDebug(f)"),
 ("E::B(3)", "EB{3}.FmtDebug(f)"),
 ("E::C { s: \"x\" }", "EC{\"x\"}.FmtDebug(f)"),
 ("vec![P { x: 1, y: 0.5 }, P { x: -2, y: 1e20 }]", "DebugSlice(P.FmtDebug)([]P{{1, 0.5}, {-2, 1e20}}, f)"),
 ("{ let mut m = std::collections::BTreeMap::new(); m.insert(\"a\", vec![1i32]); m.insert(\"b\", vec![]); m }", "DebugMapEntries(DebugStr, DebugSlice(DebugInt[int32]))([]MapEntry[string, []int32]{{\"a\", []int32{1}}, {\"b\", nil}}, f)"),
 ("std::collections::BTreeMap::<i32, i32>::new()", "DebugMapEntries(DebugInt[int32], DebugInt[int32])(nil, f)"),
 ("{ let mut s = std::collections::BTreeSet::new(); s.insert(1i32); s.insert(2); s }", "DebugSetOf(DebugInt[int32])([]int32{1, 2}, f)"),
 ("W { inner: Some(T(7, \"q\".to_string())), list: vec![vec![], vec![1u8]] }", "W{Some(T{7, \"q\"}), [][]uint8{{}, {1}}}.FmtDebug(f)"),
 ("std::time::Duration::from_millis(1500)", "DebugDuration(1500*time.Millisecond, f)"),
 ("vec![std::time::Duration::from_millis(1500)]", "DebugSlice(DebugDuration)([]time.Duration{1500 * time.Millisecond}, f)"),
 ("Some(\"a\\nb\")", "DebugOption(DebugStr)(Some(\"a\\nb\"), f)"),
 ("vec!['a', '\\'']", "DebugSlice(DebugChar)([]rune{'a', '\\''}, f)"),
 ("vec![1.0f64, 0.1, 1e16]", "DebugSlice(DebugFloat[float64])([]float64{1.0, 0.1, 1e16}, f)"),
 ("std::thread::current().id()", "ThreadId(1).FmtDebug(f)"),
]
for r, g in comp:
    add(COMP, r, None, g)
# Display of user types / Arg inheritance
add(["{}", "{:>10}", "{:#}"], "D(5)", "D{5}.FmtDisplay(f)", None)

rust = ['#![allow(dead_code)]',
 '#[derive(Debug)] struct P { x: i32, y: f64 }',
 '#[derive(Debug)] struct T(i32, String);',
 '#[derive(Debug)] struct U;',
 '#[derive(Debug)] enum E { A, B(i32), C { s: &\'static str } }',
 '#[derive(Debug)] struct W { inner: Option<T>, list: Vec<Vec<u8>> }',
 'struct D(i32);',
 'impl std::fmt::Display for D { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { if f.alternate() { write!(f, "alt") } else { f.pad(&format!("D<{}>", self.0)) } } }',
 'fn main() {']
for i, (s, r, g) in enumerate(cases):
    rust.append('    println!("{}", format!("%s", %s).escape_default());' % (s.replace('{', '{{').replace('}', '}}').replace('{{:', '{:').replace('{{}}', '{}'), r) if False else '    println!("{}", format!(%s, %s).escape_default());' % (json.dumps(s), r))
rust.append('}')
open(TMP + '/cases.rs', 'w').write('\n'.join(rust) + '\n')
subprocess.run(['rustc', '--edition', '2021', '-A', 'warnings', '-o', TMP + '/cases', TMP + '/cases.rs'], check=True)
env = dict(os.environ); env.pop('RUST_BACKTRACE', None)
out = subprocess.run([TMP + '/cases'], capture_output=True, text=True, check=True, env=env).stdout.split('\n')
assert len(out) == len(cases) + 1, (len(out), len(cases))

def rust_unescape_to_go(s):
    # escape_default output: \n \t \r \' \" \\ \u{...}; convert to Go string literal
    res = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            n = s[i+1]
            if n == 'u':
                j = s.index('}', i)
                res.append(chr(int(s[i+3:j], 16))); i = j + 1; continue
            res.append({'n': '\n', 't': '\t', 'r': '\r', "'": "'", '"': '"', '\\': '\\'}[n]); i += 2; continue
        res.append(c); i += 1
    return go_quote(''.join(res))

def go_quote(s):
    out = ['"']
    for c in s:
        o = ord(c)
        if c == '"': out.append('\\"')
        elif c == '\\': out.append('\\\\')
        elif c == '\n': out.append('\\n')
        elif c == '\t': out.append('\\t')
        elif c == '\r': out.append('\\r')
        elif 0x20 <= o < 0x7f: out.append(c)
        elif o >= 0xa0 and c.isprintable() and o not in (0xfeff, 0xad): out.append(c)
        elif o <= 0xffff: out.append('\\u%04x' % o)
        else: out.append('\\U%08x' % o)
    out.append('"')
    return ''.join(out)

go = ['// Code generated by a script from rustc 1.95 output; DO NOT EDIT.', '// Each case is the Rust expression formatted with the spec by rustc.', '', 'package rt', '', 'import (', '\t"math"', '\t"time"', ')', '',
      'var _ = math.Pi', 'var _ = time.Second', '',
      'type fmtCase struct {', '\tspec string', '\trust string', '\tfn   func(f *Formatter)', '\twant string', '}', '', 'var rustcFmtCases = []fmtCase{']
for (s, r, g), o in zip(cases, out):
    go.append('\t{%s, %s, func(f *Formatter) { %s }, %s},' % (json.dumps(s), json.dumps(r, ensure_ascii=False), g, rust_unescape_to_go(o)))
go.append('}')
open(RT + '/fmt_rustc_test.go', 'w').write('\n'.join(go) + '\n')
print(len(cases), "cases")
