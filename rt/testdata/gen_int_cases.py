# Run from anywhere with rustc 1.95 on PATH: python3 rt/testdata/gen_int_cases.py
# (then gofmt the Go output). It compiles a Rust program, runs it with
# RUST_BACKTRACE unset, and records what rustc's build printed.
# Writes rt/testdata/int_cases.txt: "<type> <op> <a> <b> => <rustc output>" lines.
import subprocess, os, itertools, tempfile
TMP = tempfile.mkdtemp()
RT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
types = [("i8",True,8),("i16",True,16),("i32",True,32),("i64",True,64),("isize",True,64),
         ("u8",False,8),("u16",False,16),("u32",False,32),("u64",False,64),("usize",False,64)]
def uniq(v):
    out = []
    for x in v:
        if x not in out: out.append(x)
    return out
def small(signed, bits):
    if signed:
        mn, mx = -(1 << (bits-1)), (1 << (bits-1)) - 1
        return uniq([0, 1, -1, 2, 7, -7, mx, mn, mn+1, mx-1, 1 << (bits//2), -(1 << (bits//2 - 1))])
    mx = (1 << bits) - 1
    return uniq([0, 1, 2, 7, mx, mx-1, 1 << (bits//2), (1 << (bits//2)) - 1])
def tiny(signed, bits):
    if signed:
        return [0, 1, -1, 7, -7, (1 << (bits-1)) - 1, -(1 << (bits-1))]
    return [0, 1, 7, (1 << bits) - 1, 1 << (bits//2)]
def lit(x, t, signed, bits):
    if signed and x == -(1 << (bits-1)): return "%s::MIN" % t
    return "(%d%s)" % (x, t)
rust = ['use std::panic;', 'use std::hint::black_box as bb;',
        'fn msg(r: std::thread::Result<String>) -> String { match r { Ok(v) => v, Err(e) => format!("panic:{}", e.downcast_ref::<&str>().map(|s| s.to_string()).unwrap_or_else(|| e.downcast_ref::<String>().unwrap().clone())) } }',
        'fn main() {', '    panic::set_hook(Box::new(|_| {}));']
keys = []
def case(key, expr):
    keys.append(key); rust.append('    println!("{}", %s);' % expr)
def catch(e): return 'msg(panic::catch_unwind(|| (%s).to_string()))' % e
for t, signed, bits in types:
    L = lambda x: lit(x, t, signed, bits)
    for a, b in itertools.product(small(signed, bits), repeat=2):
        for op, sym in [("add","+"),("sub","-"),("mul","*"),("div","/"),("rem","%")]:
            case("%s %s %d %d" % (t, op, a, b), catch("bb(%s) %s bb(%s)" % (L(a), sym, L(b))))
    for a in small(signed, bits):
        if signed: case("%s neg %d 0" % (t, a), catch("-bb(%s)" % L(a)))
        for sh in [0, 1, bits-1, bits, bits+1, 200, -1]:
            case("%s shl %d %d" % (t, a, sh), catch("bb(%s) << bb(%di64)" % (L(a), sh)))
            case("%s shr %d %d" % (t, a, sh), catch("bb(%s) >> bb(%di64)" % (L(a), sh)))
        for e in [0, 1, 2, 3, 7, 31, 63, 64]:
            case("%s pow %d %d" % (t, a, e), catch("bb(%s).pow(bb(%d))" % (L(a), e)))
            case("%s wrapping_pow %d %d" % (t, a, e), "bb(%s).wrapping_pow(bb(%d))" % (L(a), e))
            case("%s checked_pow %d %d" % (t, a, e), 'format!("{:?}", bb(%s).checked_pow(bb(%d)))' % (L(a), e))
        for m in ["count_ones", "count_zeros", "leading_zeros", "trailing_zeros"] + (["abs", "signum", "wrapping_abs", "wrapping_neg"] if signed else ["is_power_of_two", "wrapping_neg"]):
            case("%s %s %d 0" % (t, m, a), catch("bb(%s).%s()" % (L(a), m)))
        for m in ["checked_neg", "overflowing_neg"]:
            case("%s %s %d 0" % (t, m, a), 'format!("{:?}", bb(%s).%s())' % (L(a), m))
    for a, b in itertools.product(tiny(signed, bits), repeat=2):
        for m in ["checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem", "overflowing_add", "overflowing_sub", "overflowing_mul"]:
            case("%s %s %d %d" % (t, m, a, b), 'format!("{:?}", bb(%s).%s(bb(%s)))' % (L(a), m, L(b)))
        for m in ["saturating_add", "saturating_sub", "saturating_mul", "wrapping_add", "wrapping_sub", "wrapping_mul", "rem_euclid", "div_euclid", "wrapping_div", "wrapping_rem"]:
            case("%s %s %d %d" % (t, m, a, b), catch("bb(%s).%s(bb(%s))" % (L(a), m, L(b))))
    case("%s min_max 0 0" % t, 'format!("{} {}", %s::MIN, %s::MAX)' % (t, t))
    for fv in ["0.0", "-0.0", "1.5", "-1.5", "300.7", "-300.7", "1e20", "-1e20", "NaN", "inf", "-inf", "2147483647.9", "2147483648.0", "-2147483648.9", "-2147483649.0", "9223372036854775807.0", "18446744073709551615.0", "255.99", "-128.5", "65535.5", "4294967295.5"]:
        rf = {"NaN": "f64::NAN", "inf": "f64::INFINITY", "-inf": "f64::NEG_INFINITY"}.get(fv, fv + "f64")
        case("%s cast_f64 %s 0" % (t, fv), "(bb(%s) as %s)" % (rf, t))
        case("%s cast_f32 %s 0" % (t, fv), "(bb(%s) as f32 as %s)" % (rf, t))
rust.append('}')
open(TMP + '/ints.rs', 'w').write('\n'.join(rust) + '\n')
subprocess.run(['rustc', '--edition', '2021', '-C', 'debug-assertions=on', '-C', 'overflow-checks=on', '-A', 'warnings', '-A', 'arithmetic_overflow', '-A', 'unconditional_panic', '-o', TMP + '/ints', TMP + '/ints.rs'], check=True)
env = dict(os.environ); env.pop('RUST_BACKTRACE', None)
out = subprocess.run([TMP + '/ints'], capture_output=True, text=True, check=True, env=env).stdout.split('\n')
assert len(out) == len(keys) + 1, (len(out), len(keys))
os.makedirs(RT + '/testdata', exist_ok=True)
with open(RT + '/testdata/int_cases.txt', 'w') as f:
    f.write('# rustc 1.95 debug build (overflow checks on): <type> <op> <a> <b> => <output>\n')
    for k, o in zip(keys, out):
        f.write('%s => %s\n' % (k, o))
print(len(keys))
