//! The host CPU's own instructions as the reference for guest instructions,
//! keyed by architecture and mnemonic as the registry spells them (`diff`,
//! the fuzz programs and the tests call it for every registry row and compare).
//!
//! On x86-64 the reference for an x86 instruction is the instruction itself
//! (raw intrinsics, [`crate::oracle`]); for an Arm instruction it is a
//! composition of x86 instructions from the identities in the manuals
//! (`AESE(s,k) = AESENCLAST(s^k, 0)`, `AESMC(s) = AESENC(AESDECLAST(s,0), 0)`,
//! `PMULL = PCLMULQDQ 0x00`, the SHA instructions through [`crate::cross`]); on
//! AArch64 the reverse. None of it uses the library: it is written here, by
//! hand, from the manuals.

#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
use crate::cross;

/// `u128` from four dwords, dword 0 in bits 31:0 (the AArch64 reference's
/// AESKEYGENASSIST).
#[cfg(target_arch = "aarch64")]
fn from_dwords(d: [u32; 4]) -> u128 {
    d.iter()
        .rev()
        .fold(0, |acc, &x| (acc << 32) | u128::from(x))
}

/// A reference implementation: the architecture name and mnemonic (as the
/// registry spells them), the immediate and the sources (each a slice of
/// 128-bit lanes) in, the whole destination register's lanes out (`None`: no
/// host instruction for this op).
type RefFn = Box<dyn Fn(&str, &str, u8, &[&[u128]]) -> Option<Vec<u128>>>;

/// The host's reference, if this host can compute ops natively.
pub struct Reference {
    /// What the reference is, for reports.
    pub name: &'static str,
    f: Option<RefFn>,
}

#[cfg(target_arch = "x86_64")]
pub fn host_reference() -> Reference {
    use crate::oracle::x86::{Extensions, Oracle};
    let Some(cpu) = Oracle::detect() else {
        return Reference {
            name: "none (this CPU has no AES-NI)",
            f: None,
        };
    };
    let ext = Extensions::detect();
    let f = move |arch: &str, m: &str, imm: u8, v: &[&[u128]]| -> Option<Vec<u128>> {
        eval_x86(cpu, ext, arch, m, imm, v)
    };
    Reference {
        name: "host x86 crypto instructions",
        f: Some(Box::new(f)),
    }
}

/// The x86 host's reference for one instruction (see [`host_reference`]).
#[cfg(target_arch = "x86_64")]
fn eval_x86(
    cpu: crate::oracle::x86::Oracle,
    ext: crate::oracle::x86::Extensions,
    arch: &str,
    m: &str,
    imm: u8,
    v: &[&[u128]],
) -> Option<Vec<u128>> {
    // AArch32 is the A64 instruction with another spelling; VMULL.P64 is
    // PCLMULQDQ 0x00 of the two D registers.
    if arch == "arm32" {
        if m == "vmull_p64" {
            let d = |i: usize| v.get(i).and_then(|x| x.first().copied()).unwrap_or(0) & MASK64;
            return ext.clmul.then(|| vec![cpu.pclmulqdq(d(0), d(1), 0)]);
        }
        return eval_x86(cpu, ext, "arm", m, imm, v);
    }
    // SVE2: the A64 instruction on each 128-bit segment (PMULLB/T = PMULL/PMULL2).
    if let Some(base) = m.strip_prefix("sve_") {
        let base = match base {
            "pmullb" => "pmull",
            "pmullt" => "pmull2",
            b => b,
        };
        let n = v.first()?.len();
        let mut out = Vec::with_capacity(n);
        for seg in 0..n {
            let lanes: Vec<[u128; 1]> = v
                .iter()
                .map(|x| [x.get(seg).copied().unwrap_or(0)])
                .collect();
            let refs: Vec<&[u128]> = lanes.iter().map(|l| &l[..]).collect();
            out.push(*eval_x86(cpu, ext, "arm", base, imm, &refs)?.first()?);
        }
        return Some(out);
    }
    {
        let lane = |i: usize| v.get(i).and_then(|x| x.first().copied()).unwrap_or(0);
        let (a, b, c) = (lane(0), lane(1), lane(2));
        let sha = |r: u128| ext.sha.then_some(r);
        let x = match (arch, m) {
            ("x86", "aesenc") => cpu.aesenc(a, b),
            ("x86", "aesenclast") => cpu.aesenclast(a, b),
            ("x86", "aesdec") => cpu.aesdec(a, b),
            ("x86", "aesdeclast") => cpu.aesdeclast(a, b),
            ("x86", "aesimc") => cpu.aesimc(a),
            ("x86", "aeskeygenassist") => cpu.aeskeygenassist(a, imm),
            // Arm on AES-NI, from the identities (not the library's backend).
            ("arm", "aese") => cpu.aesenclast(a ^ b, 0),
            ("arm", "aesd") => cpu.aesdeclast(a ^ b, 0),
            ("arm", "aesmc") => cpu.aesenc(cpu.aesdeclast(a, 0), 0),
            ("arm", "aesimc") => cpu.aesimc(a),
            ("x86", "pclmulqdq") if ext.clmul => cpu.pclmulqdq(a, b, imm),
            // PMULL = PCLMULQDQ imm 0x00, PMULL2 = imm 0x11.
            ("arm", "pmull") if ext.clmul => cpu.pclmulqdq(a, b, 0x00),
            ("arm", "pmull2") if ext.clmul => cpu.pclmulqdq(a, b, 0x11),
            ("x86", "sha1rnds4") => sha(cpu.sha1rnds4(a, b, imm))?,
            ("x86", "sha1nexte")
            | ("x86", "sha1msg1")
            | ("x86", "sha1msg2")
            | ("x86", "sha256msg1")
            | ("x86", "sha256msg2") => sha(cpu.sha2op(m, a, b))?,
            ("x86", "sha256rnds2") => sha(cpu.sha256rnds2(a, b, c))?,
            // The Arm SHA instructions composed from SHA-NI (`testutil::cross`).
            ("arm", "sha1c")
            | ("arm", "sha1p")
            | ("arm", "sha1m")
            | ("arm", "sha1h")
            | ("arm", "sha1su0")
            | ("arm", "sha1su1")
            | ("arm", "sha256h")
            | ("arm", "sha256h2")
            | ("arm", "sha256su0")
            | ("arm", "sha256su1")
                if ext.sha =>
            {
                let sha_ni = |n: &str, a, b, c, i| cpu.sha(n, a, b, c, i);
                cross::arm_from_x86(m, a, b, c, sha_ni)?
            }
            ("x86", "vaesenc")
            | ("x86", "vaesenclast")
            | ("x86", "vaesdec")
            | ("x86", "vaesdeclast")
            | ("x86", "vpclmulqdq") => {
                return wide_reference(cpu, ext, m, imm, v);
            }
            ("x86", "gf2p8affineqb") | ("x86", "gf2p8affineinvqb") | ("x86", "gf2p8mulb")
                if ext.gfni =>
            {
                return gfni_reference(cpu, ext, m, imm, v);
            }
            // POWER: the AES state byte i is ISA byte i, so the register value
            // (ISA byte 0 most significant) byte-reversed is the x86 state.
            ("ppc64", "vcipher") => cpu.aesenc(a.swap_bytes(), b.swap_bytes()).swap_bytes(),
            ("ppc64", "vcipherlast") => cpu.aesenclast(a.swap_bytes(), b.swap_bytes()).swap_bytes(),
            // vncipher adds the key before InvMixColumns: AESIMC(AESDECLAST(s, k)).
            ("ppc64", "vncipher") => cpu
                .aesimc(cpu.aesdeclast(a.swap_bytes(), b.swap_bytes()))
                .swap_bytes(),
            ("ppc64", "vncipherlast") => {
                cpu.aesdeclast(a.swap_bytes(), b.swap_bytes()).swap_bytes()
            }
            // vsbox: SubBytes alone = AESENCLAST(InvShiftRows(s), 0) (bytewise, so
            // in either byte order).
            ("ppc64", "vsbox") => cpu.aesenclast(inv_shift_rows(a), 0),
            // vpmsumd: the XOR of the two 64x64 products of the doublewords.
            ("ppc64", "vpmsumd") if ext.clmul => {
                cpu.pclmulqdq(a, b, 0x00) ^ cpu.pclmulqdq(a, b, 0x11)
            }
            // RISC-V: the 128-bit state is rs2:rs1 (rs1 the low columns); the
            // "middle" rounds are the x86 rounds with a zero key, rd the low half.
            ("rv64", "aes64es") => low64(cpu.aesenclast(rv_state(a, b), 0)),
            ("rv64", "aes64esm") => low64(cpu.aesenc(rv_state(a, b), 0)),
            ("rv64", "aes64ds") => low64(cpu.aesdeclast(rv_state(a, b), 0)),
            ("rv64", "aes64dsm") => low64(cpu.aesdec(rv_state(a, b), 0)),
            ("rv64", "aes64im") => low64(cpu.aesimc(a & u128::from(u64::MAX))),
            ("rv64", "clmul") if ext.clmul => low64(cpu.pclmulqdq(a & MASK64, b & MASK64, 0)),
            ("rv64", "clmulh") if ext.clmul => cpu.pclmulqdq(a & MASK64, b & MASK64, 0) >> 64,
            ("rv32", "clmul") if ext.clmul => cpu.pclmulqdq(a & MASK32, b & MASK32, 0) & MASK32,
            ("rv32", "clmulh") if ext.clmul => {
                (cpu.pclmulqdq(a & MASK32, b & MASK32, 0) >> 32) & MASK32
            }
            _ => return None,
        };
        Some(vec![x])
    }
}

#[cfg(target_arch = "x86_64")]
const MASK64: u128 = u64::MAX as u128;
#[cfg(target_arch = "x86_64")]
const MASK32: u128 = u32::MAX as u128;

/// The low 64 bits.
#[cfg(target_arch = "x86_64")]
fn low64(x: u128) -> u128 {
    x & MASK64
}

/// RISC-V `aes64*`'s 128-bit state from `rs1` (low) and `rs2` (high).
#[cfg(target_arch = "x86_64")]
fn rv_state(rs1: u128, rs2: u128) -> u128 {
    (rs1 & MASK64) | (rs2 << 64)
}

/// FIPS-197 InvShiftRows on a state in the crate's byte order (byte `r + 4c`
/// is row `r`, column `c`): row `r` moves right by `r` columns.
#[cfg(target_arch = "x86_64")]
fn inv_shift_rows(s: u128) -> u128 {
    let b = s.to_le_bytes();
    let mut o = [0u8; 16];
    for c in 0..4 {
        for r in 0..4 {
            o[r + 4 * ((c + r) % 4)] = b[r + 4 * c];
        }
    }
    u128::from_le_bytes(o)
}

/// GFNI at 128, 256 and 512 bits through the host's own GFNI instructions
/// (`crate::oracle`), the immediate encoded in the instruction.
#[cfg(target_arch = "x86_64")]
fn gfni_reference(
    cpu: crate::oracle::x86::Oracle,
    ext: crate::oracle::x86::Extensions,
    m: &str,
    imm: u8,
    v: &[&[u128]],
) -> Option<Vec<u128>> {
    let (x, a) = (v.first()?, v.get(1)?);
    fn go<const N: usize>(
        cpu: crate::oracle::x86::Oracle,
        m: &str,
        imm: u8,
        x: &[u128],
        a: &[u128],
    ) -> Option<Vec<u128>> {
        let x: [u128; N] = x.try_into().ok()?;
        let a: [u128; N] = a.try_into().ok()?;
        let r = match m {
            "gf2p8affineqb" => cpu.gf2p8affine(false, x, a, imm),
            "gf2p8affineinvqb" => cpu.gf2p8affine(true, x, a, imm),
            _ => cpu.gf2p8mulb(x, a),
        };
        Some(r.to_vec())
    }
    match x.len() {
        1 => go::<1>(cpu, m, imm, x, a),
        2 => go::<2>(cpu, m, imm, x, a),
        4 if ext.gfni512 => go::<4>(cpu, m, imm, x, a),
        _ => None,
    }
}

/// The wide x86 ops: 256-bit registers through the real 256-bit instruction
/// when the CPU has VAES/VPCLMULQDQ, other widths lane by lane through the
/// 128-bit instructions.
#[cfg(target_arch = "x86_64")]
fn wide_reference(
    cpu: crate::oracle::x86::Oracle,
    ext: crate::oracle::x86::Extensions,
    m: &str,
    imm: u8,
    v: &[&[u128]],
) -> Option<Vec<u128>> {
    let (s, k) = (v.first()?, v.get(1)?);
    let which = match m {
        "vaesenc" => 0,
        "vaesenclast" => 1,
        "vaesdec" => 2,
        "vaesdeclast" => 3,
        _ => 4,
    };
    if s.len() == 2 && k.len() == 2 && ext.wide {
        let (a, b) = ([s[0], s[1]], [k[0], k[1]]);
        let r = if which == 4 {
            cpu.vpclmulqdq256(a, b, imm)
        } else {
            cpu.vaes256(which, a, b)
        };
        return Some(r.to_vec());
    }
    if which == 4 && !ext.clmul {
        return None;
    }
    let lanes: Vec<u128> = (0..s.len().min(k.len()))
        .map(|i| {
            let (a, b) = (s[i], k[i]);
            match which {
                0 => cpu.aesenc(a, b),
                1 => cpu.aesenclast(a, b),
                2 => cpu.aesdec(a, b),
                3 => cpu.aesdeclast(a, b),
                _ => cpu.pclmulqdq(a, b, imm),
            }
        })
        .collect();
    Some(lanes)
}

#[cfg(target_arch = "aarch64")]
pub fn host_reference() -> Reference {
    use crate::oracle::arm::Oracle;
    let Some(cpu) = Oracle::detect() else {
        return Reference {
            name: "none (this CPU has no FEAT_AES)",
            f: None,
        };
    };
    let pmull = std::arch::is_aarch64_feature_detected!("pmull");
    let sha = std::arch::is_aarch64_feature_detected!("sha2");
    // x86 AESENC & co. on ARMv8, from the identities (not the library's backend).
    let x86_round = move |which: u8, a: u128, b: u128| match which {
        0 => cpu.aesmc(cpu.aese(a, 0)) ^ b,
        1 => cpu.aese(a, 0) ^ b,
        2 => cpu.aesimc(cpu.aesd(a, 0)) ^ b,
        _ => cpu.aesd(a, 0) ^ b,
    };
    // PCLMULQDQ on PMULL: move the selected qwords to the low halves.
    let clmul = move |a: u128, b: u128, imm: u8| {
        let x = if imm & 0x01 == 0 { a } else { a >> 64 };
        let y = if imm & 0x10 == 0 { b } else { b >> 64 };
        cpu.pmull(x, y, false)
    };
    // FEAT_SHA512/SHA3/SM3/SM4 through their own instructions, when present.
    let v82 = crate::oracle::arm_v82::Oracle::detect();
    let f = move |arch: &str, m: &str, imm: u8, v: &[&[u128]]| -> Option<Vec<u128>> {
        let lane = |i: usize| v.get(i).and_then(|x| x.first().copied()).unwrap_or(0);
        const V82: [&str; 17] = [
            "sha512h",
            "sha512h2",
            "sha512su0",
            "sha512su1",
            "eor3",
            "rax1",
            "xar",
            "bcax",
            "sm3ss1",
            "sm3tt1a",
            "sm3tt1b",
            "sm3tt2a",
            "sm3tt2b",
            "sm3partw1",
            "sm3partw2",
            "sm4e",
            "sm4ekey",
        ];
        if arch == "arm" && V82.contains(&m) {
            let o = v82?;
            return Some(vec![o.exec(m, &[lane(0), lane(1), lane(2)], imm)]);
        }
        let (a, b, c) = (lane(0), lane(1), lane(2));
        let x = match (arch, m) {
            ("arm", "aese") => cpu.aese(a, b),
            ("arm", "aesd") => cpu.aesd(a, b),
            ("arm", "aesmc") => cpu.aesmc(a),
            ("arm", "aesimc") => cpu.aesimc(a),
            ("x86", "aesenc") => x86_round(0, a, b),
            ("x86", "aesenclast") => x86_round(1, a, b),
            ("x86", "aesdec") => x86_round(2, a, b),
            ("x86", "aesdeclast") => x86_round(3, a, b),
            ("x86", "aesimc") => cpu.aesimc(a),
            ("x86", "aeskeygenassist") => {
                // AESE(a, 0) = ShiftRows(SubBytes(a)); undo the ShiftRows byte
                // moves to read SubWord(X1) and SubWord(X3), then rotate and XOR.
                let y = cpu.aese(a, 0).to_le_bytes();
                let sb = |j: usize| y[(j % 4) + 4 * (((j / 4) + 4 - (j % 4)) % 4)];
                let word = |j: usize| u32::from_le_bytes([sb(j), sb(j + 1), sb(j + 2), sb(j + 3)]);
                let (x1, x3) = (word(4), word(12));
                let r = u32::from(imm);
                from_dwords([x1, x1.rotate_right(8) ^ r, x3, x3.rotate_right(8) ^ r])
            }
            ("arm", "pmull") if pmull => cpu.pmull(a, b, false),
            ("arm", "pmull2") if pmull => cpu.pmull(a, b, true),
            ("x86", "pclmulqdq") if pmull => clmul(a, b, imm),
            ("arm", "sha1c")
            | ("arm", "sha1p")
            | ("arm", "sha1m")
            | ("arm", "sha1su0")
            | ("arm", "sha256h")
            | ("arm", "sha256h2")
            | ("arm", "sha256su1")
                if sha =>
            {
                cpu.sha(m, a, b, c)
            }
            ("arm", "sha1su1") | ("arm", "sha256su0") if sha => cpu.sha(m, a, b, 0),
            ("arm", "sha1h") if sha => cpu.sha("sha1h", a, 0, 0),
            // The x86 SHA-NI instructions composed from Arm's (`testutil::cross`).
            ("x86", "sha1rnds4")
            | ("x86", "sha1nexte")
            | ("x86", "sha1msg1")
            | ("x86", "sha1msg2")
            | ("x86", "sha256rnds2")
            | ("x86", "sha256msg1")
            | ("x86", "sha256msg2")
                if sha =>
            {
                let arm_sha = |n: &str, d, nn, m| cpu.sha(n, d, nn, m);
                cross::x86_from_arm(m, a, b, c, imm, arm_sha)?
            }
            ("x86", "vaesenc")
            | ("x86", "vaesenclast")
            | ("x86", "vaesdec")
            | ("x86", "vaesdeclast")
            | ("x86", "vpclmulqdq") => {
                let (s, k) = (v.first()?, v.get(1)?);
                let which = match m {
                    "vaesenc" => 0,
                    "vaesenclast" => 1,
                    "vaesdec" => 2,
                    "vaesdeclast" => 3,
                    _ if pmull => 4,
                    _ => return None,
                };
                let lanes: Vec<u128> = (0..s.len().min(k.len()))
                    .map(|i| {
                        if which == 4 {
                            clmul(s[i], k[i], imm)
                        } else {
                            x86_round(which, s[i], k[i])
                        }
                    })
                    .collect();
                return Some(lanes);
            }
            _ => return None,
        };
        Some(vec![x])
    };
    Reference {
        name: "host ARMv8 crypto instructions",
        f: Some(Box::new(f)),
    }
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
pub fn host_reference() -> Reference {
    Reference {
        name: "none (no crypto instructions known on this host)",
        f: None,
    }
}

impl Reference {
    /// The reference result for `mnemonic` of `arch` (`"x86"`, `"arm"`), or
    /// `None` where this host has no instruction for it (or no crypto
    /// instructions at all).
    #[must_use]
    pub fn eval(&self, arch: &str, mnemonic: &str, imm: u8, srcs: &[&[u128]]) -> Option<Vec<u128>> {
        self.f.as_ref().and_then(|f| f(arch, mnemonic, imm, srcs))
    }

    /// Whether this host has a reference at all.
    #[must_use]
    pub fn available(&self) -> bool {
        self.f.is_some()
    }
}
