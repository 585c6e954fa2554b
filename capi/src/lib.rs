//! The C ABI of crypto-insn (`include/crypto_insn.h`).
//!
//! Every instruction helper is exported as
//! `int crypto_insn_<arch>_<mnemonic>(uint8_t *dst, const uint8_t *src..., [imm])`
//! over registers given as 16-byte arrays in **memory order** (what
//! `_mm_storeu_si128` / `vst1q_u8` store; byte 0 = bits 7:0). Wide x86 operations
//! take `16 * lanes` bytes, lane 0 first, and a `lanes` count of 1, 2 or 4.
//!
//! Contract:
//! - every function reads all its sources before writing `dst`, so `dst` may be
//!   the same array as any source (aliasing is allowed; partial overlap is not);
//! - a null pointer gives `CRYPTO_INSN_ERR_NULL` and writes nothing; a bad lane
//!   count gives `CRYPTO_INSN_ERR_ARG`; other pointers must be valid for the sizes
//!   above (that is the C caller's part: it cannot be checked);
//! - `crypto_insn_set_backend` selects the backend for the whole process
//!   (thread-safe; a relaxed atomic); the default is `auto`.
//!
//! `unsafe` here is the FFI boundary: raw pointers from C.

use core::ffi::{CStr, c_char, c_int};
use core::sync::atomic::{AtomicU8, Ordering};

use crypto_insn::arm::Arm;
use crypto_insn::backend::{Auto, Backend, Choice, Ct, Dynamic, Native, Soft};
use crypto_insn::reg;
use crypto_insn::x86::X86;

/// Success.
pub const CRYPTO_INSN_OK: c_int = 0;
/// A required pointer was null; nothing was written.
pub const CRYPTO_INSN_ERR_NULL: c_int = -1;
/// An argument is out of range (a lane count other than 1, 2 or 4).
pub const CRYPTO_INSN_ERR_ARG: c_int = -2;
/// The requested backend is not available on this CPU or build.
pub const CRYPTO_INSN_ERR_UNAVAILABLE: c_int = -3;
/// Not a backend name (`auto`, `soft`, `ct`, `native`).
pub const CRYPTO_INSN_ERR_UNKNOWN: c_int = -4;

/// 0 auto, 1 soft, 2 ct, 3 native.
static BACKEND: AtomicU8 = AtomicU8::new(0);

/// Runs `$e` with `$b` bound to the selected backend (a concrete type per arm,
/// so each arm is monomorphised and inlined).
macro_rules! with_backend {
    ($b:ident => $e:expr) => {
        match BACKEND.load(Ordering::Relaxed) {
            1 => {
                let $b = Soft;
                $e
            }
            2 => {
                let $b = Ct;
                $e
            }
            3 => match Native::detect() {
                Ok(n) => {
                    let $b = n;
                    $e
                }
                // Unreachable: `set_backend` only stores 3 after the check passed.
                Err(_) => {
                    let $b = Auto;
                    $e
                }
            },
            _ => {
                let $b = Auto;
                $e
            }
        }
    };
}

/// Reads a 16-byte register.
///
/// # Safety
/// `p` must be valid for 16 bytes (any alignment).
unsafe fn load(p: *const u8) -> u128 {
    // SAFETY: the caller guarantees 16 readable bytes; read_unaligned has no
    // alignment requirement.
    reg::from_bytes(unsafe { p.cast::<[u8; 16]>().read_unaligned() })
}

/// Writes a 16-byte register.
///
/// # Safety
/// `p` must be valid for 16 writable bytes (any alignment).
unsafe fn store(p: *mut u8, v: u128) {
    // SAFETY: the caller guarantees 16 writable bytes; no alignment requirement.
    unsafe { p.cast::<[u8; 16]>().write_unaligned(reg::to_bytes(v)) }
}

/// The library version, a NUL-terminated static string (e.g. "0.1.0").
#[unsafe(no_mangle)]
pub extern "C" fn crypto_insn_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// Selects the backend for every later call: "auto", "soft", "ct" or "native".
///
/// # Safety
/// `name` must be null or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn crypto_insn_set_backend(name: *const c_char) -> c_int {
    if name.is_null() {
        return CRYPTO_INSN_ERR_NULL;
    }
    // SAFETY: the caller guarantees a NUL-terminated string.
    let Ok(text) = unsafe { CStr::from_ptr(name) }.to_str() else {
        return CRYPTO_INSN_ERR_UNKNOWN;
    };
    let Ok(choice) = text.parse::<Choice>() else {
        return CRYPTO_INSN_ERR_UNKNOWN;
    };
    if choice.resolve().is_err() {
        return CRYPTO_INSN_ERR_UNAVAILABLE;
    }
    let code = match choice {
        Choice::Auto => 0,
        Choice::Soft => 1,
        Choice::Ct => 2,
        Choice::Native => 3,
    };
    BACKEND.store(code, Ordering::Relaxed);
    CRYPTO_INSN_OK
}

/// The backend the calls run on now ("soft", "ct" or "native"), a static string.
#[unsafe(no_mangle)]
pub extern "C" fn crypto_insn_backend() -> *const c_char {
    let name = match BACKEND.load(Ordering::Relaxed) {
        1 => Dynamic::Soft,
        2 => Dynamic::Ct,
        _ => Choice::Auto.resolve().unwrap_or(Dynamic::Soft),
    };
    match name.name() {
        "native" => c"native".as_ptr(),
        "ct" => c"ct".as_ptr(),
        _ => c"soft".as_ptr(),
    }
}

/// Defines exported functions `dst = f(sources...)` over 16-byte registers, with
/// optional trailing `u8` immediate.
macro_rules! export {
    ($(
        $(#[$doc:meta])*
        fn $name:ident($($src:ident),*; $($imm:ident)?) => |$b:ident| $body:expr;
    )*) => {$(
        $(#[$doc])*
        ///
        /// # Safety
        /// `dst` and every source must be null (rejected) or valid for 16 bytes;
        /// `dst` may equal a source.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $name(dst: *mut u8, $($src: *const u8,)* $($imm: u8)?) -> c_int {
            if dst.is_null() $(|| $src.is_null())* {
                return CRYPTO_INSN_ERR_NULL;
            }
            // SAFETY: non-null, and the caller guarantees 16 valid bytes each.
            $(let $src = unsafe { load($src) };)*
            let r = with_backend!($b => $body);
            // SAFETY: as above; every source was read first.
            unsafe { store(dst, r) };
            CRYPTO_INSN_OK
        }
    )*};
}

export! {
    /// x86 AESENC: `dst = MixColumns(ShiftRows(SubBytes(state))) ^ round_key`.
    fn crypto_insn_x86_aesenc(state, round_key;) => |b| X86(b).aesenc(state, round_key);
    /// x86 AESENCLAST.
    fn crypto_insn_x86_aesenclast(state, round_key;) => |b| X86(b).aesenclast(state, round_key);
    /// x86 AESDEC.
    fn crypto_insn_x86_aesdec(state, round_key;) => |b| X86(b).aesdec(state, round_key);
    /// x86 AESDECLAST.
    fn crypto_insn_x86_aesdeclast(state, round_key;) => |b| X86(b).aesdeclast(state, round_key);
    /// x86 AESIMC.
    fn crypto_insn_x86_aesimc(src;) => |b| X86(b).aesimc(src);
    /// x86 AESKEYGENASSIST.
    fn crypto_insn_x86_aeskeygenassist(src; imm8) => |b| X86(b).aeskeygenassist(src, imm8);
    /// x86 PCLMULQDQ (imm bit 0: qword of src1, bit 4: qword of src2).
    fn crypto_insn_x86_pclmulqdq(src1, src2; imm8) => |b| X86(b).pclmulqdq(src1, src2, imm8);
    /// x86 SHA1RNDS4 (imm bits 1:0).
    fn crypto_insn_x86_sha1rnds4(src1, src2; imm8) => |b| X86(b).sha1rnds4(src1, src2, imm8);
    /// x86 SHA1NEXTE.
    fn crypto_insn_x86_sha1nexte(src1, src2;) => |b| X86(b).sha1nexte(src1, src2);
    /// x86 SHA1MSG1.
    fn crypto_insn_x86_sha1msg1(src1, src2;) => |b| X86(b).sha1msg1(src1, src2);
    /// x86 SHA1MSG2.
    fn crypto_insn_x86_sha1msg2(src1, src2;) => |b| X86(b).sha1msg2(src1, src2);
    /// x86 SHA256RNDS2: `src1` = {C,D,G,H}, `src2` = {A,B,E,F}, `xmm0` = WK.
    fn crypto_insn_x86_sha256rnds2(src1, src2, xmm0;) => |b| X86(b).sha256rnds2(src1, src2, xmm0);
    /// x86 SHA256MSG1.
    fn crypto_insn_x86_sha256msg1(src1, src2;) => |b| X86(b).sha256msg1(src1, src2);
    /// x86 SHA256MSG2.
    fn crypto_insn_x86_sha256msg2(src1, src2;) => |b| X86(b).sha256msg2(src1, src2);
    /// Arm AESE: `dst = ShiftRows(SubBytes(state ^ key))`.
    fn crypto_insn_arm_aese(state, key;) => |b| Arm(b).aese(state, key);
    /// Arm AESD.
    fn crypto_insn_arm_aesd(state, key;) => |b| Arm(b).aesd(state, key);
    /// Arm AESMC.
    fn crypto_insn_arm_aesmc(src;) => |b| Arm(b).aesmc(src);
    /// Arm AESIMC.
    fn crypto_insn_arm_aesimc(src;) => |b| Arm(b).aesimc(src);
    /// Arm PMULL (low doublewords).
    fn crypto_insn_arm_pmull(n, m;) => |b| Arm(b).pmull(n, m);
    /// Arm PMULL2 (high doublewords).
    fn crypto_insn_arm_pmull2(n, m;) => |b| Arm(b).pmull2(n, m);
    /// Arm SHA1C: `d` = Qd, `n` = the Vn register (bits 31:0 read), `m` = Vm.
    fn crypto_insn_arm_sha1c(d, n, m;) => |b| Arm(b).sha1c(d, n, m);
    /// Arm SHA1P.
    fn crypto_insn_arm_sha1p(d, n, m;) => |b| Arm(b).sha1p(d, n, m);
    /// Arm SHA1M.
    fn crypto_insn_arm_sha1m(d, n, m;) => |b| Arm(b).sha1m(d, n, m);
    /// Arm SHA1H (the result is zero-extended).
    fn crypto_insn_arm_sha1h(n;) => |b| Arm(b).sha1h(n);
    /// Arm SHA1SU0.
    fn crypto_insn_arm_sha1su0(d, n, m;) => |b| Arm(b).sha1su0(d, n, m);
    /// Arm SHA1SU1.
    fn crypto_insn_arm_sha1su1(d, n;) => |b| Arm(b).sha1su1(d, n);
    /// Arm SHA256H.
    fn crypto_insn_arm_sha256h(d, n, m;) => |b| Arm(b).sha256h(d, n, m);
    /// Arm SHA256H2.
    fn crypto_insn_arm_sha256h2(d, n, m;) => |b| Arm(b).sha256h2(d, n, m);
    /// Arm SHA256SU0.
    fn crypto_insn_arm_sha256su0(d, n;) => |b| Arm(b).sha256su0(d, n);
    /// Arm SHA256SU1.
    fn crypto_insn_arm_sha256su1(d, n, m;) => |b| Arm(b).sha256su1(d, n, m);
}

/// The wide x86 operations.
#[derive(Clone, Copy)]
enum Wide {
    Enc,
    EncLast,
    Dec,
    DecLast,
    Clmul(u8),
}

/// `dst = op(a, b)` on `lanes` 128-bit lanes.
///
/// # Safety
/// Non-null pointers must be valid for `16 * lanes` bytes.
unsafe fn wide(dst: *mut u8, a: *const u8, b: *const u8, lanes: usize, op: Wide) -> c_int {
    if dst.is_null() || a.is_null() || b.is_null() {
        return CRYPTO_INSN_ERR_NULL;
    }
    fn run<B: Backend, const N: usize>(bk: B, op: Wide, a: [u128; N], b: [u128; N]) -> [u128; N] {
        let x = X86(bk);
        match op {
            Wide::Enc => x.vaesenc(a, b),
            Wide::EncLast => x.vaesenclast(a, b),
            Wide::Dec => x.vaesdec(a, b),
            Wide::DecLast => x.vaesdeclast(a, b),
            Wide::Clmul(imm) => x.vpclmulqdq(a, b, imm),
        }
    }
    /// # Safety
    /// The pointers must be valid for `16 * N` bytes.
    unsafe fn go<const N: usize>(dst: *mut u8, a: *const u8, b: *const u8, op: Wide) {
        // SAFETY: lane i is at byte 16 i < 16 N, inside the arrays.
        let a: [u128; N] = core::array::from_fn(|i| unsafe { load(a.add(16 * i)) });
        // SAFETY: as above.
        let b: [u128; N] = core::array::from_fn(|i| unsafe { load(b.add(16 * i)) });
        let r = with_backend!(bk => run(bk, op, a, b));
        for (i, v) in r.into_iter().enumerate() {
            // SAFETY: as above; all sources were read first.
            unsafe { store(dst.add(16 * i), v) };
        }
    }
    // SAFETY (three arms): the caller guarantees 16 * lanes valid bytes.
    match lanes {
        1 => unsafe { go::<1>(dst, a, b, op) },
        2 => unsafe { go::<2>(dst, a, b, op) },
        4 => unsafe { go::<4>(dst, a, b, op) },
        _ => return CRYPTO_INSN_ERR_ARG,
    }
    CRYPTO_INSN_OK
}

/// x86 VAESENC on `lanes` (1, 2 or 4) 128-bit lanes of `16 * lanes` bytes each.
///
/// # Safety
/// Non-null pointers must be valid for `16 * lanes` bytes; `dst` may equal a source.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn crypto_insn_x86_vaesenc(
    dst: *mut u8,
    state: *const u8,
    round_key: *const u8,
    lanes: usize,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { wide(dst, state, round_key, lanes, Wide::Enc) }
}

/// x86 VAESENCLAST on 1, 2 or 4 lanes.
///
/// # Safety
/// As [`crypto_insn_x86_vaesenc`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn crypto_insn_x86_vaesenclast(
    dst: *mut u8,
    state: *const u8,
    round_key: *const u8,
    lanes: usize,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { wide(dst, state, round_key, lanes, Wide::EncLast) }
}

/// x86 VAESDEC on 1, 2 or 4 lanes.
///
/// # Safety
/// As [`crypto_insn_x86_vaesenc`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn crypto_insn_x86_vaesdec(
    dst: *mut u8,
    state: *const u8,
    round_key: *const u8,
    lanes: usize,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { wide(dst, state, round_key, lanes, Wide::Dec) }
}

/// x86 VAESDECLAST on 1, 2 or 4 lanes.
///
/// # Safety
/// As [`crypto_insn_x86_vaesenc`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn crypto_insn_x86_vaesdeclast(
    dst: *mut u8,
    state: *const u8,
    round_key: *const u8,
    lanes: usize,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { wide(dst, state, round_key, lanes, Wide::DecLast) }
}

/// x86 VPCLMULQDQ on 1, 2 or 4 lanes, one immediate for all lanes.
///
/// # Safety
/// As [`crypto_insn_x86_vaesenc`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn crypto_insn_x86_vpclmulqdq(
    dst: *mut u8,
    src1: *const u8,
    src2: *const u8,
    lanes: usize,
    imm8: u8,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { wide(dst, src1, src2, lanes, Wide::Clmul(imm8)) }
}
