//! Register values: conversions between the `u128` register convention and the
//! forms emulators and documents use.
//!
//! # The convention
//! A 128-bit register value is a `u128` whose bit `i` is the register's bit `i` as
//! the architecture manual numbers it. Memory byte `i` of the register (what
//! `_mm_storeu_si128` or `vst1q_u8` store) is bits `8i+7..8i`, and AES state byte
//! `i` (FIPS-197 column-major order) is that same byte.
//!
//! Text has two notations:
//! - **memory order**: 32 hex digits without a prefix, byte 0 first (FIPS-197,
//!   NIST CAVP and the `vectors/` files);
//! - **integer**: `0x` followed by the value most significant digit first (Intel's
//!   documents).
//!
//! One is the byte reversal of the other:
//! `0x7b5b54657374566563746f725d53475d` is `5d47535d726f74636556747365545b7b`.
//!
//! Every function here works on values, never on the host's in-memory layout of a
//! `u128`, so it gives the same answer on little- and big-endian hosts.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::reg::{self, IntHex, MemHex};
//! // The Intel AES-NI white paper's state register: Intel prints the integer,
//! // memory order (what _mm_storeu_si128 stores) is its byte reversal.
//! let v = reg::parse_int_hex("0x7b5b54657374566563746f725d53475d")?;
//! assert_eq!(v, reg::parse_mem_hex("5d47535d726f74636556747365545b7b")?);
//! assert_eq!(reg::to_bytes(v)[0], 0x5d); // memory byte 0
//! assert_eq!(reg::from_bytes(reg::to_bytes(v)), v);
//! // An emulator holding XMM registers as two u64, low half first.
//! assert_eq!(reg::to_halves(v), [0x6374_6f72_5d53_475d, 0x7b5b_5465_7374_5665]);
//! assert_eq!(reg::from_halves([0x6374_6f72_5d53_475d, 0x7b5b_5465_7374_5665]), v);
//! assert_eq!(reg::to_dwords(v)[0], 0x5d53_475d); // dword 0 = bits 31:0
//! assert_eq!(MemHex(v).to_string(), "5d47535d726f74636556747365545b7b");
//! assert_eq!(IntHex(v).to_string(), "0x7b5b54657374566563746f725d53475d");
//! # Ok::<(), reg::HexError>(())
//! ```

use core::fmt;

/// The register value whose memory bytes are `bytes` (byte 0 = bits 7:0).
#[inline]
#[must_use]
pub const fn from_bytes(bytes: [u8; 16]) -> u128 {
    u128::from_le_bytes(bytes)
}

/// The 16 memory bytes of a register value (byte 0 = bits 7:0).
#[inline]
#[must_use]
pub const fn to_bytes(value: u128) -> [u8; 16] {
    value.to_le_bytes()
}

/// The register value from the two 64-bit halves emulators usually store:
/// `halves[0]` is bits 63:0 (x86 `XMM.Q[0]`, Arm `V.D[0]`), `halves[1]` bits 127:64.
#[inline]
#[must_use]
pub const fn from_halves(halves: [u64; 2]) -> u128 {
    (halves[0] as u128) | ((halves[1] as u128) << 64)
}

/// The two 64-bit halves of a register value, low half first (see [`from_halves`]).
#[inline]
#[must_use]
pub const fn to_halves(value: u128) -> [u64; 2] {
    [value as u64, (value >> 64) as u64]
}

/// The register value from four 32-bit dwords, `dwords[0]` = bits 31:0.
#[inline]
#[must_use]
pub const fn from_dwords(dwords: [u32; 4]) -> u128 {
    (dwords[0] as u128)
        | ((dwords[1] as u128) << 32)
        | ((dwords[2] as u128) << 64)
        | ((dwords[3] as u128) << 96)
}

/// The four 32-bit dwords of a register value, `[0]` = bits 31:0.
#[inline]
#[must_use]
pub const fn to_dwords(value: u128) -> [u32; 4] {
    [
        value as u32,
        (value >> 32) as u32,
        (value >> 64) as u32,
        (value >> 96) as u32,
    ]
}

/// Why a hex operand was rejected. `column` is the 0-based byte offset of the
/// offending character within the parsed text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HexError {
    /// 0-based offset of the problem within the text given to the parser.
    pub column: usize,
    /// What is wrong.
    pub kind: HexErrorKind,
}

/// The kinds of [`HexError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HexErrorKind {
    /// A character that is not a hex digit.
    BadDigit(char),
    /// Memory-order hex must have exactly the number of digits the width needs.
    WrongLength {
        /// Digits required.
        expected: usize,
        /// Digits found.
        found: usize,
    },
    /// An integer (`0x`) operand with more significant digits than fit the width.
    TooLong {
        /// The maximum number of digits.
        max: usize,
        /// Digits found.
        found: usize,
    },
    /// Nothing after `0x`, or an empty operand.
    Empty,
    /// A wide operand whose digit count is not 32, 64 or 128 (128, 256 or 512 bits).
    NotARegisterWidth {
        /// Digits found.
        found: usize,
    },
    /// An SVE `Z` operand whose digit count is not a multiple of 32 from 32 to
    /// 512 (1 to 16 128-bit segments).
    NotAnSveWidth {
        /// Digits found.
        found: usize,
    },
    /// A RISC-V vector register group whose digit count is not 32, 64, 128 or
    /// 256 (LMUL 1, 2, 4 or 8 at VLEN = 128).
    NotAGroupWidth {
        /// Digits found.
        found: usize,
    },
}

impl fmt::Display for HexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            HexErrorKind::BadDigit(c) => write!(f, "'{}' is not a hex digit", c.escape_debug()),
            HexErrorKind::WrongLength { expected, found } => write!(
                f,
                "memory-order hex needs exactly {expected} digits, found {found}"
            ),
            HexErrorKind::TooLong { max, found } => write!(
                f,
                "0x value has {found} digits, at most {max} fit the register"
            ),
            HexErrorKind::Empty => write!(f, "empty hex value"),
            HexErrorKind::NotARegisterWidth { found } => write!(
                f,
                "a register operand needs 32, 64 or 128 hex digits, found {found}"
            ),
            HexErrorKind::NotAnSveWidth { found } => write!(
                f,
                "an SVE Z operand needs a multiple of 32 hex digits from 32 to 512 \
                 (16 to 256 bytes), found {found}"
            ),
            HexErrorKind::NotAGroupWidth { found } => write!(
                f,
                "a vector register group needs 32, 64, 128 or 256 hex digits (LMUL 1, 2, 4, 8), found {found}"
            ),
        }
    }
}

const fn digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn bad_digit(text: &str, at: usize) -> HexError {
    // `at` follows only ASCII digits, so it is a char boundary; `get` keeps this panic-free anyway.
    let c = text.get(at..).and_then(|t| t.chars().next()).unwrap_or('?');
    HexError {
        column: at,
        kind: HexErrorKind::BadDigit(c),
    }
}

/// Parses memory-order hex of exactly `2 * out.len()` digits into `out`
/// (byte 0 first).
///
/// # Errors
/// A [`HexError`] for a bad digit or a wrong number of digits.
pub fn parse_mem_bytes(text: &str, out: &mut [u8]) -> Result<(), HexError> {
    let bytes = text.as_bytes();
    // Report the first bad digit before a length problem: it is the more precise message.
    for (i, &c) in bytes.iter().enumerate() {
        if digit(c).is_none() {
            return Err(bad_digit(text, i));
        }
    }
    if bytes.len() != 2 * out.len() {
        return Err(HexError {
            column: 0,
            kind: HexErrorKind::WrongLength {
                expected: 2 * out.len(),
                found: bytes.len(),
            },
        });
    }
    for (o, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
        // Both digits were validated above.
        let hi = digit(pair[0]).unwrap_or(0);
        let lo = digit(pair[1]).unwrap_or(0);
        *o = (hi << 4) | lo;
    }
    Ok(())
}

/// Parses 32 memory-order hex digits (byte 0 first) into a register value.
///
/// # Errors
/// A [`HexError`] for a bad digit or a length other than 32.
pub fn parse_mem_hex(text: &str) -> Result<u128, HexError> {
    let mut b = [0u8; 16];
    parse_mem_bytes(text, &mut b)?;
    Ok(from_bytes(b))
}

/// Parses the digits of an integer-notation value (without the `0x`), most
/// significant first, at most `max_digits` of them, into little-endian bytes.
///
/// # Errors
/// A [`HexError`] for no digits, a bad digit, or too many digits.
pub fn parse_int_digits(digits: &str, out: &mut [u8]) -> Result<(), HexError> {
    let bytes = digits.as_bytes();
    if bytes.is_empty() {
        return Err(HexError {
            column: 0,
            kind: HexErrorKind::Empty,
        });
    }
    for (i, &c) in bytes.iter().enumerate() {
        if digit(c).is_none() {
            return Err(bad_digit(digits, i));
        }
    }
    let max = 2 * out.len();
    if bytes.len() > max {
        return Err(HexError {
            column: 0,
            kind: HexErrorKind::TooLong {
                max,
                found: bytes.len(),
            },
        });
    }
    out.fill(0);
    // Walk from the least significant digit.
    for (k, &c) in bytes.iter().rev().enumerate() {
        let d = digit(c).unwrap_or(0);
        out[k / 2] |= d << (4 * (k % 2));
    }
    Ok(())
}

/// Parses `0x`-prefixed integer hex (1 to 32 digits) into a register value.
///
/// # Errors
/// A [`HexError`] when the prefix is missing, a digit is bad or the value is too wide.
pub fn parse_int_hex(text: &str) -> Result<u128, HexError> {
    let Some(digits) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) else {
        return Err(match text.as_bytes().first() {
            None => HexError {
                column: 0,
                kind: HexErrorKind::Empty,
            },
            Some(_) => bad_digit(text, 0),
        });
    };
    let mut b = [0u8; 16];
    parse_int_digits(digits, &mut b).map_err(|e| HexError {
        column: e.column + 2,
        ..e
    })?;
    Ok(from_bytes(b))
}

/// Parses either notation: `0x...` is the integer value, anything else is 32
/// memory-order digits.
///
/// # Errors
/// A [`HexError`] describing the first problem.
pub fn parse_hex(text: &str) -> Result<u128, HexError> {
    if text.starts_with("0x") || text.starts_with("0X") {
        parse_int_hex(text)
    } else {
        parse_mem_hex(text)
    }
}

/// Formats a register value as 32 lowercase memory-order hex digits (byte 0 first).
///
/// ```
/// use crypto_insn::reg::{MemHex, from_bytes};
/// let v = from_bytes([0x5d, 0x47, 0x53, 0x5d, 0x72, 0x6f, 0x74, 0x63,
///                     0x65, 0x56, 0x74, 0x73, 0x65, 0x54, 0x5b, 0x7b]);
/// assert_eq!(MemHex(v).to_string(), "5d47535d726f74636556747365545b7b");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemHex(pub u128);

impl fmt::Display for MemHex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in to_bytes(self.0) {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

/// Formats a register value as Intel-style integer hex: `0x` and 32 lowercase
/// digits, most significant first.
///
/// ```
/// use crypto_insn::reg::{IntHex, parse_mem_hex};
/// let v = parse_mem_hex("5d47535d726f74636556747365545b7b").unwrap();
/// assert_eq!(IntHex(v).to_string(), "0x7b5b54657374566563746f725d53475d");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntHex(pub u128);

impl fmt::Display for IntHex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#034x}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notations_are_byte_reversals() {
        // DEVELOPERS.md / shared/vectors/intel-aesni-whitepaper.txt example.
        let mem = parse_mem_hex("5d47535d726f74636556747365545b7b").unwrap();
        let int = parse_int_hex("0x7b5b54657374566563746f725d53475d").unwrap();
        assert_eq!(mem, int);
        assert_eq!(mem, 0x7b5b54657374566563746f725d53475d);
        assert_eq!(to_bytes(mem)[0], 0x5d);
        assert_eq!(
            to_halves(mem),
            [0x6374_6f72_5d53_475d, 0x7b5b_5465_7374_5665]
        );
        assert_eq!(from_halves(to_halves(mem)), mem);
        assert_eq!(from_dwords(to_dwords(mem)), mem);
        assert_eq!(to_dwords(mem)[0], 0x5d53475d);
    }

    #[test]
    fn short_integer_hex_is_zero_extended() {
        assert_eq!(parse_int_hex("0x1").unwrap(), 1);
        assert_eq!(parse_hex("0xABCD").unwrap(), 0xabcd);
    }

    #[test]
    fn errors_have_positions() {
        let e = parse_mem_hex("5d47535d726f7463655674736554zb7b").unwrap_err();
        assert_eq!(e.column, 28);
        assert_eq!(e.kind, HexErrorKind::BadDigit('z'));
        let e = parse_mem_hex("5d47").unwrap_err();
        assert_eq!(
            e.kind,
            HexErrorKind::WrongLength {
                expected: 32,
                found: 4
            }
        );
        let e = parse_int_hex("0x").unwrap_err();
        assert_eq!((e.column, e.kind), (2, HexErrorKind::Empty));
        let e = parse_int_hex("0x100000000000000000000000000000000").unwrap_err();
        assert!(matches!(
            e.kind,
            HexErrorKind::TooLong { max: 32, found: 33 }
        ));
        let e = parse_hex("0xé").unwrap_err();
        assert_eq!((e.column, e.kind), (2, HexErrorKind::BadDigit('é')));
    }
}
