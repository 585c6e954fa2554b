//! The vector line format shared by files, `eval` and `check`:
//!
//! ```text
//! [label:] <mnemonic> [<imm>] <src>... [-> <result>]   [# comment]
//! ```
//!
//! - The immediate (0-255, decimal or `0x..`) comes straight after the mnemonic
//!   (unlike Intel assembly syntax).
//! - Then only the registers the instruction reads, in the manual's operand
//!   order: `aesenc STATE ROUNDKEY`, `aesimc SRC`, `aeskeygenassist IMM SRC`,
//!   `aese STATE KEY`.
//! - A register is hex digits in memory order (byte 0 first), or `0x` and the
//!   integer value (most significant digit first). For an architecture whose
//!   registry header says `be` (POWER, `--arch ppc64`) hex without `0x` is ISA
//!   byte order instead, byte 0 (the most significant byte) first: the same
//!   digits as the `0x` form (see [`crate::ppc`]).
//! - An immediate beyond the instruction's field (POWER `vshasigmaw`/`d`:
//!   `ST << 4 | SIX`, 0-31) is an error at its column.
//! - RISC-V general-purpose registers (`--arch rv32` / `rv64`) are XLEN bits:
//!   8 (RV32) or 16 (RV64) memory-order digits, as `sw`/`sd` store them, or
//!   `0x` and at most that many digits: `aes64esm RS1 RS2 -> RD`,
//!   `aes64ks1i 3 RS1 -> RD`. The result `illegal` says the instruction with
//!   these operands is a reserved encoding (`aes64ks1i 11 RS1 -> illegal`).
//! - RISC-V vector instructions (`--arch rv32` and `rv64`, [`Shape::V`]) are written
//!   `<mnemonic> [imm] [sew=N] [vl=N] [vstart=N] <vd> <vs2> [<vs1> | <rs1>]
//!   -> <vd after>` with the dotted mnemonic (`vaesem.vv`): the options in any
//!   order, each at most once (defaults: SEW 32, 64 for `vclmul`/`vclmulh`;
//!   `vl` = VLMAX; `vstart` = 0), then register groups of LMUL x 16 bytes in
//!   memory order (32, 64, 128 or 256 digits = LMUL 1, 2, 4, 8, told by `vd`;
//!   `vwsll`: `vd` is 2 x LMUL and its sources LMUL x 16 bytes; the `.vs`
//!   forms' `vs2` is one 16-byte element group), `rs1` of a `.vx` form an
//!   XLEN register (16 digits in `sd` order on RV64, 8 in `sw` order on RV32,
//!   sign-extended to SEW at SEW 64 as the V extension says). VLEN is 128. The result is `vd`'s
//!   whole group after the instruction (tail and prestart elements
//!   undisturbed, unmasked) or `illegal` for a reserved configuration (a SEW
//!   the op does not allow, `vl`/`vstart` not a multiple of the element group,
//!   ...): that is a result, not a parse error.
//! - `#` starts a comment; one leading `label:` word is ignored, so
//!   `oracle: aesenc ...` and `intel: aesenc ...` lines parse as is.
//!
//! The parser never panics and never allocates; every error carries the
//! 1-based column of the offending text.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::vector::{Arch, ParseErrorKind, Parsed, parse_line};
//! // Intel AES-NI white paper (Gueron, rev. 3.0), AESENCLAST example, as Intel
//! // prints it (integers) and with a label.
//! let text = "intel: aesenclast 0x7b5b54657374566563746f725d53475d \
//!             0x48692853686179295b477565726f6e5d -> 0xc7fb881e938c5964177ec42553fdc611";
//! let Ok(Parsed::Insn(line)) = parse_line(text, Arch::X86) else { panic!("parses") };
//! assert_eq!(line.label, Some("intel"));
//! assert_eq!(Some(line.execute(Soft)), line.expected.map(|(v, _)| v));
//! // The canonical text is in memory order.
//! assert_eq!(
//!     line.canonical().to_string(),
//!     "aesenclast 5d47535d726f74636556747365545b7b 5d6e6f726575475b2979616853286948"
//! );
//! // Comments are blank lines; errors carry the 1-based column.
//! assert_eq!(parse_line("  # comment", Arch::X86), Ok(Parsed::Blank));
//! let e = parse_line("aesimc 00112233", Arch::X86).unwrap_err();
//! assert_eq!(e.column, 8);
//! assert!(matches!(e.kind, ParseErrorKind::BadOperand(_)));
//! ```

use core::fmt;

use super::table::{self, Arch, Lookup, Op, Signature, VOptions};
use super::value::{Notation, Value, Width, WidthRule, parse_value_in};
use crate::backend::Backend;
use crate::reg::HexError;
use crate::registry::{RegWidth, Shape};

/// The most register sources any supported instruction reads.
pub const MAX_SOURCES: usize = 3;

/// A parsed, evaluable vector line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    /// The ignored leading `label:` word, without the colon.
    pub label: Option<&'a str>,
    /// The instruction.
    pub op: Op,
    /// The immediate, when the instruction has one.
    pub imm: Option<u8>,
    sources: [Value; MAX_SOURCES],
    n_sources: usize,
    /// The expected result after `->`, with the notation it was written in.
    pub expected: Option<(Value, Notation)>,
    /// The `sew=`/`vl=`/`vstart=` options of a RISC-V vector line (empty for
    /// every other line).
    pub vopts: VOptions,
}

impl Line<'_> {
    /// The register sources, in operand order.
    #[must_use]
    pub fn sources(&self) -> &[Value] {
        &self.sources[..self.n_sources]
    }

    /// Evaluates the instruction on `backend`.
    #[must_use]
    pub fn execute<B: Backend>(&self, backend: B) -> Value {
        self.op
            .execute_with(backend, self.imm.unwrap_or(0), self.sources(), &self.vopts)
    }

    /// The canonical text of the instruction and its operands (no label, no
    /// result): lowercase mnemonic, `0x` immediate, operands without `0x` in
    /// the architecture's register order (memory order; ISA byte order for
    /// POWER).
    #[must_use]
    pub const fn canonical(&self) -> Canonical<'_> {
        Canonical(self)
    }
}

/// See [`Line::canonical`].
#[derive(Clone, Copy, Debug)]
pub struct Canonical<'a>(&'a Line<'a>);

impl fmt::Display for Canonical<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = self.0;
        f.write_str(line.op.mnemonic())?;
        if let Some(imm) = line.imm {
            write!(f, " {imm:#04x}")?;
        }
        let o = &line.vopts;
        if let Some(v) = o.sew {
            write!(f, " sew={v}")?;
        }
        if let Some(v) = o.vl {
            write!(f, " vl={v}")?;
        }
        if let Some(v) = o.vstart {
            write!(f, " vstart={v}")?;
        }
        let bare = Notation::bare(line.op.arch().register_order());
        for s in line.sources() {
            write!(f, " {}", s.display(bare))?;
        }
        Ok(())
    }
}

/// The result of parsing one line.
// `Line` is a few hundred bytes and the other variants are small; boxing it
// would need an allocator, which the parser must not.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Parsed<'a> {
    /// Nothing but whitespace and comments.
    Blank,
    /// An instruction this build evaluates.
    Insn(Line<'a>),
    /// A real instruction this build recognises but does not evaluate.
    Unsupported {
        /// The mnemonic as written.
        mnemonic: &'a str,
    },
}

/// A malformed line: what is wrong and where (1-based column, in bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError<'a> {
    /// 1-based byte column of the problem in the line.
    pub column: usize,
    /// What is wrong.
    pub kind: ParseErrorKind<'a>,
}

/// The kinds of [`ParseError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseErrorKind<'a> {
    /// A label with no instruction after it.
    MissingMnemonic,
    /// Not an instruction of the architecture.
    UnknownMnemonic {
        /// The word found.
        mnemonic: &'a str,
        /// The architecture it was looked up for.
        arch: Arch,
    },
    /// The instruction needs an immediate and none was given.
    MissingImmediate {
        /// The instruction.
        op: Op,
    },
    /// The immediate is not a number from 0 to 255.
    BadImmediate {
        /// The text found.
        text: &'a str,
    },
    /// The immediate is a number but beyond the instruction's field
    /// ([`Op::imm_max`]).
    ImmediateOutOfRange {
        /// The instruction.
        op: Op,
        /// The value found.
        value: u8,
        /// The largest value the field holds.
        max: u8,
    },
    /// Wrong number of register operands.
    OperandCount {
        /// The instruction.
        op: Op,
        /// Operands it reads.
        expected: usize,
        /// Operands found.
        found: usize,
    },
    /// A register operand is not valid hex of the right width.
    BadOperand(HexError),
    /// Operands of different widths where the instruction needs one width.
    WidthMismatch,
    /// An operand of a width the instruction does not have there (a YMM
    /// operand written with 32 digits, a VEX-only instruction at 512 bits).
    OperandWidth {
        /// What the operand must be.
        expected: &'static str,
        /// The width written, in bits.
        found_bits: usize,
    },
    /// A `key=value` word of a RISC-V vector line whose key is not `sew`,
    /// `vl` or `vstart`.
    UnknownOption {
        /// The key found.
        key: &'a str,
    },
    /// An option given twice.
    DuplicateOption {
        /// The key.
        key: &'a str,
    },
    /// An option value that is not a decimal number (at most 9 digits).
    BadOptionValue {
        /// The value found.
        text: &'a str,
    },
    /// `->` with nothing after it.
    MissingResult,
    /// More than one token after `->`, or a second `->`.
    TrailingText {
        /// The first unexpected token.
        text: &'a str,
    },
}

impl fmt::Display for ParseError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: ", self.column)?;
        match self.kind {
            ParseErrorKind::MissingMnemonic => write!(f, "label without an instruction"),
            ParseErrorKind::UnknownMnemonic { mnemonic, arch } => {
                write!(
                    f,
                    "unknown mnemonic '{}' for {arch}",
                    mnemonic.escape_debug()
                )?;
                if let Some(near) = crate::registry::nearest_mnemonic(arch, mnemonic) {
                    write!(f, " (did you mean '{near}'?)")?;
                } else if let Some(other) = crate::registry::INSTRUCTIONS
                    .iter()
                    .find(|i| i.arch != arch && i.mnemonic.eq_ignore_ascii_case(mnemonic))
                {
                    write!(
                        f,
                        " (it is an {} instruction: --arch {})",
                        other.arch, other.arch
                    )?;
                }
                Ok(())
            }
            ParseErrorKind::MissingImmediate { op } => {
                write!(
                    f,
                    "{op} needs an immediate (0-{}) right after the mnemonic",
                    op.imm_max()
                )
            }
            ParseErrorKind::ImmediateOutOfRange { op, value, max } => {
                write!(f, "immediate {value} is out of range for {op} (0-{max})")
            }
            ParseErrorKind::BadImmediate { text } => write!(
                f,
                "immediate '{}' is not a number from 0 to 255 (decimal or 0x..)",
                text.escape_debug()
            ),
            ParseErrorKind::OperandCount {
                op,
                expected,
                found,
            } => write!(
                f,
                "{op} takes {expected} register operand{}, found {found}",
                if expected == 1 { "" } else { "s" }
            ),
            ParseErrorKind::BadOperand(e) => write!(f, "bad register operand: {e}"),
            ParseErrorKind::WidthMismatch => write!(f, "operands have different widths"),
            ParseErrorKind::OperandWidth {
                expected,
                found_bits,
            } => write!(
                f,
                "operand is {found_bits} bits wide; this operand must be {expected}"
            ),
            ParseErrorKind::UnknownOption { key } => write!(
                f,
                "unknown option '{}' (expected sew=, vl= or vstart=)",
                key.escape_debug()
            ),
            ParseErrorKind::DuplicateOption { key } => write!(f, "option '{key}' given twice"),
            ParseErrorKind::BadOptionValue { text } => write!(
                f,
                "option value '{}' is not a decimal number",
                text.escape_debug()
            ),
            ParseErrorKind::MissingResult => write!(f, "nothing after '->'"),
            ParseErrorKind::TrailingText { text } => {
                write!(f, "unexpected '{}' after the result", text.escape_debug())
            }
        }
    }
}

/// A token and its 0-based byte offset in the line.
#[derive(Clone, Copy)]
struct Token<'a> {
    text: &'a str,
    at: usize,
}

/// Splits on ASCII whitespace, keeping offsets. At most `N` tokens are kept;
/// the count of all tokens is returned too.
fn tokens<const N: usize>(line: &str) -> ([Option<Token<'_>>; N], usize) {
    let mut out = [None; N];
    let mut count = 0;
    let mut start = None;
    for (i, c) in line
        .char_indices()
        .chain(core::iter::once((line.len(), ' ')))
    {
        if c.is_ascii_whitespace() {
            if let Some(s) = start.take() {
                if count < N {
                    out[count] = line.get(s..i).map(|text| Token { text, at: s });
                }
                count += 1;
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    (out, count)
}

/// Parses an immediate: 1 to 3 decimal digits or `0x` and 1 to 2 hex digits,
/// value 0 to 255. Anything longer is rejected, so a register operand written
/// where the immediate belongs is reported as a bad immediate.
fn parse_imm(text: &str) -> Option<u8> {
    let (digits, radix, max_len) = match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X"))
    {
        Some(d) => (d, 16, 2),
        None => (text, 10, 3),
    };
    if digits.is_empty() || digits.len() > max_len || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    u32::from_str_radix(digits, radix)
        .ok()
        .and_then(|v| u8::try_from(v).ok())
}

/// How to parse an operand of width `w`: 128-bit operands accept short `0x`
/// values; the others are told by their digit count.
const fn rule(w: RegWidth, arch: Arch) -> WidthRule {
    match (w, arch) {
        (RegWidth::Xmm, _) => WidthRule::Xmm,
        (RegWidth::Ymm | RegWidth::Wide | RegWidth::Vex, _) => WidthRule::Any,
        (RegWidth::Gpr, Arch::Rv32) => WidthRule::Gpr32,
        (RegWidth::Gpr | RegWidth::D64, _) => WidthRule::Gpr64,
        (RegWidth::Sve, _) => WidthRule::Sve,
        (RegWidth::Group, _) => WidthRule::Group,
    }
}

/// The width of register operand `i` of `op`: [`Shape::operand`], except
/// that the `rs1` of a RISC-V `.vx` form is a general-purpose register.
fn operand_width(op: Op, i: usize) -> RegWidth {
    match op.vop() {
        Some(v) if i == 2 && v.reads_rs1() => RegWidth::Gpr,
        _ => op.shape().operand(i),
    }
}

/// Parses a decimal option value (at most 9 digits).
fn parse_decimal(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 9 || !text.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Checks the widths of a RISC-V vector line's operands against `vd` (the
/// first): the sources as wide (`vwsll`: half as wide; a `.vs` form's `vs2`
/// one 128-bit group), `vd` of `vwsll` at least 256 bits. The error is the
/// index of the operand at fault and its kind.
fn check_group_widths<'a>(op: Op, sources: &[Value]) -> Result<(), (usize, ParseErrorKind<'a>)> {
    let Some(v) = op.vop() else { return Ok(()) };
    let wd = sources[0].width();
    if v.is_widening() && wd.lanes() < 2 {
        return Err((
            0,
            ParseErrorKind::OperandWidth {
                expected: "at least 256 bits (vwsll's destination is 2 x LMUL registers)",
                found_bits: wd.bits(),
            },
        ));
    }
    for (i, s) in sources.iter().enumerate().skip(1) {
        if operand_width(op, i) == RegWidth::Gpr {
            continue;
        }
        let (lanes, expected) = if i == 1 && v.is_vs() {
            (1, "128 bits (the one element group of a .vs form)")
        } else if v.is_widening() {
            (wd.lanes() / 2, "half as wide as vd (vwsll)")
        } else {
            (wd.lanes(), "as wide as vd")
        };
        if s.width().lanes() != lanes {
            return Err((
                i,
                ParseErrorKind::OperandWidth {
                    expected,
                    found_bits: s.width().bits(),
                },
            ));
        }
    }
    Ok(())
}

/// Checks a parsed operand's width against a fixed-width operand (YMM) or a
/// VEX-only one (128 or 256 bits).
fn check_fixed_width<'a>(want: RegWidth, found: Width) -> Result<(), ParseErrorKind<'a>> {
    let ok = match want {
        RegWidth::Xmm => found == Width::W128,
        RegWidth::Ymm => found == Width::W256,
        RegWidth::Vex => found != Width::W512,
        RegWidth::Wide => true,
        RegWidth::Gpr => matches!(found, Width::X32 | Width::X64),
        RegWidth::Sve => matches!(found, Width::Sve(_)),
        RegWidth::D64 => found == Width::X64,
        RegWidth::Group => !matches!(found, Width::X32 | Width::X64 | Width::Illegal),
    };
    if ok {
        Ok(())
    } else {
        Err(ParseErrorKind::OperandWidth {
            expected: match want {
                RegWidth::Ymm => "256 bits (64 hex digits)",
                RegWidth::Vex => "128 or 256 bits (32 or 64 hex digits)",
                _ => "128 bits",
            },
            found_bits: found.bits(),
        })
    }
}

/// Parses one vector line for `arch`.
///
/// # Errors
/// A [`ParseError`] with the column of the first problem.
pub fn parse_line(line: &str, arch: Arch) -> Result<Parsed<'_>, ParseError<'_>> {
    let code = match line.find('#') {
        Some(i) => line.get(..i).unwrap_or(""),
        None => line,
    };
    // label + mnemonic + imm + sources + "->" + result + one extra to detect junk.
    // RISC-V vector lines add up to 3 options.
    const N: usize = MAX_SOURCES + 9;
    let (toks, count) = tokens::<N>(code);
    let toks = &toks[..count.min(N)];
    let mut it = toks.iter().flatten().peekable();
    let err = |at: usize, kind| ParseError {
        column: at + 1,
        kind,
    };

    let Some(first) = it.next() else {
        return Ok(Parsed::Blank);
    };
    let mut label = None;
    let mnemonic = if first.text.len() > 1 && first.text.ends_with(':') {
        label = first.text.get(..first.text.len() - 1);
        match it.next() {
            Some(m) => *m,
            None => {
                return Err(err(
                    first.at + first.text.len(),
                    ParseErrorKind::MissingMnemonic,
                ));
            }
        }
    } else {
        *first
    };

    let (mut op, mut sig): (Op, Signature) = match table::lookup(arch, mnemonic.text) {
        Lookup::Supported(op, sig) => (op, sig),
        Lookup::Unsupported => {
            return Ok(Parsed::Unsupported {
                mnemonic: mnemonic.text,
            });
        }
        Lookup::Unknown => {
            return Err(err(
                mnemonic.at,
                ParseErrorKind::UnknownMnemonic {
                    mnemonic: mnemonic.text,
                    arch,
                },
            ));
        }
    };

    // An A64 mnemonic with an operand wider than 128 bits is its SVE2 form
    // (`aese` with two 32-byte operands: SVE AESE at VL=256).
    if let (Some((sve_op, sve_sig)), Some(t)) = (table::sve_form(op), it.peek()) {
        let digits = t
            .text
            .strip_prefix("0x")
            .or_else(|| t.text.strip_prefix("0X"))
            .unwrap_or(t.text);
        if t.text != "->" && digits.len() > 32 {
            (op, sig) = (sve_op, sve_sig);
        }
    }

    // Everything up to "->" is arguments.
    let end_of_mnemonic = mnemonic.at + mnemonic.text.len();
    let mut imm = None;
    if sig.imm {
        match it.peek() {
            Some(t) if t.text != "->" => {
                let value = parse_imm(t.text)
                    .ok_or_else(|| err(t.at, ParseErrorKind::BadImmediate { text: t.text }))?;
                if value > sig.imm_max {
                    return Err(err(
                        t.at,
                        ParseErrorKind::ImmediateOutOfRange {
                            op,
                            value,
                            max: sig.imm_max,
                        },
                    ));
                }
                imm = Some(value);
                it.next();
            }
            _ => {
                return Err(err(
                    end_of_mnemonic,
                    ParseErrorKind::MissingImmediate { op },
                ));
            }
        }
    }

    // RISC-V vector options: `key=value` words before the registers.
    let mut vopts = VOptions::DEFAULT;
    if sig.shape == Shape::V {
        while let Some(t) = it.peek().copied() {
            let Some((key, value)) = t.text.split_once('=') else {
                break;
            };
            let slot = match key {
                "sew" => &mut vopts.sew,
                "vl" => &mut vopts.vl,
                "vstart" => &mut vopts.vstart,
                _ => return Err(err(t.at, ParseErrorKind::UnknownOption { key })),
            };
            if slot.is_some() {
                return Err(err(t.at, ParseErrorKind::DuplicateOption { key }));
            }
            let at = t.at + key.len() + 1;
            *slot = Some(
                parse_decimal(value)
                    .ok_or_else(|| err(at, ParseErrorKind::BadOptionValue { text: value }))?,
            );
            it.next();
        }
    }

    let order = arch.register_order();
    let mut sources = [Value::xmm(0); MAX_SOURCES];
    let mut source_at = [0usize; MAX_SOURCES];
    let mut n_sources = 0;
    let mut last_end = end_of_mnemonic;
    let mut arrow = None;
    for t in it.by_ref() {
        if t.text == "->" {
            arrow = Some(*t);
            break;
        }
        if n_sources == sig.sources {
            let extra = 1 + it.take_while(|x| x.text != "->").count();
            return Err(err(
                t.at,
                ParseErrorKind::OperandCount {
                    op,
                    expected: sig.sources,
                    found: n_sources + extra,
                },
            ));
        }
        let want = operand_width(op, n_sources);
        let (v, _) = parse_value_in(t.text, rule(want, arch), order)
            .map_err(|e| err(t.at + e.column, ParseErrorKind::BadOperand(e)))?;
        check_fixed_width(want, v.width()).map_err(|k| err(t.at, k))?;
        sources[n_sources] = v;
        source_at[n_sources] = t.at;
        n_sources += 1;
        last_end = t.at + t.text.len();
    }
    if n_sources != sig.sources {
        return Err(err(
            last_end,
            ParseErrorKind::OperandCount {
                op,
                expected: sig.sources,
                found: n_sources,
            },
        ));
    }
    // Operands whose width follows from the operands: all as wide as the first.
    let width = sources[0].width();
    if sig.shape.sve() {
        // SVE: the column of the first operand of another vector length.
        if let Some(i) = (0..n_sources).find(|&i| sources[i].width() != width) {
            return Err(err(source_at[i], ParseErrorKind::WidthMismatch));
        }
    }
    if (0..n_sources).any(|i| {
        matches!(sig.shape.operand(i), RegWidth::Wide | RegWidth::Vex)
            && sources[i].width() != width
    }) {
        return Err(err(mnemonic.at, ParseErrorKind::WidthMismatch));
    }
    check_group_widths(op, &sources[..n_sources]).map_err(|(i, k)| err(source_at[i], k))?;

    let mut expected = None;
    if let Some(a) = arrow {
        let Some(r) = it.next() else {
            return Err(err(a.at + 2, ParseErrorKind::MissingResult));
        };
        let want = sig.shape.result();
        let (v, notation) =
            if matches!(want, RegWidth::Gpr | RegWidth::Group) && r.text == "illegal" {
                (Value::illegal(), Notation::Memory)
            } else {
                parse_value_in(r.text, rule(want, arch), order)
                    .map_err(|e| err(r.at + e.column, ParseErrorKind::BadOperand(e)))?
            };
        if !v.is_illegal() {
            check_fixed_width(want, v.width()).map_err(|k| err(r.at, k))?;
        }
        if matches!(
            want,
            RegWidth::Wide | RegWidth::Vex | RegWidth::Sve | RegWidth::Group
        ) && !v.is_illegal()
            && v.width() != width
        {
            return Err(err(r.at, ParseErrorKind::WidthMismatch));
        }
        expected = Some((v, notation));
        if let Some(extra) = it.next() {
            return Err(err(
                extra.at,
                ParseErrorKind::TrailingText { text: extra.text },
            ));
        }
    }
    // Tokens beyond what `tokens` kept mean trailing junk.
    if count > toks.len() {
        return Err(err(
            code.len(),
            ParseErrorKind::TrailingText { text: "..." },
        ));
    }

    Ok(Parsed::Insn(Line {
        label,
        op,
        imm,
        sources,
        n_sources,
        expected,
        vopts,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vector::X86Op;

    const WP_AESENC: &str = "oracle: aesenc 5d47535d726f74636556747365545b7b 5d6e6f726575475b2979616853286948 -> 95e5d7de584b108bc5a3db9f2f1c31a8";

    #[test]
    fn parses_whitepaper_line() {
        let Ok(Parsed::Insn(l)) = parse_line(WP_AESENC, Arch::X86) else {
            panic!("did not parse");
        };
        assert_eq!(l.label, Some("oracle"));
        assert_eq!(l.op, Op::X86(X86Op::Aesenc));
        assert_eq!(l.sources().len(), 2);
        assert_eq!(l.sources()[0].lane(0), 0x7b5b54657374566563746f725d53475d);
        let (v, n) = l.expected.unwrap();
        assert_eq!(n, Notation::Memory);
        assert_eq!(v.lane(0), 0xa8311c2f9fdba3c58b104b58ded7e595);
    }

    #[test]
    fn immediates() {
        let line = "aeskeygenassist 0x01 2b7e151628aed2a6abf7158809cf4f3c";
        let Ok(Parsed::Insn(l)) = parse_line(line, Arch::X86) else {
            panic!()
        };
        assert_eq!(l.imm, Some(1));
        assert_eq!(parse_imm("255"), Some(255));
        assert_eq!(parse_imm("0xff"), Some(255));
        assert_eq!(parse_imm("007"), Some(7));
        assert_eq!(parse_imm("0255"), None);
        assert_eq!(parse_imm("00000000000000000000000000000000"), None);
        assert_eq!(parse_imm("256"), None);
        assert_eq!(parse_imm("0x100"), None);
        assert_eq!(parse_imm("-1"), None);
        assert_eq!(parse_imm("0x"), None);
        assert_eq!(parse_imm("1e"), None);
        let e = parse_line(
            "aeskeygenassist 300 2b7e151628aed2a6abf7158809cf4f3c",
            Arch::X86,
        )
        .unwrap_err();
        assert_eq!(e.column, 17);
        assert!(matches!(
            e.kind,
            ParseErrorKind::BadImmediate { text: "300" }
        ));
    }

    #[test]
    fn ppc64_bare_hex_is_isa_byte_order() {
        // FIPS-197 Appendix B round 1 (AES state byte i = ISA byte i).
        let text = "vcipher 193de3bea0f4e22b9ac68d2ae9f84808 0xa0fafe1788542cb123a339392a6c7605 -> a49c7ff2689f352b6b5bea43026a5049";
        let Ok(Parsed::Insn(l)) = parse_line(text, Arch::Ppc64) else {
            panic!("did not parse")
        };
        assert_eq!(l.op, Op::Ppc64(crate::vector::Ppc64Op::Vcipher));
        assert_eq!(l.sources()[0].lane(0), 0x193de3bea0f4e22b9ac68d2ae9f84808);
        assert_eq!(l.sources()[1].lane(0), 0xa0fafe1788542cb123a339392a6c7605);
        let (v, n) = l.expected.unwrap();
        assert_eq!(
            (v.lane(0), n),
            (0xa49c7ff2689f352b6b5bea43026a5049, Notation::Isa)
        );
        assert_eq!(
            std::format!("{}", l.canonical()),
            "vcipher 193de3bea0f4e22b9ac68d2ae9f84808 a0fafe1788542cb123a339392a6c7605"
        );
        assert_eq!(l.execute(crate::backend::Soft), v);
        // A short bare operand is a length error (only 0x may be short).
        let e = parse_line("vsbox 0102", Arch::Ppc64).unwrap_err();
        assert_eq!(e.column, 7);
        assert!(matches!(e.kind, ParseErrorKind::BadOperand(_)));
        // The same line on x86 stays memory order.
        let x = "aesimc 000102030405060708090a0b0c0d0e0f";
        let Ok(Parsed::Insn(l)) = parse_line(x, Arch::X86) else {
            panic!()
        };
        assert_eq!(l.sources()[0].lane(0), 0x0f0e0d0c0b0a09080706050403020100);
        assert_eq!(std::format!("{}", l.canonical()), x);
    }

    #[test]
    fn vshasigma_immediate_range() {
        let a = "6a09e667bb67ae853c6ef372a54ff53a";
        for imm in ["0", "31", "0x1f", "0x00"] {
            let line = std::format!("vshasigmaw {imm} {a}");
            assert!(
                matches!(parse_line(&line, Arch::Ppc64), Ok(Parsed::Insn(_))),
                "{line}"
            );
        }
        let line = std::format!("vshasigmad 0x20 {a}");
        let e = parse_line(&line, Arch::Ppc64).unwrap_err();
        assert_eq!(e.column, 12);
        assert_eq!(
            e.kind,
            ParseErrorKind::ImmediateOutOfRange {
                op: Op::Ppc64(crate::vector::Ppc64Op::Vshasigmad),
                value: 32,
                max: 31
            }
        );
        assert_eq!(
            std::format!("{e}"),
            "column 12: immediate 32 is out of range for vshasigmad (0-31)"
        );
        let line = std::format!("  vshasigmaw 255 {a}");
        let e = parse_line(&line, Arch::Ppc64).unwrap_err();
        assert_eq!(e.column, 14);
        let e = parse_line("vshasigmaw", Arch::Ppc64).unwrap_err();
        assert_eq!(
            std::format!("{e}"),
            "column 11: vshasigmaw needs an immediate (0-31) right after the mnemonic"
        );
        // x86 immediates keep the full byte.
        assert!(parse_line("aeskeygenassist 255 0x1", Arch::X86).is_ok());
    }

    #[test]
    fn errors_point_at_the_problem() {
        let e = parse_line("aesenc 00", Arch::X86).unwrap_err();
        assert_eq!(e.column, 8);
        let e = parse_line("  frob 00", Arch::X86).unwrap_err();
        assert_eq!(e.column, 3);
        assert!(matches!(e.kind, ParseErrorKind::UnknownMnemonic { .. }));
        let e = parse_line("aesimc", Arch::X86).unwrap_err();
        assert!(matches!(
            e.kind,
            ParseErrorKind::OperandCount {
                expected: 1,
                found: 0,
                ..
            }
        ));
        let e = parse_line("aese 5d47535d726f74636556747365545b7b", Arch::Arm).unwrap_err();
        assert!(matches!(
            e.kind,
            ParseErrorKind::OperandCount {
                expected: 2,
                found: 1,
                ..
            }
        ));
        let e = parse_line("aesimc 5d47535d726f74636556747365545b7b ->", Arch::X86).unwrap_err();
        assert_eq!(e.kind, ParseErrorKind::MissingResult);
        let e = parse_line("aesimc 0x1 -> 0x2 0x3", Arch::X86).unwrap_err();
        assert!(matches!(
            e.kind,
            ParseErrorKind::TrailingText { text: "0x3" }
        ));
        assert_eq!(
            parse_line("   # only a comment", Arch::Arm),
            Ok(Parsed::Blank)
        );
        assert_eq!(parse_line("", Arch::Arm), Ok(Parsed::Blank));
        assert_eq!(
            parse_line("aesenc128kl 0x1 0x2", Arch::X86),
            Ok(Parsed::Unsupported {
                mnemonic: "aesenc128kl"
            })
        );
        // Wide operands: 64 memory-order digits is a 256-bit register; mixed
        // widths are rejected.
        let y = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
        let wide_line = std::format!("vaesenc {y} {y}");
        let Ok(Parsed::Insn(l)) = parse_line(&wide_line, Arch::X86) else {
            panic!("256-bit vaesenc did not parse")
        };
        assert_eq!(l.sources()[0].width(), crate::vector::Width::W256);
        let mixed = std::format!("vaesenc {y} 00000000000000000000000000000000");
        let e = parse_line(&mixed, Arch::X86).unwrap_err();
        assert_eq!(e.kind, ParseErrorKind::WidthMismatch);
        // A 0x value of a wide op must be written at full width.
        assert!(parse_line("vaesenc 0x1 0x2", Arch::X86).is_err());
        // Non-wide ops stay 128-bit.
        assert!(parse_line(&std::format!("aesenc {y} {y}"), Arch::X86).is_err());
        // RISC-V: XLEN-wide GPRs, `illegal` results, per-XLEN mnemonics.
        let Ok(Parsed::Insn(l)) = parse_line(
            "aes64esm 0001020304050607 08090a0b0c0d0e0f -> 0x1",
            Arch::Rv64,
        ) else {
            panic!("aes64esm did not parse")
        };
        assert_eq!(l.sources()[0], Value::gpr64(0x0706_0504_0302_0100));
        assert_eq!(l.expected, Some((Value::gpr64(1), Notation::Integer)));
        let Ok(Parsed::Insn(l)) = parse_line("aes64ks1i 11 0x5 -> illegal", Arch::Rv64) else {
            panic!("illegal result did not parse")
        };
        assert_eq!(l.imm, Some(11));
        assert!(l.expected.unwrap().0.is_illegal());
        let e = parse_line("aes64esm 00010203 04050607", Arch::Rv64).unwrap_err();
        assert_eq!(e.column, 10);
        assert!(parse_line("andn 00010203 04050607 -> 00000000", Arch::Rv32).is_ok());
        let e = parse_line("aes64esm 00010203 04050607", Arch::Rv32).unwrap_err();
        assert!(matches!(e.kind, ParseErrorKind::UnknownMnemonic { .. }));
        let e = parse_line("aes32esi 3 00010203 04050607", Arch::Rv64).unwrap_err();
        assert!(matches!(e.kind, ParseErrorKind::UnknownMnemonic { .. }));
        let e = parse_line("sm4ed 00010203 04050607", Arch::Rv32).unwrap_err();
        assert!(matches!(e.kind, ParseErrorKind::BadImmediate { .. }));
        // `illegal` is a result only, and only for RISC-V scalar ops.
        assert!(parse_line("andn illegal 00000000", Arch::Rv32).is_err());
        assert!(parse_line("aesimc 0x1 -> illegal", Arch::X86).is_err());
        // x86 mnemonics are not Arm ones.
        assert!(parse_line("aesenc 0x1 0x2", Arch::Arm).is_err());
    }

    #[test]
    fn per_operand_widths() {
        let x = "000102030405060708090a0b0c0d0e0f";
        let y = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
        let z = std::format!("{y}{y}");
        // sha512rnds2 YMM YMM XMM -> YMM.
        let line = std::format!("sha512rnds2 {y} {y} {x} -> {y}");
        let Ok(Parsed::Insn(l)) = parse_line(&line, Arch::X86) else {
            panic!("sha512rnds2 did not parse")
        };
        assert_eq!(l.op, Op::X86(X86Op::Sha512rnds2));
        assert_eq!(l.sources()[2].width(), crate::vector::Width::W128);
        // The V spelling is an alias.
        let line = std::format!("VSHA512RNDS2 {y} {y} {x}");
        assert!(matches!(parse_line(&line, Arch::X86), Ok(Parsed::Insn(_))));
        // A YMM operand written as an XMM: the column of that operand.
        let line = std::format!("sha512rnds2 {y} {x} {x}");
        let e = parse_line(&line, Arch::X86).unwrap_err();
        assert_eq!(e.column, 13 + 65);
        assert!(matches!(
            e.kind,
            ParseErrorKind::OperandWidth {
                found_bits: 128,
                ..
            }
        ));
        // The XMM operand as a YMM: rejected by the XMM rule (length).
        let line = std::format!("sha512msg1 {y} {y}");
        let e = parse_line(&line, Arch::X86).unwrap_err();
        assert_eq!(e.column, 12 + 65);
        // The result of a SHA512 op is the whole YMM register.
        let line = std::format!("sha512msg2 {y} {y} -> {x}");
        let e = parse_line(&line, Arch::X86).unwrap_err();
        assert!(matches!(e.kind, ParseErrorKind::OperandWidth { .. }));
        assert_eq!(e.column, 12 + 130 + 3);
        // sm3rnds2 IMM XMM XMM XMM: R3I.
        let line = std::format!("sm3rnds2 0x3e {x} {x} {x}");
        let Ok(Parsed::Insn(l)) = parse_line(&line, Arch::X86) else {
            panic!("sm3rnds2 did not parse")
        };
        assert_eq!((l.imm, l.sources().len()), (Some(0x3e), 3));
        let line = std::format!("sm3rnds2 {x} {x} {x}");
        let e = parse_line(&line, Arch::X86).unwrap_err();
        assert!(matches!(e.kind, ParseErrorKind::BadImmediate { .. }));
        // SM4: 128 or 256 bits, never 512.
        for w in [x, y] {
            let line = std::format!("vsm4rnds4 {w} {w}");
            assert!(matches!(parse_line(&line, Arch::X86), Ok(Parsed::Insn(_))));
        }
        let line = std::format!("sm4key4 {z} {z}");
        let e = parse_line(&line, Arch::X86).unwrap_err();
        assert_eq!(e.column, 9);
        assert!(matches!(
            e.kind,
            ParseErrorKind::OperandWidth {
                found_bits: 512,
                ..
            }
        ));
        let line = std::format!("sm4key4 {x} {y}");
        let e = parse_line(&line, Arch::X86).unwrap_err();
        assert_eq!(e.kind, ParseErrorKind::WidthMismatch);
        // GFNI at every width, V alias, immediate first.
        for w in [x, y, &z] {
            let line = std::format!("vgf2p8affineqb 0x63 {w} {w} -> {w}");
            assert!(matches!(parse_line(&line, Arch::X86), Ok(Parsed::Insn(_))));
            let line = std::format!("gf2p8mulb {w} {w}");
            assert!(matches!(parse_line(&line, Arch::X86), Ok(Parsed::Insn(_))));
        }
        // `vaesenc` is not an alias of AESENC; Arm has no alias.
        assert!(matches!(
            crate::vector::lookup(Arch::X86, "vaesimc"),
            crate::vector::Lookup::Unknown
        ));
        assert!(parse_line(&std::format!("vsm4key4 {x} {x}"), Arch::Arm).is_err());
        // Truncated and junk input: errors, no panic.
        for bad in [
            "sha512rnds2",
            "sm3rnds2 1",
            "sm4key4 zz",
            "sha512msg1 -> 00",
        ] {
            assert!(parse_line(bad, Arch::X86).is_err(), "{bad}");
        }
    }

    #[test]
    fn sve_forms_by_operand_width() {
        use crate::vector::{ArmOp, Width};
        let x = "000102030405060708090a0b0c0d0e0f";
        // A 32-digit aese is the AdvSIMD instruction.
        let line = std::format!("aese {x} {x}");
        let Ok(Parsed::Insn(l)) = parse_line(&line, Arch::Arm) else {
            panic!()
        };
        assert_eq!(l.op, Op::Arm(ArmOp::Aese));
        // Wider: the SVE form, at every segment count.
        for n in [2usize, 3, 4, 8, 16] {
            let z = x.repeat(n);
            let line = std::format!("aese {z} {z} -> {z}");
            let Ok(Parsed::Insn(l)) = parse_line(&line, Arch::Arm) else {
                panic!("{n}")
            };
            assert_eq!(l.op, Op::Arm(ArmOp::SveAese));
            assert_eq!(l.sources()[1].width(), Width::Sve(n as u8));
            let line = std::format!("aesmc {z}");
            let Ok(Parsed::Insn(l)) = parse_line(&line, Arch::Arm) else {
                panic!()
            };
            assert_eq!(l.op, Op::Arm(ArmOp::SveAesmc));
        }
        // pmullb/pmullt at any width, also 128 bits; the registry names too.
        for m in ["pmullb", "PMULLT", "sve_pmullb", "sve_aese"] {
            let line = std::format!("{m} {x} {x}");
            let Ok(Parsed::Insn(l)) = parse_line(&line, Arch::Arm) else {
                panic!("{line}")
            };
            assert_eq!(l.sources()[0].width(), Width::Sve(1));
        }
        // Mixed vector lengths: the column of the odd operand.
        let y = x.repeat(2);
        let z = x.repeat(4);
        let line = std::format!("aese {y} {z}");
        let e = parse_line(&line, Arch::Arm).unwrap_err();
        assert_eq!((e.column, e.kind), (6 + 65, ParseErrorKind::WidthMismatch));
        let line = std::format!("pmullb {x} {x} -> {y}");
        let e = parse_line(&line, Arch::Arm).unwrap_err();
        assert_eq!(e.kind, ParseErrorKind::WidthMismatch);
        assert_eq!(e.column, 8 + 66 + 3);
        // Not a multiple of 16 bytes, or beyond 256 bytes.
        for bad in [std::format!("{y}00"), x.repeat(17)] {
            let line = std::format!("pmullb {bad} {bad}");
            let e = parse_line(&line, Arch::Arm).unwrap_err();
            assert_eq!(e.column, 8);
            assert!(std::format!("{e}").contains("SVE Z operand"), "{e}");
        }
        // The A64 forms that have no SVE twin stay 128-bit.
        assert!(parse_line(&std::format!("sha1h {y}"), Arch::Arm).is_err());
        // pmullb is not an x86 or arm32 mnemonic.
        assert!(parse_line(&std::format!("pmullb {x} {x}"), Arch::Arm32).is_err());
    }

    #[test]
    fn arm32_suffixes_and_d_operands() {
        use crate::vector::{Arm32Op, Width};
        let x = "000102030405060708090a0b0c0d0e0f";
        for m in ["aese.8", "AESE.8", "aese"] {
            let line = std::format!("{m} {x} {x}");
            let Ok(Parsed::Insn(l)) = parse_line(&line, Arch::Arm32) else {
                panic!("{m}")
            };
            assert_eq!(l.op, Op::Arm32(Arm32Op::Aese));
        }
        for m in ["sha1c.32", "sha1c", "sha256su1.32"] {
            assert!(
                parse_line(&std::format!("{m} {x} {x} {x}"), Arch::Arm32).is_ok(),
                "{m}"
            );
        }
        // The wrong suffix is not the instruction.
        for m in ["aese.32", "sha1c.8", "sha1c.", "vmull.p8"] {
            let line = std::format!("{m} {x} {x} {x}");
            let e = parse_line(&line, Arch::Arm32).unwrap_err();
            assert!(
                matches!(e.kind, ParseErrorKind::UnknownMnemonic { .. }),
                "{m}"
            );
        }
        // vmull.p64 Dn Dm -> Qd: 8-byte sources, a 16-byte result.
        for m in ["vmull.p64", "VMULL.P64", "vmull", "vmull_p64"] {
            let line = std::format!("{m} 0001020304050607 0x2 -> {x}");
            let Ok(Parsed::Insn(l)) = parse_line(&line, Arch::Arm32) else {
                panic!("{line}")
            };
            assert_eq!(l.op, Op::Arm32(Arm32Op::VmullP64));
            assert_eq!(l.sources()[0].width(), Width::X64);
            assert_eq!(l.sources()[0].lane(0), 0x0706_0504_0302_0100);
        }
        let line = std::format!("vmull.p64 {x} {x}");
        let e = parse_line(&line, Arch::Arm32).unwrap_err();
        assert_eq!(e.column, 11);
        let e = parse_line(
            "vmull.p64 0001020304050607 0001020304050607 -> 00",
            Arch::Arm32,
        )
        .unwrap_err();
        assert_eq!(e.column, 48);
        // arm32 has no SVE forms.
        let y = x.repeat(2);
        assert!(parse_line(&std::format!("aese {y} {y}"), Arch::Arm32).is_err());
    }
}
