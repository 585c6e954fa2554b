//! The C ABI of crypto-insn (`include/crypto_insn.h`).
//!
//! Every instruction helper is exported as
//! `int crypto_insn_<arch>_<mnemonic>(uint8_t *dst, const uint8_t *src..., [imm])`
//! over registers given as 16-byte arrays in **memory order** (what
//! `_mm_storeu_si128` / `vst1q_u8` store; byte 0 = bits 7:0). Wide x86 operations
//! take `16 * lanes` bytes, lane 0 first, and a `lanes` count of 1, 2 or 4.
//! SVE operations (`crypto_insn_arm_sve_*`) take `16 * segments` bytes (what
//! `STR Zn` stores) and a `segments` count of 1 to 16; AArch32 VMULL.P64 takes
//! two 8-byte `D` registers.
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

use crypto_insn::backend::{Auto, Backend, Choice, Ct, Dynamic, Native, Soft, Vperm};
use crypto_insn::reg;

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
/// A reserved encoding (a RISC-V immediate out of range): the guest raises
/// illegal-instruction; nothing was written.
pub const CRYPTO_INSN_ERR_ILLEGAL: c_int = -5;

/// 0 auto, 1 soft, 2 ct, 3 native, 4 vperm.
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
            4 => match Vperm::detect() {
                Ok(v) => {
                    let $b = v;
                    $e
                }
                // Unreachable: `set_backend` only stores 4 after the check passed.
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

/// Selects the backend for every later call: "auto", "soft", "ct", "vperm" or
/// "native".
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
        Choice::Vperm => 4,
    };
    BACKEND.store(code, Ordering::Relaxed);
    CRYPTO_INSN_OK
}

/// The backend the calls run on now ("soft", "ct", "vperm" or "native"), a
/// static string.
#[unsafe(no_mangle)]
pub extern "C" fn crypto_insn_backend() -> *const c_char {
    let name = match BACKEND.load(Ordering::Relaxed) {
        1 => Dynamic::Soft,
        2 => Dynamic::Ct,
        4 => Choice::Vperm.resolve().unwrap_or(Dynamic::Soft),
        _ => Choice::Auto.resolve().unwrap_or(Dynamic::Soft),
    };
    match name.name() {
        "native" => c"native".as_ptr(),
        "ct" => c"ct".as_ptr(),
        "vperm" => c"vperm".as_ptr(),
        _ => c"soft".as_ptr(),
    }
}

/// Reads a 16-byte register image in the architecture's byte order: `le`
/// memory order, `be` ISA byte order (POWER: byte 0 is the most significant).
///
/// # Safety
/// `p` must be valid for 16 bytes (any alignment).
unsafe fn load_in(order: Order, p: *const u8) -> u128 {
    // SAFETY: the caller guarantees 16 readable bytes.
    let bytes = unsafe { p.cast::<[u8; 16]>().read_unaligned() };
    match order {
        Order::Le => reg::from_bytes(bytes),
        Order::Be => crypto_insn::ppc::from_isa_bytes(bytes),
    }
}

/// Writes a 16-byte register image in the architecture's byte order.
///
/// # Safety
/// `p` must be valid for 16 writable bytes (any alignment).
unsafe fn store_in(order: Order, p: *mut u8, v: u128) {
    let bytes = match order {
        Order::Le => reg::to_bytes(v),
        Order::Be => crypto_insn::ppc::to_isa_bytes(v),
    };
    // SAFETY: the caller guarantees 16 writable bytes.
    unsafe { p.cast::<[u8; 16]>().write_unaligned(bytes) }
}

/// The registry's `le` / `be` token.
#[derive(Clone, Copy)]
enum Order {
    Le,
    Be,
}

macro_rules! order {
    (le) => {
        Order::Le
    };
    (be) => {
        Order::Be
    };
}

/// Reads `N` consecutive 16-byte registers.
///
/// # Safety
/// `p` must be valid for `16 * N` bytes (any alignment).
unsafe fn load_lanes<const N: usize>(p: *const u8) -> [u128; N] {
    // SAFETY: lane i is at byte 16 i < 16 N, inside the array.
    core::array::from_fn(|i| unsafe { load(p.add(16 * i)) })
}

/// Writes `N` consecutive 16-byte registers.
///
/// # Safety
/// `p` must be valid for `16 * N` writable bytes (any alignment).
unsafe fn store_lanes<const N: usize>(p: *mut u8, v: &[u128; N]) {
    for (i, x) in v.iter().enumerate() {
        // SAFETY: lane i is at byte 16 i < 16 N, inside the array.
        unsafe { store(p.add(16 * i), *x) };
    }
}

/// Reads `n` (at most 16) consecutive 16-byte segments; the rest are zero.
///
/// # Safety
/// `p` must be valid for `16 * n` bytes (any alignment).
unsafe fn load_segments(p: *const u8, n: usize) -> [u128; crypto_insn::arm::sve::MAX_SEGMENTS] {
    let mut out = [0u128; crypto_insn::arm::sve::MAX_SEGMENTS];
    for (i, v) in out.iter_mut().enumerate().take(n) {
        // SAFETY: segment i is at byte 16 i < 16 n, inside the array.
        *v = unsafe { load(p.add(16 * i)) };
    }
    out
}

/// Reads an 8-byte register (an AArch32 `D` register) in memory order.
///
/// # Safety
/// `p` must be valid for 8 bytes (any alignment).
unsafe fn load_d(p: *const u8) -> u64 {
    // SAFETY: the caller guarantees 8 readable bytes.
    u64::from_le_bytes(unsafe { p.cast::<[u8; 8]>().read_unaligned() })
}

/// `N` lanes from `p` (a YMM operand is 2, an XMM 1).
///
/// # Safety
/// `p` must be valid for `16 * N` bytes.
unsafe fn ymm_or_xmm<const N: usize>(p: *const u8) -> Lanes<N> {
    // SAFETY: forwarded.
    Lanes(unsafe { load_lanes::<N>(p) })
}

/// A YMM (`Lanes<2>`) or XMM (`Lanes<1>`) operand, converted to what the helper
/// takes.
struct Lanes<const N: usize>([u128; N]);

impl From<Lanes<2>> for [u128; 2] {
    fn from(l: Lanes<2>) -> Self {
        l.0
    }
}

impl From<Lanes<1>> for u128 {
    fn from(l: Lanes<1>) -> Self {
        l.0[0]
    }
}

/// The C type of a RISC-V general-purpose register.
macro_rules! gpr {
    (Rv32) => {
        u32
    };
    (Rv64) => {
        u64
    };
}

/// A RISC-V helper's result: the register, or `None` for a reserved encoding.
trait GprOut<T> {
    fn split(self) -> Option<T>;
}

impl GprOut<u32> for u32 {
    fn split(self) -> Option<u32> {
        Some(self)
    }
}

impl GprOut<u64> for u64 {
    fn split(self) -> Option<u64> {
        Some(self)
    }
}

impl<T> GprOut<T> for Result<T, crypto_insn::riscv::Illegal> {
    fn split(self) -> Option<T> {
        self.ok()
    }
}

/// A RISC-V vector export ([`crypto_insn::registry::Shape::V`]): `vd` is
/// `vd_bytes` (16, 32, 64 or 128; `vwsll` 32 to 128) read and written, `vs2`
/// and `vs1` the source groups (`vd_bytes`, `vwsll` half of it, a `.vs` form's
/// `vs2` 16 bytes; `vs1` is read only by the forms that have it and may be
/// null otherwise), `rs1` the `.vx` scalar, `imm` the `.vi` immediate; `sew`
/// 0 for the op's default (64 for `vclmul`/`vclmulh`, else 32), `vl` and
/// `vstart` in elements, VLEN = 128, tail and mask undisturbed, unmasked.
///
/// # Safety
/// Non-null pointers must be valid for the sizes above.
#[allow(clippy::too_many_arguments)]
unsafe fn vector_call(
    op: crypto_insn::vector::Op,
    vd: *mut u8,
    vs2: *const u8,
    vs1: *const u8,
    rs1: u64,
    imm: u8,
    vd_bytes: usize,
    sew: u32,
    vl: u32,
    vstart: u32,
) -> c_int {
    use crypto_insn::vector::{VOptions, Value};
    let Some(v) = op.vop() else {
        return CRYPTO_INSN_ERR_ARG;
    };
    if vd.is_null() || vs2.is_null() || (v.reads_vs1() && vs1.is_null()) {
        return CRYPTO_INSN_ERR_NULL;
    }
    if !matches!(vd_bytes, 16 | 32 | 64 | 128) || (v.is_widening() && vd_bytes == 16) {
        return CRYPTO_INSN_ERR_ARG;
    }
    let src_bytes = if v.is_widening() {
        vd_bytes / 2
    } else {
        vd_bytes
    };
    let read = |p: *const u8, n: usize| {
        let mut lanes = [0u128; 8];
        for (i, l) in lanes.iter_mut().take(n / 16).enumerate() {
            // SAFETY: the caller guarantees `n` readable bytes at `p`.
            *l = unsafe { load(p.add(16 * i)) };
        }
        Value::from_lanes(&lanes[..n / 16]).unwrap_or(Value::xmm(0))
    };
    let third = if v.reads_vs1() {
        read(vs1, src_bytes)
    } else {
        Value::gpr64(rs1)
    };
    let srcs = [
        read(vd, vd_bytes),
        read(vs2, if v.is_vs() { 16 } else { src_bytes }),
        third,
    ];
    let opts = VOptions {
        sew: (sew != 0).then_some(sew),
        vl: Some(vl),
        vstart: Some(vstart),
    };
    let r = with_backend!(bk => op.execute_with(bk, imm, &srcs, &opts));
    if r.is_illegal() {
        return CRYPTO_INSN_ERR_ILLEGAL;
    }
    for (i, lane) in r.lanes().iter().enumerate() {
        // SAFETY: `r` is `vd_bytes` wide; every source was read first.
        unsafe { store(vd.add(16 * i), *lane) };
    }
    CRYPTO_INSN_OK
}

/// One exported function per registry row, by its shape: `R*` shapes take
/// 16-byte registers, `W*` shapes `16 * lanes` bytes and a lane count, `V`
/// RISC-V vector groups ([`vector_call`]).
macro_rules! export {
    (@V [$Op:ident $Var:ident] $archname:literal $arch:ident $W:ident $order:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal) => {
        #[doc = concat!("`", stringify!($name), "` (RISC-V vector, VLEN = 128): ", $summary, " (", $feature, "). `CRYPTO_INSN_ERR_ILLEGAL` (nothing written) for a reserved configuration.")]
        ///
        /// # Safety
        /// Non-null pointers must be valid for the group sizes of `vector_call`.
        #[allow(clippy::too_many_arguments)]
        #[unsafe(export_name = concat!("crypto_insn_", $archname, "_", stringify!($name)))]
        pub unsafe extern "C" fn $name(
            vd: *mut u8,
            vs2: *const u8,
            vs1: *const u8,
            rs1: u64,
            imm: u8,
            vd_bytes: usize,
            sew: u32,
            vl: u32,
            vstart: u32,
        ) -> c_int {
            // SAFETY: forwarded.
            unsafe {
                vector_call(
                    crypto_insn::vector::Op::$W(crypto_insn::vector::$Op::$Var),
                    vd, vs2, vs1, rs1, imm, vd_bytes, sew, vl, vstart,
                )
            }
        }
    };
    (@R1 [$($v:tt)*] $($t:tt)*) => { export!(@regs $($t)* (a) ()); };
    (@R1I [$($v:tt)*] $($t:tt)*) => { export!(@regs $($t)* (a) (imm8)); };
    (@R2 [$($v:tt)*] $($t:tt)*) => { export!(@regs $($t)* (a, b) ()); };
    (@R2I [$($v:tt)*] $($t:tt)*) => { export!(@regs $($t)* (a, b) (imm8)); };
    (@R3 [$($v:tt)*] $($t:tt)*) => { export!(@regs $($t)* (a, b, c) ()); };
    (@R3I [$($v:tt)*] $($t:tt)*) => { export!(@regs $($t)* (a, b, c) (imm8)); };
    (@W2 [$($v:tt)*] $($t:tt)*) => { export!(@wide $($t)* () (1 2 4)); };
    (@W2I [$($v:tt)*] $($t:tt)*) => { export!(@wide $($t)* (imm8) (1 2 4)); };
    (@V2 [$($v:tt)*] $($t:tt)*) => { export!(@wide $($t)* () (1 2)); };
    (@Y2X [$($v:tt)*] $($t:tt)*) => { export!(@ymm $($t)* (2 2 1)); };
    (@YX [$($v:tt)*] $($t:tt)*) => { export!(@ymm $($t)* (2 1)); };
    (@Y2 [$($v:tt)*] $($t:tt)*) => { export!(@ymm $($t)* (2 2)); };
    (@X1 [$($v:tt)*] $($t:tt)*) => { export!(@gpr $($t)* ()); };
    (@X1I [$($v:tt)*] $($t:tt)*) => { export!(@gpr $($t)* (imm8)); };
    (@X2 [$($v:tt)*] $($t:tt)*) => { export!(@gpr $($t)* ()); };
    (@X2I [$($v:tt)*] $($t:tt)*) => { export!(@gpr $($t)* (imm8)); };
    (@Z1 [$($v:tt)*] $($t:tt)*) => { export!(@sve $($t)*); };
    (@Z2 [$($v:tt)*] $($t:tt)*) => { export!(@sve $($t)*); };
    (@D2 [$($v:tt)*] $archname:literal $arch:ident $W:ident $order:ident $name:ident ($dn:ident, $dm:ident) $summary:literal $feature:literal) => {
        #[doc = concat!("`", stringify!($name), "`: ", $summary, " (", $feature, "). `", stringify!($dn), "` and `", stringify!($dm), "` are 8-byte D registers, `dst` a 16-byte Q register, memory order.")]
        ///
        /// # Safety
        /// `dst` must be null (rejected) or valid for 16 bytes, the sources for 8;
        /// `dst` may overlap a source exactly at its start.
        #[unsafe(export_name = concat!("crypto_insn_", $archname, "_", stringify!($name)))]
        pub unsafe extern "C" fn $name(dst: *mut u8, $dn: *const u8, $dm: *const u8) -> c_int {
            if dst.is_null() || $dn.is_null() || $dm.is_null() {
                return CRYPTO_INSN_ERR_NULL;
            }
            // SAFETY: non-null; the caller guarantees 8 readable bytes each.
            let ($dn, $dm) = unsafe { (load_d($dn), load_d($dm)) };
            let r = with_backend!(bk => crypto_insn::$arch::$W(bk).$name($dn, $dm));
            // SAFETY: as above; both sources were read first.
            unsafe { store(dst, r) };
            CRYPTO_INSN_OK
        }
    };
    (@sve $archname:literal $arch:ident $W:ident $order:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal) => {
        #[doc = concat!("`", stringify!($name), "` on `segments` (1 to 16) 128-bit segments of SVE Z registers (VL = 128 * segments): ", $summary, " (", $feature, "). Unpredicated.")]
        ///
        /// # Safety
        /// Non-null pointers must be valid for `16 * segments` bytes; `dst` may equal a source.
        #[unsafe(export_name = concat!("crypto_insn_", $archname, "_", stringify!($name)))]
        pub unsafe extern "C" fn $name(dst: *mut u8, $($operand: *const u8,)* segments: usize) -> c_int {
            if dst.is_null() $(|| $operand.is_null())* {
                return CRYPTO_INSN_ERR_NULL;
            }
            if segments == 0 || segments > crypto_insn::arm::sve::MAX_SEGMENTS {
                return CRYPTO_INSN_ERR_ARG;
            }
            // SAFETY: non-null; the caller guarantees 16 * segments valid bytes.
            $(let $operand = unsafe { load_segments($operand, segments) };)*
            let mut out = [0u128; crypto_insn::arm::sve::MAX_SEGMENTS];
            let r = with_backend!(bk => crypto_insn::$arch::$W(bk).$name($(&$operand[..segments],)* &mut out[..segments]));
            if r.is_err() {
                return CRYPTO_INSN_ERR_ARG;
            }
            for (i, v) in out[..segments].iter().enumerate() {
                // SAFETY: segment i is at byte 16 i < 16 segments; every source was read first.
                unsafe { store(dst.add(16 * i), *v) };
            }
            CRYPTO_INSN_OK
        }
    };
    (@ymm $archname:literal $arch:ident $W:ident $order:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal
        ($($lanes:literal)*)) => {
        #[doc = concat!("`", stringify!($name), "`: ", $summary, " (", $feature, "). A YMM operand is 32 bytes, an XMM 16; `dst` is 32 bytes.")]
        ///
        /// # Safety
        /// `dst` and every source must be null (rejected) or valid for their sizes;
        /// `dst` may equal a source.
        #[unsafe(export_name = concat!("crypto_insn_", $archname, "_", stringify!($name)))]
        pub unsafe extern "C" fn $name(dst: *mut u8, $($operand: *const u8),*) -> c_int {
            if dst.is_null() $(|| $operand.is_null())* {
                return CRYPTO_INSN_ERR_NULL;
            }
            // SAFETY: non-null; the caller guarantees 16 bytes per lane.
            $(let $operand = unsafe { ymm_or_xmm::<$lanes>($operand) };)*
            let r = with_backend!(bk => crypto_insn::$arch::$W(bk).$name($($operand.into()),*));
            // SAFETY: as above; all sources were read first.
            unsafe { store_lanes(dst, &r) };
            CRYPTO_INSN_OK
        }
    };
    (@gpr $archname:literal $arch:ident $W:ident $order:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal
        ($($imm:ident)?)) => {
        #[doc = concat!("`", stringify!($name), "`: ", $summary, " (", $feature, "). XLEN-bit registers by value; the result in `*rd`; `CRYPTO_INSN_ERR_ILLEGAL` (nothing written) for a reserved encoding.")]
        ///
        /// # Safety
        /// `rd` must be null (rejected) or valid for one register.
        #[unsafe(export_name = concat!("crypto_insn_", $archname, "_", stringify!($name)))]
        pub unsafe extern "C" fn $name(rd: *mut gpr!($W), $($operand: gpr!($W),)* $($imm: u8)?) -> c_int {
            if rd.is_null() {
                return CRYPTO_INSN_ERR_NULL;
            }
            let r = with_backend!(bk => GprOut::split(crypto_insn::$arch::$W(bk).$name($($operand,)* $($imm)?)));
            match r {
                Some(v) => {
                    // SAFETY: non-null; the caller guarantees a valid register.
                    unsafe { rd.write_unaligned(v) };
                    CRYPTO_INSN_OK
                }
                None => CRYPTO_INSN_ERR_ILLEGAL,
            }
        }
    };
    (@regs $archname:literal $arch:ident $W:ident $order:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal
        ($($slot:ident),*) ($($imm:ident)?)) => {
        #[doc = concat!("`", stringify!($name), "`: ", $summary, " (", $feature, ").")]
        ///
        /// # Safety
        /// `dst` and every source must be null (rejected) or valid for 16 bytes;
        /// `dst` may equal a source.
        #[unsafe(export_name = concat!("crypto_insn_", $archname, "_", stringify!($name)))]
        pub unsafe extern "C" fn $name(dst: *mut u8, $($operand: *const u8,)* $($imm: u8)?) -> c_int {
            if dst.is_null() $(|| $operand.is_null())* {
                return CRYPTO_INSN_ERR_NULL;
            }
            // SAFETY: non-null, and the caller guarantees 16 valid bytes each.
            $(let $operand = unsafe { load_in(order!($order), $operand) };)*
            let r = with_backend!(bk => crypto_insn::$arch::$W(bk).$name($($operand,)* $($imm)?));
            // SAFETY: as above; every source was read first.
            unsafe { store_in(order!($order), dst, r) };
            CRYPTO_INSN_OK
        }
    };
    (@wide $archname:literal $arch:ident $W:ident $order:ident $name:ident ($a:ident, $b:ident) $summary:literal $feature:literal
        ($($imm:ident)?) ($($n:literal)*)) => {
        #[doc = concat!("`", stringify!($name), "` on `lanes` (1, 2 or 4) 128-bit lanes: ", $summary, " (", $feature, ").")]
        ///
        /// # Safety
        /// Non-null pointers must be valid for `16 * lanes` bytes; `dst` may equal a source.
        #[unsafe(export_name = concat!("crypto_insn_", $archname, "_", stringify!($name)))]
        pub unsafe extern "C" fn $name(dst: *mut u8, $a: *const u8, $b: *const u8, lanes: usize $(, $imm: u8)?) -> c_int {
            if dst.is_null() || $a.is_null() || $b.is_null() {
                return CRYPTO_INSN_ERR_NULL;
            }
            macro_rules! go {
                ($cnt:literal) => {{
                    // SAFETY: non-null; the caller guarantees 16 * lanes valid bytes.
                    let (x, y) = unsafe { (load_lanes::<$cnt>($a), load_lanes::<$cnt>($b)) };
                    let r = with_backend!(bk => crypto_insn::$arch::$W(bk).$name(x, y $(, $imm)?));
                    // SAFETY: as above; all sources were read first.
                    unsafe { store_lanes(dst, &r) };
                }};
            }
            match lanes {
                $($n => go!($n),)*
                _ => return CRYPTO_INSN_ERR_ARG,
            }
            CRYPTO_INSN_OK
        }
    };
}

/// Expands the registry into one module of exports per architecture.
macro_rules! exports {
    ($(
        arch $arch:ident $Arch:ident $Op:ident $archname:literal $order:ident {
            $(ext $ext:ident $title:literal $feature:literal {
                $(($name:ident $Var:ident $shape:ident ($($operand:ident),*)
                    [$($host:ident $hfeat:literal),*] $summary:literal))*
            })*
            planned { $($planned:tt)* }
        }
    )*) => {$(
        #[doc = concat!("The ", $archname, " exports, `crypto_insn_", $archname, "_<mnemonic>`.")]
        #[allow(non_snake_case)]
        pub mod $Op {
            use super::*;
            $($(export!(@$shape [$Op $Var] $archname $arch $Arch $order $name ($($operand),*) $summary $feature);)*)*
        }
    )*};
}

crypto_insn::for_each_instruction!(exports);
