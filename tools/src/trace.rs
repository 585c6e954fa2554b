//! `crypto-insn trace`: an instruction's inputs and every step it performs,
//! in the order its manual runs them (AES: SubBytes, ShiftRows, MixColumns,
//! AddRoundKey and the inverses, from `crypto_insn::math::aes`; SHA-256
//! rounds: the working variables by name), each AES state as the FIPS-197
//! 4x4 grid `s[r,c]` (byte `r + 4c`) with the bytes the step changed
//! highlighted, each value in both notations. The last step must equal
//! `Op::execute`: a trace whose steps disagree is an error (exit 1).
//!
//! `trace --whole aes128 KEY BLOCK [--via x86|arm]` walks a whole AES-128
//! cipher through one architecture's instructions with FIPS-197 Appendix B's
//! labels (`start`, `s_box`, `s_row`, `m_col`, `k_sch`, `output`).

use std::fmt::Write as _;
use std::io::IsTerminal;

use crypto_insn::backend::{Choice, Dynamic};
use crypto_insn::compose::{Composed, Via};
use crypto_insn::math::aes as m;
use crypto_insn::math::sha256 as s2;
use crypto_insn::reg;
use crypto_insn::vector::{Arch, Notation, Op, Parsed, Value, parse_line};

/// How values are written first (`mem`: bare hex in the architecture's
/// register order; `int`: `0x`, full width, lowercase); the other notation
/// follows in parentheses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Primary {
    /// Bare hex first.
    Mem,
    /// `0x` first.
    Int,
}

impl std::str::FromStr for Primary {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "mem" => Ok(Primary::Mem),
            "int" => Ok(Primary::Int),
            _ => Err(format!("unknown notation '{s}' (expected mem or int)")),
        }
    }
}

/// One printed entry of a trace.
struct Entry {
    /// The title (`round 1 s_box`, `step 2 SubBytes`, `input state`).
    title: String,
    /// Which instruction step made it (shown after the value).
    note: String,
    /// What is shown.
    body: Body,
}

enum Body {
    /// A register value and, for AES, the state it holds (byte i = s[i%4,
    /// i/4]) with the previous state to highlight the changed bytes.
    State {
        // Boxed: a `Value` holds up to 2048 bits (SVE), the other variant a `Vec`.
        value: Box<Value>,
        state: Option<(u128, Option<u128>)>,
    },
    /// Named 32-bit words (SHA working variables, key-schedule words).
    Words(Vec<(String, u32)>),
}

struct Trace {
    header: String,
    entries: Vec<Entry>,
    arch: Arch,
}

impl Trace {
    fn new(header: String, arch: Arch) -> Trace {
        Trace {
            header,
            entries: Vec::new(),
            arch,
        }
    }

    fn value(&mut self, title: &str, note: &str, v: Value, state: Option<(u128, Option<u128>)>) {
        self.entries.push(Entry {
            title: title.into(),
            note: note.into(),
            body: Body::State {
                value: Box::new(v),
                state,
            },
        });
    }

    fn words(&mut self, title: &str, note: &str, w: Vec<(String, u32)>) {
        self.entries.push(Entry {
            title: title.into(),
            note: note.into(),
            body: Body::Words(w),
        });
    }
}

/// Where the value shows: a terminal with colour, plain text, or HTML.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Ansi,
    Html,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn both(v: &Value, arch: Arch, primary: Primary) -> String {
    let bare = v.display(Notation::bare(arch.register_order())).to_string();
    let int = v.int().to_string();
    match primary {
        Primary::Mem => format!("{bare}  ({int})"),
        Primary::Int => format!("{int}  ({bare})"),
    }
}

fn render(t: &Trace, primary: Primary, style: Style) -> String {
    let mut o = String::new();
    let (hl_on, hl_off) = match style {
        Style::Plain => ("", ""),
        Style::Ansi => ("\x1b[1;33m", "\x1b[0m"),
        Style::Html => ("<b class=\"chg\">", "</b>"),
    };
    let text = |s: &str| {
        if style == Style::Html {
            esc(s)
        } else {
            s.into()
        }
    };
    let _ = writeln!(o, "{}", text(&t.header));
    for e in &t.entries {
        match &e.body {
            Body::State { value, state } => {
                let _ = writeln!(
                    o,
                    "{:<18} {}  {}",
                    text(&e.title),
                    both(value, t.arch, primary),
                    text(&e.note)
                );
                if let Some((s, prev)) = state {
                    let cur = reg::to_bytes(*s);
                    let old = prev.map(reg::to_bytes);
                    let _ = writeln!(o, "                   s[r,c]  c=0 c=1 c=2 c=3");
                    for r in 0..4 {
                        let _ = write!(o, "                     r={r}  ");
                        for c in 0..4 {
                            let i = r + 4 * c;
                            let changed = old.is_some_and(|p| p[i] != cur[i]);
                            if changed {
                                let _ = write!(o, " {hl_on}{:02x}{hl_off} ", cur[i]);
                            } else {
                                let _ = write!(o, " {:02x} ", cur[i]);
                            }
                        }
                        o.push('\n');
                    }
                }
            }
            Body::Words(words) => {
                let _ = writeln!(o, "{:<18} {}", text(&e.title), text(&e.note));
                for (name, w) in words {
                    let (a, b) = (format!("{:08x}", w.swap_bytes()), format!("0x{w:08x}"));
                    let shown = match primary {
                        Primary::Mem => format!("{a}  ({b})"),
                        Primary::Int => format!("{b}  ({a})"),
                    };
                    let _ = writeln!(o, "                   {:<6} = {shown}", text(name));
                }
            }
        }
    }
    o
}

fn html_page(body: &str, title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title>\n<style>\
body{{font-family:sans-serif;margin:2em}}pre{{font-size:14px;line-height:1.3}}\
b.chg{{background:#ffe066;color:#000}}</style></head>\n<body><h1>{}</h1>\n<pre>\n{}</pre>\n\
<p>Highlighted bytes are the ones the step changed. Grid: FIPS-197 state s[r,c] = byte r + 4c.</p>\
</body></html>\n",
        esc(title),
        esc(title),
        body
    )
}

/// The ANSI style when stdout is a terminal and NO_COLOR is unset.
fn terminal_style() -> Style {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if !no_color && std::io::stdout().is_terminal() {
        Style::Ansi
    } else {
        Style::Plain
    }
}

/// An AES state step: (name, function on the FIPS state).
type StepFn = (&'static str, fn(u128, u128) -> u128);

const SB: StepFn = ("SubBytes", |s, _| m::sub_bytes(s));
const SR: StepFn = ("ShiftRows", |s, _| m::shift_rows(s));
const MC: StepFn = ("MixColumns", |s, _| m::mix_columns(s));
const ISB: StepFn = ("InvSubBytes", |s, _| m::inv_sub_bytes(s));
const ISR: StepFn = ("InvShiftRows", |s, _| m::inv_shift_rows(s));
const IMC: StepFn = ("InvMixColumns", |s, _| m::inv_mix_columns(s));
const ARK: StepFn = ("AddRoundKey", |s, k| m::add_round_key(s, k));

/// How an AES instruction's register operands become the FIPS state and
/// key, and its result comes back.
#[derive(Clone, Copy)]
enum Regs {
    /// x86, Arm: the register is the state (memory order).
    Le,
    /// POWER: the register in ISA byte order, the state byte-reversed.
    Ppc,
    /// RISC-V RV64 `aes64*`: the state is rs2:rs1, the result its low 64 bits.
    Rv64,
}

/// The manual's step order of the AES instructions that trace supports.
fn aes_steps(op: Op) -> Option<(&'static [StepFn], Regs, &'static str)> {
    use crypto_insn::vector::{ArmOp, Ppc64Op, Rv64Op, X86Op};
    Some(match op {
        Op::X86(X86Op::Aesenc) => (&[SR, SB, MC, ARK], Regs::Le, "Intel SDM AESENC"),
        Op::X86(X86Op::Aesenclast) => (&[SR, SB, ARK], Regs::Le, "Intel SDM AESENCLAST"),
        Op::X86(X86Op::Aesdec) => (&[ISR, ISB, IMC, ARK], Regs::Le, "Intel SDM AESDEC"),
        Op::X86(X86Op::Aesdeclast) => (&[ISR, ISB, ARK], Regs::Le, "Intel SDM AESDECLAST"),
        Op::X86(X86Op::Aesimc) => (&[IMC], Regs::Le, "Intel SDM AESIMC"),
        Op::Arm(ArmOp::Aese) => (&[ARK, SR, SB], Regs::Le, "Arm ARM AESE"),
        Op::Arm(ArmOp::Aesd) => (&[ARK, ISR, ISB], Regs::Le, "Arm ARM AESD"),
        Op::Arm(ArmOp::Aesmc) => (&[MC], Regs::Le, "Arm ARM AESMC"),
        Op::Arm(ArmOp::Aesimc) => (&[IMC], Regs::Le, "Arm ARM AESIMC"),
        Op::Ppc64(Ppc64Op::Vcipher) => (&[SB, SR, MC, ARK], Regs::Ppc, "Power ISA vcipher"),
        Op::Ppc64(Ppc64Op::Vcipherlast) => (&[SB, SR, ARK], Regs::Ppc, "Power ISA vcipherlast"),
        Op::Ppc64(Ppc64Op::Vncipher) => (&[ISR, ISB, ARK, IMC], Regs::Ppc, "Power ISA vncipher"),
        Op::Ppc64(Ppc64Op::Vncipherlast) => (&[ISR, ISB, ARK], Regs::Ppc, "Power ISA vncipherlast"),
        Op::Ppc64(Ppc64Op::Vsbox) => (&[SB], Regs::Ppc, "Power ISA vsbox"),
        Op::Rv64(Rv64Op::Aes64es) => (&[SR, SB], Regs::Rv64, "RISC-V Zkne aes64es"),
        Op::Rv64(Rv64Op::Aes64esm) => (&[SR, SB, MC], Regs::Rv64, "RISC-V Zkne aes64esm"),
        Op::Rv64(Rv64Op::Aes64ds) => (&[ISR, ISB], Regs::Rv64, "RISC-V Zknd aes64ds"),
        Op::Rv64(Rv64Op::Aes64dsm) => (&[ISR, ISB, IMC], Regs::Rv64, "RISC-V Zknd aes64dsm"),
        Op::Rv64(Rv64Op::Aes64im) => (&[IMC], Regs::Rv64, "RISC-V Zknd aes64im"),
        _ => return None,
    })
}

fn trace_aes(op: Op, srcs: &[Value], names: &[&str], got: Value) -> Result<Trace, String> {
    let (steps, regs, manual) = aes_steps(op).ok_or("not an AES instruction")?;
    let arch = op.arch();
    let order: Vec<&str> = steps.iter().map(|s| s.0).collect();
    let mut t = Trace::new(
        format!("{arch} {}: {manual}: {}", op.mnemonic(), order.join(", ")),
        arch,
    );
    let lane = |i: usize| srcs.get(i).map_or(0, |v| v.lane(0));
    let to_state = |v: u128| match regs {
        Regs::Ppc => v.swap_bytes(),
        _ => v,
    };
    let (mut s, key) = match regs {
        Regs::Rv64 if srcs.len() == 1 => (lane(0) & u128::from(u64::MAX), 0),
        Regs::Rv64 => ((lane(0) & u128::from(u64::MAX)) | (lane(1) << 64), 0),
        _ => (to_state(lane(0)), to_state(lane(1))),
    };
    for (i, v) in srcs.iter().enumerate() {
        let name = names.get(i).copied().unwrap_or("src");
        let st = match regs {
            Regs::Rv64 => None,
            _ => Some((to_state(v.lane(0)), None)),
        };
        t.value(&format!("input {name}"), "", *v, st);
    }
    if matches!(regs, Regs::Rv64) {
        t.value(
            "state (rs2:rs1)",
            "the AES state the instruction reads",
            Value::xmm(s),
            Some((s, None)),
        );
    }
    for (n, (name, f)) in steps.iter().enumerate() {
        let prev = s;
        s = f(s, key);
        let shown = match regs {
            Regs::Ppc => Value::xmm(s.swap_bytes()),
            _ => Value::xmm(s),
        };
        t.value(
            &format!("step {} {name}", n + 1),
            "",
            shown,
            Some((s, Some(prev))),
        );
    }
    let result = match regs {
        Regs::Le => Value::xmm(s),
        Regs::Ppc => Value::xmm(s.swap_bytes()),
        Regs::Rv64 => Value::gpr64(s as u64),
    };
    if result != got {
        return Err(format!(
            "the trace's steps give {} but Op::execute gives {}",
            result.int(),
            got.int()
        ));
    }
    t.value("result", "= Op::execute", got, None);
    Ok(t)
}

/// x86 AESKEYGENASSIST: SubWord of dwords 1 and 3, RotWord, XOR RCON.
fn trace_keygen(srcs: &[Value], imm: u8, got: Value) -> Result<Trace, String> {
    let src = srcs.first().map_or(0, |v| v.lane(0));
    let mut t = Trace::new(
        "x86 aeskeygenassist: Intel SDM: X1 = SRC[63:32], X3 = SRC[127:96]; \
         DEST = {RotWord(SubWord(X3)) ^ RCON, SubWord(X3), RotWord(SubWord(X1)) ^ RCON, SubWord(X1)}"
            .into(),
        Arch::X86,
    );
    t.value("input src", "", Value::xmm(src), Some((src, None)));
    let dw = reg::to_dwords(src);
    let rcon = u32::from(imm);
    let (x1, x3) = (dw[1], dw[3]);
    let (s1, s3) = (m::sub_word(x1), m::sub_word(x3));
    let (r1, r3) = (m::rot_word(s1), m::rot_word(s3));
    t.words(
        "words",
        "SubWord = S-box on each byte; RotWord = ROR 8 of the dword",
        vec![
            ("X1".into(), x1),
            ("X3".into(), x3),
            ("RCON".into(), rcon),
            ("SubWord(X1)".into(), s1),
            ("RotWord(.)".into(), r1),
            ("^ RCON".into(), r1 ^ rcon),
            ("SubWord(X3)".into(), s3),
            ("RotWord(.)".into(), r3),
            ("^ RCON".into(), r3 ^ rcon),
        ],
    );
    let result = reg::from_dwords([s1, r1 ^ rcon, s3, r3 ^ rcon]);
    if Value::xmm(result) != got {
        return Err(format!(
            "the trace's steps give {:#034x} but Op::execute gives {}",
            result,
            got.int()
        ));
    }
    t.value("result", "= Op::execute", got, Some((result, Some(src))));
    Ok(t)
}

/// SHA-256 rounds: x86 SHA256RNDS2 (two rounds) and Arm SHA256H/SHA256H2
/// (four rounds), the working variables a..h after each round.
fn trace_sha256(op: Op, srcs: &[Value], got: Value) -> Result<Trace, String> {
    use crypto_insn::vector::{ArmOp, X86Op};
    let d = |i: usize| reg::to_dwords(srcs.get(i).map_or(0, |v| v.lane(0)));
    let names = ["a", "b", "c", "d", "e", "f", "g", "h"];
    let (mut v, w, rounds, header): ([u32; 8], Vec<u32>, usize, String) = match op {
        Op::X86(X86Op::Sha256rnds2) => {
            // SDM: SRC1 = {C, D, G, H} (dwords 3..0), SRC2 = {A, B, E, F}, XMM0 = WK.
            let (cdgh, abef, wk) = (d(0), d(1), d(2));
            (
                [abef[3], abef[2], cdgh[3], cdgh[2], abef[1], abef[0], cdgh[1], cdgh[0]],
                vec![wk[0], wk[1]],
                2,
                "x86 sha256rnds2: Intel SDM: two SHA-256 rounds; src1 = {C,D,G,H}, src2 = {A,B,E,F}, xmm0 = {WK1,WK0}; result {A2,B2,E2,F2}".into(),
            )
        }
        Op::Arm(ArmOp::Sha256h | ArmOp::Sha256h2) => {
            // Arm ARM SHA256hash: X = {d,c,b,a} (a in bits 31:0), Y = {h,g,f,e}, W = wk.
            let (x, y, wk) = (d(0), d(1), d(2));
            let h2 = op == Op::Arm(ArmOp::Sha256h2);
            // SHA256H2: Vd = {h,g,f,e}, Vn = {d,c,b,a}.
            let (abcd, efgh) = if h2 { (y, x) } else { (x, y) };
            (
                [
                    abcd[0], abcd[1], abcd[2], abcd[3], efgh[0], efgh[1], efgh[2], efgh[3],
                ],
                wk.to_vec(),
                4,
                format!(
                    "arm {}: Arm ARM SHA256hash: four SHA-256 rounds; {} ; result {}",
                    op.mnemonic(),
                    if h2 {
                        "Vd = {h,g,f,e}, Vn = {d,c,b,a}, Vm = W+K"
                    } else {
                        "Vd = {d,c,b,a}, Vn = {h,g,f,e}, Vm = W+K"
                    },
                    if h2 { "{h,g,f,e}" } else { "{d,c,b,a}" }
                ),
            )
        }
        _ => return Err("not a SHA-256 round instruction".into()),
    };
    let mut t = Trace::new(header, op.arch());
    for (i, s) in srcs.iter().enumerate() {
        t.value(&format!("input {i}"), "", *s, None);
    }
    let named = |v: &[u32; 8]| -> Vec<(String, u32)> {
        names
            .iter()
            .zip(v)
            .map(|(n, &x)| (n.to_string(), x))
            .collect()
    };
    t.words("working vars", "before round 1", named(&v));
    for (r, &wk) in w.iter().enumerate().take(rounds) {
        let [a, b, c, dd, e, f, g, h] = v;
        let t1 = h
            .wrapping_add(s2::big_sigma1(e))
            .wrapping_add(s2::ch(e, f, g))
            .wrapping_add(wk);
        let t2 = s2::big_sigma0(a).wrapping_add(s2::maj(a, b, c));
        v = [t1.wrapping_add(t2), a, b, c, dd.wrapping_add(t1), e, f, g];
        let mut words = vec![
            ("W+K".to_string(), wk),
            ("T1".into(), t1),
            ("T2".into(), t2),
        ];
        words.extend(named(&v));
        t.words(
            &format!("round {}", r + 1),
            "FIPS 180-4 6.2.2 step 3",
            words,
        );
    }
    let result = match op {
        Op::X86(_) => reg::from_dwords([v[5], v[4], v[1], v[0]]),
        Op::Arm(ArmOp::Sha256h) => reg::from_dwords([v[0], v[1], v[2], v[3]]),
        _ => reg::from_dwords([v[4], v[5], v[6], v[7]]),
    };
    if Value::xmm(result) != got {
        return Err(format!(
            "the trace's rounds give {:#034x} but Op::execute gives {}",
            result,
            got.int()
        ));
    }
    t.value("result", "= Op::execute", got, None);
    Ok(t)
}

fn emit(t: &Trace, primary: Primary, html: Option<&str>) -> u8 {
    print!("{}", render(t, primary, terminal_style()));
    if let Some(path) = html {
        let page = html_page(&render(t, primary, Style::Html), &t.header);
        if let Err(e) = std::fs::write(path, page) {
            eprintln!("trace: cannot write {path}: {e}");
            return 2;
        }
    }
    0
}

/// Options of `trace`.
pub struct Options<'a> {
    /// Guest architecture (single-instruction traces).
    pub arch: Option<Arch>,
    /// Backend for `Op::execute`.
    pub choice: Choice,
    /// Which notation comes first.
    pub notation: Primary,
    /// Write the same as an HTML page here.
    pub html: Option<&'a str>,
    /// `--whole aes128 KEY BLOCK`.
    pub whole: bool,
    /// `--via` for `--whole`.
    pub via: Via,
    /// The words.
    pub words: &'a [String],
}

/// Runs `trace`: 0, 1 (steps disagree with `Op::execute`) or 2 (bad input).
pub fn run(o: &Options<'_>) -> u8 {
    let backend = match o.choice.resolve() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("crypto-insn: {e}");
            return 2;
        }
    };
    if o.whole {
        return whole(o, backend);
    }
    let Some(arch) = o.arch else {
        eprintln!("trace: --arch is required (or --whole aes128 KEY BLOCK)");
        return 2;
    };
    if o.words.is_empty() {
        eprintln!("trace: empty input: give an instruction line, e.g. `aesenc STATE KEY`");
        return 2;
    }
    let text = o.words.join(" ");
    let line = match parse_line(&text, arch) {
        Ok(Parsed::Insn(l)) => l,
        Ok(Parsed::Blank) => {
            eprintln!("trace: empty input");
            return 2;
        }
        Ok(Parsed::Unsupported { mnemonic }) => {
            eprintln!("trace: '{mnemonic}' is not implemented in this build");
            return 3;
        }
        Err(e) => {
            eprintln!("trace: {e}");
            return 2;
        }
    };
    let got = line.execute(backend);
    let names = line.op.instruction().operands;
    let traced = if line.op == Op::X86(crypto_insn::vector::X86Op::Aeskeygenassist) {
        trace_keygen(line.sources(), line.imm.unwrap_or(0), got)
    } else if aes_steps(line.op).is_some() {
        trace_aes(line.op, line.sources(), names, got)
    } else {
        match trace_sha256(line.op, line.sources(), got) {
            Err(e) if e.starts_with("not a") => {
                eprintln!(
                    "trace: no step trace for {} {} (AES and SHA-256 round instructions have one)",
                    arch,
                    line.op.mnemonic()
                );
                return 2;
            }
            r => r,
        }
    };
    match traced {
        Ok(t) => emit(&t, o.notation, o.html),
        Err(e) => {
            eprintln!("trace: error: {e}");
            1
        }
    }
}

fn whole(o: &Options<'_>, backend: Dynamic) -> u8 {
    let [kind, key, block] = o.words else {
        eprintln!("trace --whole: expected `aes128 KEY BLOCK` (32 hex digits each)");
        return 2;
    };
    if kind != "aes128" {
        eprintln!("trace --whole: '{kind}': only aes128 is traced");
        return 2;
    }
    let parse =
        |what: &str, s: &str| reg::parse_hex(s).map_err(|e| format!("trace --whole: {what}: {e}"));
    let (key, block) = match (parse("KEY", key), parse("BLOCK", block)) {
        (Ok(k), Ok(b)) => (k, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return 2;
        }
    };
    if o.via == Via::Block {
        eprintln!("trace --whole: --via x86 or arm");
        return 2;
    }
    let cipher = match Composed::new(o.via, backend, &reg::to_bytes(key)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("trace --whole: {e}");
            return 2;
        }
    };
    let k = cipher.round_keys();
    let arch = if o.via == Via::Arm {
        Arch::Arm
    } else {
        Arch::X86
    };
    let mut t = Trace::new(
        format!(
            "AES-128 through {} instructions, FIPS-197 Appendix B labels (round, label); \
             SubBytes and ShiftRows commute and are shown in FIPS order",
            o.via
        ),
        arch,
    );
    let x = |v: u128| Value::xmm(v);
    let row = |t: &mut Trace, r: usize, label: &str, v: u128, prev: Option<u128>, note: &str| {
        t.value(
            &format!("round {r:>2} {label}"),
            note,
            x(v),
            Some((v, prev)),
        );
    };
    row(&mut t, 0, "input", block, None, "");
    row(&mut t, 0, "k_sch", k[0], None, "round key 0");
    let mut s;
    let first = block ^ k[0];
    let via_arm = o.via == Via::Arm;
    row(
        &mut t,
        1,
        "start",
        first,
        Some(block),
        if via_arm {
            "AESE: AddRoundKey (k0)"
        } else {
            "PXOR k0"
        },
    );
    s = first;
    let (insn, mc_insn) = if via_arm {
        ("AESE", "AESMC")
    } else {
        ("AESENC", "AESENC")
    };
    for (r, &rk) in k.iter().enumerate().skip(1).take(10) {
        let last = r == 10;
        let name = if last && !via_arm { "AESENCLAST" } else { insn };
        let sb = m::sub_bytes(s);
        row(
            &mut t,
            r,
            "s_box",
            sb,
            Some(s),
            &format!("{name}: SubBytes"),
        );
        let sr = m::shift_rows(sb);
        row(
            &mut t,
            r,
            "s_row",
            sr,
            Some(sb),
            &format!("{name}: ShiftRows"),
        );
        let before_key = if last {
            sr
        } else {
            let mc = m::mix_columns(sr);
            row(
                &mut t,
                r,
                "m_col",
                mc,
                Some(sr),
                &format!("{mc_insn}: MixColumns"),
            );
            mc
        };
        row(&mut t, r, "k_sch", rk, None, &format!("round key {r}"));
        let next = before_key ^ rk;
        let note = match (via_arm, last) {
            (true, true) => "EOR k10".to_string(),
            (true, false) => format!("AESE: AddRoundKey (k{r})"),
            (false, _) => format!("{name}: AddRoundKey (k{r})"),
        };
        if last {
            row(&mut t, r, "output", next, Some(before_key), &note);
        } else {
            row(&mut t, r + 1, "start", next, Some(before_key), &note);
        }
        s = next;
    }
    let want = cipher.encrypt(block);
    if s != want {
        eprintln!(
            "trace --whole: error: the steps give {} but the {} instructions give {}",
            x(s).mem(),
            o.via,
            x(want).mem()
        );
        return 1;
    }
    emit(&t, o.notation, o.html)
}
