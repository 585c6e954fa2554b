//! The `native` backend on AArch64: the ARMv8 Cryptographic Extension: AES
//! (FEAT_AES), and when present PMULL (FEAT_PMULL) and SHA-1/SHA-256
//! (FEAT_SHA1, FEAT_SHA256).
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

use super::native::out_of_line;

super::native::native_backend!(
    "FEAT_AES",
    cfg!(target_feature = "aes"),
    std::arch::is_aarch64_feature_detected!("aes"),
    features: [
        (PMULL = 4, "pmull", cfg!(target_feature = "aes"), std::arch::is_aarch64_feature_detected!("pmull")),
        (SHA2 = 8, "sha1+sha256", cfg!(target_feature = "sha2"), std::arch::is_aarch64_feature_detected!("sha2")),
    ],
    extra: {
        #[inline]
        fn clmul(self, a: u128, b: u128, imm: u8) -> u128 {
            if Native::has(PMULL) {
                // SAFETY: the PMULL bit is set only when the CPU has FEAT_PMULL.
                unsafe { clmul::clmul(a, b, imm) }
            } else {
                out_of_line!(crate::backend::portable_clmul, a: u128, b: u128, imm: u8)
            }
        }
        #[inline]
        fn sha1c(self, d: u128, n: u128, m: u128) -> u128 {
            if Native::has(SHA2) {
                // SAFETY: the SHA2 bit is set only when the CPU has FEAT_SHA1/SHA256.
                unsafe { sha::sha1_rounds(0, d, n, m) }
            } else {
                out_of_line!(crate::arm::sha::portable::sha1c, d: u128, n: u128, m: u128)
            }
        }
        #[inline]
        fn sha1p(self, d: u128, n: u128, m: u128) -> u128 {
            if Native::has(SHA2) {
                // SAFETY: the SHA2 bit is set only when the CPU has FEAT_SHA1/SHA256.
                unsafe { sha::sha1_rounds(1, d, n, m) }
            } else {
                out_of_line!(crate::arm::sha::portable::sha1p, d: u128, n: u128, m: u128)
            }
        }
        #[inline]
        fn sha1m(self, d: u128, n: u128, m: u128) -> u128 {
            if Native::has(SHA2) {
                // SAFETY: the SHA2 bit is set only when the CPU has FEAT_SHA1/SHA256.
                unsafe { sha::sha1_rounds(2, d, n, m) }
            } else {
                out_of_line!(crate::arm::sha::portable::sha1m, d: u128, n: u128, m: u128)
            }
        }
        #[inline]
        fn sha1h(self, n: u128) -> u128 {
            if Native::has(SHA2) {
                // SAFETY: the SHA2 bit is set only when the CPU has FEAT_SHA1/SHA256.
                unsafe { sha::sha1h(n) }
            } else {
                out_of_line!(crate::arm::sha::portable::sha1h, n: u128)
            }
        }
        #[inline]
        fn sha1su0(self, d: u128, n: u128, m: u128) -> u128 {
            if Native::has(SHA2) {
                // SAFETY: the SHA2 bit is set only when the CPU has FEAT_SHA1/SHA256.
                unsafe { sha::sha1su0(d, n, m) }
            } else {
                out_of_line!(crate::arm::sha::portable::sha1su0, d: u128, n: u128, m: u128)
            }
        }
        #[inline]
        fn sha1su1(self, d: u128, n: u128) -> u128 {
            if Native::has(SHA2) {
                // SAFETY: the SHA2 bit is set only when the CPU has FEAT_SHA1/SHA256.
                unsafe { sha::sha1su1(d, n) }
            } else {
                out_of_line!(crate::arm::sha::portable::sha1su1, d: u128, n: u128)
            }
        }
        #[inline]
        fn sha256h(self, d: u128, n: u128, m: u128) -> u128 {
            if Native::has(SHA2) {
                // SAFETY: the SHA2 bit is set only when the CPU has FEAT_SHA1/SHA256.
                unsafe { sha::sha256h(true, d, n, m) }
            } else {
                out_of_line!(crate::arm::sha::portable::sha256h, d: u128, n: u128, m: u128)
            }
        }
        #[inline]
        fn sha256h2(self, d: u128, n: u128, m: u128) -> u128 {
            if Native::has(SHA2) {
                // SAFETY: the SHA2 bit is set only when the CPU has FEAT_SHA1/SHA256.
                unsafe { sha::sha256h(false, d, n, m) }
            } else {
                out_of_line!(crate::arm::sha::portable::sha256h2, d: u128, n: u128, m: u128)
            }
        }
        #[inline]
        fn sha256su0(self, d: u128, n: u128) -> u128 {
            if Native::has(SHA2) {
                // SAFETY: the SHA2 bit is set only when the CPU has FEAT_SHA1/SHA256.
                unsafe { sha::sha256su0(d, n) }
            } else {
                out_of_line!(crate::arm::sha::portable::sha256su0, d: u128, n: u128)
            }
        }
        #[inline]
        fn sha256su1(self, d: u128, n: u128, m: u128) -> u128 {
            if Native::has(SHA2) {
                // SAFETY: the SHA2 bit is set only when the CPU has FEAT_SHA1/SHA256.
                unsafe { sha::sha256su1(d, n, m) }
            } else {
                out_of_line!(crate::arm::sha::portable::sha256su1, d: u128, n: u128, m: u128)
            }
        }
    }
);
