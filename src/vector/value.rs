//! Register operands of 128, 256 or 512 bits (vector registers), 1 to 16
//! 128-bit segments (SVE `Z` registers), 32 or 64 bits (RISC-V general-purpose
//! registers, AArch32 `D` registers), the `illegal` outcome, and their two text
//! notations.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::vector::value::{Notation, Value, WidthRule, parse_value};
//! // The AES-NI white paper's state register in both notations (Intel prints the
//! // integer; memory order is its byte reversal).
//! let (a, na) = parse_value("0x7b5b54657374566563746f725d53475d", WidthRule::Xmm)?;
//! let (b, nb) = parse_value("5d47535d726f74636556747365545b7b", WidthRule::Xmm)?;
//! assert_eq!(a, b);
//! assert_eq!((na, nb), (Notation::Integer, Notation::Memory));
//! assert_eq!(a, Value::xmm(0x7b5b54657374566563746f725d53475d));
//! assert_eq!(a.mem().to_string(), "5d47535d726f74636556747365545b7b");
//! assert_eq!(a.int().to_string(), "0x7b5b54657374566563746f725d53475d");
//! // A RISC-V RV64 register: 16 digits, as sd stores it.
//! let (x, _) = parse_value("efcdab8967452301", WidthRule::Gpr64)?;
//! assert_eq!(x, Value::gpr64(0x0123_4567_89ab_cdef));
//! # Ok::<(), crypto_insn::reg::HexError>(())
//! ```

use core::fmt;

use crate::reg::{self, HexError, HexErrorKind};
use crate::registry::RegisterOrder;

/// A register width.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Width {
    /// 128 bits (XMM, Arm `V`).
    W128,
    /// 256 bits (YMM).
    W256,
    /// 512 bits (ZMM).
    W512,
    /// 1024 bits (a RISC-V vector register group of 8 registers at VLEN =
    /// 128, or a `vwsll` destination at LMUL 4).
    W1024,
    /// A 32-bit general-purpose register (RV32 `x` register).
    X32,
    /// A 64-bit register: an RV64 `x` register or an AArch32 `D` register.
    X64,
    /// An SVE `Z` register of this many 128-bit segments (1 to 16: VL = 128
    /// times that; segment 0 first).
    Sve(u8),
    /// No register value: the instruction with these operands is a reserved
    /// encoding and raises the illegal-instruction exception (written
    /// `illegal` in a vector line's result).
    Illegal,
}

impl Width {
    /// Number of 128-bit lanes.
    #[must_use]
    pub const fn lanes(self) -> usize {
        match self {
            Width::W128 | Width::X32 | Width::X64 => 1,
            Width::W256 => 2,
            Width::W512 => 4,
            Width::Sve(n) => n as usize,
            Width::W1024 => 8,
            Width::Illegal => 0,
        }
    }

    /// Number of bits.
    #[must_use]
    pub const fn bits(self) -> usize {
        match self {
            Width::X32 => 32,
            Width::X64 => 64,
            _ => 128 * self.lanes(),
        }
    }

    /// The width with `lanes` 128-bit lanes.
    #[must_use]
    pub const fn from_lanes(lanes: usize) -> Option<Width> {
        match lanes {
            1 => Some(Width::W128),
            2 => Some(Width::W256),
            4 => Some(Width::W512),
            8 => Some(Width::W1024),
            _ => None,
        }
    }
}

/// The most 128-bit lanes a [`Value`] holds (an SVE `Z` register at VL =
/// 2048 bits; a RISC-V register group is at most 1024).
pub const MAX_LANES: usize = 16;

/// A register value of up to 2048 bits: 128-bit lanes (SVE: segments), lane 0
/// = bits 127:0. Lanes beyond the width are zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Value {
    lanes: [u128; MAX_LANES],
    width: Width,
}

impl Value {
    /// A 128-bit value.
    #[must_use]
    pub const fn xmm(v: u128) -> Value {
        Value {
            lanes: lanes0(v),
            width: Width::W128,
        }
    }

    /// A 32-bit general-purpose register value (RV32).
    #[must_use]
    pub const fn gpr32(v: u32) -> Value {
        Value {
            lanes: lanes0(v as u128),
            width: Width::X32,
        }
    }

    /// A 64-bit general-purpose register value (RV64).
    #[must_use]
    pub const fn gpr64(v: u64) -> Value {
        Value {
            lanes: lanes0(v as u128),
            width: Width::X64,
        }
    }

    /// The outcome of a reserved encoding (no register is written).
    #[must_use]
    pub const fn illegal() -> Value {
        Value {
            lanes: [0; MAX_LANES],
            width: Width::Illegal,
        }
    }

    /// Whether this is [`Value::illegal`].
    #[must_use]
    pub const fn is_illegal(&self) -> bool {
        matches!(self.width, Width::Illegal)
    }

    /// A value from its lanes (1, 2, 4 or 8 of them).
    #[must_use]
    pub fn from_lanes(lanes: &[u128]) -> Option<Value> {
        let width = Width::from_lanes(lanes.len())?;
        let mut l = [0u128; MAX_LANES];
        l[..lanes.len()].copy_from_slice(lanes);
        Some(Value { lanes: l, width })
    }

    /// An SVE `Z` register value from its segments (1 to 16 of them, segment 0
    /// first).
    #[must_use]
    pub fn sve(segments: &[u128]) -> Option<Value> {
        let n = segments.len();
        if n == 0 || n > MAX_LANES {
            return None;
        }
        let mut l = [0u128; MAX_LANES];
        l[..n].copy_from_slice(segments);
        Some(Value {
            lanes: l,
            width: Width::Sve(n as u8),
        })
    }

    /// The width.
    #[must_use]
    pub const fn width(&self) -> Width {
        self.width
    }

    /// Lane `i` (zero beyond the width).
    #[must_use]
    pub fn lane(&self, i: usize) -> u128 {
        self.lanes.get(i).copied().unwrap_or(0)
    }

    /// The lanes within the width.
    #[must_use]
    pub fn lanes(&self) -> &[u128] {
        &self.lanes[..self.width.lanes()]
    }

    /// Memory-order display (lane 0's byte 0 first), lowercase.
    #[must_use]
    pub const fn mem(&self) -> MemDisplay<'_> {
        MemDisplay(self)
    }

    /// Integer display (`0x`, most significant digit of the whole register first).
    #[must_use]
    pub const fn int(&self) -> IntDisplay<'_> {
        IntDisplay(self)
    }

    /// ISA byte order display for a `be` architecture (POWER): the integer's
    /// digits without `0x`, ISA byte 0 (the most significant byte) first.
    #[must_use]
    pub const fn isa(&self) -> IsaDisplay<'_> {
        IsaDisplay(self)
    }

    /// Display in the given notation.
    #[must_use]
    pub const fn display(&self, notation: Notation) -> NotationDisplay<'_> {
        NotationDisplay(self, notation)
    }
}

/// The notation an operand was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Notation {
    /// Hex digits without a prefix, memory byte 0 first.
    Memory,
    /// `0x` hex, the integer value, most significant digit first.
    Integer,
    /// Hex digits without a prefix for an architecture whose registers are
    /// written in ISA byte order ([`RegisterOrder::Be`], POWER): byte 0 (the
    /// most significant byte) first, the same digits as [`Notation::Integer`].
    Isa,
}

impl Notation {
    /// The notation of hex without `0x` for registers in `order`:
    /// [`Notation::Memory`] or [`Notation::Isa`].
    #[must_use]
    pub const fn bare(order: RegisterOrder) -> Notation {
        match order {
            RegisterOrder::Le => Notation::Memory,
            RegisterOrder::Be => Notation::Isa,
        }
    }
}

/// Memory-order hex of a [`Value`].
#[derive(Clone, Copy, Debug)]
pub struct MemDisplay<'a>(&'a Value);

impl fmt::Display for MemDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.width {
            Width::Illegal => return f.write_str("illegal"),
            Width::X32 | Width::X64 => {
                let bytes = reg::to_bytes(self.0.lanes[0]);
                for b in &bytes[..self.0.width.bits() / 8] {
                    write!(f, "{b:02x}")?;
                }
                return Ok(());
            }
            _ => {}
        }
        for lane in self.0.lanes() {
            write!(f, "{}", reg::MemHex(*lane))?;
        }
        Ok(())
    }
}

/// Integer hex of a [`Value`] (`0x` and all digits of the width).
#[derive(Clone, Copy, Debug)]
pub struct IntDisplay<'a>(&'a Value);

impl fmt::Display for IntDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.width {
            Width::Illegal => return f.write_str("illegal"),
            Width::X32 => return write!(f, "0x{:08x}", self.0.lanes[0]),
            Width::X64 => return write!(f, "0x{:016x}", self.0.lanes[0]),
            _ => {}
        }
        f.write_str("0x")?;
        for lane in self.0.lanes().iter().rev() {
            write!(f, "{lane:032x}")?;
        }
        Ok(())
    }
}

/// ISA byte order hex of a [`Value`] (no prefix, all digits of the width).
#[derive(Clone, Copy, Debug)]
pub struct IsaDisplay<'a>(&'a Value);

impl fmt::Display for IsaDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for lane in self.0.lanes().iter().rev() {
            write!(f, "{lane:032x}")?;
        }
        Ok(())
    }
}

/// A [`Value`] in a chosen [`Notation`].
#[derive(Clone, Copy, Debug)]
pub struct NotationDisplay<'a>(&'a Value, Notation);

impl fmt::Display for NotationDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            Notation::Memory => self.0.mem().fmt(f),
            Notation::Integer => self.0.int().fmt(f),
            Notation::Isa => self.0.isa().fmt(f),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.mem().fmt(f)
    }
}

/// `[v, 0, ...]`.
const fn lanes0(v: u128) -> [u128; MAX_LANES] {
    let mut l = [0u128; MAX_LANES];
    l[0] = v;
    l
}

/// How wide an operand may be when parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidthRule {
    /// Exactly 128 bits; `0x` values may have 1 to 32 digits.
    Xmm,
    /// 128, 256 or 512 bits, told by the digit count (32, 64 or 128 digits in
    /// either notation; `0x` values must be written at full width).
    Any,
    /// A RISC-V vector register group: 128, 256, 512 or 1024 bits (32, 64,
    /// 128 or 256 digits; `0x` values at full width).
    Group,
    /// A 32-bit general-purpose register: 8 memory-order digits, or `0x` and
    /// 1 to 8 digits.
    Gpr32,
    /// A 64-bit general-purpose register (or AArch32 `D` register): 16
    /// memory-order digits, or `0x` and 1 to 16 digits.
    Gpr64,
    /// An SVE `Z` register: a multiple of 32 digits, 32 to 512 (1 to 16
    /// segments), in either notation (`0x` values at full width).
    Sve,
}

/// Parses one register operand in either notation, hex without `0x` in
/// memory order (x86, Arm).
///
/// # Errors
/// A [`HexError`] (column relative to `text`).
pub fn parse_value(text: &str, rule: WidthRule) -> Result<(Value, Notation), HexError> {
    parse_value_in(text, rule, RegisterOrder::Le)
}

/// Parses one register operand in either notation, hex without `0x` in the
/// architecture's register order: memory order for [`RegisterOrder::Le`], ISA
/// byte order (the integer's digits, exactly as many as the width has) for
/// [`RegisterOrder::Be`].
///
/// # Errors
/// A [`HexError`] (column relative to `text`).
pub fn parse_value_in(
    text: &str,
    rule: WidthRule,
    order: RegisterOrder,
) -> Result<(Value, Notation), HexError> {
    let (digits, notation, offset) =
        match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
            Some(d) => (d, Notation::Integer, 2),
            None => (text, Notation::bare(order), 0),
        };
    let shift = |e: HexError| HexError {
        column: e.column + offset,
        ..e
    };
    let n = digits.len();
    let width = match (rule, notation) {
        (WidthRule::Xmm, _) => Width::W128,
        (WidthRule::Gpr32, _) => Width::X32,
        (WidthRule::Gpr64, _) => Width::X64,
        (WidthRule::Sve, _) => {
            if n % 32 == 0 && (1..=MAX_LANES).contains(&(n / 32)) {
                Width::Sve((n / 32) as u8)
            } else {
                if let Some(e) = bad_digit(digits) {
                    return Err(shift(e));
                }
                return Err(shift(HexError {
                    column: 0,
                    kind: HexErrorKind::NotAnSveWidth { found: n },
                }));
            }
        }
        (WidthRule::Any | WidthRule::Group, _) => match n {
            32 => Width::W128,
            64 => Width::W256,
            128 => Width::W512,
            256 if rule == WidthRule::Group => Width::W1024,
            _ => {
                // Report a typo as such before the length.
                if let Some(e) = bad_digit(digits) {
                    return Err(shift(e));
                }
                return Err(shift(HexError {
                    column: 0,
                    kind: if rule == WidthRule::Group {
                        HexErrorKind::NotAGroupWidth { found: n }
                    } else {
                        HexErrorKind::NotARegisterWidth { found: n }
                    },
                }));
            }
        },
    };
    let mut bytes = [0u8; 16 * MAX_LANES];
    let n_bytes = match width {
        Width::X32 | Width::X64 => width.bits() / 8,
        _ => 16 * width.lanes(),
    };
    let bytes = &mut bytes[..n_bytes];
    match notation {
        Notation::Memory => reg::parse_mem_bytes(digits, bytes).map_err(shift)?,
        Notation::Integer => reg::parse_int_digits(digits, bytes).map_err(shift)?,
        Notation::Isa => {
            // All the digits, most significant byte first: memory order reversed.
            reg::parse_mem_bytes(digits, bytes).map_err(shift)?;
            bytes.reverse();
        }
    }
    let mut lanes = [0u128; MAX_LANES];
    if matches!(width, Width::X32 | Width::X64) {
        let mut b = [0u8; 16];
        b[..n_bytes].copy_from_slice(bytes);
        lanes[0] = reg::from_bytes(b);
    } else {
        for (lane, chunk) in lanes.iter_mut().zip(bytes.chunks_exact(16)) {
            let mut b = [0u8; 16];
            b.copy_from_slice(chunk);
            *lane = reg::from_bytes(b);
        }
    }
    Ok((Value { lanes, width }, notation))
}

/// The first character of `digits` that is not a hex digit, as an error.
fn bad_digit(digits: &str) -> Option<HexError> {
    let i = digits.bytes().position(|c| !c.is_ascii_hexdigit())?;
    let c = digits
        .get(i..)
        .and_then(|t| t.chars().next())
        .unwrap_or('?');
    Some(HexError {
        column: i,
        kind: HexErrorKind::BadDigit(c),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::ToString;

    #[test]
    fn wide_values_are_lane_0_first() {
        let mem = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
        let (v, n) = parse_value(mem, WidthRule::Any).unwrap();
        assert_eq!(n, Notation::Memory);
        assert_eq!(v.width(), Width::W256);
        assert_eq!(v.lane(0), 0x0f0e0d0c0b0a09080706050403020100);
        assert_eq!(v.lane(1), 0x1f1e1d1c1b1a19181716151413121110);
        assert_eq!(v.mem().to_string(), mem);
        let int = v.int().to_string();
        assert_eq!(&int[..6], "0x1f1e");
        let (w, n) = parse_value(&int, WidthRule::Any).unwrap();
        assert_eq!((w, n), (v, Notation::Integer));
    }

    #[test]
    fn isa_order_is_the_integer_digits() {
        let isa = "000102030405060708090a0b0c0d0e0f";
        let (v, n) = parse_value_in(isa, WidthRule::Xmm, RegisterOrder::Be).unwrap();
        assert_eq!(n, Notation::Isa);
        assert_eq!(v.lane(0), 0x000102030405060708090a0b0c0d0e0f);
        assert_eq!(v.isa().to_string(), isa);
        assert_eq!(v.display(Notation::Isa).to_string(), isa);
        // 0x is the integer in both orders.
        let (w, n) = parse_value_in("0x0102", WidthRule::Xmm, RegisterOrder::Be).unwrap();
        assert_eq!((w.lane(0), n), (0x0102, Notation::Integer));
        // Bare ISA hex needs every digit; errors keep their columns.
        let e = parse_value_in("0102", WidthRule::Xmm, RegisterOrder::Be).unwrap_err();
        assert!(matches!(
            e.kind,
            HexErrorKind::WrongLength {
                expected: 32,
                found: 4
            }
        ));
        let e = parse_value_in("0x01g2", WidthRule::Xmm, RegisterOrder::Be).unwrap_err();
        assert_eq!((e.column, e.kind), (4, HexErrorKind::BadDigit('g')));
        // Memory order unchanged for Le.
        let (m, n) = parse_value_in(isa, WidthRule::Xmm, RegisterOrder::Le).unwrap();
        assert_eq!(
            (m.lane(0), n),
            (0x0f0e0d0c0b0a09080706050403020100, Notation::Memory)
        );
        assert_eq!((m, n), parse_value(isa, WidthRule::Xmm).unwrap());
        assert_eq!(Notation::bare(RegisterOrder::Le), Notation::Memory);
    }

    #[test]
    fn gpr_values_are_xlen_wide_in_memory_order() {
        let (v, n) = parse_value("0123456789abcdef", WidthRule::Gpr64).unwrap();
        assert_eq!(n, Notation::Memory);
        assert_eq!(v, Value::gpr64(0xefcd_ab89_6745_2301));
        assert_eq!(v.mem().to_string(), "0123456789abcdef");
        assert_eq!(v.int().to_string(), "0xefcdab8967452301");
        let (w, n) = parse_value("0x1", WidthRule::Gpr32).unwrap();
        assert_eq!((w, n), (Value::gpr32(1), Notation::Integer));
        assert_eq!(w.mem().to_string(), "01000000");
        // RV32 registers are 8 digits, RV64 16; 0x values at most that many.
        assert!(parse_value("0123456789abcdef", WidthRule::Gpr32).is_err());
        assert!(parse_value("01234567", WidthRule::Gpr64).is_err());
        assert!(parse_value("0x123456789", WidthRule::Gpr32).is_err());
        assert!(parse_value("0x", WidthRule::Gpr64).is_err());
        assert_eq!(Value::illegal().mem().to_string(), "illegal");
        assert!(Value::illegal().is_illegal());
    }

    #[test]
    fn sve_values_are_segment_0_first() {
        let seg = "000102030405060708090a0b0c0d0e0f";
        for n in 1..=16usize {
            let text = seg.repeat(n);
            let (v, note) = parse_value(&text, WidthRule::Sve).unwrap();
            assert_eq!((v.width(), note), (Width::Sve(n as u8), Notation::Memory));
            assert_eq!(v.lanes().len(), n);
            assert_eq!(v.lane(n - 1), 0x0f0e0d0c0b0a09080706050403020100);
            assert_eq!(v.mem().to_string(), text);
            assert_eq!(Value::sve(v.lanes()), Some(v));
            let int = v.int().to_string();
            assert_eq!(parse_value(&int, WidthRule::Sve).unwrap().0, v);
        }
        for bad in [0usize, 16, 48, 544] {
            let e = parse_value(&"0".repeat(bad), WidthRule::Sve).unwrap_err();
            assert!(matches!(
                e.kind,
                HexErrorKind::NotAnSveWidth { .. } | HexErrorKind::Empty
            ));
        }
        let e = parse_value(&std::format!("{seg}0g"), WidthRule::Sve).unwrap_err();
        assert_eq!((e.column, e.kind), (33, HexErrorKind::BadDigit('g')));
        assert_eq!(Value::sve(&[]), None);
        assert_eq!(Value::sve(&[0; 17]), None);
    }

    #[test]
    fn xmm_integer_may_be_short() {
        let (v, _) = parse_value("0x10", WidthRule::Xmm).unwrap();
        assert_eq!(v.lane(0), 0x10);
        assert!(parse_value("0x10", WidthRule::Any).is_err());
        assert!(parse_value("0010", WidthRule::Xmm).is_err());
    }
}
