//! The seam between what an instruction means and how this host computes it.
//!
//! Guest helpers (the `x86` and `arm` modules) are written once, against the
//! [`Backend`] trait: the AES *fragments*, named by the order in which FIPS-197
//! applies their steps (`sb_sr_mc_ak` = SubBytes, ShiftRows, MixColumns,
//! AddRoundKey). A backend is a small `Copy` value implementing them:
//!
//! | backend | what it is | available |
//! |---|---|---|
//! | [`Soft`] | table-driven software (T-tables); not constant-time | everywhere |
//! | [`Ct`] | constant-time software (bitsliced S-box, shifts and masks) | everywhere |
//! | [`Vperm`] | constant-time vector permutes (SSSE3 `pshufb`, AArch64 `tbl`), no AES instructions needed | from [`Vperm::detect`] |
//! | [`Native`] | the host's instructions: AES-NI on x86-64, FEAT_AES on AArch64 | from [`Native::detect`] |
//! | [`Auto`] | the best of the above for this build and host | everywhere |
//! | [`Dynamic`] | one of the above chosen at run time by name ([`Choice`]) | everywhere |
//!
//! Each backend folder (`soft/`, `ct/`, `vperm/`, `x86_64/`, `aarch64/`) holds its
//! fragments in `aes.rs`; the native folders add one file per further host
//! instruction family (`clmul.rs`, `sha.rs`, `vaes.rs`). The one place that
//! chooses is [`Auto`] here:
//! a native backend enabled at compile time (`-C target-feature=+aes,+ssse3` or
//! `-C target-cpu=native` on x86-64, `+aes` on AArch64), then one detected at run
//! time (with `std`, checked once and cached), then `vperm` where the host has
//! byte shuffles (SSSE3, AdvSIMD), then the software fallback: `soft`, or `ct`
//! with the cargo feature `constant-time`.
//!
//! The seam imports only the math layer ([`crate::math`]): it knows the AES
//! fragments, carry-less multiplication and the S-box primitive
//! ([`Backend::sbox_affine`]), never a guest instruction's meaning. A guest
//! helper whose instruction a host executes as is (x86 SHA on SHA-NI, Arm SHA on
//! the ARMv8 SHA instructions) asks [`Backend::host`] for that host instruction
//! by its [`HostInsn`] key and computes its own portable meaning when the answer
//! is `None`: the table of host instructions is in each native folder's
//! `host` method, the meaning stays in the guest module.
//!
//! Cross-architecture: every fragment is native on both hosts, so the Arm helpers
//! run on AES-NI (`AESE(s, k) = AESENCLAST(s ^ k, 0)`, `AESMC = AESENC(AESDECLAST(s,
//! 0), 0)`) and the x86 helpers on ARMv8 (`AESENC(s, r) = AESMC(AESE(s, 0)) ^ r`,
//! AESKEYGENASSIST by AESE and one TBL).
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::{self, Backend, Choice};
//! use crypto_insn::x86::X86;
//! // Intel AES-NI white paper (Gueron, rev. 3.0), AESENC example.
//! let (state, rk) = (0x7b5b54657374566563746f725d53475d, 0x48692853686179295b477565726f6e5d);
//! let want = 0xa8311c2f9fdba3c58b104b58ded7e595;
//! // A backend chosen by name at run time, as `--backend soft` does.
//! let soft = "soft".parse::<Choice>().unwrap().resolve().unwrap();
//! assert_eq!(soft.name(), "soft");
//! assert_eq!(X86(soft).aesenc(state, rk), want);
//! // Every backend this host can run computes the same fragment.
//! for b in backend::available() {
//!     assert_eq!(b.sb_sr_mc_ak(state, rk), want, "{b}");
//! }
//! // A missing native backend is an error, never a silent fallback.
//! if let Err(e) = Choice::Native.resolve() {
//!     assert_eq!(e.choice, Choice::Native);
//! }
//! ```

pub mod ct;
mod host;
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
mod native;
pub mod soft;
pub mod vperm;

#[cfg(target_arch = "aarch64")]
pub mod aarch64;
#[cfg(target_arch = "x86_64")]
pub mod x86_64;

#[cfg(target_arch = "aarch64")]
pub use aarch64::Native;
pub use ct::Ct;
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
pub use none::Native;
pub use soft::Soft;
pub use vperm::Vperm;
#[cfg(target_arch = "x86_64")]
pub use x86_64::Native;

use core::fmt;
use core::str::FromStr;

pub use crate::math::gf::Affine;
pub use host::{HostInsn, SveInsn};

/// The AES fragments a backend provides. All take and return register values.
///
/// Every method is a pure function of its arguments; the `self` value is a
/// zero-sized (or near zero-sized) token naming the implementation.
pub trait Backend: Copy + Send + Sync + 'static {
    /// The backend's name as the CLI spells it (`soft`, ...).
    fn name(self) -> &'static str;

    /// Whether [`Backend::host`] can ever answer `Some` (a native backend, or
    /// one that may resolve to it). Guest helpers keep their portable fallback
    /// out of line when it can.
    const MAY_HOST: bool = false;

    /// [`Backend::MAY_HOST`] of this value's type.
    #[inline(always)]
    fn may_host(self) -> bool {
        Self::MAY_HOST
    }

    /// `AddRoundKey(ShiftRows(SubBytes(s)), k)`: x86 AESENCLAST.
    fn sb_sr_ak(self, s: u128, k: u128) -> u128;

    /// `AddRoundKey(MixColumns(ShiftRows(SubBytes(s))), k)`: x86 AESENC.
    fn sb_sr_mc_ak(self, s: u128, k: u128) -> u128;

    /// `AddRoundKey(InvSubBytes(InvShiftRows(s)), k)`: x86 AESDECLAST.
    fn isb_isr_ak(self, s: u128, k: u128) -> u128;

    /// `AddRoundKey(InvMixColumns(InvSubBytes(InvShiftRows(s))), k)`: x86 AESDEC
    /// (the equivalent inverse cipher's round, FIPS-197 section 5.3.5).
    fn isb_isr_imc_ak(self, s: u128, k: u128) -> u128;

    /// `InvMixColumns(AddRoundKey(InvSubBytes(InvShiftRows(s)), k))`: the inverse
    /// cipher's round order (FIPS-197 section 5.3), POWER `vncipher` and RISC-V
    /// `vaesdm`.
    fn isb_isr_ak_imc(self, s: u128, k: u128) -> u128;

    /// `MixColumns(s)`: Arm AESMC.
    fn mc(self, s: u128) -> u128;

    /// `InvMixColumns(s)`: x86 AESIMC, Arm AESIMC.
    fn imc(self, s: u128) -> u128;

    /// `SubBytes(s)` alone.
    fn sb(self, s: u128) -> u128;

    /// `ShiftRows(SubBytes(AddRoundKey(s, k)))`: the key first, Arm AESE's order.
    /// Provided as `sb_sr_ak(s ^ k, 0)`; native backends do the XOR in vector
    /// registers (on AArch64 it is the AESE instruction itself).
    #[inline]
    fn ak_sb_sr(self, s: u128, k: u128) -> u128 {
        self.sb_sr_ak(s ^ k, 0)
    }

    /// `InvSubBytes(InvShiftRows(AddRoundKey(s, k)))`: Arm AESD's order.
    /// Provided as `isb_isr_ak(s ^ k, 0)`.
    #[inline]
    fn ak_isb_isr(self, s: u128, k: u128) -> u128 {
        self.isb_isr_ak(s ^ k, 0)
    }

    /// x86 AESKEYGENASSIST: SubWord of dwords 1 and 3 of `src`, each also rotated
    /// and XORed with `rcon` (see the x86 AESKEYGENASSIST helper for the
    /// pseudocode). Provided in terms of [`Backend::sb`]; a host with the
    /// instruction overrides it.
    #[inline]
    fn aeskeygenassist(self, src: u128, rcon: u8) -> u128 {
        assemble_keygenassist(self.sb(src), rcon)
    }

    /// [`Backend::aeskeygenassist`] with the immediate fixed at compile time
    /// (what an emulator that translates the instruction knows before it runs
    /// it): the same result for every `RCON`. Provided as
    /// `aeskeygenassist(src, RCON)`; the x86-64 native backend overrides it
    /// with the instruction that encodes `RCON` as its imm8, so no XOR of the
    /// immediate follows it.
    #[inline]
    fn aeskeygenassist_const<const RCON: u8>(self, src: u128) -> u128 {
        self.aeskeygenassist(src, RCON)
    }

    /// PCLMULQDQ's carry-less multiply: the qword of `a` picked by `imm` bit 0
    /// times the qword of `b` picked by bit 4 (other bits ignored). Arm PMULL is
    /// `imm = 0x00`, PMULL2 `0x11`. Constant-time in every backend.
    #[inline]
    fn clmul(self, a: u128, b: u128, imm: u8) -> u128 {
        portable_clmul(a, b, imm)
    }

    /// VAES: one of the four AES round instructions on each of `N` 128-bit lanes.
    #[inline]
    fn aes_lanes<const N: usize>(self, op: LaneOp, s: [u128; N], k: [u128; N]) -> [u128; N] {
        core::array::from_fn(|i| match op {
            LaneOp::Enc => self.sb_sr_mc_ak(s[i], k[i]),
            LaneOp::EncLast => self.sb_sr_ak(s[i], k[i]),
            LaneOp::Dec => self.isb_isr_imc_ak(s[i], k[i]),
            LaneOp::DecLast => self.isb_isr_ak(s[i], k[i]),
        })
    }

    /// VPCLMULQDQ: [`Backend::clmul`] on each of `N` lanes, one immediate.
    #[inline]
    fn clmul_lanes<const N: usize>(self, a: [u128; N], b: [u128; N], imm: u8) -> [u128; N] {
        core::array::from_fn(|i| self.clmul(a[i], b[i], imm))
    }

    /// The S-box primitive: on each of the 16 bytes, `outer(inv(inner(x)))`,
    /// where `inv` is the inverse in GF(2^8) with the AES polynomial (`inv(0) =
    /// 0`) and `inner`, `outer` are the affine maps of `maps` ([`SboxAffine`],
    /// built once per pair, usually as a constant). The AES S-box is
    /// `(IDENTITY, AES_SBOX_OUT)`; S-boxes affine-equivalent to the field
    /// inverse (SM4's) and GFNI's GF2P8AFFINEINVQB are other pairs.
    ///
    /// Provided through [`Backend::sb`]: `inv(y) = A^-1(SubBytes(y))` with `A`
    /// the AES S-box's affine map, so `outer(inv(y)) = (outer . A^-1)(sb(y))`;
    /// constant-time wherever `sb` is (the affine maps are bit arithmetic
    /// here; a native backend may use the nibble tables of `maps` in vector
    /// registers, which is constant-time too).
    #[inline]
    fn sbox_affine(self, x: u128, maps: &SboxAffine) -> u128 {
        let y = map_bytes(x, |b| maps.inner.apply(b));
        map_bytes(self.sb(y), |b| maps.after_sb.apply(b))
    }

    /// Four rounds of SM4 (GB/T 32907-2016) on the words `x = {X0, X1, X2,
    /// X3}` (`X0` in bits 31:0) with the words `k = {k0, k1, k2, k3}`:
    /// ```text
    /// for i = 0 to 3
    ///     X[i+4] = X[i] ^ lin(τ(X[i+1] ^ X[i+2] ^ X[i+3] ^ k[i]))
    /// result = {X4, X5, X6, X7}
    /// ```
    /// with `lin` = `L` (the cipher's round function F; `k` the round keys) or
    /// `L'` (the key expansion; `k` the `CK` constants), see [`Sm4Linear`].
    /// τ is the S-box on each byte. This is the body of Arm SM4E/SM4EKEY, x86
    /// VSM4RNDS4/VSM4KEY4 (per 128-bit lane) and RISC-V `vsm4r`/`vsm4k` (per
    /// element group); the guest helpers differ only in where their words come
    /// from.
    ///
    /// Provided through [`Backend::sbox_affine`] with [`SboxAffine::SM4`]
    /// (constant-time wherever that is); [`Soft`] uses the S-box table, the
    /// x86-64 native backend keeps all four rounds in vector registers (PSHUFB
    /// and AESENCLAST), the AArch64 one runs SM4E/SM4EKEY where the CPU has them.
    ///
    /// ```
    /// use crypto_insn::backend::{Backend, Sm4Linear, Soft};
    /// use crypto_insn::math::sm4;
    /// use crypto_insn::reg::{from_dwords, to_dwords};
    /// let (x, k) = ([1, 2, 3, 4], [5, 6, 7, 8]);
    /// let mut w = x.to_vec();
    /// for i in 0..4 {
    ///     w.push(sm4::round(w[i], w[i + 1], w[i + 2], w[i + 3], k[i]));
    /// }
    /// let r = Soft.sm4_rounds(from_dwords(x), from_dwords(k), Sm4Linear::L);
    /// assert_eq!(to_dwords(r), [w[4], w[5], w[6], w[7]]);
    /// ```
    #[inline]
    fn sm4_rounds(self, x: u128, k: u128, lin: Sm4Linear) -> u128 {
        sm4_rounds_by_sbox(self, x, k, lin)
    }

    /// Runs the host instruction `insn` on `a`, `b`, `c` and `imm` (each
    /// instruction reads the operands [`HostInsn`] documents) if this backend
    /// is native and this CPU has it; `None` otherwise, and then the caller
    /// computes the same thing portably. Software backends always answer `None`.
    #[inline]
    fn host(self, insn: HostInsn, a: u128, b: u128, c: u128, imm: u8) -> Option<u128> {
        let _ = (insn, a, b, c, imm);
        None
    }

    /// The host instruction `insn` on 256-bit registers that does not work
    /// lane by lane (x86 SHA512: [`HostInsn::X86Sha512rnds2`] and its
    /// neighbours document the operands): `a`, `b` as `[lane 0, lane 1]`, `c`
    /// a 128-bit third source. `None` unless this backend is native and the
    /// CPU has it; the caller then computes it portably.
    #[inline]
    fn host_ymm(self, insn: HostInsn, a: [u128; 2], b: [u128; 2], c: u128) -> Option<[u128; 2]> {
        let _ = (insn, a, b, c);
        None
    }

    /// [`Backend::host`] from a guest helper's cold path, after `host`
    /// answered `None`: a backend whose `host` skips work on its fast path
    /// ([`Auto`] answers `None` until the first CPU check ran, so that its
    /// fast path has no call) answers fully here. `None` for every other
    /// backend.
    #[inline]
    fn host_cold(insn: HostInsn, a: u128, b: u128, c: u128, imm: u8) -> Option<u128> {
        let _ = (insn, a, b, c, imm);
        None
    }

    /// The SVE2 crypto instruction `insn` on whole `Z` registers: `a`, `b` and
    /// `out` are the 128-bit segments (segment 0 first), of equal length (the
    /// caller checks; `b` is ignored by the one-source forms). Returns `true`
    /// when this backend ran the host's SVE instructions (a native backend on a
    /// CPU with them, in chunks of the host's vector length, whatever the
    /// guest's), `false` with nothing written otherwise: the caller then runs
    /// the per-segment helpers. Software backends answer `false`.
    #[inline]
    fn sve_segments(self, insn: SveInsn, a: &[u128], b: &[u128], out: &mut [u128]) -> bool {
        let _ = (insn, a, b, out);
        false
    }

    /// [`Backend::host`] on each of `N` 128-bit lanes of two sources (`c` = 0),
    /// one immediate: the wide (VEX.256, EVEX.512) form of a host instruction
    /// that works lane by lane. `None` when the backend cannot run it. Provided
    /// as one [`Backend::host`] call per lane; a native backend may use its
    /// 256- or 512-bit registers instead.
    #[inline]
    fn host_lanes<const N: usize>(
        self,
        insn: HostInsn,
        a: [u128; N],
        b: [u128; N],
        imm: u8,
    ) -> Option<[u128; N]> {
        let mut out = [0u128; N];
        for (o, (a, b)) in out.iter_mut().zip(a.into_iter().zip(b)) {
            *o = self.host(insn, a, b, 0, imm)?;
        }
        Some(out)
    }
}

/// A 128-bit register value as the host's vector type (x86-64 `__m128i`,
/// AArch64 `uint8x16_t`, elsewhere `u128`): what out-of-line code takes to
/// get its operands in vector registers. Same bytes as the `u128` (both hosts
/// are little-endian).
#[cfg(target_arch = "x86_64")]
pub(crate) type Reg = core::arch::x86_64::__m128i;
/// See the x86-64 definition.
#[cfg(target_arch = "aarch64")]
pub(crate) type Reg = core::arch::aarch64::uint8x16_t;
/// See the x86-64 definition.
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
pub(crate) type Reg = u128;

/// An operand of an out-of-line fallback: `u128` travels as [`Reg`], an
/// immediate as itself.
pub(crate) trait ByReg: Copy {
    /// How it is passed.
    type R: Copy;
    /// To the passed form.
    fn to_reg(self) -> Self::R;
    /// Back.
    fn from_reg(r: Self::R) -> Self;
}

impl ByReg for u128 {
    type R = Reg;
    #[inline(always)]
    fn to_reg(self) -> Reg {
        // SAFETY: both are 16 bytes of plain data with the same memory bytes
        // (little-endian hosts; `Reg` is `u128` elsewhere).
        #[allow(clippy::useless_transmute)]
        unsafe {
            core::mem::transmute::<u128, Reg>(self)
        }
    }
    #[inline(always)]
    fn from_reg(r: Reg) -> u128 {
        // SAFETY: as in `to_reg`.
        #[allow(clippy::useless_transmute)]
        unsafe {
            core::mem::transmute::<Reg, u128>(r)
        }
    }
}

impl ByReg for u8 {
    type R = u8;
    #[inline(always)]
    fn to_reg(self) -> u8 {
        self
    }
    #[inline(always)]
    fn from_reg(r: u8) -> u8 {
        r
    }
}

/// For guest helpers: `$backend.host($insn, a, b, c, imm)`, or the portable
/// meaning `$f(args)` when the backend answers `None`. On a backend that may be
/// native ([`Backend::MAY_HOST`]) the portable call is out of line and cold, so
/// the native fast path carries no fallback frame; on a software backend it is
/// inlined.
macro_rules! host_or {
    ($backend:expr, $insn:expr, ($a:expr, $b:expr, $c:expr, $imm:expr), $f:path, ($($arg:ident: $t:ty),*)) => {{
        #[inline(always)]
        fn portable($($arg: $t),*) -> u128 {
            $f($($arg),*)
        }
        // Out of line with the operands and the result in vector registers
        // (`extern "C"` on the host's vector type): then the fast path's
        // operands go straight from memory into vector registers, where they
        // would otherwise be loaded into general registers for this call.
        #[cold]
        #[inline(never)]
        #[allow(improper_ctypes_definitions)]
        extern "C" fn cold<B: $crate::backend::Backend>($($arg: <$t as $crate::backend::ByReg>::R),*) -> $crate::backend::Reg {
            $(let $arg: $t = $crate::backend::ByReg::from_reg($arg);)*
            let r = match B::host_cold($insn, $a, $b, $c, $imm) {
                Some(r) => r,
                None => $f($($arg),*),
            };
            $crate::backend::ByReg::to_reg(r)
        }
        #[inline(always)]
        fn cold_for<B: $crate::backend::Backend>(_: B, $($arg: $t),*) -> u128 {
            $crate::backend::ByReg::from_reg(cold::<B>($($crate::backend::ByReg::to_reg($arg)),*))
        }
        let backend = $backend;
        match $crate::backend::Backend::host(backend, $insn, $a, $b, $c, $imm) {
            Some(r) => r,
            None => {
                if $crate::backend::Backend::may_host(backend) {
                    cold_for(backend, $($arg),*)
                } else {
                    portable($($arg),*)
                }
            }
        }
    }};
}
pub(crate) use host_or;

/// The two affine maps of [`Backend::sbox_affine`], prepared once: the maps
/// themselves, the outer map composed with the inverse of the AES S-box's
/// affine map (what follows SubBytes), and nibble tables of both linear maps
/// for backends with a 16-byte table lookup (x86 PSHUFB, AArch64 TBL):
/// `map(x) = lo[x & 15] ^ hi[x >> 4]`, with the constant folded into `hi`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SboxAffine {
    /// The map before the inverse.
    pub inner: Affine,
    /// The map after the inverse.
    pub outer: Affine,
    /// `outer . AES_SBOX_OUT^-1`: the map after SubBytes.
    pub after_sb: Affine,
    /// Nibble tables of `inner`: `[lo, hi]`.
    pub inner_nibbles: [[u8; 16]; 2],
    /// Nibble tables of `after_sb`: `[lo, hi]`.
    pub after_sb_nibbles: [[u8; 16]; 2],
}

impl SboxAffine {
    /// The field inverse alone (`inv` between two identities; inverse of 0 is
    /// 0): GF2P8AFFINEINVQB's first step, a constant so that no caller builds
    /// its tables at run time.
    pub const INVERSE: SboxAffine = SboxAffine::new(Affine::IDENTITY, Affine::IDENTITY);

    /// The SM4 S-box (GB/T 32907-2016) as `outer(inv(inner(x)))`:
    /// [`crate::math::sm4::SBOX_INNER`] and [`crate::math::sm4::SBOX_OUTER`].
    pub const SM4: SboxAffine =
        SboxAffine::new(crate::math::sm4::SBOX_INNER, crate::math::sm4::SBOX_OUTER);

    /// Prepares the pair `(inner, outer)`.
    ///
    /// ```
    /// use crypto_insn::backend::{Affine, Backend, SboxAffine, Soft};
    /// // The AES S-box: FIPS-197 5.1.1, S(0x53) = 0xed.
    /// let aes = SboxAffine::new(Affine::IDENTITY, Affine::AES_SBOX_OUT);
    /// assert_eq!(Soft.sbox_affine(0x53, &aes) & 0xff, 0xed);
    /// ```
    #[must_use]
    pub const fn new(inner: Affine, outer: Affine) -> SboxAffine {
        let after_sb = Affine::AES_SBOX_OUT_INV.then(outer);
        SboxAffine {
            inner,
            outer,
            after_sb,
            // The matrix is public (a constant or an instruction operand).
            inner_nibbles: if inner.matrix == Affine::IDENTITY.matrix && inner.constant == 0 {
                IDENTITY_NIBBLES
            } else {
                nibbles(inner)
            },
            after_sb_nibbles: nibbles(after_sb),
        }
    }
}

/// The linear map after the S-box in [`Backend::sm4_rounds`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sm4Linear {
    /// `L(B) = B ^ (B <<< 2) ^ (B <<< 10) ^ (B <<< 18) ^ (B <<< 24)`: the
    /// cipher's round ([`crate::math::sm4::l`]).
    L,
    /// `L'(B) = B ^ (B <<< 13) ^ (B <<< 23)`: the key expansion
    /// ([`crate::math::sm4::l_prime`]).
    LPrime,
}

impl Sm4Linear {
    /// The map as a function.
    ///
    /// ```
    /// use crypto_insn::backend::Sm4Linear;
    /// assert_eq!((Sm4Linear::L.function())(1), 1 ^ 1 << 2 ^ 1 << 10 ^ 1 << 18 ^ 1 << 24);
    /// assert_eq!((Sm4Linear::LPrime.function())(1), 1 ^ 1 << 13 ^ 1 << 23);
    /// ```
    #[inline(always)]
    #[must_use]
    pub const fn function(self) -> fn(u32) -> u32 {
        match self {
            Sm4Linear::L => crate::math::sm4::l,
            Sm4Linear::LPrime => crate::math::sm4::l_prime,
        }
    }
}

/// `[lo, hi]` with `a(x) = lo[x & 15] ^ hi[x >> 4]`.
///
/// The linear part is built from the matrix's eight columns (the images of the
/// basis bytes): a nibble's entry is the XOR of the columns of its set bits,
/// one XOR from the entry without its lowest bit. Eight matrix products instead
/// of thirty-two: GF2P8AFFINEINVQB without GFNI builds these per call from
/// the guest's matrix. The constant goes into every `hi` entry.
const fn nibbles(a: Affine) -> [[u8; 16]; 2] {
    let mut col = [0u8; 8];
    let mut j = 0;
    while j < 8 {
        col[j] = crate::math::gf::affine_byte(a.matrix, 1 << j);
        j += 1;
    }
    let mut t = [[0u8; 16]; 2];
    let mut n: usize = 1;
    while n < 16 {
        let low = n.trailing_zeros() as usize;
        let rest = n & (n - 1);
        t[0][n] = t[0][rest] ^ col[low];
        t[1][n] = t[1][rest] ^ col[4 + low];
        n += 1;
    }
    let mut n = 0;
    while n < 16 {
        t[1][n] ^= a.constant;
        n += 1;
    }
    t
}

/// [`nibbles`] of the identity map, the inner map of most users.
const IDENTITY_NIBBLES: [[u8; 16]; 2] = nibbles(Affine::IDENTITY);

/// `f` on each of the 16 bytes of `x`.
#[inline(always)]
fn map_bytes(x: u128, f: impl Fn(u8) -> u8) -> u128 {
    u128::from_le_bytes(x.to_le_bytes().map(f))
}

/// [`Backend::sm4_rounds`] with the S-box `tau` on a word: the sliding window
/// of four words, `X[i+4] = X[i] ^ lin(tau(X[i+1] ^ X[i+2] ^ X[i+3] ^ k[i]))`.
#[inline(always)]
pub(crate) fn sm4_rounds_with(x: u128, k: u128, lin: Sm4Linear, tau: impl Fn(u32) -> u32) -> u128 {
    let lin = lin.function();
    let mut w = crate::reg::to_dwords(x);
    for key in crate::reg::to_dwords(k) {
        w = [w[1], w[2], w[3], w[0] ^ lin(tau(w[1] ^ w[2] ^ w[3] ^ key))];
    }
    crate::reg::from_dwords(w)
}

/// [`Backend::sm4_rounds`] through `b`'s S-box primitive, one call per round.
#[inline]
pub(crate) fn sm4_rounds_by_sbox<B: Backend>(b: B, x: u128, k: u128, lin: Sm4Linear) -> u128 {
    sm4_rounds_with(x, k, lin, |t| {
        b.sbox_affine(u128::from(t), &SboxAffine::SM4) as u32
    })
}

/// PCLMULQDQ's operation in portable, constant-time software: pick the qwords
/// (the immediate is public), then [`crate::math::clmul::clmul64`].
#[inline]
pub(crate) fn portable_clmul(a: u128, b: u128, imm: u8) -> u128 {
    let x = if imm & 0x01 == 0 {
        a as u64
    } else {
        (a >> 64) as u64
    };
    let y = if imm & 0x10 == 0 {
        b as u64
    } else {
        (b >> 64) as u64
    };
    crate::math::clmul::clmul64(x, y)
}

/// [`Backend::aes_lanes`] on `n` (1 to 4) lanes, lane `i` being the state
/// `state(i)` and the round key `key(i)` (read only for `i < n`), at their
/// exact count (a padding lane would cost a whole round on the backends that
/// run lanes one at a time); the result's lanes from `n` on are 0. For the
/// guests that walk a run of states four at a time (RISC-V element groups,
/// SVE segments), so that `ct` shares its S-box circuit among them.
#[inline]
pub(crate) fn aes_up_to_four<B: Backend>(
    b: B,
    op: LaneOp,
    n: usize,
    state: impl Fn(usize) -> u128,
    key: impl Fn(usize) -> u128,
) -> [u128; 4] {
    #[inline(always)]
    fn exact<const N: usize, B: Backend>(
        b: B,
        op: LaneOp,
        state: impl Fn(usize) -> u128,
        key: impl Fn(usize) -> u128,
    ) -> [u128; 4] {
        let r = b.aes_lanes::<N>(op, core::array::from_fn(state), core::array::from_fn(key));
        let mut out = [0; 4];
        out[..N].copy_from_slice(&r);
        out
    }
    match n {
        4 => exact::<4, B>(b, op, state, key),
        3 => exact::<3, B>(b, op, state, key),
        2 => exact::<2, B>(b, op, state, key),
        _ => exact::<1, B>(b, op, state, key),
    }
}

/// The four 128-bit AES round instructions that VAES applies lane by lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LaneOp {
    /// AESENC.
    Enc,
    /// AESENCLAST.
    EncLast,
    /// AESDEC.
    Dec,
    /// AESDECLAST.
    DecLast,
}

/// Calls `$m!` (with optional leading tokens) with every method of
/// [`Backend`] except `name`, `sbox_affine`, `aeskeygenassist_const` and the lane forms, each tagged with how [`Auto`] dispatches
/// it: `fragment` (the AES fragments, with the lean run-time path of
/// `native.rs`) or `op` (the other instructions: a cached CPU check, then the
/// native backend, which itself falls back to software for an instruction its
/// CPU lacks). The generic lane methods are written out where needed.
macro_rules! for_each_method {
    ($m:ident $(, $pre:tt)*) => {
        $m! {
            $($pre)*
            (fragment sb_sr_ak, s: u128, k: u128) -> u128;
            (fragment sb_sr_mc_ak, s: u128, k: u128) -> u128;
            (fragment isb_isr_ak, s: u128, k: u128) -> u128;
            (fragment isb_isr_imc_ak, s: u128, k: u128) -> u128;
            (fragment isb_isr_ak_imc, s: u128, k: u128) -> u128;
            (fragment ak_sb_sr, s: u128, k: u128) -> u128;
            (fragment ak_isb_isr, s: u128, k: u128) -> u128;
            (fragment mc, s: u128) -> u128;
            (fragment imc, s: u128) -> u128;
            (fragment sb, s: u128) -> u128;
            (fragment aeskeygenassist, src: u128, rcon: u8) -> u128;
            (vop clmul, a: u128, b: u128, imm: u8) -> u128;
            (hostop host, insn: HostInsn, a: u128, b: u128, c: u128, imm: u8) -> Option<u128>;
            (op host_ymm, insn: HostInsn, a: [u128; 2], b: [u128; 2], c: u128) -> Option<[u128; 2]>;
            (op sve_segments, insn: SveInsn, a: &[u128], b: &[u128], out: &mut [u128]) -> bool;
            (op sm4_rounds, x: u128, k: u128, lin: Sm4Linear) -> u128;
        }
    };
}

/// Builds the AESKEYGENASSIST result from `sub = SubBytes(src)`.
///
/// Intel SDM pseudocode, dwords numbered from bits 31:0:
/// `DEST[31:0] = SubWord(X1); DEST[63:32] = RotWord(SubWord(X1)) ^ RCON;`
/// `DEST[95:64] = SubWord(X3); DEST[127:96] = RotWord(SubWord(X3)) ^ RCON`,
/// where `X1 = SRC[63:32]`, `X3 = SRC[127:96]` and `RCON = ZeroExtend(imm8)`.
/// SubWord of a dword is dword of SubBytes, so `sub` already holds `SubWord(X1)`
/// in dword 1 and `SubWord(X3)` in dword 3.
#[inline(always)]
#[must_use]
pub(crate) fn assemble_keygenassist(sub: u128, rcon: u8) -> u128 {
    use crate::math::aes::rot_word;
    let [_, x1, _, x3] = crate::reg::to_dwords(sub);
    let rcon = u32::from(rcon);
    crate::reg::from_dwords([x1, rot_word(x1) ^ rcon, x3, rot_word(x3) ^ rcon])
}

/// The software backend used when neither a native one nor `vperm` applies.
#[cfg(not(feature = "constant-time"))]
type Software = Soft;
/// The software backend used when neither a native one nor `vperm` applies.
#[cfg(feature = "constant-time")]
type Software = Ct;

/// What runs when no native backend applies: [`Vperm`] where the host has it
/// (one cached check), otherwise `Software` ([`Soft`], or [`Ct`] with the
/// `constant-time` feature).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Fallback;

/// [`Fallback`]'s methods: `vperm` if present, else the software backend.
macro_rules! fallback_impl {
    ($(($kind:ident $f:ident, $($a:ident: $t:ty),*) -> $r:ty;)*) => {
        impl Backend for Fallback {
            #[inline]
            fn name(self) -> &'static str {
                match Vperm::cached() {
                    Some(v) => v.name(),
                    None => Software::default().name(),
                }
            }
            $(
                #[inline]
                fn $f(self, $($a: $t),*) -> $r {
                    match Vperm::cached() {
                        Some(v) => v.$f($($a),*),
                        None => Software::default().$f($($a),*),
                    }
                }
            )*
            #[inline]
            fn sbox_affine(self, x: u128, maps: &SboxAffine) -> u128 {
                match Vperm::cached() {
                    Some(v) => v.sbox_affine(x, maps),
                    None => Software::default().sbox_affine(x, maps),
                }
            }
            #[inline]
            fn aes_lanes<const N: usize>(self, op: LaneOp, s: [u128; N], k: [u128; N]) -> [u128; N] {
                // `ct` runs several lanes through one circuit evaluation.
                match Vperm::cached() {
                    Some(v) => v.aes_lanes(op, s, k),
                    None => Software::default().aes_lanes(op, s, k),
                }
            }
        }
    };
}
for_each_method!(fallback_impl);

/// Calls `$m!` with the list of two- and one-operand fragments (all but
/// `aeskeygenassist`, whose immediate makes it special), so that the code that
/// must name every fragment is written once.
macro_rules! for_each_fragment {
    ($m:ident $(, $pre:tt)*) => {
        $m! {
            $($pre)*
            (sb_sr_ak, s k)
            (sb_sr_mc_ak, s k)
            (isb_isr_ak, s k)
            (isb_isr_imc_ak, s k)
            (isb_isr_ak_imc, s k)
            (ak_sb_sr, s k)
            (ak_isb_isr, s k)
            (mc, s)
            (imc, s)
            (sb, s)
        }
    };
}
pub(crate) use for_each_fragment;

#[cfg(all(feature = "std", target_arch = "aarch64"))]
use aarch64::run_time;
#[cfg(all(feature = "std", target_arch = "x86_64"))]
use x86_64::run_time;

/// Without run-time detection `Auto` never calls these; they exist so that
/// `Auto`'s code is the same on every host.
#[cfg(not(all(feature = "std", any(target_arch = "x86_64", target_arch = "aarch64"))))]
// `Fallback` is a unit struct in some configurations and not in others, so
// `Fallback::default()` is the spelling that builds in all of them.
#[allow(clippy::default_constructed_unit_structs)]
mod run_time {
    use super::{Backend, Fallback};

    macro_rules! fallback_fns {
        ($(($f:ident, $($a:ident)*))*) => {
            $(
                #[inline(always)]
                pub(crate) fn $f($($a: u128),*) -> u128 {
                    Fallback::default().$f($($a),*)
                }
            )*
        };
    }
    crate::backend::for_each_fragment!(fallback_fns);

    #[inline(always)]
    pub(crate) fn aeskeygenassist(src: u128, rcon: u8) -> u128 {
        Fallback::default().aeskeygenassist(src, rcon)
    }
}

/// The best backend for this build and host, chosen once, here.
///
/// The order of preference: a native backend enabled at compile time (then the
/// choice costs nothing and everything inlines); one detected at run time (with
/// `std`; one relaxed atomic load per call after the first); otherwise
/// [`Vperm`] where the host has byte shuffles; otherwise [`Soft`], or [`Ct`]
/// with the `constant-time` feature.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Auto;

impl Auto {
    /// The concrete backend `Auto` runs on, as a [`Dynamic`] (for reports).
    #[must_use]
    pub fn resolved() -> Dynamic {
        match (Native::cached(), Vperm::cached()) {
            (Some(n), _) => Dynamic::Native(n),
            (None, Some(v)) => Dynamic::Vperm(v),
            (None, None) if cfg!(feature = "constant-time") => Dynamic::Ct,
            (None, None) => Dynamic::Soft,
        }
    }
}

/// `Auto`'s methods: the native backend inlined when the build enables it,
/// else (fragments) the run-time dispatch of `native.rs` (one-byte check,
/// direct call) or (other instructions) the cached check and the native backend,
/// else the software fallback inlined.
macro_rules! auto_impl {
    ($(($kind:ident $f:ident, $($a:ident: $t:ty),*) -> $r:ty;)*) => {
        impl Backend for Auto {
            // A native backend exists on these hosts (whether it applies is
            // known at run time).
            const MAY_HOST: bool = cfg!(any(target_arch = "x86_64", target_arch = "aarch64"));
            #[inline]
            fn name(self) -> &'static str {
                match Auto::resolved() {
                    Dynamic::Native(_) => "native",
                    Dynamic::Vperm(_) => "vperm",
                    Dynamic::Ct => "ct",
                    Dynamic::Soft => "soft",
                }
            }
            $(auto_impl!(@one $kind $f, $($a: $t),*; $r);)*
            #[inline]
            fn aeskeygenassist_const<const RCON: u8>(self, src: u128) -> u128 {
                if Native::RUN_TIME {
                    return run_time::aeskeygenassist(src, RCON);
                }
                match Native::cached() {
                    Some(n) => n.aeskeygenassist_const::<RCON>(src),
                    None => Fallback::default().aeskeygenassist(src, RCON),
                }
            }
            #[inline]
            fn aes_lanes<const N: usize>(self, op: LaneOp, s: [u128; N], k: [u128; N]) -> [u128; N] {
                match Native::cached() {
                    Some(n) => n.aes_lanes(op, s, k),
                    None => Fallback::default().aes_lanes(op, s, k),
                }
            }
            #[inline]
            fn clmul_lanes<const N: usize>(self, a: [u128; N], b: [u128; N], imm: u8) -> [u128; N] {
                match Native::cached() {
                    Some(n) => n.clmul_lanes(a, b, imm),
                    None => Fallback::default().clmul_lanes(a, b, imm),
                }
            }
            #[inline]
            fn sbox_affine(self, x: u128, maps: &SboxAffine) -> u128 {
                match Native::cached() {
                    Some(n) => n.sbox_affine(x, maps),
                    None => Fallback::default().sbox_affine(x, maps),
                }
            }
            #[inline]
            fn host_lanes<const N: usize>(self, insn: HostInsn, a: [u128; N], b: [u128; N], imm: u8) -> Option<[u128; N]> {
                match Native::cached() {
                    Some(n) => n.host_lanes(insn, a, b, imm),
                    None => Fallback::default().host_lanes(insn, a, b, imm),
                }
            }
        }
    };
    (@one fragment $f:ident, $($a:ident: $t:ty),*; $r:ty) => {
        #[inline]
        fn $f(self, $($a: $t),*) -> $r {
            if Native::RUN_TIME {
                return run_time::$f($($a),*);
            }
            match Native::cached() {
                Some(n) => n.$f($($a),*),
                None => Fallback::default().$f($($a),*),
            }
        }
    };
    (@one vop $f:ident, $($a:ident: $t:ty),*; $r:ty) => {
        // As `op`, with no call on the fast path once the CPU check ran (the
        // first call and a CPU without the instructions take `cold`), and
        // `cold`'s operands and result in vector registers, so that the fast
        // path's operands go straight into them.
        #[inline]
        fn $f(self, $($a: $t),*) -> $r {
            #[cfg_attr(any(target_arch = "x86_64", target_arch = "aarch64"), cold, inline(never))]
            #[allow(improper_ctypes_definitions)]
            extern "C" fn cold($($a: <$t as ByReg>::R),*) -> Reg {
                $(let $a: $t = ByReg::from_reg($a);)*
                ByReg::to_reg(match Native::cached() {
                    Some(n) => n.$f($($a),*),
                    None => Fallback::default().$f($($a),*),
                })
            }
            match Native::if_checked() {
                Some(n) => n.$f($($a),*),
                None => ByReg::from_reg(cold($(ByReg::to_reg($a)),*)),
            }
        }
    };
    (@one hostop $f:ident, $($a:ident: $t:ty),*; $r:ty) => {
        // Only a native backend answers `host` (the software ones never do),
        // and without a call on the path: before the first CPU check this
        // answers `None`, and the guest's cold fallback then asks
        // [`Backend::host_cold`], which runs the check.
        #[inline]
        fn $f(self, $($a: $t),*) -> $r {
            Native::if_checked()?.$f($($a),*)
        }
        #[cold]
        #[inline(never)]
        fn host_cold(insn: HostInsn, a: u128, b: u128, c: u128, imm: u8) -> Option<u128> {
            Native::cached()?.host(insn, a, b, c, imm)
        }
    };
    (@one op $f:ident, $($a:ident: $t:ty),*; $r:ty) => {
        #[inline]
        fn $f(self, $($a: $t),*) -> $r {
            // Out of line where a native backend exists (the CPU rarely lacks
            // it), inlined elsewhere (the software path is the only path).
            #[cfg_attr(any(target_arch = "x86_64", target_arch = "aarch64"), cold, inline(never))]
            fn fallback($($a: $t),*) -> $r {
                Fallback::default().$f($($a),*)
            }
            match Native::cached() {
                Some(n) => n.$f($($a),*),
                None => fallback($($a),*),
            }
        }
    };
}
for_each_method!(auto_impl);

/// Calls `$e` with `$b` bound to the concrete backend a [`Dynamic`] names.
macro_rules! each {
    ($d:expr, $b:ident => $e:expr) => {
        match $d {
            Dynamic::Soft => {
                let $b = Soft;
                $e
            }
            Dynamic::Ct => {
                let $b = Ct;
                $e
            }
            Dynamic::Vperm($b) => $e,
            Dynamic::Native($b) => $e,
        }
    };
}

/// [`Dynamic`]'s methods: each forwards to the backend the variant names.
macro_rules! dynamic_impl {
    ($(($kind:ident $f:ident, $($a:ident: $t:ty),*) -> $r:ty;)*) => {
        impl Backend for Dynamic {
            const MAY_HOST: bool = cfg!(any(target_arch = "x86_64", target_arch = "aarch64"));
            #[inline]
            fn name(self) -> &'static str {
                each!(self, b => b.name())
            }
            $(
                #[inline]
                fn $f(self, $($a: $t),*) -> $r {
                    each!(self, b => b.$f($($a),*))
                }
            )*
            #[inline]
            fn aes_lanes<const N: usize>(self, op: LaneOp, s: [u128; N], k: [u128; N]) -> [u128; N] {
                each!(self, b => b.aes_lanes(op, s, k))
            }
            #[inline]
            fn aeskeygenassist_const<const RCON: u8>(self, src: u128) -> u128 {
                each!(self, b => b.aeskeygenassist_const::<RCON>(src))
            }
            #[inline]
            fn clmul_lanes<const N: usize>(self, a: [u128; N], b: [u128; N], imm: u8) -> [u128; N] {
                each!(self, x => x.clmul_lanes(a, b, imm))
            }
            #[inline]
            fn sbox_affine(self, x: u128, maps: &SboxAffine) -> u128 {
                each!(self, b => b.sbox_affine(x, maps))
            }
            #[inline]
            fn host_lanes<const N: usize>(self, insn: HostInsn, a: [u128; N], b: [u128; N], imm: u8) -> Option<[u128; N]> {
                each!(self, x => x.host_lanes(insn, a, b, imm))
            }
        }
    };
}
for_each_method!(dynamic_impl);

/// A backend chosen at run time; every variant is usable (a native variant can
/// only be built after its CPU check passed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dynamic {
    /// The table-driven software backend.
    Soft,
    /// The constant-time software backend.
    Ct,
    /// The constant-time vector-permute backend.
    Vperm(Vperm),
    /// The host's instructions.
    Native(Native),
}

impl fmt::Display for Dynamic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Every backend usable on this host, in a fixed order: `soft`, `ct`, then
/// `vperm` and `native` when the CPU has them.
pub fn available() -> impl Iterator<Item = Dynamic> {
    [
        Some(Dynamic::Soft),
        Some(Dynamic::Ct),
        Vperm::cached().map(Dynamic::Vperm),
        Native::cached().map(Dynamic::Native),
    ]
    .into_iter()
    .flatten()
}

/// A backend as a user names it (`--backend auto|soft|ct|vperm|native`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Choice {
    /// Whatever [`Auto`] picks.
    #[default]
    Auto,
    /// The table-driven software backend.
    Soft,
    /// The constant-time software backend.
    Ct,
    /// The constant-time vector-permute backend (SSSE3, AdvSIMD).
    Vperm,
    /// The host's own crypto instructions.
    Native,
}

impl Choice {
    /// Every choice, in the order the CLI lists them.
    pub const ALL: [Choice; 5] = [
        Choice::Auto,
        Choice::Soft,
        Choice::Ct,
        Choice::Vperm,
        Choice::Native,
    ];

    /// The name the CLI uses.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Choice::Auto => "auto",
            Choice::Soft => "soft",
            Choice::Ct => "ct",
            Choice::Vperm => "vperm",
            Choice::Native => "native",
        }
    }

    /// The backend this choice stands for on this host.
    ///
    /// # Errors
    /// [`Unavailable`] when the choice names a backend this build or host lacks
    /// (never a silent fallback).
    pub fn resolve(self) -> Result<Dynamic, Unavailable> {
        match self {
            Choice::Auto => Ok(Auto::resolved()),
            Choice::Soft => Ok(Dynamic::Soft),
            Choice::Ct => Ok(Dynamic::Ct),
            Choice::Vperm => Vperm::detect().map(Dynamic::Vperm),
            Choice::Native => Native::detect().map(Dynamic::Native),
        }
    }
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An unknown backend name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownChoice;

impl fmt::Display for UnknownChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown backend (expected auto, soft, ct, vperm or native)")
    }
}

impl FromStr for Choice {
    type Err = UnknownChoice;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Choice::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or(UnknownChoice)
    }
}

/// A requested backend is not available on this host or in this build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable {
    /// What was asked for.
    pub choice: Choice,
    /// Why it cannot be used.
    pub reason: &'static str,
}

impl fmt::Display for Unavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "backend '{}' is unavailable: {}",
            self.choice, self.reason
        )
    }
}

#[cfg(feature = "std")]
impl std::error::Error for Unavailable {}
#[cfg(feature = "std")]
impl std::error::Error for UnknownChoice {}

/// Implements [`Backend`] for a software backend by calling the same-named
/// functions of its `aes` module.
macro_rules! backend_from_module {
    // `lanes`: the module also has its own `aes_lanes` (several lanes at once).
    ($ty:ty, $name:literal, $m:ident, lanes) => {
        $crate::backend::backend_from_module!(@impl $ty, $name, $m, {
            #[inline]
            fn aes_lanes<const N: usize>(self, op: $crate::backend::LaneOp, s: [u128; N], k: [u128; N]) -> [u128; N] {
                $m::aes_lanes(op, s, k)
            }
        });
    };
    ($ty:ty, $name:literal, $m:ident) => {
        $crate::backend::backend_from_module!(@impl $ty, $name, $m, {});
    };
    // `extra`: further overrides of provided methods.
    ($ty:ty, $name:literal, $m:ident, extra { $($extra:tt)* }) => {
        $crate::backend::backend_from_module!(@impl $ty, $name, $m, { $($extra)* });
    };
    (@impl $ty:ty, $name:literal, $m:ident, { $($extra:tt)* }) => {
        impl $crate::backend::Backend for $ty {
            #[inline]
            fn name(self) -> &'static str {
                $name
            }
            #[inline]
            fn sb_sr_ak(self, s: u128, k: u128) -> u128 {
                $m::sb_sr_ak(s, k)
            }
            #[inline]
            fn sb_sr_mc_ak(self, s: u128, k: u128) -> u128 {
                $m::sb_sr_mc_ak(s, k)
            }
            #[inline]
            fn isb_isr_ak(self, s: u128, k: u128) -> u128 {
                $m::isb_isr_ak(s, k)
            }
            #[inline]
            fn isb_isr_imc_ak(self, s: u128, k: u128) -> u128 {
                $m::isb_isr_imc_ak(s, k)
            }
            #[inline]
            fn isb_isr_ak_imc(self, s: u128, k: u128) -> u128 {
                $m::isb_isr_ak_imc(s, k)
            }
            #[inline]
            fn mc(self, s: u128) -> u128 {
                $m::mc(s)
            }
            #[inline]
            fn imc(self, s: u128) -> u128 {
                $m::imc(s)
            }
            #[inline]
            fn sb(self, s: u128) -> u128 {
                $m::sb(s)
            }
            $($extra)*
        }
    };
}
use backend_from_module;

/// Hosts without a native backend: `Native` exists but can never be built.
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
mod none {
    use super::{Backend, Choice, Unavailable};

    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    enum Never {}

    /// The host's own AES instructions; this host architecture has none that
    /// this crate uses, so no value of this type can exist.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Native(Never);

    impl Native {
        /// Always [`Unavailable`] on this architecture.
        ///
        /// # Errors
        /// Always.
        pub fn detect() -> Result<Native, Unavailable> {
            Err(Unavailable {
                choice: Choice::Native,
                reason: "no native AES backend for this host architecture",
            })
        }

        #[inline(always)]
        pub(crate) fn cached() -> Option<Native> {
            None
        }

        /// Never present here.
        pub(crate) fn if_checked() -> Option<Native> {
            None
        }

        /// Never detected at run time here.
        pub(crate) const RUN_TIME: bool = false;

        /// The instruction families this CPU has beyond AES: none (no value of
        /// this type exists).
        pub fn features(self) -> core::iter::Empty<&'static str> {
            match self.0 {}
        }
    }

    impl Backend for Native {
        fn name(self) -> &'static str {
            match self.0 {}
        }
        fn sb_sr_ak(self, _: u128, _: u128) -> u128 {
            match self.0 {}
        }
        fn sb_sr_mc_ak(self, _: u128, _: u128) -> u128 {
            match self.0 {}
        }
        fn isb_isr_ak(self, _: u128, _: u128) -> u128 {
            match self.0 {}
        }
        fn isb_isr_imc_ak(self, _: u128, _: u128) -> u128 {
            match self.0 {}
        }
        fn isb_isr_ak_imc(self, _: u128, _: u128) -> u128 {
            match self.0 {}
        }
        fn mc(self, _: u128) -> u128 {
            match self.0 {}
        }
        fn imc(self, _: u128) -> u128 {
            match self.0 {}
        }
        fn sb(self, _: u128) -> u128 {
            match self.0 {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::gf;

    #[test]
    fn sbox_affine_is_outer_inv_inner_on_every_backend() {
        // Random-looking invertible pairs: the SM4 decomposition and the AES one.
        let pairs = [
            SboxAffine::new(Affine::IDENTITY, Affine::AES_SBOX_OUT),
            SboxAffine::new(crate::math::sm4::SBOX_INNER, crate::math::sm4::SBOX_OUTER),
        ];
        for maps in &pairs {
            for lo in 0..16u8 {
                let x = u128::from_le_bytes(core::array::from_fn(|i| (i as u8) << 4 | lo));
                let want = map_bytes(x, |b| gf::affine_inv_affine(b, maps.inner, maps.outer));
                for b in available() {
                    assert_eq!(b.sbox_affine(x, maps), want, "{b}");
                }
                assert_eq!(Auto.sbox_affine(x, maps), want);
                for (t, a) in [
                    (maps.inner_nibbles, maps.inner),
                    (maps.after_sb_nibbles, maps.after_sb),
                ] {
                    for v in 0..=255u8 {
                        assert_eq!(
                            t[0][usize::from(v & 15)] ^ t[1][usize::from(v >> 4)],
                            a.apply(v)
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn sm4_rounds_are_the_standard_rounds_on_every_backend() {
        use crate::math::sm4::{key_round, round};
        type Step = fn(u32, u32, u32, u32, u32) -> u32;
        let check = |x: [u32; 4], k: [u32; 4]| {
            for (lin, step) in [
                (Sm4Linear::L, round as Step),
                (Sm4Linear::LPrime, key_round),
            ] {
                let mut w = [0u32; 8];
                w[..4].copy_from_slice(&x);
                for i in 0..4 {
                    w[i + 4] = step(w[i], w[i + 1], w[i + 2], w[i + 3], k[i]);
                }
                let want = crate::reg::from_dwords([w[4], w[5], w[6], w[7]]);
                let (x, k) = (crate::reg::from_dwords(x), crate::reg::from_dwords(k));
                for b in available() {
                    assert_eq!(b.sm4_rounds(x, k, lin), want, "{b} {lin:?}");
                }
                assert_eq!(Auto.sm4_rounds(x, k, lin), want);
                assert_eq!(Fallback.sm4_rounds(x, k, lin), want);
            }
        };
        // Edge words, every byte value in every byte of the first round's
        // input, then an LCG's words.
        check([0; 4], [0; 4]);
        check([u32::MAX; 4], [u32::MAX; 4]);
        for b in 0..=255u32 {
            check(
                [b, b << 8, b << 16, b << 24],
                [b, b * 0x0101_0101, !b, b << 8],
            );
        }
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 32) as u32
        };
        for _ in 0..512 {
            let x = [next(), next(), next(), next()];
            check(x, [next(), next(), next(), next()]);
        }
    }
}
