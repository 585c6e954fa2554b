//! Intel's 2024 SHA512, SM3 and SM4 instructions (VEX-encoded; the Intel
//! Architecture Instruction Set Extensions Programming Reference, "ISE"), run
//! as they are when the CPU has them:
//!
//! | family | CPUID.(EAX=07H,ECX=1):EAX | instructions |
//! |---|---|---|
//! | SHA512 | bit 0 | VSHA512RNDS2 ymm1, ymm2, xmm3; VSHA512MSG1 ymm1, xmm2; VSHA512MSG2 ymm1, ymm2 |
//! | SM3 | bit 1 | VSM3MSG1 / VSM3MSG2 xmm1, xmm2, xmm3; VSM3RNDS2 xmm1, xmm2, xmm3, imm8 |
//! | SM4 | bit 2 | VSM4KEY4 / VSM4RNDS4 xmm1, xmm2, xmm3 (the ymm forms: one per lane) |
//!
//! Every family also needs AVX2 (the VEX encodings and, for SHA512, the
//! VINSERTI128/VEXTRACTI128 that join a `[u128; 2]` into a YMM register and
//! split it again) with the YMM state enabled by the OS.
//!
//! # What was and was not verified
//! No CPU this crate was developed on has these instructions, and QEMU's TCG
//! implements none of them, so this file has not been executed. Three things
//! stand in for that:
//! - The encodings are the assembler's (LLVM's, from the ISE mnemonics in the
//!   ISE's Intel operand order, `DEST/SRCDEST, SRC1, SRC2`). They were checked
//!   byte by byte against the ISE's opcode column: VSHA512RNDS2 is `c4 e2 6f cb
//!   /r` (VEX.256.F2.0F38.W0 CB), VSHA512MSG1 `c4 e2 7f cc` (CC), VSHA512MSG2
//!   `c4 e2 7f cd` (CD), VSM3MSG1 `c4 e2 68 da` (VEX.128.NP.0F38.W0 DA),
//!   VSM3MSG2 `c4 e2 69 da` (66), VSM3RNDS2 `c4 e3 69 de /r ib`
//!   (VEX.128.66.0F3A.W0 DE), VSM4KEY4 `c4 e2 6a da` (F3.0F38 DA), VSM4RNDS4
//!   `c4 e2 6b da` (F2.0F38 DA): ModRM.reg the destination, VEX.vvvv SRC1,
//!   ModRM.r/m SRC2.
//! - A family is enabled only after a known-answer self-check at detection
//!   (`self_check`): each of its instructions on fixed registers must give
//!   the results of the guest helpers' portable code ([`KATS`], which
//!   `tests/x86_sha512_sm3_sm4.rs` recomputes through `X86(Soft)`). A CPU, or
//!   an emulator, whose answers differ keeps the portable path, so a mistake
//!   in this file costs speed, never a wrong result.
//! - The detection and the self-check are unit-tested with the CPUID bits and
//!   the instruction runner mocked (this file's tests).

use core::arch::asm;

use super::aes::V;
use crate::backend::HostInsn;

/// One of the three instruction families.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// SHA512 (`CPUID.(EAX=07H,ECX=1):EAX[bit 0]`).
    Sha512,
    /// SM3 (bit 1).
    Sm3,
    /// SM4 (bit 2).
    Sm4,
}

#[cfg(any(feature = "std", test))]
impl Family {
    /// The family's bit in `CPUID.(EAX=07H,ECX=1):EAX`.
    const fn cpuid_bit(self) -> u32 {
        match self {
            Family::Sha512 => 1 << 0,
            Family::Sm3 => 1 << 1,
            Family::Sm4 => 1 << 2,
        }
    }
}

/// Operands and result of one instruction, as the seam passes them: `a`, `b`
/// are the two 256-bit sources (`[lane 0, lane 1]`; the 128-bit instructions
/// read lane 0 of each), `c` the third source, `imm` the immediate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[doc(hidden)]
pub struct Kat {
    /// The instruction.
    pub insn: HostInsn,
    /// First source (SRCDEST or SRC1), lanes 0 and 1.
    pub a: [u128; 2],
    /// Second source, lanes 0 and 1.
    pub b: [u128; 2],
    /// Third source (SHA512RNDS2's xmm3, SM3's SRC2).
    pub c: u128,
    /// The immediate (VSM3RNDS2).
    pub imm: u8,
    /// The result (lane 1 is 0 for the 128-bit instructions).
    pub want: [u128; 2],
}

const KA: u128 = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210;
const KB: u128 = 0x0f1e_2d3c_4b5a_6978_8796_a5b4_c3d2_e1f0;
const KC: u128 = 0x243f_6a88_85a3_08d3_1319_8a2e_0370_7344;
const KD: u128 = 0xa409_3822_299f_31d0_082e_fa98_ec4e_6c89;

/// The known answers of the self-check: fixed registers and the results the
/// guest helpers' portable code (the ISE "Operation" sections) gives for them,
/// computed with `X86(Soft)` and checked against it by
/// `tests/x86_sha512_sm3_sm4.rs`.
#[doc(hidden)]
pub const KATS: [(Family, Kat); 9] = {
    use HostInsn::*;
    const fn k(
        insn: HostInsn,
        a: [u128; 2],
        b: [u128; 2],
        c: u128,
        imm: u8,
        want: [u128; 2],
    ) -> Kat {
        Kat {
            insn,
            a,
            b,
            c,
            imm,
            want,
        }
    }
    [
        (
            Family::Sha512,
            k(
                X86Sha512rnds2,
                [KA, KB],
                [KC, KD],
                KA ^ KC,
                0,
                [
                    0x1f64_3cd3_8615_6164_1a8c_28e8_d186_4311,
                    0x1991_725a_9f6f_f711_f6cb_aa8a_3feb_a953,
                ],
            ),
        ),
        (
            Family::Sha512,
            k(
                X86Sha512msg1,
                [KA, KB],
                [KC, 0],
                0,
                0,
                [
                    0xb367_2e9c_4658_d5c9_6e6f_8214_e2a3_4cb1,
                    0x5cd8_1cc5_bf18_12af_0734_da9e_2543_bbf7,
                ],
            ),
        ),
        (
            Family::Sha512,
            k(
                X86Sha512msg2,
                [KA, KB],
                [KC, KD],
                0,
                0,
                [
                    0xc607_36d8_6d07_8560_8ba3_08c1_54e5_7283,
                    0xd2ab_e015_3aad_a22b_78fd_6112_8733_0d3a,
                ],
            ),
        ),
        (
            Family::Sm3,
            k(
                X86Sm3msg1,
                [KA, 0],
                [KB, 0],
                KC,
                0,
                [0xc579_3376_0060_26bb_b87e_234b_4b00_4c43, 0],
            ),
        ),
        (
            Family::Sm3,
            k(
                X86Sm3msg2,
                [KA, 0],
                [KB, 0],
                KC,
                0,
                [0x84ab_1ce8_a13c_7919_2697_eaf5_9c54_b935, 0],
            ),
        ),
        (
            Family::Sm3,
            k(
                X86Sm3rnds2,
                [KA, 0],
                [KB, 0],
                KC,
                5,
                [0x10c6_2c5f_56cd_c3e2_0a24_b3be_f12d_9259, 0],
            ),
        ),
        (
            Family::Sm3,
            k(
                X86Sm3rnds2,
                [KA, 0],
                [KB, 0],
                KC,
                0x21,
                [0xae1f_6b52_c95b_9ee5_32a4_58c0_1738_619d, 0],
            ),
        ),
        (
            Family::Sm4,
            k(
                X86Sm4key4,
                [KA, 0],
                [KB, 0],
                0,
                0,
                [0x80fb_e40c_f7fb_2cfc_2d92_4dda_de83_197a, 0],
            ),
        ),
        (
            Family::Sm4,
            k(
                X86Sm4rnds4,
                [KA, 0],
                [KB, 0],
                0,
                0,
                [0x695d_1a55_c180_ff0c_f7e2_2c81_3676_7320, 0],
            ),
        ),
    ]
};

#[cfg(any(feature = "std", test))]
/// Whether every known answer of `family` comes out of `run` (the instruction
/// runner: [`run_kat`] on the CPU, a mock in the tests).
pub(crate) fn self_check(family: Family, mut run: impl FnMut(&Kat) -> [u128; 2]) -> bool {
    KATS.iter()
        .filter(|(f, _)| *f == family)
        .all(|(_, kat)| run(kat) == kat.want)
}

#[cfg(any(feature = "std", test))]
/// Whether `family` may run natively: its CPUID bit in `leaf7_1_eax`, AVX2
/// with the YMM state (`avx2`), and then the self-check (`check`, called only
/// when the first two hold: it executes the instructions).
pub(crate) fn enabled(
    family: Family,
    leaf7_1_eax: u32,
    avx2: bool,
    check: impl FnOnce() -> bool,
) -> bool {
    leaf7_1_eax & family.cpuid_bit() != 0 && avx2 && check()
}

/// `CPUID.(EAX=07H,ECX=1):EAX`, or 0 when leaf 7 or its subleaf 1 does not
/// exist (`CPUID.(EAX=07H,ECX=0):EAX` is the highest subleaf).
#[cfg(feature = "std")]
fn leaf7_1_eax() -> u32 {
    // SAFETY: CPUID exists on every x86-64 CPU; leaf 0 gives the highest leaf.
    #[allow(unused_unsafe)]
    let max = unsafe { core::arch::x86_64::__cpuid(0) }.eax;
    if max < 7 {
        return 0;
    }
    // SAFETY: leaf 7 exists (checked above).
    #[allow(unused_unsafe)]
    let sub = unsafe { core::arch::x86_64::__cpuid_count(7, 0) }.eax;
    if sub < 1 {
        return 0;
    }
    // SAFETY: subleaf 1 of leaf 7 exists (checked above).
    #[allow(unused_unsafe)]
    unsafe { core::arch::x86_64::__cpuid_count(7, 1) }.eax
}

/// The run-time check of `family`: CPUID, AVX2, then the self-check on the
/// CPU's own instructions.
#[cfg(feature = "std")]
pub(crate) fn detect(family: Family) -> bool {
    enabled(
        family,
        leaf7_1_eax(),
        std::is_x86_feature_detected!("avx2"),
        || {
            // SAFETY: `enabled` calls this only after the family's CPUID bit and
            // AVX2 (with the OS's YMM state) were found.
            self_check(family, |kat| unsafe { run_kat(kat) })
        },
    )
}

/// Runs one known answer's instruction on the CPU.
///
/// # Safety
/// The CPU must have the instruction's family and AVX2.
#[cfg(feature = "std")]
unsafe fn run_kat(kat: &Kat) -> [u128; 2] {
    use super::aes::{from_v, to_v};
    let (a, b, c) = (kat.a.map(to_v), kat.b.map(to_v), to_v(kat.c));
    // SAFETY: the caller guarantees the family and AVX2.
    unsafe {
        if let Some(r) = ymm(kat.insn, a, b, c) {
            return r.map(from_v);
        }
        [xmm(kat.insn, a[0], b[0], c, kat.imm).map_or(0, from_v), 0]
    }
}

/// The SHA512 instructions on `[lane 0, lane 1]` registers: `a` is SRCDEST
/// (ymm1), `b` SRC1 (ymm2 for RNDS2 and MSG2; MSG1's xmm2 is `b[0]`), `c`
/// RNDS2's xmm3. `None` for any other key.
///
/// # Safety
/// The CPU must have SHA512 and AVX2, with the YMM state enabled.
#[inline]
pub(crate) unsafe fn ymm(insn: HostInsn, a: [V; 2], b: [V; 2], c: V) -> Option<[V; 2]> {
    let ([mut r0, mut r1], [b0, b1]) = (a, b);
    // SAFETY (every block): registers only (the XMM registers named, declared
    // as operands or clobbers), no memory, no stack; `vzeroupper` leaves the
    // upper halves clear for the caller's non-VEX code; the caller guarantees
    // SHA512, AVX2 and the YMM state.
    unsafe {
        match insn {
            HostInsn::X86Sha512rnds2 => asm!(
                "vinserti128 ymm0, ymm0, xmm1, 1",
                "vinserti128 ymm2, ymm2, xmm3, 1",
                "vsha512rnds2 ymm0, ymm2, xmm4",
                "vextracti128 xmm1, ymm0, 1",
                "vzeroupper",
                inout("xmm0") r0, inout("xmm1") r1, inout("xmm2") b0 => _, in("xmm3") b1, in("xmm4") c,
                options(pure, nomem, nostack, preserves_flags)
            ),
            HostInsn::X86Sha512msg1 => asm!(
                "vinserti128 ymm0, ymm0, xmm1, 1",
                "vsha512msg1 ymm0, xmm2",
                "vextracti128 xmm1, ymm0, 1",
                "vzeroupper",
                inout("xmm0") r0, inout("xmm1") r1, in("xmm2") b0,
                options(pure, nomem, nostack, preserves_flags)
            ),
            HostInsn::X86Sha512msg2 => asm!(
                "vinserti128 ymm0, ymm0, xmm1, 1",
                "vinserti128 ymm2, ymm2, xmm3, 1",
                "vsha512msg2 ymm0, ymm2",
                "vextracti128 xmm1, ymm0, 1",
                "vzeroupper",
                inout("xmm0") r0, inout("xmm1") r1, inout("xmm2") b0 => _, in("xmm3") b1,
                options(pure, nomem, nostack, preserves_flags)
            ),
            _ => return None,
        }
    }
    Some([r0, r1])
}

/// The SM3 and SM4 instructions (VEX.128): `a` is SRCDEST (SM3) or SRC1
/// (SM4), `b` SRC1 (SM3) or SRC2 (SM4), `c` SM3's SRC2, `imm` VSM3RNDS2's
/// immediate (encoded in the instruction, `with_imm!`). `None` for any other
/// key.
///
/// # Safety
/// The CPU must have the instruction's family (SM3 or SM4) and AVX.
#[inline]
pub(crate) unsafe fn xmm(insn: HostInsn, a: V, b: V, c: V, imm: u8) -> Option<V> {
    let mut r = a;
    // SAFETY (every block): register operands only, no memory, no stack; the
    // VEX.128 forms clear the destination's upper half (nothing of the
    // caller's lives there); the caller guarantees the family and AVX.
    unsafe {
        macro_rules! sm3 {
            ($insn:literal) => {
                asm!(concat!($insn, " {r}, {b}, {c}"), r = inout(xmm_reg) r, b = in(xmm_reg) b, c = in(xmm_reg) c,
                    options(pure, nomem, nostack, preserves_flags))
            };
        }
        macro_rules! rnds2 {
            ((), $i:expr) => {
                asm!("vsm3rnds2 {r}, {b}, {c}, {i}", r = inout(xmm_reg) r, b = in(xmm_reg) b, c = in(xmm_reg) c,
                    i = const $i, options(pure, nomem, nostack, preserves_flags))
            };
        }
        macro_rules! sm4 {
            ($insn:literal) => {
                asm!(concat!($insn, " {r}, {a}, {b}"), r = out(xmm_reg) r, a = in(xmm_reg) a, b = in(xmm_reg) b,
                    options(pure, nomem, nostack, preserves_flags))
            };
        }
        match insn {
            HostInsn::X86Sm3msg1 => sm3!("vsm3msg1"),
            HostInsn::X86Sm3msg2 => sm3!("vsm3msg2"),
            HostInsn::X86Sm3rnds2 => with_imm!(imm, rnds2, ()),
            HostInsn::X86Sm4key4 => sm4!("vsm4key4"),
            HostInsn::X86Sm4rnds4 => sm4!("vsm4rnds4"),
            _ => return None,
        }
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_family_is_enabled_only_with_its_bit_avx2_and_a_passing_self_check() {
        for family in [Family::Sha512, Family::Sm3, Family::Sm4] {
            let bit = family.cpuid_bit();
            // The check runs (executes instructions) only when both hold.
            let mut ran = false;
            assert!(!enabled(family, !bit, true, || {
                ran = true;
                true
            }));
            assert!(!enabled(family, bit, false, || {
                ran = true;
                true
            }));
            assert!(
                !ran,
                "{family:?}: the self-check ran without the CPU feature"
            );
            assert!(!enabled(family, bit, true, || false), "{family:?}");
            assert!(enabled(family, bit, true, || true), "{family:?}");
            assert!(enabled(family, u32::MAX, true, || true), "{family:?}");
        }
        // The bits are CPUID.(EAX=07H,ECX=1):EAX[0], [1], [2].
        assert_eq!(Family::Sha512.cpuid_bit(), 1);
        assert_eq!(Family::Sm3.cpuid_bit(), 2);
        assert_eq!(Family::Sm4.cpuid_bit(), 4);
    }

    #[test]
    fn the_self_check_passes_only_a_runner_that_gives_every_known_answer() {
        for family in [Family::Sha512, Family::Sm3, Family::Sm4] {
            let mut seen = 0;
            // A runner that answers what the instruction should.
            assert!(self_check(family, |kat| {
                seen += 1;
                kat.want
            }));
            assert!(seen >= 2, "{family:?} has {seen} known answers");
            // One wrong bit in any answer, or operands taken in another order
            // (the mistake this guards against), fails the family.
            for wrong in 0..seen {
                let mut i = 0;
                assert!(!self_check(family, |kat| {
                    i += 1;
                    let mut r = kat.want;
                    if i - 1 == wrong {
                        r[0] ^= 1 << 77;
                    }
                    r
                }));
            }
        }
    }

    #[test]
    #[cfg(feature = "std")]
    fn the_native_instructions_give_the_known_answers_where_the_cpu_has_them() {
        let eax = leaf7_1_eax();
        let avx2 = std::is_x86_feature_detected!("avx2");
        for family in [Family::Sha512, Family::Sm3, Family::Sm4] {
            if eax & family.cpuid_bit() != 0 && avx2 {
                // On a CPU with the family a failing self-check is a bug in
                // this file (it would silently keep the portable path).
                for (_, kat) in KATS.iter().filter(|(f, _)| *f == family) {
                    // SAFETY: the family's CPUID bit and AVX2 were found.
                    assert_eq!(unsafe { run_kat(kat) }, kat.want, "{:?}", kat.insn);
                }
                assert!(detect(family));
            } else {
                assert!(!detect(family));
                std::eprintln!(
                    "skip: this CPU has no {family:?} (CPUID.(EAX=07H,ECX=1):EAX = {eax:#x})"
                );
            }
        }
    }
}
