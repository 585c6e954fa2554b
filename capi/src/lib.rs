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
//!   (thread-safe: switches are serialized, and each writes every export's
//!   slot, one atomic function pointer per instruction); the default is
//!   `auto`, resolved on first use;
//! - each backend is a static table of functions, one per instruction, each
//!   compiled for that backend alone (the native ones with the host's target
//!   features, so the instruction is inlined); an export is one indirect jump
//!   through its slot. `crypto_insn_table`, `crypto_insn_table_for` and
//!   `crypto_insn_resolve` hand out the functions themselves, for emulators
//!   that register helper pointers (TCG, JITs): no dispatch at all per call.
//!
//! `unsafe` here is the FFI boundary: raw pointers from C.

use core::ffi::{CStr, c_char, c_int};
use core::sync::atomic::{AtomicPtr, Ordering};

#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
use crypto_insn::backend::Native;
use crypto_insn::backend::{Backend, Choice, Ct, Dynamic, Soft, Vperm};
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
/// "native". The process switches to that backend's table of functions (see
/// [`crypto_insn_table`]); a call already running finishes on the backend it
/// started on.
///
/// # Safety
/// `name` must be null or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn crypto_insn_set_backend(name: *const c_char) -> c_int {
    // SAFETY: forwarded: null or a NUL-terminated string.
    match unsafe { choice_of(name) } {
        Ok(choice) => match tables_for(choice) {
            Some(t) => {
                install(t);
                CRYPTO_INSN_OK
            }
            None => CRYPTO_INSN_ERR_UNAVAILABLE,
        },
        Err(code) => code,
    }
}

/// The backend the calls run on now ("soft", "ct", "vperm" or "native"), a
/// static string.
#[unsafe(no_mangle)]
pub extern "C" fn crypto_insn_backend() -> *const c_char {
    resolved().name
}

/// The table of functions of the current backend (resolving `auto` on first
/// use): one function pointer per instruction, in registry order, with the
/// signature of the export of the same name (`struct crypto_insn_table` in the
/// header). Calling through it skips the exports' forward; the table stays
/// valid for the life of the process, also after a backend switch (it then
/// belongs to the old backend).
#[unsafe(no_mangle)]
pub extern "C" fn crypto_insn_table() -> *const Tables {
    core::ptr::from_ref(resolved())
}

/// The table of one backend by name ("auto" resolves it), or null for an
/// unknown name or a backend this CPU or build lacks. Does not change the
/// process-wide backend.
///
/// # Safety
/// `name` must be null or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn crypto_insn_table_for(name: *const c_char) -> *const Tables {
    // SAFETY: forwarded.
    match unsafe { choice_of(name) }.ok().and_then(tables_for) {
        Some(t) => core::ptr::from_ref(t),
        None => core::ptr::null(),
    }
}

/// The current backend's function for one instruction (`arch` as in the
/// exports' names: "x86", "arm", "arm32", "ppc64", "rv32", "rv64"; `mnemonic`
/// as in the export's name: "aesenc", "vaesem_vv"), or null when there is no
/// such instruction. Cast it to the export's type (`crypto_insn_<arch>_<mnemonic>`)
/// before calling: that is the function the export would run, without its
/// forward.
///
/// # Safety
/// `arch` and `mnemonic` must be null or NUL-terminated strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn crypto_insn_resolve(
    arch: *const c_char,
    mnemonic: *const c_char,
) -> Option<unsafe extern "C" fn()> {
    if arch.is_null() || mnemonic.is_null() {
        return None;
    }
    // SAFETY: the caller guarantees NUL-terminated strings.
    let (arch, mnemonic) = unsafe { (CStr::from_ptr(arch), CStr::from_ptr(mnemonic)) };
    let (Ok(arch), Ok(mnemonic)) = (arch.to_str(), mnemonic.to_str()) else {
        return None;
    };
    let k = slot(arch, mnemonic)?;
    let t = resolved();
    // SAFETY: `Tables` is `repr(C)`: the name, then one function pointer per
    // implemented registry row in registry order (nested `repr(C)` structs of
    // pointers, no padding); `slot` counts those rows, so `k` is in bounds.
    let f = unsafe {
        core::ptr::from_ref(&t.fns)
            .cast::<unsafe extern "C" fn()>()
            .add(k)
            .read()
    };
    Some(f)
}

/// The current backend's function for one instruction with its immediate
/// fixed, for emulators that know the immediate when they translate the guest
/// instruction: `int f(uint8_t *dst, const uint8_t *src)`, the export's
/// signature without its `imm8`, computing what the export computes with
/// `imm8 = imm`. Null for an instruction without such a form: today the one
/// with it is x86 `aeskeygenassist`, whose native form is the instruction with
/// the immediate encoded (the export's native function computes
/// `AESKEYGENASSIST(src, 0)` and XORs the immediate in after it); for every
/// other instruction use [`crypto_insn_resolve`] and pass the immediate.
///
/// # Safety
/// `arch` and `mnemonic` must be null or NUL-terminated strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn crypto_insn_resolve_imm(
    arch: *const c_char,
    mnemonic: *const c_char,
    imm: u8,
) -> Option<unsafe extern "C" fn()> {
    if arch.is_null() || mnemonic.is_null() {
        return None;
    }
    // SAFETY: the caller guarantees NUL-terminated strings.
    let (arch, mnemonic) = unsafe { (CStr::from_ptr(arch), CStr::from_ptr(mnemonic)) };
    if arch.to_bytes() != b"x86" || mnemonic.to_bytes() != b"aeskeygenassist" {
        return None;
    }
    let t = resolved();
    let table = if core::ptr::eq(t, &SOFT) {
        &imm_forms::soft::AESKEYGENASSIST
    } else if core::ptr::eq(t, &CT) {
        &imm_forms::ct::AESKEYGENASSIST
    } else if core::ptr::eq(t, &VPERM) {
        &imm_forms::vperm::AESKEYGENASSIST
    } else {
        #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
        if core::ptr::eq(t, &NATIVE) {
            &imm_forms::native::AESKEYGENASSIST
        } else {
            return None;
        }
        #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
        return None;
    };
    let f = table[usize::from(imm >> 4)][usize::from(imm & 15)];
    // SAFETY: a function pointer cast to another function-pointer type (the
    // C caller casts it back to `imm_forms::OneReg` before calling).
    Some(unsafe { core::mem::transmute::<imm_forms::OneReg, unsafe extern "C" fn()>(f) })
}

/// The position of an instruction among the table's function pointers: the
/// implemented registry rows in registry order.
fn slot(arch: &str, ident: &str) -> Option<usize> {
    crypto_insn::registry::INSTRUCTIONS
        .iter()
        .filter(|i| i.implemented())
        .position(|i| i.arch.as_str() == arch && i.ident == ident)
}

/// The backend a name selects, or the C ABI's error code.
///
/// # Safety
/// `name` must be null or a NUL-terminated string.
unsafe fn choice_of(name: *const c_char) -> Result<Choice, c_int> {
    if name.is_null() {
        return Err(CRYPTO_INSN_ERR_NULL);
    }
    // SAFETY: the caller guarantees a NUL-terminated string.
    let text = unsafe { CStr::from_ptr(name) }
        .to_str()
        .map_err(|_| CRYPTO_INSN_ERR_UNKNOWN)?;
    text.parse::<Choice>().map_err(|_| CRYPTO_INSN_ERR_UNKNOWN)
}

/// The table of a backend choice, if this CPU and build have it.
fn tables_for(choice: Choice) -> Option<&'static Tables> {
    Some(match choice.resolve().ok()? {
        Dynamic::Soft => &SOFT,
        Dynamic::Ct => &CT,
        Dynamic::Vperm(_) => &VPERM,
        #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
        Dynamic::Native(_) => &NATIVE,
        // No native table on other hosts (and no `Native` value either).
        _ => return None,
    })
}

/// The current table (what [`crypto_insn_table`] hands out). It starts as
/// [`LAZY`], whose functions resolve `auto` (once) and then forward. It only
/// ever holds a pointer to one of the static tables; they are immutable, so a
/// relaxed load is enough to publish one.
static CURRENT: AtomicPtr<Tables> = AtomicPtr::new(core::ptr::addr_of!(LAZY).cast_mut());

/// The number of function pointers in a [`Fns`] (it holds nothing else).
const SLOT_COUNT: usize = size_of::<Fns>() / size_of::<*mut ()>();

/// The exports' slots: the current table's functions, word for word as in
/// [`Fns`] (an [`AtomicPtr`] has the layout of a pointer, and a function
/// pointer that of a data pointer on every target this builds for). An
/// export is one relaxed load of its slot and a tail call, with no check:
/// the slots start as [`LAZY`]'s functions.
// SAFETY: `Fns` is `repr(C)` and made only of function pointers, so it is
// `SLOT_COUNT` pointer-sized words with no padding; `transmute` checks the
// sizes.
static SLOTS: [AtomicPtr<()>; SLOT_COUNT] = unsafe { core::mem::transmute(LAZY.fns) };

/// Serializes backend switches, so that two at once cannot leave the slots
/// holding a mixture of backends.
static SWITCH: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Makes `t` the current table: every slot, then [`CURRENT`]. A call that
/// has loaded its slot finishes on the backend it loaded; a call that starts
/// after this returns (in the same thread, or one ordered after it) runs on
/// `t`. During a switch, concurrent calls may run on either backend, each one
/// whole (all backends give the same results).
fn install(t: &'static Tables) {
    let _serial = switching();
    write_slots(t);
}

/// Holds [`SWITCH`] (a panic cannot happen while it is held, but a poisoned
/// lock would still guard nothing else, so it is taken as it is).
fn switching() -> std::sync::MutexGuard<'static, ()> {
    SWITCH
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// [`install`]'s work, for a caller holding [`SWITCH`].
fn write_slots(t: &'static Tables) {
    // SAFETY: as for `SLOTS`: a `Fns` is `SLOT_COUNT` function pointers.
    let words: [*mut (); SLOT_COUNT] = unsafe { core::mem::transmute(t.fns) };
    for (slot, word) in SLOTS.iter().zip(words) {
        slot.store(word, Ordering::Relaxed);
    }
    CURRENT.store(core::ptr::from_ref(t).cast_mut(), Ordering::Release);
}

/// The slot index of the field `$Op.$name` of [`Fns`].
macro_rules! slot_index {
    ($Op:ident $name:ident) => {
        (core::mem::offset_of!(Fns, $Op) + core::mem::offset_of!($Op::Table, $name))
            / size_of::<*mut ()>()
    };
}

/// Reads a slot as the function-pointer type of the [`Fns`] field that `field`
/// names (the closure only fixes the type; it is never called).
#[inline(always)]
fn slot_as<F: Copy>(_field: fn(&Fns) -> F, index: usize) -> F {
    const { assert!(size_of::<F>() == size_of::<*mut ()>()) };
    let word = SLOTS[index].load(Ordering::Relaxed);
    // SAFETY: slot `index` holds the field's function pointer of one of the
    // static tables (`install`, and `SLOTS`' initial value), and `F` is that
    // field's type (a function pointer, the size of a pointer).
    unsafe { core::mem::transmute_copy::<*mut (), F>(&word) }
}

/// The current table as the table API reads it (possibly [`LAZY`]).
#[inline(always)]
fn current() -> &'static Tables {
    // SAFETY: CURRENT only ever holds a pointer to one of the static tables.
    unsafe { &*CURRENT.load(Ordering::Relaxed) }
}

/// The current table, never [`LAZY`]: what the table API hands out.
fn resolved() -> &'static Tables {
    let t = current();
    if core::ptr::eq(t, &LAZY) {
        first_use()
    } else {
        t
    }
}

/// Resolves `auto` (once; a concurrent `crypto_insn_set_backend` wins).
#[cold]
#[inline(never)]
fn first_use() -> &'static Tables {
    let auto = tables_for(Choice::Auto).unwrap_or(&SOFT);
    let _serial = switching();
    let now = current();
    if core::ptr::eq(now, &LAZY) {
        write_slots(auto);
        auto
    } else {
        // Another thread's switch (or first use) came first.
        now
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
/// null otherwise), `rs1` the `.vx` scalar (an rv32 op reads its low 32
/// bits, see `crypto_insn::vector::table::xlen_rs1`), `imm` the `.vi` immediate; `sew`
/// 0 for the op's default (64 for `vclmul`/`vclmulh`, else 32), `vl` and
/// `vstart` in elements, VLEN = 128, tail and mask undisturbed, unmasked.
///
/// # Safety
/// Non-null pointers must be valid for the sizes above.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
unsafe fn vector_call<B: Backend>(
    bk: B,
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
    let r = op.execute_with(bk, imm, &srcs, &opts);
    if r.is_illegal() {
        return CRYPTO_INSN_ERR_ILLEGAL;
    }
    for (i, lane) in r.lanes().iter().enumerate() {
        // SAFETY: `r` is `vd_bytes` wide; every source was read first.
        unsafe { store(vd.add(16 * i), *lane) };
    }
    CRYPTO_INSN_OK
}

/// `CRYPTO_INSN_ERR_NULL`, out of the fast path: a call with a null pointer
/// is a bug in the caller, so the checks compile to one test and branch each
/// (`extern "C"`: it cannot unwind, so the call is a tail jump).
#[cold]
#[inline(never)]
extern "C" fn null_pointer() -> c_int {
    CRYPTO_INSN_ERR_NULL
}

/// The backend value a table's functions compute on.
macro_rules! backend {
    (soft) => {
        Soft
    };
    (ct) => {
        Ct
    };
    (vperm) => {
        // SAFETY: the vperm table is reachable only through `tables_for`,
        // which returns it after `Vperm::detect` succeeded.
        unsafe { Vperm::assume_detected() }
    };
    (native) => {
        // SAFETY: the native table is reachable only through `tables_for`,
        // which returns it after `Native::detect` succeeded.
        unsafe { Native::assume_detected() }
    };
}

/// An exported function (`forward`: the C symbol, whose body is the forward
/// through the current table) or one backend's table entry.
macro_rules! item {
    (forward $archname:literal $name:ident $($f:tt)*) => {
        #[unsafe(export_name = concat!("crypto_insn_", $archname, "_", stringify!($name)))]
        $($f)*
    };
    ($kind:ident $archname:literal $name:ident $($f:tt)*) => {
        $($f)*
    };
}

/// A function's body: for `forward`, the call through the current table
/// (`$Op` the architecture's field, `$name` the instruction's); for a
/// backend, the body itself.
macro_rules! body {
    (forward $Op:ident $name:ident ($($arg:ident),* $(,)?) $b:block) => {
        // SAFETY: the slot holds the current table's entry, which has this
        // function's signature and contract; the arguments are forwarded
        // unchanged.
        unsafe { slot_as(|t: &Fns| t.$Op.$name, const { slot_index!($Op $name) })($($arg),*) }
    };
    (lazy $Op:ident $name:ident ($($arg:ident),* $(,)?) $b:block) => {
        // SAFETY: as for `forward`, through the table `auto` resolves to.
        unsafe { (resolved().fns.$Op.$name)($($arg),*) }
    };
    ($kind:ident $Op:ident $name:ident ($($arg:ident),* $(,)?) $b:block) => {
        $b
    };
}

/// Drops its first token: writes a parameter's type once per operand name.
macro_rules! ty {
    ($skip:tt $($t:tt)*) => {
        $($t)*
    };
}

/// One function per registry row and kind (`forward`, `soft`, `ct`,
/// `vperm`, `native`), by its shape: `R*` shapes take 16-byte registers, `W*`
/// shapes `16 * lanes` bytes and a lane count, `V` RISC-V vector groups
/// ([`vector_call`]). Kind `sig` gives the function-pointer type of the row.
macro_rules! export {
    (@V [$VOp:ident $Var:ident] sig $($t:tt)*) => {
        unsafe extern "C" fn(*mut u8, *const u8, *const u8, u64, u8, usize, u32, u32, u32) -> c_int
    };
    (@V [$VOp:ident $Var:ident] $kind:ident [$(#[$m:meta])*] $archname:literal $arch:ident $W:ident $order:ident $Op:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal) => {
        item! { $kind $archname $name
            #[doc = concat!("`", stringify!($name), "` (RISC-V vector, VLEN = 128): ", $summary, " (", $feature, "). `CRYPTO_INSN_ERR_ILLEGAL` (nothing written) for a reserved configuration.")]
            ///
            /// # Safety
            /// Non-null pointers must be valid for the group sizes of `vector_call`.
            #[allow(clippy::too_many_arguments)]
            $(#[$m])*
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
                body!($kind $Op $name (vd, vs2, vs1, rs1, imm, vd_bytes, sew, vl, vstart) {
                    let bk = backend!($kind);
                    // SAFETY: forwarded.
                    unsafe {
                        vector_call(
                            bk,
                            crypto_insn::vector::Op::$W(crypto_insn::vector::$VOp::$Var),
                            vd, vs2, vs1, rs1, imm, vd_bytes, sew, vl, vstart,
                        )
                    }
                })
            }
        }
    };
    (@R1 [$($v:tt)*] $($t:tt)*) => { export! { @regs $($t)* (a) () } };
    (@R1I [$($v:tt)*] $($t:tt)*) => { export! { @regs $($t)* (a) (imm8) } };
    (@R2 [$($v:tt)*] $($t:tt)*) => { export! { @regs $($t)* (a, b) () } };
    (@R2I [$($v:tt)*] $($t:tt)*) => { export! { @regs $($t)* (a, b) (imm8) } };
    (@R3 [$($v:tt)*] $($t:tt)*) => { export! { @regs $($t)* (a, b, c) () } };
    (@R3I [$($v:tt)*] $($t:tt)*) => { export! { @regs $($t)* (a, b, c) (imm8) } };
    (@W2 [$($v:tt)*] $($t:tt)*) => { export! { @wide $($t)* () (1 2 4) } };
    (@W2I [$($v:tt)*] $($t:tt)*) => { export! { @wide $($t)* (imm8) (1 2 4) } };
    (@V2 [$($v:tt)*] $($t:tt)*) => { export! { @wide $($t)* () (1 2) } };
    (@Y2X [$($v:tt)*] $($t:tt)*) => { export! { @ymm $($t)* (2 2 1) } };
    (@YX [$($v:tt)*] $($t:tt)*) => { export! { @ymm $($t)* (2 1) } };
    (@Y2 [$($v:tt)*] $($t:tt)*) => { export! { @ymm $($t)* (2 2) } };
    (@X1 [$($v:tt)*] $($t:tt)*) => { export! { @gpr $($t)* () } };
    (@X1I [$($v:tt)*] $($t:tt)*) => { export! { @gpr $($t)* (imm8) } };
    (@X2 [$($v:tt)*] $($t:tt)*) => { export! { @gpr $($t)* () } };
    (@X2I [$($v:tt)*] $($t:tt)*) => { export! { @gpr $($t)* (imm8) } };
    (@Z1 [$($v:tt)*] $($t:tt)*) => { export! { @sve $($t)* } };
    (@Z2 [$($v:tt)*] $($t:tt)*) => { export! { @sve $($t)* } };
    (@D2 [$($v:tt)*] sig $($t:tt)*) => {
        unsafe extern "C" fn(*mut u8, *const u8, *const u8) -> c_int
    };
    (@D2 [$($v:tt)*] $kind:ident [$(#[$m:meta])*] $archname:literal $arch:ident $W:ident $order:ident $Op:ident $name:ident ($dn:ident, $dm:ident) $summary:literal $feature:literal) => {
        item! { $kind $archname $name
            #[doc = concat!("`", stringify!($name), "`: ", $summary, " (", $feature, "). `", stringify!($dn), "` and `", stringify!($dm), "` are 8-byte D registers, `dst` a 16-byte Q register, memory order.")]
            ///
            /// # Safety
            /// `dst` must be null (rejected) or valid for 16 bytes, the sources for 8;
            /// `dst` may overlap a source exactly at its start.
            $(#[$m])*
            pub unsafe extern "C" fn $name(dst: *mut u8, $dn: *const u8, $dm: *const u8) -> c_int {
                body!($kind $Op $name (dst, $dn, $dm) {
                    if dst.is_null() || $dn.is_null() || $dm.is_null() {
                        return null_pointer();
                    }
                    // SAFETY: non-null; the caller guarantees 8 readable bytes each.
                    let ($dn, $dm) = unsafe { (load_d($dn), load_d($dm)) };
                    let r = crypto_insn::$arch::$W(backend!($kind)).$name($dn, $dm);
                    // SAFETY: as above; both sources were read first.
                    unsafe { store(dst, r) };
                    CRYPTO_INSN_OK
                })
            }
        }
    };
    (@sve sig $archname:literal $arch:ident $W:ident $order:ident $Op:ident $name:ident ($($operand:ident),*) $($t:tt)*) => {
        unsafe extern "C" fn(*mut u8, $(ty!($operand *const u8),)* usize) -> c_int
    };
    (@sve $kind:ident [$(#[$m:meta])*] $archname:literal $arch:ident $W:ident $order:ident $Op:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal) => {
        item! { $kind $archname $name
            #[doc = concat!("`", stringify!($name), "` on `segments` (1 to 16) 128-bit segments of SVE Z registers (VL = 128 * segments): ", $summary, " (", $feature, "). Unpredicated.")]
            ///
            /// # Safety
            /// Non-null pointers must be valid for `16 * segments` bytes; `dst` may equal a source.
            $(#[$m])*
            pub unsafe extern "C" fn $name(dst: *mut u8, $($operand: *const u8,)* segments: usize) -> c_int {
                body!($kind $Op $name (dst, $($operand,)* segments) {
                    if dst.is_null() {
                        return null_pointer();
                    }
                    $(if $operand.is_null() {
                        return null_pointer();
                    })*
                    if segments == 0 || segments > crypto_insn::arm::sve::MAX_SEGMENTS {
                        return CRYPTO_INSN_ERR_ARG;
                    }
                    // SAFETY: non-null; the caller guarantees 16 * segments valid bytes.
                    $(let $operand = unsafe { load_segments($operand, segments) };)*
                    let mut out = [0u128; crypto_insn::arm::sve::MAX_SEGMENTS];
                    let r = crypto_insn::$arch::$W(backend!($kind)).$name($(&$operand[..segments],)* &mut out[..segments]);
                    if r.is_err() {
                        return CRYPTO_INSN_ERR_ARG;
                    }
                    for (i, v) in out[..segments].iter().enumerate() {
                        // SAFETY: segment i is at byte 16 i < 16 segments; every source was read first.
                        unsafe { store(dst.add(16 * i), *v) };
                    }
                    CRYPTO_INSN_OK
                })
            }
        }
    };
    (@ymm sig $archname:literal $arch:ident $W:ident $order:ident $Op:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal ($($lanes:literal)*)) => {
        unsafe extern "C" fn(*mut u8, $(ty!($operand *const u8)),*) -> c_int
    };
    (@ymm $kind:ident [$(#[$m:meta])*] $archname:literal $arch:ident $W:ident $order:ident $Op:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal
        ($($lanes:literal)*)) => {
        item! { $kind $archname $name
            #[doc = concat!("`", stringify!($name), "`: ", $summary, " (", $feature, "). A YMM operand is 32 bytes, an XMM 16; `dst` is 32 bytes.")]
            ///
            /// # Safety
            /// `dst` and every source must be null (rejected) or valid for their sizes;
            /// `dst` may equal a source.
            $(#[$m])*
            pub unsafe extern "C" fn $name(dst: *mut u8, $($operand: *const u8),*) -> c_int {
                body!($kind $Op $name (dst, $($operand),*) {
                    if dst.is_null() {
                        return null_pointer();
                    }
                    $(if $operand.is_null() {
                        return null_pointer();
                    })*
                    // SAFETY: non-null; the caller guarantees 16 bytes per lane.
                    $(let $operand = unsafe { ymm_or_xmm::<$lanes>($operand) };)*
                    let r = crypto_insn::$arch::$W(backend!($kind)).$name($($operand.into()),*);
                    // SAFETY: as above; all sources were read first.
                    unsafe { store_lanes(dst, &r) };
                    CRYPTO_INSN_OK
                })
            }
        }
    };
    (@gpr sig $archname:literal $arch:ident $W:ident $order:ident $Op:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal ($($imm:ident)?)) => {
        unsafe extern "C" fn(*mut gpr!($W), $(ty!($operand gpr!($W)),)* $(ty!($imm u8))?) -> c_int
    };
    (@gpr $kind:ident [$(#[$m:meta])*] $archname:literal $arch:ident $W:ident $order:ident $Op:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal
        ($($imm:ident)?)) => {
        item! { $kind $archname $name
            #[doc = concat!("`", stringify!($name), "`: ", $summary, " (", $feature, "). XLEN-bit registers by value; the result in `*rd`; `CRYPTO_INSN_ERR_ILLEGAL` (nothing written) for a reserved encoding.")]
            ///
            /// # Safety
            /// `rd` must be null (rejected) or valid for one register.
            $(#[$m])*
            pub unsafe extern "C" fn $name(rd: *mut gpr!($W), $($operand: gpr!($W),)* $($imm: u8)?) -> c_int {
                body!($kind $Op $name (rd, $($operand,)* $($imm)?) {
                    if rd.is_null() {
                        return null_pointer();
                    }
                    match GprOut::split(crypto_insn::$arch::$W(backend!($kind)).$name($($operand,)* $($imm)?)) {
                        Some(v) => {
                            // SAFETY: non-null; the caller guarantees a valid register.
                            unsafe { rd.write_unaligned(v) };
                            CRYPTO_INSN_OK
                        }
                        None => CRYPTO_INSN_ERR_ILLEGAL,
                    }
                })
            }
        }
    };
    (@regs sig $archname:literal $arch:ident $W:ident $order:ident $Op:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal
        ($($slot:ident),*) ($($imm:ident)?)) => {
        unsafe extern "C" fn(*mut u8, $(ty!($operand *const u8),)* $(ty!($imm u8))?) -> c_int
    };
    (@regs $kind:ident [$(#[$m:meta])*] $archname:literal $arch:ident $W:ident $order:ident $Op:ident $name:ident ($($operand:ident),*) $summary:literal $feature:literal
        ($($slot:ident),*) ($($imm:ident)?)) => {
        item! { $kind $archname $name
            #[doc = concat!("`", stringify!($name), "`: ", $summary, " (", $feature, ").")]
            ///
            /// # Safety
            /// `dst` and every source must be null (rejected) or valid for 16 bytes;
            /// `dst` may equal a source.
            $(#[$m])*
            pub unsafe extern "C" fn $name(dst: *mut u8, $($operand: *const u8,)* $($imm: u8)?) -> c_int {
                body!($kind $Op $name (dst, $($operand,)* $($imm)?) {
                    // One test and branch per pointer, to a cold return.
                    if dst.is_null() {
                        return null_pointer();
                    }
                    $(if $operand.is_null() {
                        return null_pointer();
                    })*
                    // SAFETY: non-null, and the caller guarantees 16 valid bytes each.
                    $(let $operand = unsafe { load_in(order!($order), $operand) };)*
                    let r = crypto_insn::$arch::$W(backend!($kind)).$name($($operand,)* $($imm)?);
                    // SAFETY: as above; every source was read first.
                    unsafe { store_in(order!($order), dst, r) };
                    CRYPTO_INSN_OK
                })
            }
        }
    };
    (@wide sig $archname:literal $arch:ident $W:ident $order:ident $Op:ident $name:ident ($a:ident, $b:ident) $summary:literal $feature:literal
        ($($imm:ident)?) ($($n:literal)*)) => {
        unsafe extern "C" fn(*mut u8, *const u8, *const u8, usize $(, ty!($imm u8))?) -> c_int
    };
    (@wide $kind:ident [$(#[$m:meta])*] $archname:literal $arch:ident $W:ident $order:ident $Op:ident $name:ident ($a:ident, $b:ident) $summary:literal $feature:literal
        ($($imm:ident)?) ($($n:literal)*)) => {
        item! { $kind $archname $name
            #[doc = concat!("`", stringify!($name), "` on `lanes` (1, 2 or 4) 128-bit lanes: ", $summary, " (", $feature, ").")]
            ///
            /// # Safety
            /// Non-null pointers must be valid for `16 * lanes` bytes; `dst` may equal a source.
            $(#[$m])*
            pub unsafe extern "C" fn $name(dst: *mut u8, $a: *const u8, $b: *const u8, lanes: usize $(, $imm: u8)?) -> c_int {
                body!($kind $Op $name (dst, $a, $b, lanes $(, $imm)?) {
                    if dst.is_null() {
                        return null_pointer();
                    }
                    if $a.is_null() || $b.is_null() {
                        return null_pointer();
                    }
                    macro_rules! go {
                        ($cnt:literal) => {{
                            // SAFETY: non-null; the caller guarantees 16 * lanes valid bytes.
                            let (x, y) = unsafe { (load_lanes::<$cnt>($a), load_lanes::<$cnt>($b)) };
                            let r = crypto_insn::$arch::$W(backend!($kind)).$name(x, y $(, $imm)?);
                            // SAFETY: as above; all sources were read first.
                            unsafe { store_lanes(dst, &r) };
                        }};
                    }
                    match lanes {
                        $($n => go!($n),)*
                        _ => return CRYPTO_INSN_ERR_ARG,
                    }
                    CRYPTO_INSN_OK
                })
            }
        }
    };
}

/// Expands the registry: per architecture a module with the exports (the
/// forwards), one submodule of functions per backend, and the architecture's
/// table type and per-backend tables; then [`Tables`] and the statics.
macro_rules! exports {
    ($(
        arch $arch:ident $Arch:ident $Op:ident $archname:literal $order:ident {
            $(ext $ext:ident $title:literal $feature:literal {
                $(($name:ident $Var:ident $shape:ident ($($operand:ident),*)
                    [$($host:ident $hfeat:literal),*] $summary:literal))*
            })*
            planned { $($planned:tt)* }
        }
    )*) => {
        $(
            #[doc = concat!("The ", $archname, " exports, `crypto_insn_", $archname, "_<mnemonic>`, and their per-backend functions.")]
            #[allow(non_snake_case)]
            pub mod $Op {
                use super::*;
                $($(export!(@$shape [$Op $Var] forward [] $archname $arch $Arch $order $Op $name ($($operand),*) $summary $feature);)*)*

                /// The first call's functions: resolve `auto`, then forward.
                pub mod lazy {
                    use super::super::*;
                    $($(export!(@$shape [$Op $Var] lazy [] $archname $arch $Arch $order $Op $name ($($operand),*) $summary $feature);)*)*
                }
                /// The portable table-driven backend's functions.
                pub mod soft {
                    use super::super::*;
                    $($(export!(@$shape [$Op $Var] soft [] $archname $arch $Arch $order $Op $name ($($operand),*) $summary $feature);)*)*
                }
                /// The bitsliced constant-time backend's functions.
                pub mod ct {
                    use super::super::*;
                    $($(export!(@$shape [$Op $Var] ct [] $archname $arch $Arch $order $Op $name ($($operand),*) $summary $feature);)*)*
                }
                /// The vector-permute constant-time backend's functions, compiled
                /// with SSSE3 on x86-64 so that the fragments inline. Like
                /// `native`'s, they are for a CPU where `Vperm::detect` succeeded:
                /// the table API hands this table out only there.
                pub mod vperm {
                    use super::super::*;
                    $($(export!(@$shape [$Op $Var] vperm [
                        #[cfg_attr(target_arch = "x86_64", target_feature(enable = "ssse3"))]
                    ] $archname $arch $Arch $order $Op $name ($($operand),*) $summary $feature);)*)*
                }
                /// The native backend's functions, compiled with the target
                /// features the `Native` token stands for (so the AES
                /// instructions are inlined; other families keep their
                /// per-call feature check).
                #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
                pub mod native {
                    use super::super::*;
                    $($(export!(@$shape [$Op $Var] native [
                        #[cfg_attr(target_arch = "x86_64", target_feature(enable = "aes,ssse3"))]
                        #[cfg_attr(target_arch = "aarch64", target_feature(enable = "aes"))]
                    ] $archname $arch $Arch $order $Op $name ($($operand),*) $summary $feature);)*)*
                }

                #[doc = concat!("One function pointer per ", $archname, " instruction, in registry order (the header's `struct crypto_insn_table` members `", $archname, "_<mnemonic>`).")]
                #[repr(C)]
                #[derive(Clone, Copy)]
                pub struct Table {
                    $($(
                        #[doc = concat!("`crypto_insn_", $archname, "_", stringify!($name), "` of this backend.")]
                        pub $name: export!(@$shape [$Op $Var] sig $archname $arch $Arch $order $Op $name ($($operand),*) $summary $feature),
                    )*)*
                }

                /// The first call's table.
                pub const LAZY: Table = Table { $($($name: lazy::$name,)*)* };
                /// `soft`'s table.
                pub const SOFT: Table = Table { $($($name: soft::$name,)*)* };
                /// `ct`'s table.
                pub const CT: Table = Table { $($($name: ct::$name,)*)* };
                /// `vperm`'s table.
                pub const VPERM: Table = Table { $($($name: vperm::$name,)*)* };
                /// `native`'s table.
                #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
                pub const NATIVE: Table = Table { $($($name: native::$name,)*)* };
            }
        )*

        /// Every architecture's table, in registry order.
        #[repr(C)]
        #[derive(Clone, Copy)]
        #[allow(non_snake_case)]
        pub struct Fns {
            $(
                #[doc = concat!("The ", $archname, " functions.")]
                pub $Op: $Op::Table,
            )*
        }

        /// A backend's table (the header's `struct crypto_insn_table`): its
        /// name, then its functions.
        #[repr(C)]
        pub struct Tables {
            /// The backend's name, a NUL-terminated static string.
            pub name: *const c_char,
            /// The functions.
            pub fns: Fns,
        }

        // SAFETY: a `Tables` is immutable static data: a pointer to a static
        // string and function pointers; sharing it between threads is sound.
        unsafe impl Sync for Tables {}

        /// What [`CURRENT`] starts as: functions that resolve `auto` first.
        static LAZY: Tables = Tables { name: c"auto".as_ptr(), fns: Fns { $($Op: $Op::LAZY,)* } };
        static SOFT: Tables = Tables { name: c"soft".as_ptr(), fns: Fns { $($Op: $Op::SOFT,)* } };
        static CT: Tables = Tables { name: c"ct".as_ptr(), fns: Fns { $($Op: $Op::CT,)* } };
        static VPERM: Tables = Tables { name: c"vperm".as_ptr(), fns: Fns { $($Op: $Op::VPERM,)* } };
        #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
        static NATIVE: Tables = Tables { name: c"native".as_ptr(), fns: Fns { $($Op: $Op::NATIVE,)* } };
    };
}

crypto_insn::for_each_instruction!(exports);

/// The immediate-specialised functions of [`crypto_insn_resolve_imm`]: per
/// backend, 256 instances of one function generic over the immediate.
pub mod imm_forms {
    use super::*;

    /// `int f(uint8_t *dst, const uint8_t *src)`.
    pub type OneReg = unsafe extern "C" fn(*mut u8, *const u8) -> c_int;

    macro_rules! imm_backend {
        ($kind:ident $(#[$m:meta])*) => {
            #[doc = concat!("`", stringify!($kind), "`'s immediate-specialised functions.")]
            pub mod $kind {
                use super::super::*;
                use super::OneReg;

                /// x86 AESKEYGENASSIST with imm8 = `IMM`.
                ///
                /// # Safety
                /// `dst` and `src` must be null (rejected) or valid for 16
                /// bytes; `dst` may equal `src`.
                $(#[$m])*
                pub unsafe extern "C" fn aeskeygenassist<const IMM: u8>(dst: *mut u8, src: *const u8) -> c_int {
                    if dst.is_null() || src.is_null() {
                        return null_pointer();
                    }
                    // SAFETY: non-null; the caller guarantees 16 valid bytes each.
                    let s = unsafe { load(src) };
                    let r = crypto_insn::x86::X86(backend!($kind)).aeskeygenassist_const::<IMM>(s);
                    // SAFETY: as above; the source was read first.
                    unsafe { store(dst, r) };
                    CRYPTO_INSN_OK
                }

                /// [`aeskeygenassist`] for every immediate: `[imm >> 4][imm & 15]`.
                pub static AESKEYGENASSIST: [[OneReg; 16]; 16] = crypto_insn::imm8_table!(aeskeygenassist);
            }
        };
    }

    imm_backend!(soft);
    imm_backend!(ct);
    imm_backend!(vperm #[cfg_attr(target_arch = "x86_64", target_feature(enable = "ssse3"))]);
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    imm_backend!(native
        #[cfg_attr(target_arch = "x86_64", target_feature(enable = "aes,ssse3"))]
        #[cfg_attr(target_arch = "aarch64", target_feature(enable = "aes"))]);
}

#[cfg(test)]
mod tests {
    use super::*;

    // Intel AES-NI white paper, AESENC example (shared/vectors/intel-aesni-whitepaper.txt):
    // state 0x7b5b54657374566563746f725d53475d, round key
    // 0x48692853686179295b477565726f6e5d, result 0xa8311c2f9fdba3c58b104b58ded7e595.
    const STATE: u128 = 0x7b5b_5465_7374_5665_6374_6f72_5d53_475d;
    const KEY: u128 = 0x4869_2853_6861_7929_5b47_7565_726f_6e5d;
    const AESENC: u128 = 0xa831_1c2f_9fdb_a3c5_8b10_4b58_ded7_e595;

    type R2 = unsafe extern "C" fn(*mut u8, *const u8, *const u8) -> c_int;

    fn run(f: R2) -> u128 {
        let (s, k) = (reg::to_bytes(STATE), reg::to_bytes(KEY));
        let mut out = [0u8; 16];
        // SAFETY: three valid 16-byte arrays.
        assert_eq!(
            unsafe { f(out.as_mut_ptr(), s.as_ptr(), k.as_ptr()) },
            CRYPTO_INSN_OK
        );
        reg::from_bytes(out)
    }

    /// Held by the tests that switch the process-wide backend and by those that
    /// read the current table twice and compare (tests run in parallel).
    static CURRENT_TABLE: std::sync::Mutex<()> = std::sync::Mutex::new(());

    fn current_table_lock() -> std::sync::MutexGuard<'static, ()> {
        CURRENT_TABLE
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    #[test]
    fn tables_hold_one_pointer_per_implemented_row_in_registry_order() {
        let _current = current_table_lock();
        let rows = crypto_insn::registry::INSTRUCTIONS
            .iter()
            .filter(|i| i.implemented())
            .count();
        assert_eq!(size_of::<Fns>(), rows * size_of::<usize>());
        // SAFETY: the table is static; `crypto_insn_table` never returns null.
        let t = unsafe { &*crypto_insn_table() };
        // The slot of x86 AESENC is its field, and the last slot the last row's.
        let k = slot("x86", "aesenc").unwrap();
        // SAFETY: strings are NUL-terminated literals.
        let f = unsafe { crypto_insn_resolve(c"x86".as_ptr(), c"aesenc".as_ptr()) }.unwrap();
        assert_eq!(f as usize, t.fns.X86Op.aesenc as usize);
        // SAFETY: `k` < rows, inside `fns`.
        let by_slot = unsafe { core::ptr::from_ref(&t.fns).cast::<usize>().add(k).read() };
        assert_eq!(by_slot, f as usize);
        let last = crypto_insn::registry::INSTRUCTIONS
            .iter()
            .rfind(|i| i.implemented())
            .unwrap();
        assert_eq!(slot(last.arch.as_str(), last.ident), Some(rows - 1));
        // SAFETY: strings are NUL-terminated literals.
        let pmull = unsafe { crypto_insn_resolve(c"arm".as_ptr(), c"pmull".as_ptr()) }.unwrap();
        assert_eq!(pmull as usize, t.fns.ArmOp.pmull as usize);
    }

    /// `crypto_insn_resolve_imm("x86", "aeskeygenassist", imm)` is, on every
    /// backend, the export with that immediate; for all 256 immediates.
    #[test]
    fn resolve_imm_is_the_export_with_its_immediate() {
        type R1I = unsafe extern "C" fn(*mut u8, *const u8, u8) -> c_int;
        let _current = current_table_lock();
        let call1 = |f: imm_forms::OneReg, s: u128| {
            let (src, mut out) = (reg::to_bytes(s), [0u8; 16]);
            // SAFETY: two valid 16-byte arrays.
            assert_eq!(unsafe { f(out.as_mut_ptr(), src.as_ptr()) }, CRYPTO_INSN_OK);
            reg::from_bytes(out)
        };
        let call2 = |f: R1I, s: u128, imm: u8| {
            let (src, mut out) = (reg::to_bytes(s), [0u8; 16]);
            // SAFETY: two valid 16-byte arrays.
            assert_eq!(
                unsafe { f(out.as_mut_ptr(), src.as_ptr(), imm) },
                CRYPTO_INSN_OK
            );
            reg::from_bytes(out)
        };
        let mut checked = 0;
        for name in [c"soft", c"ct", c"vperm", c"native"] {
            // SAFETY: a NUL-terminated literal.
            if unsafe { crypto_insn_set_backend(name.as_ptr()) } != CRYPTO_INSN_OK {
                continue;
            }
            let export: R1I = X86Op::aeskeygenassist;
            for imm in 0..=255u8 {
                // SAFETY: NUL-terminated literals.
                let f = unsafe {
                    crypto_insn_resolve_imm(c"x86".as_ptr(), c"aeskeygenassist".as_ptr(), imm)
                }
                .unwrap();
                // SAFETY: what `crypto_insn_resolve_imm` hands out is a `OneReg`.
                let f =
                    unsafe { core::mem::transmute::<unsafe extern "C" fn(), imm_forms::OneReg>(f) };
                for (k, s) in [0, u128::MAX, STATE, KEY].into_iter().enumerate() {
                    let s = s.rotate_left(u32::from(imm) + k as u32);
                    assert_eq!(
                        call1(f, s),
                        call2(export, s, imm),
                        "{name:?} {imm:#04x} {s:032x}"
                    );
                }
                // dst = src is allowed.
                let mut buf = reg::to_bytes(STATE);
                // SAFETY: one valid 16-byte array, as both operands.
                assert_eq!(unsafe { f(buf.as_mut_ptr(), buf.as_ptr()) }, CRYPTO_INSN_OK);
                assert_eq!(reg::from_bytes(buf), call2(export, STATE, imm));
                // A null pointer writes nothing.
                let mut out = [0x5au8; 16];
                // SAFETY: null is rejected before any access.
                unsafe {
                    assert_eq!(f(out.as_mut_ptr(), core::ptr::null()), CRYPTO_INSN_ERR_NULL);
                    assert_eq!(f(core::ptr::null_mut(), buf.as_ptr()), CRYPTO_INSN_ERR_NULL);
                }
                assert_eq!(out, [0x5au8; 16]);
            }
            checked += 1;
        }
        assert!(checked >= 2, "soft and ct are always available");
        // SAFETY: a NUL-terminated literal.
        assert_eq!(
            unsafe { crypto_insn_set_backend(c"auto".as_ptr()) },
            CRYPTO_INSN_OK
        );
        // SAFETY: NUL-terminated literals or null.
        unsafe {
            // Only AESKEYGENASSIST has an immediate-specialised form.
            assert!(crypto_insn_resolve_imm(c"x86".as_ptr(), c"pclmulqdq".as_ptr(), 0).is_none());
            assert!(crypto_insn_resolve_imm(c"x86".as_ptr(), c"aesenc".as_ptr(), 0).is_none());
            assert!(
                crypto_insn_resolve_imm(c"arm".as_ptr(), c"aeskeygenassist".as_ptr(), 1).is_none()
            );
            assert!(
                crypto_insn_resolve_imm(core::ptr::null(), c"aeskeygenassist".as_ptr(), 1)
                    .is_none()
            );
            assert!(crypto_insn_resolve_imm(c"x86".as_ptr(), core::ptr::null(), 1).is_none());
        }
    }

    #[test]
    fn every_backend_table_computes_the_white_paper_aesenc() {
        for name in [c"soft", c"ct", c"vperm", c"native", c"auto"] {
            // SAFETY: a NUL-terminated literal.
            let t = unsafe { crypto_insn_table_for(name.as_ptr()) };
            if t.is_null() {
                // vperm or native on a CPU without them: the choice says so.
                let choice: Choice = name.to_str().unwrap().parse().unwrap();
                assert!(choice.resolve().is_err(), "{name:?}");
                continue;
            }
            // SAFETY: non-null tables are static.
            let t = unsafe { &*t };
            assert_eq!(run(t.fns.X86Op.aesenc), AESENC, "{name:?}");
            // The forward (the export) agrees.
            assert_eq!(run(X86Op::aesenc), AESENC);
            // A table's name is its backend's.
            // SAFETY: a static NUL-terminated string.
            let n = unsafe { CStr::from_ptr(t.name) }.to_str().unwrap();
            if name != c"auto" {
                assert_eq!(n, name.to_str().unwrap());
            }
        }
    }

    /// The slot words, and the current table's functions as words.
    fn slots_and_current() -> (Vec<usize>, Vec<usize>) {
        let slots = SLOTS
            .iter()
            .map(|s| s.load(Ordering::Relaxed) as usize)
            .collect();
        // SAFETY: a `Fns` is `SLOT_COUNT` function pointers (see `SLOTS`).
        let words: [usize; SLOT_COUNT] = unsafe { core::mem::transmute(current().fns) };
        (slots, words.to_vec())
    }

    #[test]
    fn concurrent_switches_leave_every_slot_on_the_last_backend() {
        // The tests that switch, and the ones that compare two reads of the
        // current table, hold the lock.
        let _current = current_table_lock();
        // SAFETY: NUL-terminated literals.
        let set = |name: &CStr| unsafe { crypto_insn_set_backend(name.as_ptr()) };
        assert_eq!(set(c"soft"), CRYPTO_INSN_OK);
        assert_eq!(slots_and_current().0, slots_and_current().1);
        assert_eq!(current().name, SOFT.name);
        let switchers: Vec<_> = [[c"soft", c"ct"], [c"ct", c"soft"]]
            .into_iter()
            .map(|names| {
                std::thread::spawn(move || {
                    for k in 0..2000 {
                        assert_eq!(set(names[k % 2]), CRYPTO_INSN_OK);
                    }
                })
            })
            .collect();
        // Calls during the switches run whole on one backend or the other.
        let caller = std::thread::spawn(|| {
            for _ in 0..2000 {
                assert_eq!(run(X86Op::aesenc), AESENC);
            }
        });
        for t in switchers {
            t.join().unwrap();
        }
        caller.join().unwrap();
        let (slots, words) = slots_and_current();
        assert_eq!(slots, words, "the slots are a mixture of backends");
        assert!(core::ptr::eq(current(), &SOFT) || core::ptr::eq(current(), &CT));
        // The export's slot is the one the table API names.
        assert_eq!(slot_index!(X86Op aesenc), slot("x86", "aesenc").unwrap());
        assert_eq!(
            slots[slot("arm", "pmull").unwrap()],
            current().fns.ArmOp.pmull as usize
        );
        assert_eq!(set(c"auto"), CRYPTO_INSN_OK);
        assert_eq!(slots_and_current().0, slots_and_current().1);
    }

    #[test]
    fn resolve_rejects_unknown_and_null_names() {
        // SAFETY: NUL-terminated literals or null.
        unsafe {
            assert!(crypto_insn_resolve(c"x86".as_ptr(), c"aesenc128kl".as_ptr()).is_none());
            assert!(crypto_insn_resolve(c"mips".as_ptr(), c"aesenc".as_ptr()).is_none());
            assert!(crypto_insn_resolve(core::ptr::null(), c"aesenc".as_ptr()).is_none());
            assert!(crypto_insn_resolve(c"x86".as_ptr(), core::ptr::null()).is_none());
            assert!(crypto_insn_table_for(c"fast".as_ptr()).is_null());
            assert!(crypto_insn_table_for(core::ptr::null()).is_null());
            // The RISC-V vector rows are named by ident (`.` as `_`).
            assert!(crypto_insn_resolve(c"rv64".as_ptr(), c"vaesem_vv".as_ptr()).is_some());
        }
    }
}
