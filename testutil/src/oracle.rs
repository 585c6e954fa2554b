//! The host CPU's own instructions, called directly through `core::arch`,
//! independent of the library's native backend. Differential tests, the vector
//! generators and `crypto-insn diff` compare the library against these.
//!
//! An oracle value can only be built after the CPU check passed, so its methods
//! are safe to call.
//!
//! The `#[target_feature]` functions here call intrinsics directly in their
//! `unsafe fn` bodies: Rust 1.87+ treats those calls as safe there, Rust 1.85
//! (the MSRV) as unsafe operations, hence the `allow` below.

/// x86-64 AES-NI.
#[cfg(target_arch = "x86_64")]
#[allow(unsafe_op_in_unsafe_fn)]
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

    /// PCLMULQDQ, SHA-NI and 256-bit VAES/VPCLMULQDQ, each present only if the
    /// CPU has it.
    #[derive(Clone, Copy, Debug)]
    pub struct Extensions {
        /// PCLMULQDQ.
        pub clmul: bool,
        /// SHA-NI.
        pub sha: bool,
        /// VAES and VPCLMULQDQ with AVX2 (256-bit).
        pub wide: bool,
        /// GFNI with AVX2 (the legacy, VEX.128 and VEX.256 forms).
        pub gfni: bool,
        /// GFNI with AVX512F, AVX512BW and AVX512VL (the EVEX forms, masking).
        pub gfni512: bool,
    }

    impl Extensions {
        /// What this CPU has (checked once).
        #[must_use]
        pub fn detect() -> Extensions {
            static ONCE: std::sync::OnceLock<Extensions> = std::sync::OnceLock::new();
            *ONCE.get_or_init(Self::check)
        }

        fn check() -> Extensions {
            let wide = std::is_x86_feature_detected!("avx2") && {
                // SAFETY: CPUID leaf 7 exists on any CPU reporting AVX2.
                #[allow(unused_unsafe)]
                let ecx = unsafe { core::arch::x86_64::__cpuid_count(7, 0) }.ecx;
                ecx & (1 << 9) != 0 && ecx & (1 << 10) != 0
            };
            let gfni = std::is_x86_feature_detected!("avx2") && {
                // SAFETY: CPUID leaf 7 exists on any CPU reporting AVX2.
                #[allow(unused_unsafe)]
                let ecx = unsafe { core::arch::x86_64::__cpuid_count(7, 0) }.ecx;
                ecx & (1 << 8) != 0
            };
            let gfni512 = gfni
                && std::is_x86_feature_detected!("avx512f")
                && std::is_x86_feature_detected!("avx512bw")
                && std::is_x86_feature_detected!("avx512vl");
            Extensions {
                clmul: std::is_x86_feature_detected!("pclmulqdq"),
                sha: std::is_x86_feature_detected!("sha"),
                wide,
                gfni,
                gfni512,
            }
        }
    }

    impl Oracle {
        /// PCLMULQDQ. Panics if the CPU lacks it.
        #[must_use]
        pub fn pclmulqdq(self, a: u128, b: u128, imm8: u8) -> u128 {
            assert!(Extensions::detect().clmul, "no PCLMULQDQ");
            // SAFETY: PCLMULQDQ was checked just above.
            store(unsafe { clmul(load(a), load(b), imm8) })
        }

        /// SHA1RNDS4. Panics if the CPU lacks SHA-NI.
        #[must_use]
        pub fn sha1rnds4(self, a: u128, b: u128, imm8: u8) -> u128 {
            assert!(Extensions::detect().sha, "no SHA-NI");
            // SAFETY: SHA-NI was checked just above.
            store(unsafe { sha1rnds4(load(a), load(b), imm8) })
        }

        /// A two-operand SHA-NI instruction by name: `sha1nexte`, `sha1msg1`,
        /// `sha1msg2`, `sha256msg1`, `sha256msg2`. Panics if the CPU lacks SHA-NI.
        #[must_use]
        pub fn sha2op(self, name: &str, a: u128, b: u128) -> u128 {
            assert!(Extensions::detect().sha, "no SHA-NI");
            // SAFETY: SHA-NI was checked just above.
            store(unsafe { sha_two(name, load(a), load(b)) })
        }

        /// SHA256RNDS2 with the implicit XMM0 as `wk`. Panics without SHA-NI.
        #[must_use]
        pub fn sha256rnds2(self, cdgh: u128, abef: u128, wk: u128) -> u128 {
            assert!(Extensions::detect().sha, "no SHA-NI");
            // SAFETY: SHA-NI was checked just above.
            store(unsafe { sha256rnds2(load(cdgh), load(abef), load(wk)) })
        }

        /// Any SHA-NI instruction by mnemonic, operands in Intel's order
        /// (`c` is SHA256RNDS2's implicit XMM0, `imm8` SHA1RNDS4's immediate;
        /// unused ones ignored): the shape [`crate::cross`] composes with.
        /// Panics without SHA-NI.
        #[must_use]
        pub fn sha(self, name: &str, a: u128, b: u128, c: u128, imm8: u8) -> u128 {
            match name {
                "sha1rnds4" => self.sha1rnds4(a, b, imm8),
                "sha256rnds2" => self.sha256rnds2(a, b, c),
                _ => self.sha2op(name, a, b),
            }
        }

        /// VEX.256 VAESENC/VAESENCLAST/VAESDEC/VAESDECLAST (`which` 0-3) on two
        /// lanes, executed as one 256-bit instruction. Panics without VAES+AVX2.
        #[must_use]
        pub fn vaes256(self, which: u8, s: [u128; 2], k: [u128; 2]) -> [u128; 2] {
            assert!(Extensions::detect().wide, "no VAES/AVX2");
            let mut out = [0u128; 2];
            macro_rules! run {
                ($insn:literal) => {
                    // SAFETY: VAES and AVX2 were checked above; the pointers address
                    // 32 bytes each.
                    unsafe {
                        core::arch::asm!(
                            "vmovdqu ymm0, [{s}]",
                            "vmovdqu ymm1, [{k}]",
                            concat!($insn, " ymm0, ymm0, ymm1"),
                            "vmovdqu [{o}], ymm0",
                            "vzeroupper",
                            s = in(reg) s.as_ptr(),
                            k = in(reg) k.as_ptr(),
                            o = in(reg) out.as_mut_ptr(),
                            out("xmm0") _,
                            out("xmm1") _,
                            options(nostack),
                        )
                    }
                };
            }
            match which {
                0 => run!("vaesenc"),
                1 => run!("vaesenclast"),
                2 => run!("vaesdec"),
                _ => run!("vaesdeclast"),
            }
            out
        }

        /// VEX.256 VPCLMULQDQ on two lanes. Panics without VPCLMULQDQ+AVX2.
        #[must_use]
        pub fn vpclmulqdq256(self, a: [u128; 2], b: [u128; 2], imm8: u8) -> [u128; 2] {
            assert!(Extensions::detect().wide, "no VPCLMULQDQ/AVX2");
            let mut out = [0u128; 2];
            macro_rules! run {
                ($imm:literal) => {
                    // SAFETY: VPCLMULQDQ and AVX2 were checked above; the pointers
                    // address 32 bytes each.
                    unsafe {
                        core::arch::asm!(
                            "vmovdqu ymm0, [{a}]",
                            "vmovdqu ymm1, [{b}]",
                            concat!("vpclmulqdq ymm0, ymm0, ymm1, ", $imm),
                            "vmovdqu [{o}], ymm0",
                            "vzeroupper",
                            a = in(reg) a.as_ptr(),
                            b = in(reg) b.as_ptr(),
                            o = in(reg) out.as_mut_ptr(),
                            out("xmm0") _,
                            out("xmm1") _,
                            options(nostack),
                        )
                    }
                };
            }
            match imm8 & 0x11 {
                0x00 => run!("0x00"),
                0x01 => run!("0x01"),
                0x10 => run!("0x10"),
                _ => run!("0x11"),
            }
            out
        }
    }

    /// One raw GFNI instruction on memory operands: `out = op(x, a)`.
    type GfFn = unsafe fn(*const u128, *const u128, *mut u128);

    /// The raw GFNI instructions, each immediate its own instruction (the
    /// immediate is part of the encoding): `[op][width][imm]`, op 0 =
    /// GF2P8AFFINEQB, 1 = GF2P8AFFINEINVQB; width 0 = legacy SSE (128), 1 =
    /// VEX.256, 2 = EVEX.512.
    macro_rules! gfni_tables {
        ($($imm:literal)*) => {
            static GF_AFFINE: [[[GfFn; 256]; 3]; 2] = [
                gfni_tables!(@op "gf2p8affineqb"; $($imm)*),
                gfni_tables!(@op "gf2p8affineinvqb"; $($imm)*),
            ];
        };
        (@op $m:literal; $($imm:literal)*) => {
            [
                [$({
                    unsafe fn f(x: *const u128, a: *const u128, o: *mut u128) {
                        // SAFETY: the caller checked GFNI; 16 bytes at each pointer.
                        unsafe {
                            core::arch::asm!(
                                "movdqu xmm0, [{x}]",
                                "movdqu xmm1, [{a}]",
                                concat!($m, " xmm0, xmm1, ", $imm),
                                "movdqu [{o}], xmm0",
                                x = in(reg) x, a = in(reg) a, o = in(reg) o,
                                out("xmm0") _, out("xmm1") _,
                                options(nostack),
                            )
                        }
                    }
                    f as GfFn
                }),*],
                [$({
                    unsafe fn f(x: *const u128, a: *const u128, o: *mut u128) {
                        // SAFETY: the caller checked GFNI+AVX2; 32 bytes at each pointer.
                        unsafe {
                            core::arch::asm!(
                                "vmovdqu ymm0, [{x}]",
                                "vmovdqu ymm1, [{a}]",
                                concat!("v", $m, " ymm0, ymm0, ymm1, ", $imm),
                                "vmovdqu [{o}], ymm0",
                                "vzeroupper",
                                x = in(reg) x, a = in(reg) a, o = in(reg) o,
                                out("xmm0") _, out("xmm1") _,
                                options(nostack),
                            )
                        }
                    }
                    f as GfFn
                }),*],
                [$({
                    unsafe fn f(x: *const u128, a: *const u128, o: *mut u128) {
                        // SAFETY: the caller checked GFNI+AVX-512; 64 bytes at each pointer.
                        unsafe {
                            core::arch::asm!(
                                "vmovdqu64 zmm0, [{x}]",
                                "vmovdqu64 zmm1, [{a}]",
                                concat!("v", $m, " zmm0, zmm0, zmm1, ", $imm),
                                "vmovdqu64 [{o}], zmm0",
                                "vzeroupper",
                                x = in(reg) x, a = in(reg) a, o = in(reg) o,
                                out("xmm0") _, out("xmm1") _,
                                options(nostack),
                            )
                        }
                    }
                    f as GfFn
                }),*],
            ]
        };
    }
    gfni_tables!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119 120 121 122 123 124 125 126 127 128 129 130 131 132 133 134 135 136 137 138 139 140 141 142 143 144 145 146 147 148 149 150 151 152 153 154 155 156 157 158 159 160 161 162 163 164 165 166 167 168 169 170 171 172 173 174 175 176 177 178 179 180 181 182 183 184 185 186 187 188 189 190 191 192 193 194 195 196 197 198 199 200 201 202 203 204 205 206 207 208 209 210 211 212 213 214 215 216 217 218 219 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255);

    impl Oracle {
        /// The host's GF2P8AFFINEQB (`inv = false`) or GF2P8AFFINEINVQB (`inv =
        /// true`) on `N` lanes (1: legacy SSE, 2: VEX.256, 4: EVEX.512) with the
        /// immediate encoded in the instruction. Panics if the CPU lacks the form.
        #[must_use]
        pub fn gf2p8affine<const N: usize>(
            self,
            inv: bool,
            x: [u128; N],
            a: [u128; N],
            imm8: u8,
        ) -> [u128; N] {
            let ext = Extensions::detect();
            let w = match N {
                1 => 0,
                2 => 1,
                4 => 2,
                _ => panic!("GFNI has 1, 2 or 4 lanes"),
            };
            assert!(ext.gfni && (w < 2 || ext.gfni512), "no GFNI at {N} lanes");
            let mut out = [0u128; N];
            let f = GF_AFFINE[usize::from(inv)][w][usize::from(imm8)];
            // SAFETY: the form's CPU features were checked; each array is N lanes.
            unsafe { f(x.as_ptr(), a.as_ptr(), out.as_mut_ptr()) };
            out
        }

        /// The host's GF2P8MULB on `N` lanes (forms as [`Oracle::gf2p8affine`]).
        #[must_use]
        pub fn gf2p8mulb<const N: usize>(self, a: [u128; N], b: [u128; N]) -> [u128; N] {
            let ext = Extensions::detect();
            assert!(ext.gfni && (N < 4 || ext.gfni512), "no GFNI at {N} lanes");
            let mut out = [0u128; N];
            let (a, b, o) = (a.as_ptr(), b.as_ptr(), out.as_mut_ptr());
            // SAFETY (each block): the form's CPU features were checked; each
            // pointer addresses N lanes.
            unsafe {
                match N {
                    1 => core::arch::asm!(
                        "movdqu xmm0, [{a}]", "movdqu xmm1, [{b}]",
                        "gf2p8mulb xmm0, xmm1", "movdqu [{o}], xmm0",
                        a = in(reg) a, b = in(reg) b, o = in(reg) o,
                        out("xmm0") _, out("xmm1") _, options(nostack),
                    ),
                    2 => core::arch::asm!(
                        "vmovdqu ymm0, [{a}]", "vmovdqu ymm1, [{b}]",
                        "vgf2p8mulb ymm0, ymm0, ymm1", "vmovdqu [{o}], ymm0", "vzeroupper",
                        a = in(reg) a, b = in(reg) b, o = in(reg) o,
                        out("xmm0") _, out("xmm1") _, options(nostack),
                    ),
                    4 => core::arch::asm!(
                        "vmovdqu64 zmm0, [{a}]", "vmovdqu64 zmm1, [{b}]",
                        "vgf2p8mulb zmm0, zmm0, zmm1", "vmovdqu64 [{o}], zmm0", "vzeroupper",
                        a = in(reg) a, b = in(reg) b, o = in(reg) o,
                        out("xmm0") _, out("xmm1") _, options(nostack),
                    ),
                    _ => panic!("GFNI has 1, 2 or 4 lanes"),
                }
            }
            out
        }

        /// The host's EVEX.512 `VGF2P8MULB zmm0{k1}, zmm1, zmm2` (merging, `old`
        /// the prior zmm0) or `{k1}{z}` (zeroing): EVEX byte write-masking as the
        /// CPU does it. Panics without GFNI and AVX-512.
        #[must_use]
        pub fn gf2p8mulb512_masked(
            self,
            old: [u128; 4],
            a: [u128; 4],
            b: [u128; 4],
            k: u64,
            zeroing: bool,
        ) -> [u128; 4] {
            assert!(Extensions::detect().gfni512, "no GFNI with AVX-512");
            let mut out = old;
            let (a, b, o) = (a.as_ptr(), b.as_ptr(), out.as_mut_ptr());
            // SAFETY (each block): GFNI and AVX-512 checked; 64 bytes at each
            // pointer; k1 is declared clobbered.
            unsafe {
                if zeroing {
                    core::arch::asm!(
                        "kmovq k1, {k}", "vmovdqu64 zmm0, [{o}]",
                        "vmovdqu64 zmm1, [{a}]", "vmovdqu64 zmm2, [{b}]",
                        "vgf2p8mulb zmm0{{k1}}{{z}}, zmm1, zmm2",
                        "vmovdqu64 [{o}], zmm0", "vzeroupper",
                        k = in(reg) k, a = in(reg) a, b = in(reg) b, o = in(reg) o,
                        out("k1") _, out("xmm0") _, out("xmm1") _, out("xmm2") _,
                        options(nostack),
                    );
                } else {
                    core::arch::asm!(
                        "kmovq k1, {k}", "vmovdqu64 zmm0, [{o}]",
                        "vmovdqu64 zmm1, [{a}]", "vmovdqu64 zmm2, [{b}]",
                        "vgf2p8mulb zmm0{{k1}}, zmm1, zmm2",
                        "vmovdqu64 [{o}], zmm0", "vzeroupper",
                        k = in(reg) k, a = in(reg) a, b = in(reg) b, o = in(reg) o,
                        out("k1") _, out("xmm0") _, out("xmm1") _, out("xmm2") _,
                        options(nostack),
                    );
                }
            }
            out
        }
    }

    #[target_feature(enable = "pclmulqdq")]
    unsafe fn clmul(a: __m128i, b: __m128i, imm: u8) -> __m128i {
        use core::arch::x86_64::_mm_clmulepi64_si128 as c;
        match imm & 0x11 {
            0x00 => c::<0x00>(a, b),
            0x01 => c::<0x01>(a, b),
            0x10 => c::<0x10>(a, b),
            _ => c::<0x11>(a, b),
        }
    }

    #[target_feature(enable = "sha")]
    unsafe fn sha1rnds4(a: __m128i, b: __m128i, imm: u8) -> __m128i {
        use core::arch::x86_64::_mm_sha1rnds4_epu32 as r;
        match imm & 3 {
            0 => r::<0>(a, b),
            1 => r::<1>(a, b),
            2 => r::<2>(a, b),
            _ => r::<3>(a, b),
        }
    }

    #[target_feature(enable = "sha")]
    unsafe fn sha_two(name: &str, a: __m128i, b: __m128i) -> __m128i {
        use core::arch::x86_64::*;
        match name {
            "sha1nexte" => _mm_sha1nexte_epu32(a, b),
            "sha1msg1" => _mm_sha1msg1_epu32(a, b),
            "sha1msg2" => _mm_sha1msg2_epu32(a, b),
            "sha256msg1" => _mm_sha256msg1_epu32(a, b),
            "sha256msg2" => _mm_sha256msg2_epu32(a, b),
            _ => panic!("not a two-operand SHA-NI instruction: {name}"),
        }
    }

    #[target_feature(enable = "sha")]
    unsafe fn sha256rnds2(a: __m128i, b: __m128i, k: __m128i) -> __m128i {
        core::arch::x86_64::_mm_sha256rnds2_epu32(a, b, k)
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
#[allow(unsafe_op_in_unsafe_fn)]
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

    #[target_feature(enable = "aes")]
    unsafe fn pmull(a: u64, b: u64) -> u128 {
        core::arch::aarch64::vmull_p64(a, b)
    }

    #[inline(always)]
    fn l32(v: u128) -> core::arch::aarch64::uint32x4_t {
        let d = [
            v as u32,
            (v >> 32) as u32,
            (v >> 64) as u32,
            (v >> 96) as u32,
        ];
        // SAFETY: `d` is 4 readable u32s; NEON is part of the aarch64 baseline.
        unsafe { core::arch::aarch64::vld1q_u32(d.as_ptr()) }
    }

    #[inline(always)]
    fn s32(v: core::arch::aarch64::uint32x4_t) -> u128 {
        let mut d = [0u32; 4];
        // SAFETY: `d` is 4 writable u32s; NEON is part of the aarch64 baseline.
        unsafe { core::arch::aarch64::vst1q_u32(d.as_mut_ptr(), v) };
        u128::from(d[0])
            | (u128::from(d[1]) << 32)
            | (u128::from(d[2]) << 64)
            | (u128::from(d[3]) << 96)
    }

    #[target_feature(enable = "sha2")]
    unsafe fn sha(name: &str, d: u128, n: u128, m: u128) -> u128 {
        use core::arch::aarch64::*;
        match name {
            "sha1c" => s32(vsha1cq_u32(l32(d), n as u32, l32(m))),
            "sha1p" => s32(vsha1pq_u32(l32(d), n as u32, l32(m))),
            "sha1m" => s32(vsha1mq_u32(l32(d), n as u32, l32(m))),
            "sha1h" => u128::from(vsha1h_u32(d as u32)),
            "sha1su0" => s32(vsha1su0q_u32(l32(d), l32(n), l32(m))),
            "sha1su1" => s32(vsha1su1q_u32(l32(d), l32(n))),
            "sha256h" => s32(vsha256hq_u32(l32(d), l32(n), l32(m))),
            "sha256h2" => s32(vsha256h2q_u32(l32(d), l32(n), l32(m))),
            "sha256su0" => s32(vsha256su0q_u32(l32(d), l32(n))),
            "sha256su1" => s32(vsha256su1q_u32(l32(d), l32(n), l32(m))),
            _ => panic!("not an Arm SHA instruction: {name}"),
        }
    }

    impl Oracle {
        /// PMULL (`high = false`) or PMULL2 on the host. Panics without FEAT_PMULL.
        #[must_use]
        pub fn pmull(self, n: u128, m: u128, high: bool) -> u128 {
            assert!(std::arch::is_aarch64_feature_detected!("pmull"), "no PMULL");
            let (a, b) = if high {
                ((n >> 64) as u64, (m >> 64) as u64)
            } else {
                (n as u64, m as u64)
            };
            // SAFETY: FEAT_PMULL was checked just above.
            unsafe { pmull(a, b) }
        }

        /// An Arm SHA instruction by mnemonic, operands in instruction order
        /// (`d`, `n`, `m`; unused ones ignored; SHA1H takes its source as `d`).
        /// Panics without FEAT_SHA1/FEAT_SHA256.
        #[must_use]
        pub fn sha(self, name: &str, d: u128, n: u128, m: u128) -> u128 {
            assert!(
                std::arch::is_aarch64_feature_detected!("sha2"),
                "no SHA1/SHA256"
            );
            // SAFETY: the SHA extensions were checked just above.
            unsafe { sha(name, d, n, m) }
        }
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

/// AArch64 ARMv8.2 SHA-512 and SHA3 (FEAT_SHA512, FEAT_SHA3: the `sha3` target
/// feature, stable NEON intrinsics) and SM3/SM4 (FEAT_SM3, FEAT_SM4: `asm!`
/// with the instruction words from the Arm ARM's encoding tables, as their
/// intrinsics are unstable), called directly, independent of the library.
#[cfg(target_arch = "aarch64")]
#[allow(unsafe_op_in_unsafe_fn)]
pub mod arm_v82 {
    use core::arch::aarch64::{uint64x2_t, vld1q_u64, vst1q_u64};
    use core::arch::asm;

    /// Proof that the CPU has FEAT_SHA512, FEAT_SHA3, FEAT_SM3 and FEAT_SM4.
    #[derive(Clone, Copy, Debug)]
    pub struct Oracle(());

    #[inline(always)]
    fn l64(v: u128) -> uint64x2_t {
        let d = [v as u64, (v >> 64) as u64];
        // SAFETY: `d` is 2 readable u64s; NEON is part of the aarch64 baseline.
        unsafe { vld1q_u64(d.as_ptr()) }
    }

    #[inline(always)]
    fn s64(v: uint64x2_t) -> u128 {
        let mut d = [0u64; 2];
        // SAFETY: `d` is 2 writable u64s; NEON is part of the aarch64 baseline.
        unsafe { vst1q_u64(d.as_mut_ptr(), v) };
        u128::from(d[0]) | (u128::from(d[1]) << 64)
    }

    #[target_feature(enable = "sha3")]
    unsafe fn xar_one<const I: i32>(a: uint64x2_t, b: uint64x2_t) -> uint64x2_t {
        core::arch::aarch64::vxarq_u64::<I>(a, b)
    }

    type XarFn = unsafe fn(uint64x2_t, uint64x2_t) -> uint64x2_t;

    macro_rules! xar_table {
        ($($i:literal)*) => { [$(xar_one::<$i>),*] };
    }

    /// XAR for each rotation (the intrinsic takes a const generic).
    static XAR: [XarFn; 64] = xar_table!(
        0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31
        32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63
    );

    #[target_feature(enable = "sha3")]
    unsafe fn sha3(name: &str, a: u128, b: u128, c: u128, imm: u8) -> u128 {
        use core::arch::aarch64::*;
        let (x, y, z) = (l64(a), l64(b), l64(c));
        s64(match name {
            "sha512h" => vsha512hq_u64(x, y, z),
            "sha512h2" => vsha512h2q_u64(x, y, z),
            "sha512su0" => vsha512su0q_u64(x, y),
            "sha512su1" => vsha512su1q_u64(x, y, z),
            "eor3" => veor3q_u64(x, y, z),
            "rax1" => vrax1q_u64(x, y),
            "bcax" => vbcaxq_u64(x, y, z),
            "xar" => XAR[usize::from(imm & 63)](x, y),
            _ => panic!("not an Arm SHA-512/SHA3 instruction: {name}"),
        })
    }

    /// `.inst $word` on v0 (read and written), v1, v2, v3.
    macro_rules! inst {
        ($word:literal, $d:expr, $n:expr, $m:expr, $a:expr) => {{
            let mut d = l64($d);
            // SAFETY: the caller checked FEAT_SM3/FEAT_SM4; the instruction reads
            // v0-v3, writes v0 and touches no memory or flags.
            unsafe {
                asm!(
                    concat!(".inst ", $word),
                    inout("v0") d,
                    in("v1") l64($n),
                    in("v2") l64($m),
                    in("v3") l64($a),
                    options(pure, nomem, nostack, preserves_flags)
                );
            }
            s64(d)
        }};
    }

    /// SM3/SM4 by mnemonic. Register numbers in the words: Vd = v0, Vn = v1,
    /// Vm = v2, Va = v3; SM3TT*'s imm2 in bits 13:12 (one word per value).
    fn sm(name: &str, a: u128, b: u128, c: u128, imm: u8) -> u128 {
        match (name, imm & 3) {
            ("sm3ss1", _) => inst!("0xce420c20", 0, a, b, c),
            ("sm3tt1a", 0) => inst!("0xce428020", a, b, c, 0),
            ("sm3tt1a", 1) => inst!("0xce429020", a, b, c, 0),
            ("sm3tt1a", 2) => inst!("0xce42a020", a, b, c, 0),
            ("sm3tt1a", _) => inst!("0xce42b020", a, b, c, 0),
            ("sm3tt1b", 0) => inst!("0xce428420", a, b, c, 0),
            ("sm3tt1b", 1) => inst!("0xce429420", a, b, c, 0),
            ("sm3tt1b", 2) => inst!("0xce42a420", a, b, c, 0),
            ("sm3tt1b", _) => inst!("0xce42b420", a, b, c, 0),
            ("sm3tt2a", 0) => inst!("0xce428820", a, b, c, 0),
            ("sm3tt2a", 1) => inst!("0xce429820", a, b, c, 0),
            ("sm3tt2a", 2) => inst!("0xce42a820", a, b, c, 0),
            ("sm3tt2a", _) => inst!("0xce42b820", a, b, c, 0),
            ("sm3tt2b", 0) => inst!("0xce428c20", a, b, c, 0),
            ("sm3tt2b", 1) => inst!("0xce429c20", a, b, c, 0),
            ("sm3tt2b", 2) => inst!("0xce42ac20", a, b, c, 0),
            ("sm3tt2b", _) => inst!("0xce42bc20", a, b, c, 0),
            ("sm3partw1", _) => inst!("0xce62c020", a, b, c, 0),
            ("sm3partw2", _) => inst!("0xce62c420", a, b, c, 0),
            ("sm4e", _) => inst!("0xcec08420", a, b, 0, 0),
            ("sm4ekey", _) => inst!("0xce62c820", 0, a, b, 0),
            _ => panic!("not an Arm SM3/SM4 instruction: {name}"),
        }
    }

    impl Oracle {
        /// The oracle, if this CPU has FEAT_SHA512, FEAT_SHA3, FEAT_SM3 and
        /// FEAT_SM4 (Rust's `sha3` and `sm4` features).
        #[must_use]
        pub fn detect() -> Option<Oracle> {
            (std::arch::is_aarch64_feature_detected!("sha3")
                && std::arch::is_aarch64_feature_detected!("sm4"))
            .then_some(Oracle(()))
        }

        /// The instruction `name` on the sources in the registry's operand
        /// order (`Vd` first when read; missing ones read as zero) and the
        /// immediate (XAR's imm6, SM3TT*'s imm2; ignored by the others).
        #[must_use]
        pub fn exec(self, name: &str, srcs: &[u128], imm: u8) -> u128 {
            let s = |i: usize| srcs.get(i).copied().unwrap_or(0);
            if name.starts_with("sm") {
                sm(name, s(0), s(1), s(2), imm)
            } else {
                // SAFETY: `self` exists only when the CPU has FEAT_SHA512/FEAT_SHA3.
                unsafe { sha3(name, s(0), s(1), s(2), imm) }
            }
        }
    }
}

/// AArch64 SVE2 crypto (FEAT_SVE_AES, FEAT_SVE_PMULL128, FEAT_SVE_SHA3,
/// FEAT_SVE_SM4) at this CPU's vector length: `asm!` blocks with the
/// instruction words (`.inst`; assembled by binutils 2.40 `aarch64-linux-gnu-as
/// -march=armv8-a+sve2-aes+sve2-sm4+sve2-sha3` and checked with its objdump),
/// the Z registers loaded and stored through memory (`LDR Zt, [Xn]` / `STR
/// Zt, [Xn]`, VL bytes each), independent of the library.
#[cfg(target_arch = "aarch64")]
pub mod arm_sve2 {
    use core::arch::asm;

    /// The largest vector length in bytes (VL = 2048 bits).
    pub const MAX_VL_BYTES: usize = 256;

    /// Proof that the CPU has SVE2 with AES (and PMULL128), SHA3 and SM4.
    #[derive(Clone, Copy, Debug)]
    pub struct Oracle {
        vl_bytes: usize,
    }

    /// `ldr z0, [x0]; ldr z1, [x1]; $word; str $st, [x2]`: the instruction on
    /// z0 (Zdn or Zn) and z1 (Zm), the result from z0 (destructive forms) or z2.
    macro_rules! sve {
        ($word:literal, $store:literal, $a:expr, $b:expr, $out:expr) => {{
            // SAFETY: the caller checked SVE2 and the crypto features; the three
            // buffers are MAX_VL_BYTES >= VL bytes; the block reads a and b,
            // writes out, clobbers z0-z2 (declared through v0-v2, their low
            // halves; the rest of a Z register is caller-saved) and no flags.
            unsafe {
                asm!(
                    ".inst 0x85804000", // ldr z0, [x0]
                    ".inst 0x85804021", // ldr z1, [x1]
                    concat!(".inst ", $word),
                    concat!(".inst ", $store),
                    in("x0") $a.as_ptr(),
                    in("x1") $b.as_ptr(),
                    in("x2") $out.as_mut_ptr(),
                    out("v0") _,
                    out("v1") _,
                    out("v2") _,
                    options(nostack, preserves_flags)
                );
            }
        }};
    }

    impl Oracle {
        /// The oracle, if this CPU has SVE2 with `sve2-aes` (AES and
        /// PMULL128), `sve2-sha3` and `sve2-sm4`.
        #[must_use]
        pub fn detect() -> Option<Oracle> {
            if !(std::arch::is_aarch64_feature_detected!("sve2")
                && std::arch::is_aarch64_feature_detected!("sve2-aes")
                && std::arch::is_aarch64_feature_detected!("sve2-sha3")
                && std::arch::is_aarch64_feature_detected!("sve2-sm4"))
            {
                return None;
            }
            let vl: usize;
            // SAFETY: SVE is present (checked above); RDVL X0, #1 only writes x0.
            unsafe {
                asm!(".inst 0x04bf5020", out("x0") vl, options(pure, nomem, nostack, preserves_flags));
            }
            (vl % 16 == 0 && (16..=MAX_VL_BYTES).contains(&vl)).then_some(Oracle { vl_bytes: vl })
        }

        /// The vector length in 128-bit segments.
        #[must_use]
        pub fn segments(self) -> usize {
            self.vl_bytes / 16
        }

        /// The SVE instruction `name` (the registry's `sve_aese` ... or
        /// without the prefix) on two Z registers of [`Oracle::segments`]
        /// segments each (`zb` ignored by AESMC/AESIMC; missing segments read
        /// as zero): the `VL` result segments.
        ///
        /// # Panics
        /// For a name that is not an SVE2 crypto instruction.
        #[must_use]
        pub fn exec(self, name: &str, za: &[u128], zb: &[u128]) -> Vec<u128> {
            let n = self.segments();
            let load = |z: &[u128]| {
                let mut m = [0u8; MAX_VL_BYTES];
                for (s, v) in z.iter().take(n).enumerate() {
                    m[16 * s..16 * s + 16].copy_from_slice(&v.to_le_bytes());
                }
                m
            };
            let (a, b) = (load(za), load(zb));
            let mut out = [0u8; MAX_VL_BYTES];
            match name.strip_prefix("sve_").unwrap_or(name) {
                "aese" => sve!("0x4522e020", "0xe5804040", a, b, out),
                "aesd" => sve!("0x4522e420", "0xe5804040", a, b, out),
                "aesmc" => sve!("0x4520e000", "0xe5804040", a, b, out),
                "aesimc" => sve!("0x4520e400", "0xe5804040", a, b, out),
                "sm4e" => sve!("0x4523e020", "0xe5804040", a, b, out),
                "pmullb" => sve!("0x45016802", "0xe5804042", a, b, out),
                "pmullt" => sve!("0x45016c02", "0xe5804042", a, b, out),
                "rax1" => sve!("0x4521f402", "0xe5804042", a, b, out),
                "sm4ekey" => sve!("0x4521f002", "0xe5804042", a, b, out),
                _ => panic!("not an SVE2 crypto instruction: {name}"),
            }
            out[..self.vl_bytes]
                .chunks_exact(16)
                .map(|c| u128::from_le_bytes(c.try_into().expect("16 bytes")))
                .collect()
        }
    }
}
