//! The `native` backend on AArch64: the ARMv8 Cryptographic Extension: AES
//! (FEAT_AES), and when present PMULL (FEAT_PMULL) and SHA-1/SHA-256
//! (FEAT_SHA1, FEAT_SHA256), SHA-512/SHA3 (FEAT_SHA512, FEAT_SHA3: `sha3.rs`) and
//! SM3/SM4 (FEAT_SM3, FEAT_SM4: `sm.rs`, `asm!` with `.inst`), and the SVE2
//! crypto instructions on whole `Z` registers (`sve.rs`, any guest vector
//! length in chunks of the host's).
//!
//! Same file set as every native folder: `aes.rs`, `clmul.rs`, `sha.rs`. AES is
//! chosen at compile time when the build enables the `aes` target feature,
//! otherwise after a run-time check (Linux `HWCAP_AES`, through
//! `is_aarch64_feature_detected!`) made once and cached (with `std`); the other
//! families likewise. The x86 SHA and VAES instructions have no Arm counterpart
//! beyond the lane-wise AES rounds; x86 PCLMULQDQ runs on PMULL.

pub mod aes;
pub mod clmul;
pub mod sha;
pub mod sha3;
pub mod sm;
pub mod sve;

/// PCLMULQDQ's carry-less multiply by the baseline AdvSIMD `PMULL.8B`, the
/// path [`Native`] and [`Vperm`](crate::backend::Vperm) take on a CPU without
/// FEAT_PMULL; public (hidden) so that tests can force it on any AArch64 CPU.
#[doc(hidden)]
#[must_use]
pub fn clmul_pmull8(a: u128, b: u128, imm: u8) -> u128 {
    clmul::clmul_p8(a, b, imm)
}

super::native::native_backend!(
    "FEAT_AES",
    cfg!(target_feature = "aes"),
    std::arch::is_aarch64_feature_detected!("aes"),
    features: [
        (PMULL = 1 << 2, "pmull", cfg!(target_feature = "aes"), std::arch::is_aarch64_feature_detected!("pmull")),
        (SHA2 = 1 << 3, "sha1+sha256", cfg!(target_feature = "sha2"), std::arch::is_aarch64_feature_detected!("sha2")),
        (SHA3 = 1 << 4, "sha3", cfg!(target_feature = "sha3"), std::arch::is_aarch64_feature_detected!("sha3")),
        (SM4 = 1 << 5, "sm3+sm4", cfg!(target_feature = "sm4"), std::arch::is_aarch64_feature_detected!("sm4")),
        (SVE_AES = 1 << 6, "sve2-aes", cfg!(target_feature = "sve2-aes"), std::arch::is_aarch64_feature_detected!("sve2-aes")),
        (SVE_SHA3 = 1 << 7, "sve2-sha3", cfg!(target_feature = "sve2-sha3"), std::arch::is_aarch64_feature_detected!("sve2-sha3")),
        (SVE_SM4 = 1 << 8, "sve2-sm4", cfg!(target_feature = "sve2-sm4"), std::arch::is_aarch64_feature_detected!("sve2-sm4")),
    ],
    extra: {
        #[inline]
        fn sve_segments(self, insn: crate::backend::SveInsn, a: &[u128], b: &[u128], out: &mut [u128]) -> bool {
            let bit = match sve::family_of(insn) {
                sve::Family::Aes => SVE_AES,
                sve::Family::Sha3 => SVE_SHA3,
                sve::Family::Sm4 => SVE_SM4,
            };
            // SAFETY: the bit is set only when the CPU has the family's SVE2
            // feature; the helpers checked that the slices have equal lengths.
            Native::has(bit) && unsafe { sve::run(insn, a, b, out) }
        }
        #[inline]
        fn clmul(self, a: u128, b: u128, imm: u8) -> u128 {
            if Native::has(PMULL) {
                // SAFETY: the PMULL bit is set only when the CPU has FEAT_PMULL.
                unsafe { clmul::clmul(a, b, imm) }
            } else {
                // Baseline AdvSIMD PMULL.8B, constant-time.
                clmul::clmul_p8(a, b, imm)
            }
        }
        #[inline]
        fn sm4_rounds(self, x: u128, k: u128, lin: crate::backend::Sm4Linear) -> u128 {
            if Native::has(SM4) {
                let insn = match lin {
                    crate::backend::Sm4Linear::L => crate::backend::HostInsn::A64Sm4e,
                    crate::backend::Sm4Linear::LPrime => crate::backend::HostInsn::A64Sm4ekey,
                };
                // SAFETY: the SM4 bit is set only when the CPU has FEAT_SM3 and
                // FEAT_SM4; SM4E and SM4EKEY are four of these rounds each.
                if let Some(r) = unsafe { sm::sm(insn, x, k, 0, 0) } {
                    return r;
                }
            }
            crate::backend::sm4_rounds_by_sbox(self, x, k, lin)
        }
        #[inline]
        fn host(self, insn: crate::backend::HostInsn, a: u128, b: u128, c: u128, imm: u8) -> Option<u128> {
            // Each family's file holds its part of the host-instruction table
            // (which keys it answers and with which instruction); here only the
            // CPU check of each family.
            let r = if Native::has(SHA2) {
                // SAFETY: the SHA2 bit is set only when the CPU has FEAT_SHA1 and
                // FEAT_SHA256.
                unsafe { sha::host(insn, a, b, c, imm) }
            } else {
                None
            };
            let r = r.or_else(|| {
                // SAFETY: the SHA3 bit is set only when the CPU has FEAT_SHA512
                // and FEAT_SHA3.
                Native::has(SHA3).then(|| unsafe { sha3::host(insn, a, b, c, imm) }).flatten()
            });
            r.or_else(|| {
                // SAFETY: the SM4 bit is set only when the CPU has FEAT_SM3 and
                // FEAT_SM4.
                Native::has(SM4).then(|| unsafe { sm::sm(insn, a, b, c, imm) }).flatten()
            })
        }
    }
);
