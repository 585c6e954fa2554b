//! `crypto-insn-ctgrind soft|ct|vperm`: runs every AES fragment, every x86 and Arm
//! AES helper, the key schedule and whole-block AES on the chosen software
//! backend with the state and key marked *undefined* for valgrind memcheck.
//! Under `valgrind --error-exitcode=99`, memcheck then reports each conditional
//! branch and each memory address computed from a secret:
//!
//! - `ct` and `vperm` (SSSE3 `pshufb` / AArch64 `tbl` lookups in registers)
//!   must produce no error at all (exit 0); `vperm` is also checked through
//!   the S-box primitive (`sbox_affine`, the SM4 S-box's path);
//! - `soft`, whose T-table lookups are indexed by state bytes, must be flagged
//!   (exit 99): the control that shows the check is not vacuous.
//!
//! Outputs are declassified (marked defined) before anything looks at them.
//! Build without `-C target-cpu=native`: valgrind 3.19 does not know AVX-512.

use std::hint::black_box;
use std::process::ExitCode;

use crypto_insn::aes::Aes;
use crypto_insn::arm::Arm;
use crypto_insn::backend::{Affine, Backend, Ct, SboxAffine, Soft, Vperm};
use crypto_insn::x86::X86;

unsafe extern "C" {
    fn ctgrind_secret(p: *mut u8, n: usize);
    fn ctgrind_public(p: *mut u8, n: usize);
    fn ctgrind_running() -> i32;
}

/// Marks a value's bytes as secret (undefined to memcheck).
fn secret<T>(v: &mut T) {
    // SAFETY: `v` is a valid, writable object of `size_of::<T>()` bytes; the
    // client request only changes valgrind's shadow state (no-op natively).
    unsafe { ctgrind_secret((v as *mut T).cast(), size_of::<T>()) }
}

/// Declassifies a result (defined to memcheck) so it can be used freely.
fn public<T>(mut v: T) -> T {
    // SAFETY: as in `secret`.
    unsafe { ctgrind_public((&mut v as *mut T).cast(), size_of::<T>()) };
    black_box(v)
}

/// Fresh secret operands (derived from a public counter, then marked secret).
fn operands(i: u64) -> (u128, u128) {
    let mut s = u128::from(i).wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c834)
        ^ 0x0123_4567_89ab_cdef;
    let mut k = s
        .rotate_left(37)
        .wrapping_mul(0xbf58_476d_1ce4_e5b9_94d0_49bb_1331_11eb);
    secret(&mut s);
    secret(&mut k);
    (s, k)
}

/// Every entry point that touches secrets, on backend `b`; returns how many ran.
fn exercise<B: Backend>(b: B) -> usize {
    let mut n = 0;
    let mut check = |r: u128| {
        black_box(public(r));
        n += 1;
    };
    for i in 0..4 {
        let (s, k) = operands(i);
        check(b.sb_sr_ak(s, k));
        check(b.sb_sr_mc_ak(s, k));
        check(b.isb_isr_ak(s, k));
        check(b.isb_isr_imc_ak(s, k));
        check(b.isb_isr_ak_imc(s, k));
        check(b.mc(s));
        check(b.imc(s));
        check(b.sb(s));
        check(b.ak_sb_sr(s, k));
        check(b.ak_isb_isr(s, k));
        check(b.aeskeygenassist(s, 0x1b));
        check(b.sbox_affine(s, &SboxAffine::new(Affine::IDENTITY, Affine::AES_SBOX_OUT)));
        let x = X86(b);
        check(x.aesenc(s, k));
        check(x.aesenclast(s, k));
        check(x.aesdec(s, k));
        check(x.aesdeclast(s, k));
        check(x.aesimc(s));
        check(x.aeskeygenassist(s, 0x36));
        let a = Arm(b);
        check(a.aese(s, k));
        check(a.aesd(s, k));
        check(a.aesmc(s));
        check(a.aesimc(s));
    }
    // Key schedule and whole blocks with a secret key and block, all key sizes.
    for len in [16usize, 24, 32] {
        let mut key = [0x5au8; 32];
        for (j, byte) in key.iter_mut().enumerate() {
            *byte ^= j as u8;
        }
        secret(&mut key);
        let (block, _) = operands(len as u64);
        if let Ok(aes) = Aes::with_backend(b, &key[..len]) {
            check(aes.encrypt_block_with(b, block));
            check(aes.decrypt_block_with(b, block));
        }
    }
    n
}

fn main() -> ExitCode {
    let which = std::env::args().nth(1).unwrap_or_default();
    // SAFETY: a plain query of the client-request interface.
    let under_valgrind = unsafe { ctgrind_running() } != 0;
    let n = match which.as_str() {
        "ct" => exercise(Ct),
        "soft" => exercise(Soft),
        "vperm" => match Vperm::detect() {
            Ok(v) => exercise(v),
            Err(e) => {
                eprintln!("crypto-insn-ctgrind: {e}");
                return ExitCode::from(3);
            }
        },
        _ => {
            eprintln!("usage: crypto-insn-ctgrind ct|soft|vperm   (run under valgrind memcheck)");
            return ExitCode::from(2);
        }
    };
    println!(
        "crypto-insn-ctgrind: {n} secret-input evaluations on backend '{which}'{}",
        if under_valgrind {
            " under valgrind"
        } else {
            " (not under valgrind: nothing was checked)"
        }
    );
    ExitCode::SUCCESS
}
