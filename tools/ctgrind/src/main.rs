//! `crypto-insn-ctgrind soft|ct|vperm`: runs every AES fragment, every x86 and Arm
//! AES helper, the key schedule and whole-block AES, and then every instruction
//! of the registry (every architecture, each width its shape allows, a few
//! immediates), on the chosen software backend with the state, key and every
//! register operand marked *undefined* for valgrind memcheck (immediates and
//! widths are the instruction's encoding: public). The instructions that
//! caused errors are printed (memcheck counts a context once, so for `soft`
//! the per-instruction figures are only the new contexts).
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
use crypto_insn::registry::{INSTRUCTIONS, RegWidth, Shape};
use crypto_insn::vector::{Arch, Op, Value};
use crypto_insn::x86::X86;

unsafe extern "C" {
    fn ctgrind_secret(p: *mut u8, n: usize);
    fn ctgrind_public(p: *mut u8, n: usize);
    fn ctgrind_running() -> i32;
    fn ctgrind_errors() -> u32;
}

/// Errors memcheck has reported so far (0 outside valgrind).
fn errors() -> u32 {
    // SAFETY: a plain query of the client-request interface.
    unsafe { ctgrind_errors() }
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

/// Secret register lanes, derived from a public counter.
fn secret_lanes(n: usize, i: u64) -> Vec<u128> {
    let mut v: Vec<u128> = (0..n as u64)
        .map(|l| {
            (u128::from(i * 31 + l + 1)).wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c834)
                ^ 0x0f1e_2d3c_4b5a_6978_8796_a5b4_c3d2_e1f0
        })
        .collect();
    for x in &mut v {
        secret(x);
    }
    v
}

/// The sources of `op` at `lanes` 128-bit lanes for its variable-width
/// operands (widths are public: they are the encoding), every value secret.
fn secret_sources(op: Op, arch: Arch, lanes: usize, i: u64) -> Vec<Value> {
    let shape = op.shape();
    (0..op.sources())
        .map(|j| {
            let n = match shape.operand(j) {
                RegWidth::Xmm | RegWidth::Gpr | RegWidth::D64 => 1,
                RegWidth::Ymm => 2,
                RegWidth::Wide | RegWidth::Vex | RegWidth::Sve => lanes,
                RegWidth::Group => match op.vop() {
                    // `.vs` forms' vs2 is one element group; the widening
                    // vwsll reads groups half of vd's.
                    Some(v) if j == 1 && v.is_vs() => 1,
                    Some(v) if j > 0 && v.is_widening() => lanes.div_ceil(2),
                    _ => lanes,
                },
            };
            let l = secret_lanes(n, i * 7 + j as u64);
            match (shape.operand(j), arch) {
                (RegWidth::Gpr, Arch::Rv32) => Value::gpr32(l[0] as u32),
                (RegWidth::Gpr | RegWidth::D64, _) => Value::gpr64(l[0] as u64),
                (RegWidth::Group, _) if op.vop().is_some_and(|v| j == 2 && !v.reads_vs1()) => {
                    Value::gpr64(l[0] as u64)
                }
                (RegWidth::Sve, _) => Value::sve(&l).unwrap_or(Value::xmm(0)),
                _ => Value::from_lanes(&l).unwrap_or(Value::xmm(0)),
            }
        })
        .collect()
}

/// Every instruction of the registry on backend `b` with secret operands, at
/// each width its shape allows and a few immediates (public). Returns the
/// evaluations and, per instruction, the memcheck errors it caused.
fn registry<B: Backend>(b: B) -> (usize, Vec<(String, u32)>) {
    let mut n = 0;
    let mut flagged = Vec::new();
    for row in INSTRUCTIONS {
        let Some(op) = row.op else { continue };
        let shape = op.shape();
        let widths: &[usize] = match shape {
            Shape::W2 | Shape::W2I => &[1, 2, 4],
            Shape::V2 => &[1, 2],
            Shape::Z1 | Shape::Z2 => &[1, 2, 16],
            Shape::V => &[1, 2],
            _ => &[1],
        };
        let imm_max = op.imm_max();
        let imms: &[u8] = if op.signature().imm {
            &[0, 1, 0x1b, 0x36, 0x55, 0xff]
        } else {
            &[0]
        };
        let before = errors();
        for &lanes in widths {
            for (k, &imm) in imms.iter().enumerate() {
                let imm = imm.min(imm_max);
                let srcs = secret_sources(op, row.arch, lanes, k as u64);
                black_box(public(op.execute(b, imm, &srcs)));
                n += 1;
            }
        }
        let e = errors() - before;
        if e > 0 {
            flagged.push((format!("{} {}", row.arch, row.mnemonic), e));
        }
    }
    (n, flagged)
}

fn main() -> ExitCode {
    let which = std::env::args().nth(1).unwrap_or_default();
    // SAFETY: a plain query of the client-request interface.
    let under_valgrind = unsafe { ctgrind_running() } != 0;
    let (n, (m, flagged)) = match which.as_str() {
        "ct" => (exercise(Ct), registry(Ct)),
        "soft" => (exercise(Soft), registry(Soft)),
        "vperm" => match Vperm::detect() {
            Ok(v) => (exercise(v), registry(v)),
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
        "crypto-insn-ctgrind: {n} secret-input evaluations of the AES entry points and {m} of the registry's instructions on backend '{which}'{}",
        if under_valgrind {
            " under valgrind"
        } else {
            " (not under valgrind: nothing was checked)"
        }
    );
    for (insn, e) in &flagged {
        println!("  flagged: {insn}: {e} memcheck errors");
    }
    if under_valgrind {
        println!("  {} of the registry's instructions flagged", flagged.len());
    }
    ExitCode::SUCCESS
}
