//! A `#![no_std]` static library that calls every crypto-insn helper with the
//! library's default features off. It builds only if neither the library nor
//! anything it pulls in needs `std` (its own panic handler would clash with
//! std's) or `alloc` (a static library that used it would need a global
//! allocator, and there is none). `.ci/run` builds it and links it into a small
//! C program that calls [`crypto_insn_nostd_exercise`].

#![no_std]

use core::panic::PanicInfo;

use crypto_insn::aes::Aes;

#[panic_handler]
fn panic(_: &PanicInfo) -> ! {
    loop {}
}

/// One call of each registry row's helper (`X86(Auto).aesenc` ...), the
/// result folded into `r`; wide ops at 2 lanes, SVE ops at 2 segments.
macro_rules! call_all {
    ($(
        arch $arch:ident $Arch:ident $Op:ident $archname:literal $order:ident {
            $(ext $ext:ident $title:literal $feature:literal {
                $(($name:ident $Var:ident $shape:ident ($($operand:ident),*)
                    [$($host:ident $hfeat:literal),*] $summary:literal))*
            })*
            planned { $($planned:tt)* }
        }
    )*) => {
        |r: &mut u128, k: u128, s: u128| {
            $($($(call_all!(@$shape r, k, s, crypto_insn::$arch::$Arch(crypto_insn::backend::Auto), $name, $Var);)*)*)*
        }
    };
    // RISC-V vector ops: one LMUL 2 group run through the executor.
    (@V $r:ident, $k:ident, $s:ident, $w:expr, $m:ident, $var:ident) => {
        *$r ^= vector(crypto_insn::riscv::v::VOp::$var, *$r, $k, $s)
    };
    (@R1 $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m(*$r) };
    (@R1I $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m(*$r, 0x36) };
    (@R2 $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m(*$r, $k) };
    (@R2I $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m(*$r, $k, 0x11) };
    (@R3 $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m(*$r, $k, $s) };
    (@W2 $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m([*$r, $k], [$k, $s])[1] };
    (@R3I $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m(*$r, $k, $s, 0x3e) };
    (@V2 $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m([*$r, $k], [$k, $s])[1] };
    (@Y2X $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m([*$r, $k], [$k, $s], $s)[0] };
    (@YX $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m([*$r, $k], $s)[1] };
    (@Y2 $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m([*$r, $k], [$k, $s])[0] };
    (@X1 $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= u128::from($w.$m(gpr(*$r))) };
    (@X2 $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= u128::from($w.$m(gpr(*$r), gpr($k))) };
    (@X1I $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= u128::from($w.$m(gpr(*$r), 1).unwrap_or(0)) };
    (@X2I $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= u128::from($w.$m(gpr(*$r), gpr($k), 2).unwrap_or(0)) };
    (@W2I $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m([*$r, $s], [$k, $s], 0x10)[0] };
    (@Z1 $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => {{
        let mut o = [0u128; 2];
        if $w.$m(&[*$r, $k], &mut o).is_ok() { *$r ^= o[1] }
    }};
    (@Z2 $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => {{
        let mut o = [0u128; 2];
        if $w.$m(&[*$r, $k], &[$k, $s], &mut o).is_ok() { *$r ^= o[0] }
    }};
    (@D2 $r:ident, $k:ident, $s:ident, $w:expr, $m:ident $(, $var:ident)?) => { *$r ^= $w.$m(*$r as u64, $k as u64) };
}

/// One RISC-V vector instruction on LMUL 2 groups at VLEN 128 (vd = v8,
/// vs2 = v16, vs1 = v24; `vwsll` at LMUL 1), unmasked, vl = VLMAX, SEW the
/// op's default; an illegal configuration folds in 1.
fn vector(op: crypto_insn::riscv::v::VOp, r: u128, k: u128, s: u128) -> u128 {
    use crypto_insn::riscv::v::{Lmul, VConfig, VInsn, execute};
    use crypto_insn::vector::table::default_sew;
    let mut file = [0u8; 512];
    for (i, x) in [r, k, r, s, k, s].iter().enumerate() {
        let reg = [8, 9, 16, 17, 24, 25][i];
        file[16 * reg..16 * reg + 16].copy_from_slice(&x.to_le_bytes());
    }
    let lmul = if op.is_widening() { Lmul::M1 } else { Lmul::M2 };
    let cfg = VConfig::vlmax(default_sew(op), lmul, 128);
    let mut insn = VInsn::new(op, 8, 16, 24);
    insn.rs1 = k as u64;
    insn.imm = 1;
    match execute(&mut file, 128, insn, cfg) {
        Ok(()) => {
            let mut b = [0u8; 16];
            b.copy_from_slice(&file[16 * 9..16 * 10]);
            u128::from_le_bytes(b)
        }
        Err(_) => 1,
    }
}

/// The low bits of a value as a RISC-V register of either XLEN.
fn gpr<T: FromLow>(v: u128) -> T {
    T::from_low(v)
}

/// `u32` or `u64` from the low bits of a `u128`.
trait FromLow {
    fn from_low(v: u128) -> Self;
}

impl FromLow for u32 {
    fn from_low(v: u128) -> Self {
        v as u32
    }
}

impl FromLow for u64 {
    fn from_low(v: u128) -> Self {
        v as u64
    }
}

/// Calls every helper of the registry once, chaining the results, and returns
/// a digest of them (plus the whole-block cipher).
#[unsafe(no_mangle)]
pub extern "C" fn crypto_insn_nostd_exercise(seed: u64) -> u64 {
    let s = u128::from(seed) * 0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c834 + 1;
    let k = s.rotate_left(41) ^ 0x0123_4567_89ab_cdef;
    let mut r = s;
    let all = crypto_insn::for_each_instruction!(call_all);
    all(&mut r, k, s);
    if let Ok(aes) = Aes::new(&r.to_le_bytes()) {
        r ^= aes.decrypt_block(aes.encrypt_block(k));
    }
    (r as u64) ^ ((r >> 64) as u64)
}
