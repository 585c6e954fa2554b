//! Zvksh: ShangMi suite vector SM3 hash (RISC-V Cryptography Extensions
//! Volume II v1.0, "Zvksh"): `vsm3me.vv`, `vsm3c.vi`.
//!
//! EGW = 256, EGS = 8, SEW = 32: an element group is eight 32-bit elements,
//! here `[u32; 8]` with element 0 first. Unlike Zvksed and Zvknh, the
//! instructions byte-swap every element on input and output (`rev8` in the
//! specification's pseudocode): an element holds an SM3 word in memory
//! (big-endian) byte order, as `vle32.v` loads a message, so element value
//! `e` stands for the word `e.swap_bytes()`.
//!
//! - `vsm3me.vv vd, vs2, vs1`: message expansion. `vs1 = {W0 .. W7}`, `vs2 =
//!   {W8 .. W15}`; the result is `{W16 .. W23}` with [`crate::math::sm3::expand_next`].
//! - `vsm3c.vi vd, vs2, rnds`: two compression rounds `j = 2·rnds` and
//!   `2·rnds + 1` ([`crate::math::sm3::round`]) on `vd = {A, B, C, D, E, F,
//!   G, H}`, with `vs2 = {W[j], W[j+1], _, _, W[j+4], W[j+5], _, _}`; the
//!   result is the state after both rounds in the same order.
//!
//! `vd` must not overlap `vs2` ([`super::v::execute`] checks it).
//!
//! # Examples
//!
//! ```
//! use crypto_insn::riscv::zvksh;
//! // Elements hold SM3 words in memory (big-endian) byte order, as vle32.v
//! // loads a message.
//! let e = |w: &[u32]| -> [u32; 8] { core::array::from_fn(|i| w[i].swap_bytes()) };
//! // GB/T 32905-2016 Appendix A.1, message "abc": W0 .. W15 of the padded block
//! // and the expanded words W16 .. W23.
//! let mut w = [0u32; 16];
//! w[0] = 0x6162_6380;
//! w[15] = 0x0000_0018;
//! let w16_23 = [0x9092_e200, 0, 0x000c_0606, 0x719c_70ed, 0, 0x8001_801f, 0x939f_7da9, 0];
//! // vsm3me.vv vd, vs2 = {W8 .. W15}, vs1 = {W0 .. W7}
//! assert_eq!(zvksh::vsm3me(e(&w[8..]), e(&w[..8])), e(&w16_23));
//! ```

use super::{Illegal, imm};
use crate::math::sm3;

/// The words an element group stands for (each element byte-swapped).
fn words(g: [u32; 8]) -> [u32; 8] {
    g.map(u32::swap_bytes)
}

/// `vsm3me.vv vd, vs2, vs1`: eight words of the SM3 message expansion
/// (GB/T 32905-2016 5.3.2): from `W0 .. W7` (`vs1`) and `W8 .. W15` (`vs2`),
/// `W16 .. W23`.
#[must_use]
pub fn vsm3me(vs2: [u32; 8], vs1: [u32; 8]) -> [u32; 8] {
    let mut w = [0u32; 24];
    w[..8].copy_from_slice(&words(vs1));
    w[8..16].copy_from_slice(&words(vs2));
    for j in 16..24 {
        w[j] = sm3::expand_next(w[j - 16], w[j - 9], w[j - 3], w[j - 13], w[j - 6]);
    }
    let mut out = [0u32; 8];
    out.copy_from_slice(&w[16..]);
    words(out)
}

/// `vsm3c.vi vd, vs2, rnds`: SM3 compression rounds `2·rnds` and `2·rnds + 1`
/// (GB/T 32905-2016 5.3.3) on the state `vd = {A .. H}`, with `W[j] = vs2[0]`,
/// `W[j+1] = vs2[1]`, `W'[j] = vs2[0] ^ vs2[4]`, `W'[j+1] = vs2[1] ^ vs2[5]`.
/// Every `rnds` (0-31) is valid.
///
/// # Errors
/// [`Illegal::Immediate`] for `rnds > 31` (a 5-bit field).
pub fn vsm3c(vd: [u32; 8], vs2: [u32; 8], rnds: u8) -> Result<[u32; 8], Illegal> {
    let j = 2 * u32::from(imm(rnds, 31)?);
    let w = words(vs2);
    let s = sm3::round(j, words(vd), w[0], w[0] ^ w[4]);
    let s = sm3::round(j + 1, s, w[1], w[1] ^ w[5]);
    Ok(words(s))
}
