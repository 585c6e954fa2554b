//! The host CPU's own instructions, called directly through `core::arch`,
//! independent of the library's native backend. Differential tests, the vector
//! generators and `crypto-insn diff` compare the library against these.
//!
//! An oracle value can only be built after the CPU check passed, so its methods
//! are safe to call.

/// x86-64 AES-NI.
#[cfg(target_arch = "x86_64")]
pub mod x86 {
    use core::arch::x86_64::{
        __m128i, _mm_aesdec_si128, _mm_aesdeclast_si128, _mm_aesenc_si128, _mm_aesenclast_si128,
        _mm_aesimc_si128, _mm_aeskeygenassist_si128, _mm_loadu_si128, _mm_storeu_si128,
    };

    /// Proof that the CPU has AES-NI.
    #[derive(Clone, Copy, Debug)]
    pub struct Oracle(());

    #[inline(always)]
    fn load(v: u128) -> __m128i {
        let b = v.to_le_bytes();
        // SAFETY: `b` is 16 readable bytes; loadu has no alignment requirement.
        unsafe { _mm_loadu_si128(b.as_ptr().cast()) }
    }

    #[inline(always)]
    fn store(v: __m128i) -> u128 {
        let mut b = [0u8; 16];
        // SAFETY: `b` is 16 writable bytes; storeu has no alignment requirement.
        unsafe { _mm_storeu_si128(b.as_mut_ptr().cast(), v) };
        u128::from_le_bytes(b)
    }

    macro_rules! kga_row {
        ($hi:literal; $($lo:literal)*) => {
            [$(kga_one::<{ $hi * 16 + $lo }>),*]
        };
    }

    #[target_feature(enable = "aes")]
    unsafe fn kga_one<const IMM: i32>(a: __m128i) -> __m128i {
        _mm_aeskeygenassist_si128::<IMM>(a)
    }

    type KgaFn = unsafe fn(__m128i) -> __m128i;

    /// AESKEYGENASSIST for each immediate (the intrinsic takes a const generic).
    static KGA: [[KgaFn; 16]; 16] = [
        kga_row!(0; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(1; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(2; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(3; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(4; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(5; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(6; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(7; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(8; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(9; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(10; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(11; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(12; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(13; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(14; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        kga_row!(15; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
    ];

    impl Oracle {
        /// The oracle, if this CPU has AES-NI.
        #[must_use]
        pub fn detect() -> Option<Oracle> {
            std::is_x86_feature_detected!("aes").then_some(Oracle(()))
        }

        /// AESENC.
        #[must_use]
        pub fn aesenc(self, state: u128, key: u128) -> u128 {
            // SAFETY: `self` exists only when the CPU has AES-NI.
            store(unsafe { aes2(_mm_aesenc_si128, load(state), load(key)) })
        }

        /// AESENCLAST.
        #[must_use]
        pub fn aesenclast(self, state: u128, key: u128) -> u128 {
            // SAFETY: `self` exists only when the CPU has AES-NI.
            store(unsafe { aes2(_mm_aesenclast_si128, load(state), load(key)) })
        }

        /// AESDEC.
        #[must_use]
        pub fn aesdec(self, state: u128, key: u128) -> u128 {
            // SAFETY: `self` exists only when the CPU has AES-NI.
            store(unsafe { aes2(_mm_aesdec_si128, load(state), load(key)) })
        }

        /// AESDECLAST.
        #[must_use]
        pub fn aesdeclast(self, state: u128, key: u128) -> u128 {
            // SAFETY: `self` exists only when the CPU has AES-NI.
            store(unsafe { aes2(_mm_aesdeclast_si128, load(state), load(key)) })
        }

        /// AESIMC.
        #[must_use]
        pub fn aesimc(self, src: u128) -> u128 {
            // SAFETY: `self` exists only when the CPU has AES-NI.
            store(unsafe { imc(load(src)) })
        }

        /// AESKEYGENASSIST with a run-time immediate.
        #[must_use]
        pub fn aeskeygenassist(self, src: u128, imm8: u8) -> u128 {
            let f = KGA[usize::from(imm8 >> 4)][usize::from(imm8 & 15)];
            // SAFETY: `self` exists only when the CPU has AES-NI, which `f` needs.
            store(unsafe { f(load(src)) })
        }
    }

    #[target_feature(enable = "aes")]
    unsafe fn aes2(f: unsafe fn(__m128i, __m128i) -> __m128i, a: __m128i, b: __m128i) -> __m128i {
        // SAFETY: the caller guarantees AES-NI; `f` is one of the AES intrinsics.
        unsafe { f(a, b) }
    }

    #[target_feature(enable = "aes")]
    unsafe fn imc(a: __m128i) -> __m128i {
        _mm_aesimc_si128(a)
    }
}

/// AArch64 ARMv8 Cryptographic Extension AES.
#[cfg(target_arch = "aarch64")]
pub mod arm {
    use core::arch::aarch64::{
        uint8x16_t, vaesdq_u8, vaeseq_u8, vaesimcq_u8, vaesmcq_u8, vld1q_u8, vst1q_u8,
    };

    /// Proof that the CPU has the AES instructions.
    #[derive(Clone, Copy, Debug)]
    pub struct Oracle(());

    #[inline(always)]
    fn load(v: u128) -> uint8x16_t {
        let b = v.to_le_bytes();
        // SAFETY: `b` is 16 readable bytes; NEON is part of the aarch64 baseline.
        unsafe { vld1q_u8(b.as_ptr()) }
    }

    #[inline(always)]
    fn store(v: uint8x16_t) -> u128 {
        let mut b = [0u8; 16];
        // SAFETY: `b` is 16 writable bytes; NEON is part of the aarch64 baseline.
        unsafe { vst1q_u8(b.as_mut_ptr(), v) };
        u128::from_le_bytes(b)
    }

    #[target_feature(enable = "aes")]
    unsafe fn e(a: uint8x16_t, k: uint8x16_t) -> uint8x16_t {
        vaeseq_u8(a, k)
    }
    #[target_feature(enable = "aes")]
    unsafe fn d(a: uint8x16_t, k: uint8x16_t) -> uint8x16_t {
        vaesdq_u8(a, k)
    }
    #[target_feature(enable = "aes")]
    unsafe fn mc(a: uint8x16_t) -> uint8x16_t {
        vaesmcq_u8(a)
    }
    #[target_feature(enable = "aes")]
    unsafe fn imc(a: uint8x16_t) -> uint8x16_t {
        vaesimcq_u8(a)
    }

    impl Oracle {
        /// The oracle, if this CPU has the AES instructions.
        #[must_use]
        pub fn detect() -> Option<Oracle> {
            std::arch::is_aarch64_feature_detected!("aes").then_some(Oracle(()))
        }

        /// AESE.
        #[must_use]
        pub fn aese(self, state: u128, key: u128) -> u128 {
            // SAFETY: `self` exists only when the CPU has FEAT_AES.
            store(unsafe { e(load(state), load(key)) })
        }

        /// AESD.
        #[must_use]
        pub fn aesd(self, state: u128, key: u128) -> u128 {
            // SAFETY: `self` exists only when the CPU has FEAT_AES.
            store(unsafe { d(load(state), load(key)) })
        }

        /// AESMC.
        #[must_use]
        pub fn aesmc(self, src: u128) -> u128 {
            // SAFETY: `self` exists only when the CPU has FEAT_AES.
            store(unsafe { mc(load(src)) })
        }

        /// AESIMC.
        #[must_use]
        pub fn aesimc(self, src: u128) -> u128 {
            // SAFETY: `self` exists only when the CPU has FEAT_AES.
            store(unsafe { imc(load(src)) })
        }
    }
}
