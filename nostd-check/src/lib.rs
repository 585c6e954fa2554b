//! A `#![no_std]` static library that calls every crypto-insn helper with the
//! library's default features off. It builds only if neither the library nor
//! anything it pulls in needs `std` (its own panic handler would clash with
//! std's) or `alloc` (a static library that used it would need a global
//! allocator, and there is none). `.ci/run` builds it and links it into a small
//! C program that calls [`crypto_insn_nostd_exercise`].

#![no_std]

use core::panic::PanicInfo;

use crypto_insn::aes::Aes;
use crypto_insn::{arm, x86};

#[panic_handler]
fn panic(_: &PanicInfo) -> ! {
    loop {}
}

/// Calls every helper once, chaining the results, and returns a digest of them.
#[unsafe(no_mangle)]
pub extern "C" fn crypto_insn_nostd_exercise(seed: u64) -> u64 {
    let s = u128::from(seed) * 0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c834 + 1;
    let k = s.rotate_left(41) ^ 0x0123_4567_89ab_cdef;
    let mut r = x86::aesenc(s, k);
    r ^= x86::aesenclast(r, k) ^ x86::aesdec(r, k) ^ x86::aesdeclast(r, k);
    r ^= x86::aesimc(r) ^ x86::aeskeygenassist(r, 0x36);
    r ^= x86::pclmulqdq(r, k, 0x11);
    r ^= x86::sha1rnds4(r, k, 2) ^ x86::sha1nexte(r, k) ^ x86::sha1msg1(r, k) ^ x86::sha1msg2(r, k);
    r ^= x86::sha256rnds2(r, k, s) ^ x86::sha256msg1(r, k) ^ x86::sha256msg2(r, k);
    let w = x86::vaesenc([r, k], [k, s]);
    let z = x86::vaesdeclast([r, k, s, w[0]], [w[1], s, k, r]);
    r ^= w[0] ^ w[1] ^ z[3] ^ x86::vaesenclast([r], [k])[0] ^ x86::vaesdec([r], [k])[0];
    r ^= x86::vpclmulqdq([r, s], [k, w[0]], 0x10)[1];
    r ^= arm::aese(r, k) ^ arm::aesd(r, k) ^ arm::aesmc(r) ^ arm::aesimc(r);
    r ^= arm::pmull(r, k) ^ arm::pmull2(r, k);
    r ^= arm::sha1c(r, k, s) ^ arm::sha1p(r, k, s) ^ arm::sha1m(r, k, s) ^ arm::sha1h(r);
    r ^= arm::sha1su0(r, k, s) ^ arm::sha1su1(r, k);
    r ^= arm::sha256h(r, k, s)
        ^ arm::sha256h2(r, k, s)
        ^ arm::sha256su0(r, k)
        ^ arm::sha256su1(r, k, s);
    if let Ok(aes) = Aes::new(&r.to_le_bytes()) {
        r ^= aes.decrypt_block(aes.encrypt_block(k));
    }
    (r as u64) ^ ((r >> 64) as u64)
}
