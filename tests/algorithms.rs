//! Whole algorithms built only from one architecture's instruction helpers, on
//! every backend:
//!
//! - SHA-1 and SHA-256 through the x86 SHA extensions and through the Arm SHA
//!   instructions (`crypto_insn::compose::sha`), on the FIPS 180-2/180-4 example
//!   messages (digests as published there) and on random messages (against the
//!   `sha1`/`sha2` crates);
//! - GHASH and AES-GCM through PCLMULQDQ (with AESENC/AESKEYGENASSIST for AES),
//!   through Arm PMULL and through RISC-V Zbkc `clmul`/`clmulh`
//!   and through PMULL/PMULL2 (with AESE/AESMC), on the test cases of McGrew and
//!   Viega's GCM specification (tags as published there) and on random inputs,
//!   against the `aes-gcm` crate.

use aes_gcm::aead::{AeadInPlace, KeyInit};
use crypto_insn::arm::Arm;
use crypto_insn::backend::{self, Backend, Dynamic};
use crypto_insn::compose::sha::{sha1_arm, sha1_x86, sha256_arm, sha256_x86};
use crypto_insn::compose::{Composed, Via};
use crypto_insn::riscv::Rv64;
use crypto_insn::x86::X86;
use crypto_insn_testutil::{Rng, cases};
use sha1::Digest as _;

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn all() -> Vec<Dynamic> {
    backend::available().collect()
}

/// FIPS 180-2 Appendix A and B examples (the same messages as FIPS 180-4's
/// example documents): message, SHA-1 digest, SHA-256 digest.
fn fips_examples() -> Vec<(Vec<u8>, &'static str, &'static str)> {
    vec![
        (
            b"abc".to_vec(),
            "a9993e364706816aba3e25717850c26c9cd0d89d",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ),
        (
            b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".to_vec(),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        ),
        (
            vec![b'a'; 1_000_000],
            "34aa973cd4c4daa4f61eeb2bdbad27316534016f",
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
        ),
    ]
}

#[test]
fn sha_fips_examples_from_each_architecture() {
    for b in all() {
        for (msg, s1, s256) in fips_examples() {
            // One million bytes through the software backends is slow under QEMU;
            // it still runs, on every backend.
            assert_eq!(
                sha1_x86(b, &msg).to_vec(),
                hex(s1),
                "SHA-1 via x86 on {b}, {} bytes",
                msg.len()
            );
            assert_eq!(
                sha1_arm(b, &msg).to_vec(),
                hex(s1),
                "SHA-1 via Arm on {b}, {} bytes",
                msg.len()
            );
            assert_eq!(
                sha256_x86(b, &msg).to_vec(),
                hex(s256),
                "SHA-256 via x86 on {b}"
            );
            assert_eq!(
                sha256_arm(b, &msg).to_vec(),
                hex(s256),
                "SHA-256 via Arm on {b}"
            );
        }
    }
}

#[test]
fn sha_random_messages_against_the_sha_crates() {
    let mut rng = Rng::new(0x5ba);
    for b in all() {
        for len in (0..200).chain([447, 448, 511, 512, 513, 1000, 4096]) {
            let msg: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
            let want1 = sha1::Sha1::digest(&msg).to_vec();
            let want256 = sha2::Sha256::digest(&msg).to_vec();
            assert_eq!(
                sha1_x86(b, &msg).to_vec(),
                want1,
                "SHA-1 via x86, {len} bytes, on {b}"
            );
            assert_eq!(
                sha1_arm(b, &msg).to_vec(),
                want1,
                "SHA-1 via Arm, {len} bytes, on {b}"
            );
            assert_eq!(
                sha256_x86(b, &msg).to_vec(),
                want256,
                "SHA-256 via x86, {len} bytes, on {b}"
            );
            assert_eq!(
                sha256_arm(b, &msg).to_vec(),
                want256,
                "SHA-256 via Arm, {len} bytes, on {b}"
            );
        }
    }
}

/// A GCM block as the polynomial GCM means: the leftmost bit of byte 0 is the
/// coefficient of x^0, so bit `j` of the returned integer is the coefficient of
/// `x^j` (the bit reversal of the big-endian integer).
fn poly(block: [u8; 16]) -> u128 {
    u128::from_be_bytes(block).reverse_bits()
}

fn block(p: u128) -> [u8; 16] {
    p.reverse_bits().to_be_bytes()
}

/// Reduces a 255-bit product modulo `x^128 + x^7 + x^2 + x + 1`.
fn reduce(lo: u128, hi: u128) -> u128 {
    // x^128 = x^7 + x^2 + x + 1: fold the high half down, twice (the first fold
    // spills up to 7 bits past x^127).
    let fold = |h: u128| -> (u128, u128) {
        let lo = h ^ (h << 1) ^ (h << 2) ^ (h << 7);
        let spill = (h >> 127) ^ (h >> 126) ^ (h >> 121);
        (lo, spill)
    };
    let (l1, s1) = fold(hi);
    let (l2, _) = fold(s1);
    lo ^ l1 ^ l2
}

/// GF(2^128) multiply with four 64x64 carry-less multiplies done by `mul`
/// (PCLMULQDQ with imm 0x00/0x01/0x10/0x11, or PMULL/PMULL2 with EXT glue).
fn gf_mul(a: u128, b: u128, mul: &dyn Fn(u128, u128, u8) -> u128) -> u128 {
    let ll = mul(a, b, 0x00);
    let hh = mul(a, b, 0x11);
    let mid = mul(a, b, 0x01) ^ mul(a, b, 0x10);
    let lo = ll ^ (mid << 64);
    let hi = hh ^ (mid >> 64);
    reduce(lo, hi)
}

/// The 64x64 products through x86 PCLMULQDQ.
fn via_pclmulqdq<B: Backend>(b: B) -> impl Fn(u128, u128, u8) -> u128 {
    move |x, y, imm| X86(b).pclmulqdq(x, y, imm)
}

/// The same products through Arm PMULL/PMULL2; a mixed product swaps the
/// halves of one operand first (`EXT Vn.16B, Vn.16B, Vn.16B, #8`).
fn via_pmull<B: Backend>(b: B) -> impl Fn(u128, u128, u8) -> u128 {
    move |x, y, imm| {
        let arm = Arm(b);
        match imm & 0x11 {
            0x00 => arm.pmull(x, y),
            0x11 => arm.pmull2(x, y),
            0x01 => arm.pmull(x.rotate_left(64), y),
            _ => arm.pmull(x, y.rotate_left(64)),
        }
    }
}

/// The same products through RISC-V Zbkc on RV64: `clmul` gives the low 64
/// bits of the 64x64 product, `clmulh` the high 64 (the qwords picked as
/// PCLMULQDQ's immediate picks them).
fn via_zbkc<B: Backend>(b: B) -> impl Fn(u128, u128, u8) -> u128 {
    move |x, y, imm| {
        let rv = Rv64(b);
        let a = if imm & 0x01 == 0 {
            x as u64
        } else {
            (x >> 64) as u64
        };
        let c = if imm & 0x10 == 0 {
            y as u64
        } else {
            (y >> 64) as u64
        };
        u128::from(rv.clmul(a, c)) | (u128::from(rv.clmulh(a, c)) << 64)
    }
}

fn ghash(h: u128, aad: &[u8], ct: &[u8], mul: &dyn Fn(u128, u128, u8) -> u128) -> u128 {
    let mut y = 0u128;
    for data in [aad, ct] {
        for chunk in data.chunks(16) {
            let mut blk = [0u8; 16];
            blk[..chunk.len()].copy_from_slice(chunk);
            y = gf_mul(y ^ poly(blk), h, mul);
        }
    }
    let mut lens = [0u8; 16];
    lens[..8].copy_from_slice(&((aad.len() as u64) * 8).to_be_bytes());
    lens[8..].copy_from_slice(&((ct.len() as u64) * 8).to_be_bytes());
    gf_mul(y ^ poly(lens), h, mul)
}

/// AES-GCM encryption (96-bit IV) with AES from `via` and GHASH from `mul`.
fn gcm_encrypt<B: Backend>(
    b: B,
    via: Via,
    mul: &dyn Fn(u128, u128, u8) -> u128,
    key: &[u8],
    iv: &[u8; 12],
    aad: &[u8],
    pt: &[u8],
) -> (Vec<u8>, [u8; 16]) {
    let aes = Composed::new(via, b, key).unwrap();
    let enc = |blk: [u8; 16]| aes.encrypt(u128::from_le_bytes(blk)).to_le_bytes();
    let h = poly(enc([0u8; 16]));
    let mut j0 = [0u8; 16];
    j0[..12].copy_from_slice(iv);
    j0[15] = 1;
    let mut ct = Vec::with_capacity(pt.len());
    for (i, chunk) in pt.chunks(16).enumerate() {
        let mut ctr = j0;
        ctr[12..].copy_from_slice(&(2 + i as u32).to_be_bytes());
        let ks = enc(ctr);
        ct.extend(chunk.iter().zip(ks).map(|(p, k)| p ^ k));
    }
    let s = ghash(h, aad, &ct, mul);
    let ek_j0 = enc(j0);
    let tag: [u8; 16] = core::array::from_fn(|i| block(s)[i] ^ ek_j0[i]);
    (ct, tag)
}

/// The `aes-gcm` crate's answer.
fn reference(key: &[u8], iv: &[u8; 12], aad: &[u8], pt: &[u8]) -> (Vec<u8>, [u8; 16]) {
    let mut buf = pt.to_vec();
    let nonce = aes_gcm::Nonce::from_slice(iv);
    let tag = match key.len() {
        16 => aes_gcm::Aes128Gcm::new_from_slice(key)
            .unwrap()
            .encrypt_in_place_detached(nonce, aad, &mut buf),
        _ => aes_gcm::Aes256Gcm::new_from_slice(key)
            .unwrap()
            .encrypt_in_place_detached(nonce, aad, &mut buf),
    }
    .unwrap();
    (buf, tag.into())
}

#[test]
fn gcm_spec_test_cases_through_pclmulqdq_and_pmull() {
    for b in all() {
        for (key, iv, pt, aad, ct, tag) in crypto_insn_testutil::gcm::spec_cases() {
            let (key, pt, aad) = (hex(key), hex(pt), hex(aad));
            let iv: [u8; 12] = hex(iv).try_into().unwrap();
            let want = reference(&key, &iv, &aad, &pt);
            assert_eq!(
                (want.0.clone(), want.1.to_vec()),
                (hex(ct), hex(tag)),
                "aes-gcm vs the spec"
            );
            let x86 = gcm_encrypt(b, Via::X86, &via_pclmulqdq(b), &key, &iv, &aad, &pt);
            let arm = gcm_encrypt(b, Via::Arm, &via_pmull(b), &key, &iv, &aad, &pt);
            let zbkc = gcm_encrypt(b, Via::X86, &via_zbkc(b), &key, &iv, &aad, &pt);
            assert_eq!(x86, want, "GCM via AES-NI + PCLMULQDQ on {b}");
            assert_eq!(arm, want, "GCM via AESE + PMULL on {b}");
            assert_eq!(
                zbkc, want,
                "GCM's GHASH via RISC-V Zbkc clmul/clmulh on {b}"
            );
        }
    }
}

#[test]
fn gcm_random_inputs_against_aes_gcm() {
    let mut rng = Rng::new(0x6c3);
    for b in all() {
        for i in 0..cases(60) {
            let key: Vec<u8> = (0..if i % 2 == 0 { 16 } else { 32 })
                .map(|_| rng.next_u64() as u8)
                .collect();
            let iv: [u8; 12] = core::array::from_fn(|_| rng.next_u64() as u8);
            let aad: Vec<u8> = (0..(rng.next_u64() % 40))
                .map(|_| rng.next_u64() as u8)
                .collect();
            let pt: Vec<u8> = (0..(rng.next_u64() % 100))
                .map(|_| rng.next_u64() as u8)
                .collect();
            let want = reference(&key, &iv, &aad, &pt);
            assert_eq!(
                gcm_encrypt(b, Via::X86, &via_pclmulqdq(b), &key, &iv, &aad, &pt),
                want,
                "x86 on {b}"
            );
            assert_eq!(
                gcm_encrypt(b, Via::X86, &via_zbkc(b), &key, &iv, &aad, &pt),
                want,
                "GHASH via Zbkc on {b}"
            );
            assert_eq!(
                gcm_encrypt(b, Via::Arm, &via_pmull(b), &key, &iv, &aad, &pt),
                want,
                "Arm on {b}"
            );
        }
    }
}
