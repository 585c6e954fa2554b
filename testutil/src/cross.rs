//! Each architecture's SHA instructions computed from the other's, by the
//! identities below (derived from the Intel SDM's and the Arm ARM's pseudocode,
//! independently of the library's code). The instructions are passed in as a
//! function of the mnemonic, so the same composition runs on a host's raw
//! intrinsics (the differential tests and `crypto-insn diff`) and on the
//! library's helpers (a host-independent property test).
//!
//! Two conventions meet here:
//! - Intel's SHA-1 registers hold words top first (`A` or `W0` in bits
//!   127:96); Arm's hold them bottom first (`a` or `W0` in bits 31:0). The
//!   SHA-1 identities therefore reverse the dword order ([`rev`]) on the way in
//!   and out.
//! - Both SHA-256 message formats have `W0` in bits 31:0, but the state is split
//!   differently: Intel `{A, B, E, F}` / `{C, D, G, H}` (top first), Arm
//!   `{a, b, c, d}` / `{e, f, g, h}` (bottom first).
//!
//! Intel's SHA1RNDS4 adds the round constant itself (chosen by `imm8`) and
//! SHA256RNDS2 does two rounds; Arm's SHA1C/P/M expect the constant already in
//! `wk`, and SHA256H/H2 do four rounds. The identities subtract or add the
//! constant and read two-round results out of the four-round outputs.

/// Lane-wise 32-bit `a + b` (`PADDD` / `ADD Vd.4S`): glue, not an instruction
/// under test.
#[must_use]
pub fn add32(a: u128, b: u128) -> u128 {
    let (a, b) = (dwords(a), dwords(b));
    from_dwords(core::array::from_fn(|i| a[i].wrapping_add(b[i])))
}

/// Lane-wise 32-bit `a - b`.
#[must_use]
pub fn sub32(a: u128, b: u128) -> u128 {
    let (a, b) = (dwords(a), dwords(b));
    from_dwords(core::array::from_fn(|i| a[i].wrapping_sub(b[i])))
}

/// The dwords of a register, `[0]` = bits 31:0.
#[must_use]
pub fn dwords(v: u128) -> [u32; 4] {
    core::array::from_fn(|i| (v >> (32 * i)) as u32)
}

/// A register from its dwords, `[0]` = bits 31:0.
#[must_use]
pub fn from_dwords(d: [u32; 4]) -> u128 {
    d.iter()
        .enumerate()
        .fold(0, |acc, (i, &w)| acc | (u128::from(w) << (32 * i)))
}

/// The dwords in reverse order (Intel's top-first SHA-1 layout <-> Arm's).
#[must_use]
pub fn rev(v: u128) -> u128 {
    let d = dwords(v);
    from_dwords([d[3], d[2], d[1], d[0]])
}

/// The SHA-1 round constant for rounds `20 * i ..` (FIPS 180-4 4.2.1).
const SHA1_K: [u32; 4] = [0x5a82_7999, 0x6ed9_eba1, 0x8f1b_bcdc, 0xca62_c1d6];

fn broadcast(w: u32) -> u128 {
    from_dwords([w; 4])
}

/// x86 SHA-NI instructions for the compositions: `(mnemonic, src1, src2, src3,
/// imm8)`, the operands in Intel's order (`src3` is SHA256RNDS2's implicit
/// XMM0, `imm8` only SHA1RNDS4's).
pub trait X86Sha: Fn(&str, u128, u128, u128, u8) -> u128 {}
impl<F: Fn(&str, u128, u128, u128, u8) -> u128> X86Sha for F {}

/// Arm SHA instructions for the compositions: `(mnemonic, d, n, m)`, the
/// operands in instruction order (SHA1H's source is `d`, SHA1C/P/M's `e` is
/// the low 32 bits of `n`).
pub trait ArmSha: Fn(&str, u128, u128, u128) -> u128 {}
impl<F: Fn(&str, u128, u128, u128) -> u128> ArmSha for F {}

/// An Arm SHA instruction (`d`, `n`, `m` as in [`ArmSha`]) computed with x86
/// SHA-NI instructions; `None` for a mnemonic that is not one.
pub fn arm_from_x86(name: &str, d: u128, n: u128, m: u128, x86: impl X86Sha) -> Option<u128> {
    Some(match name {
        // SHA1C/P/M: four rounds with f = Ch / Parity / Maj. SHA1RNDS4 adds K
        // itself and E only into the first word (its W0+E convention); Arm adds
        // `e` in the first round and nothing else. So: take K back out of every
        // word, fold `e` into word 0, reverse the order both ways.
        "sha1c" | "sha1p" | "sha1m" => {
            let imm = match name {
                "sha1c" => 0,
                "sha1p" => 1,
                _ => 2,
            };
            let k = SHA1_K[usize::from(imm)];
            let w = add32(sub32(m, broadcast(k)), u128::from(n as u32));
            rev(x86("sha1rnds4", rev(d), rev(w), 0, imm))
        }
        // SHA1H: ROL(n[31:0], 30), zero-extended. SHA1NEXTE(a, 0) puts
        // ROL(a[127:96], 30) in bits 127:96 and zeros elsewhere.
        "sha1h" => x86("sha1nexte", (d & 0xffff_ffff) << 96, 0, 0, 0) >> 96,
        // SHA1SU0(d, n, m) = (n[63:0]:d[127:64]) ^ d ^ m; SHA1MSG1 computes the
        // first two terms in Intel's order.
        "sha1su0" => rev(x86("sha1msg1", rev(d), rev(n), 0, 0)) ^ m,
        // SHA1SU1 and SHA1MSG2 are the same computation in reversed order.
        "sha1su1" => rev(x86("sha1msg2", rev(d), rev(n), 0, 0)),
        // SHA256H / SHA256H2: four rounds as two SHA256RNDS2. With Intel's
        // state split, rounds 1-2 give {A2, A1, E2, E1} and rounds 3-4
        // {A4, A3, E4, E3}; Arm returns {a4, a3, a2, a1} or {e4, e3, e2, e1}.
        "sha256h" | "sha256h2" => {
            let (abcd, efgh) = if name == "sha256h" { (d, n) } else { (n, d) };
            let ([a, b, c, dd], [e, f, g, h]) = (dwords(abcd), dwords(efgh));
            let abef = from_dwords([f, e, b, a]);
            let cdgh = from_dwords([h, g, dd, c]);
            let r12 = dwords(x86("sha256rnds2", cdgh, abef, m, 0));
            let r34 = dwords(x86("sha256rnds2", abef, from_dwords(r12), m >> 64, 0));
            if name == "sha256h" {
                from_dwords([r34[3], r34[2], r12[3], r12[2]])
            } else {
                from_dwords([r34[1], r34[0], r12[1], r12[0]])
            }
        }
        // SHA256SU0 and SHA256MSG1 are the same instruction.
        "sha256su0" => x86("sha256msg1", d, n, 0, 0),
        // SHA256SU1 = SHA256MSG2 after adding W[t-7] (n[127:32] and m[31:0],
        // Intel's PALIGNR by 4).
        "sha256su1" => x86("sha256msg2", add32(d, (n >> 32) | (m << 96)), m, 0, 0),
        _ => return None,
    })
}

/// An x86 SHA-NI instruction (operands as in [`X86Sha`]) computed with Arm SHA
/// instructions; `None` for a mnemonic that is not one.
pub fn x86_from_arm(
    name: &str,
    a: u128,
    b: u128,
    c: u128,
    imm: u8,
    arm: impl ArmSha,
) -> Option<u128> {
    Some(match name {
        // SHA1RNDS4: the round function and K by imm8[1:0] (Parity for 1 and 3);
        // W0+E already sums E in, so Arm's `e` is 0 and K goes into every word.
        "sha1rnds4" => {
            let f = ["sha1c", "sha1p", "sha1m", "sha1p"][usize::from(imm & 3)];
            let wk = add32(rev(b), broadcast(SHA1_K[usize::from(imm & 3)]));
            rev(arm(f, rev(a), 0, wk))
        }
        // SHA1NEXTE: b + ROL(a[127:96], 30) in the top word.
        "sha1nexte" => add32(b, arm("sha1h", a >> 96, 0, 0) << 96),
        "sha1msg1" => rev(arm("sha1su0", rev(a), rev(b), 0)),
        "sha1msg2" => rev(arm("sha1su1", rev(a), rev(b), 0)),
        // SHA256RNDS2 from the four-round instructions: rounds 1-2 use wk[0],
        // wk[1]; their results are words 2-3 of each four-round output.
        "sha256rnds2" => {
            let ([f, e, bb, aa], [h, g, d, cc]) = (dwords(b), dwords(a));
            let abcd = from_dwords([aa, bb, cc, d]);
            let efgh = from_dwords([e, f, g, h]);
            let x = dwords(arm("sha256h", abcd, efgh, c));
            let y = dwords(arm("sha256h2", efgh, abcd, c));
            from_dwords([y[3], y[2], x[3], x[2]])
        }
        "sha256msg1" => arm("sha256su0", a, b, 0),
        // SHA256MSG2 = SHA256SU1 with nothing to add as W[t-7]: n = 0 and m's
        // word 0 (the one SU1 adds) cleared; m's words 2-3 are W14, W15.
        "sha256msg2" => arm("sha256su1", a, 0, b & !0xffff_ffff),
        _ => return None,
    })
}
