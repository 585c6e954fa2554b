//! POWER Vector Crypto: whole algorithms through the `ppc` helpers against
//! published examples and the RustCrypto crates, and properties tying each
//! instruction to its definition and to the x86 instructions, on every backend.
//!
//! Register values follow the `ppc` convention: a 16-byte block loaded in ISA
//! byte order is `u128::from_be_bytes(block)`.

use aes_gcm::aead::{AeadInPlace, KeyInit};
use aes_gcm::aes::cipher::{BlockDecrypt, BlockEncrypt};
use crypto_insn::backend::{self, Backend, Dynamic};
use crypto_insn::math::{sha256, sha512};
use crypto_insn::ppc::{self, Ppc64};
use crypto_insn::x86::X86;
use crypto_insn_testutil::{Rng, cases};
use sha2::Digest as _;

fn all() -> impl Iterator<Item = Dynamic> {
    backend::available()
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn block(s: &[u8]) -> u128 {
    let mut b = [0u8; 16];
    b[..s.len()].copy_from_slice(s);
    u128::from_be_bytes(b)
}

// ---------------------------------------------------------------- AES

/// The AES key schedule (FIPS-197 5.2) with SubWord through vsbox: the round
/// keys as registers (word 0 of round key r is w[4r], in ISA word 0).
fn expand_key<B: Backend>(p: Ppc64<B>, key: &[u8]) -> Vec<u128> {
    let nk = key.len() / 4;
    let nr = nk + 6;
    let mut w: Vec<u32> = key
        .chunks(4)
        .map(|c| u32::from_be_bytes(c.try_into().unwrap()))
        .collect();
    // SubWord: the word in ISA word 0 of a register, through vsbox.
    let sub_word = |x: u32| ppc::isa_word(p.vsbox(u128::from(x) << 96), 0);
    let mut rcon = 1u8;
    for i in nk..4 * (nr + 1) {
        let mut t = w[i - 1];
        if i % nk == 0 {
            t = sub_word(t.rotate_left(8)) ^ (u32::from(rcon) << 24);
            rcon = (rcon << 1) ^ if rcon & 0x80 != 0 { 0x1b } else { 0 };
        } else if nk > 6 && i % nk == 4 {
            t = sub_word(t);
        }
        w.push(w[i - nk] ^ t);
    }
    w.chunks(4)
        .map(|c| ppc::from_isa_words([c[0], c[1], c[2], c[3]]))
        .collect()
}

fn encrypt<B: Backend>(p: Ppc64<B>, rk: &[u128], pt: u128) -> u128 {
    let nr = rk.len() - 1;
    let mut s = pt ^ rk[0];
    for k in &rk[1..nr] {
        s = p.vcipher(s, *k);
    }
    p.vcipherlast(s, rk[nr])
}

/// The inverse cipher of FIPS-197 5.3 with the encryption round keys as they
/// are: vncipher adds the key before InvMixColumns.
fn decrypt<B: Backend>(p: Ppc64<B>, rk: &[u128], ct: u128) -> u128 {
    let nr = rk.len() - 1;
    let mut s = ct ^ rk[nr];
    for k in rk[1..nr].iter().rev() {
        s = p.vncipher(s, *k);
    }
    p.vncipherlast(s, rk[0])
}

#[test]
fn aes_fips197_appendix_c() {
    // FIPS-197 Appendix C.1-C.3.
    let pt = block(&hex("00112233445566778899aabbccddeeff"));
    let cases = [
        (
            "000102030405060708090a0b0c0d0e0f",
            "69c4e0d86a7b0430d8cdb78070b4c55a",
        ),
        (
            "000102030405060708090a0b0c0d0e0f1011121314151617",
            "dda97ca4864cdfe06eaf70a0ec0d7191",
        ),
        (
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
            "8ea2b7ca516745bfeafc49904b496089",
        ),
    ];
    for b in all() {
        let p = Ppc64(b);
        for (key, ct) in cases {
            let rk = expand_key(p, &hex(key));
            let ct = block(&hex(ct));
            assert_eq!(encrypt(p, &rk, pt), ct, "{b} key {key}");
            assert_eq!(decrypt(p, &rk, ct), pt, "{b} key {key}");
        }
    }
}

#[test]
fn aes_fips197_appendix_a1_key_expansion() {
    // FIPS-197 Appendix A.1: w[40..44] of key 2b7e1516...
    let key = hex("2b7e151628aed2a6abf7158809cf4f3c");
    for b in all() {
        let rk = expand_key(Ppc64(b), &key);
        assert_eq!(rk[10], 0xd014f9a8c9ee2589e13f0cc8b6630ca6, "{b}");
    }
}

#[test]
fn aes_random_against_the_aes_crate() {
    let mut rng = Rng::new(0x5050_4341_4553);
    for b in all() {
        let p = Ppc64(b);
        for _ in 0..cases(200) {
            for len in [16, 24, 32] {
                let key: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
                let pt = rng.next_u128();
                let rk = expand_key(p, &key);
                let mut blk = pt.to_be_bytes().into();
                match len {
                    16 => aes_gcm::aes::Aes128::new_from_slice(&key)
                        .unwrap()
                        .encrypt_block(&mut blk),
                    24 => aes_gcm::aes::Aes192::new_from_slice(&key)
                        .unwrap()
                        .encrypt_block(&mut blk),
                    _ => aes_gcm::aes::Aes256::new_from_slice(&key)
                        .unwrap()
                        .encrypt_block(&mut blk),
                }
                let want = u128::from_be_bytes(blk.into());
                assert_eq!(encrypt(p, &rk, pt), want, "{b}");
                let mut back = want.to_be_bytes().into();
                match len {
                    16 => aes_gcm::aes::Aes128::new_from_slice(&key)
                        .unwrap()
                        .decrypt_block(&mut back),
                    24 => aes_gcm::aes::Aes192::new_from_slice(&key)
                        .unwrap()
                        .decrypt_block(&mut back),
                    _ => aes_gcm::aes::Aes256::new_from_slice(&key)
                        .unwrap()
                        .decrypt_block(&mut back),
                }
                assert_eq!(u128::from_be_bytes(back.into()), pt);
                assert_eq!(decrypt(p, &rk, want), pt, "{b}");
            }
        }
    }
}

// ---------------------------------------------------------------- SHA-2

/// One SHA-256 block (FIPS 180-4 6.2.2) with σ0/σ1 of the schedule and Σ0/Σ1
/// of the rounds through vshasigmaw, two functions per instruction: SIX picks
/// per word (word 0: SIX.bit[0] = 0, word 1: SIX.bit[1] = 1).
fn sha256_block<B: Backend>(p: Ppc64<B>, state: &mut [u32; 8], blk: &[u8; 64]) {
    let mut w = [0u32; 64];
    for (t, c) in blk.chunks(4).enumerate() {
        w[t] = u32::from_be_bytes(c.try_into().unwrap());
    }
    for t in 16..64 {
        // ST=0, SIX=0b0100: word 0 σ0(W[t-15]), word 1 σ1(W[t-2]).
        let s = p.vshasigmaw(ppc::from_isa_words([w[t - 15], w[t - 2], 0, 0]), 0x04);
        w[t] = ppc::isa_word(s, 1)
            .wrapping_add(w[t - 7])
            .wrapping_add(ppc::isa_word(s, 0))
            .wrapping_add(w[t - 16]);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
    for (wt, kt) in w.iter().zip(sha256::SHA256_K) {
        // ST=1, SIX=0b0100: word 0 Σ0(a), word 1 Σ1(e).
        let s = p.vshasigmaw(ppc::from_isa_words([a, e, 0, 0]), 0x14);
        let t1 = h
            .wrapping_add(ppc::isa_word(s, 1))
            .wrapping_add((e & f) ^ (!e & g))
            .wrapping_add(kt)
            .wrapping_add(*wt);
        let t2 = ppc::isa_word(s, 0).wrapping_add((a & b) ^ (a & c) ^ (b & c));
        (h, g, f, e, d, c, b, a) = (g, f, e, d.wrapping_add(t1), c, b, a, t1.wrapping_add(t2));
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *s = s.wrapping_add(v);
    }
}

/// One SHA-512 block (FIPS 180-4 6.4.2) through vshasigmad: doubleword 0
/// follows SIX.bit[0] (immediate bit 3), doubleword 1 SIX.bit[2] (bit 1).
fn sha512_block<B: Backend>(p: Ppc64<B>, state: &mut [u64; 8], blk: &[u8; 128]) {
    let mut w = [0u64; 80];
    for (t, c) in blk.chunks(8).enumerate() {
        w[t] = u64::from_be_bytes(c.try_into().unwrap());
    }
    for t in 16..80 {
        // ST=0, SIX=0b0010: dword 0 σ0(W[t-15]), dword 1 σ1(W[t-2]).
        let s = p.vshasigmad(ppc::from_isa_dwords([w[t - 15], w[t - 2]]), 0x02);
        let [s0, s1] = ppc::to_isa_dwords(s);
        w[t] = s1
            .wrapping_add(w[t - 7])
            .wrapping_add(s0)
            .wrapping_add(w[t - 16]);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
    for (wt, kt) in w.iter().zip(sha512::K) {
        // ST=1, SIX=0b0010: dword 0 Σ0(a), dword 1 Σ1(e).
        let [s0, s1] = ppc::to_isa_dwords(p.vshasigmad(ppc::from_isa_dwords([a, e]), 0x12));
        let t1 = h
            .wrapping_add(s1)
            .wrapping_add((e & f) ^ (!e & g))
            .wrapping_add(kt)
            .wrapping_add(*wt);
        let t2 = s0.wrapping_add((a & b) ^ (a & c) ^ (b & c));
        (h, g, f, e, d, c, b, a) = (g, f, e, d.wrapping_add(t1), c, b, a, t1.wrapping_add(t2));
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *s = s.wrapping_add(v);
    }
}

/// Padded message (FIPS 180-4 5.1): `block` bytes per block, `len_bytes` of
/// big-endian bit length.
fn pad(msg: &[u8], block: usize, len_bytes: usize) -> Vec<u8> {
    let mut m = msg.to_vec();
    m.push(0x80);
    while m.len() % block != block - len_bytes {
        m.push(0);
    }
    let bits = (msg.len() as u128) * 8;
    m.extend_from_slice(&bits.to_be_bytes()[16 - len_bytes..]);
    m
}

fn sha256_ppc<B: Backend>(p: Ppc64<B>, msg: &[u8]) -> Vec<u8> {
    let mut st = sha256::SHA256_H0;
    for blk in pad(msg, 64, 8).chunks(64) {
        sha256_block(p, &mut st, blk.try_into().unwrap());
    }
    st.iter().flat_map(|x| x.to_be_bytes()).collect()
}

fn sha512_ppc<B: Backend>(p: Ppc64<B>, msg: &[u8]) -> Vec<u8> {
    let mut st = sha512::IV_512;
    for blk in pad(msg, 128, 16).chunks(128) {
        sha512_block(p, &mut st, blk.try_into().unwrap());
    }
    st.iter().flat_map(|x| x.to_be_bytes()).collect()
}

#[test]
fn sha256_and_sha512_published_examples() {
    // FIPS 180-2 Appendix B.1 / C.1 ("abc").
    for b in all() {
        let p = Ppc64(b);
        assert_eq!(
            sha256_ppc(p, b"abc"),
            hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            "{b}"
        );
        assert_eq!(
            sha512_ppc(p, b"abc"),
            hex(
                "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
            ),
            "{b}"
        );
    }
}

#[test]
fn sha256_and_sha512_random_against_sha2() {
    let mut rng = Rng::new(0x5348_4132);
    for b in all() {
        let p = Ppc64(b);
        for _ in 0..cases(60) {
            let len = (rng.next_u64() % 300) as usize;
            let msg: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
            assert_eq!(
                sha256_ppc(p, &msg),
                sha2::Sha256::digest(&msg).to_vec(),
                "{b} len {len}"
            );
            assert_eq!(
                sha512_ppc(p, &msg),
                sha2::Sha512::digest(&msg).to_vec(),
                "{b} len {len}"
            );
            // One compression from a random state, against sha2's.
            let mut st: [u32; 8] = core::array::from_fn(|_| rng.next_u64() as u32);
            let mut want = st;
            let blk: [u8; 64] = core::array::from_fn(|_| rng.next_u64() as u8);
            sha256_block(p, &mut st, &blk);
            sha2::compress256(&mut want, &[blk.into()]);
            assert_eq!(st, want, "{b}");
            let mut st: [u64; 8] = core::array::from_fn(|_| rng.next_u64());
            let mut want = st;
            let blk: [u8; 128] = core::array::from_fn(|_| rng.next_u64() as u8);
            sha512_block(p, &mut st, &blk);
            sha2::compress512(&mut want, &[blk.into()]);
            assert_eq!(st, want, "{b}");
        }
    }
}

// ---------------------------------------------------------------- GHASH / GCM

/// `X * H` in GF(2^128) (GCM, NIST SP 800-38D 6.3) through vpmsumd. A GCM
/// block loaded in ISA byte order is the register value, whose bit 127 is the
/// coefficient of x^0 (reflected). The 256-bit carry-less product of two such
/// values comes from three vpmsumd against H split as the registers
/// `[H.d0, 0]`, `[0, H.d1]` and `[H.d1, H.d0]` (the last gives both cross
/// products at once; OpenSSL's ppc64le GHASH precomputes the same three),
/// shifted left by one (the reflected product is one bit short), then
/// reduced modulo x^128 + x^7 + x^2 + x + 1 by shifts.
fn gf_mul<B: Backend>(p: Ppc64<B>, x: u128, h: u128) -> u128 {
    let [h0, h1] = ppc::to_isa_dwords(h);
    let hi = p.vpmsumd(x, ppc::from_isa_dwords([h0, 0]));
    let lo = p.vpmsumd(x, ppc::from_isa_dwords([0, h1]));
    let mid = p.vpmsumd(x, ppc::from_isa_dwords([h1, h0]));
    let (mut top, mut bot) = (hi ^ (mid >> 64), lo ^ (mid << 64));
    // The 256-bit product, shifted left by one.
    top = (top << 1) | (bot >> 127);
    bot <<= 1;
    // top: degrees 0..127 (reflected); bot: degrees 128..255. x^128 = x^7 +
    // x^2 + x + 1, and x^k is a right shift by k here; bits shifted out of
    // bit 0 are degrees >= 128 again and fold once more.
    let fold = |t: u128| {
        let over = (t << 127) ^ (t << 126) ^ (t << 121);
        let base = t ^ (t >> 1) ^ (t >> 2) ^ (t >> 7);
        base ^ over ^ (over >> 1) ^ (over >> 2) ^ (over >> 7)
    };
    top ^ fold(bot)
}

fn ghash<B: Backend>(p: Ppc64<B>, h: u128, aad: &[u8], ct: &[u8]) -> u128 {
    let mut y = 0u128;
    for part in [aad, ct] {
        for c in part.chunks(16) {
            y = gf_mul(p, y ^ block(c), h);
        }
    }
    let lens = ((aad.len() as u128 * 8) << 64) | (ct.len() as u128 * 8);
    gf_mul(p, y ^ lens, h)
}

/// AES-GCM encryption (SP 800-38D 7.1) through vcipher and vpmsumd.
fn gcm<B: Backend>(
    p: Ppc64<B>,
    key: &[u8],
    iv: &[u8; 12],
    aad: &[u8],
    pt: &[u8],
) -> (Vec<u8>, [u8; 16]) {
    let rk = expand_key(p, key);
    let h = encrypt(p, &rk, 0);
    let j0 = (block(iv) & !0xffff_ffff) | 1;
    let mut ct = Vec::new();
    for (i, c) in pt.chunks(16).enumerate() {
        let ks = encrypt(p, &rk, j0 + 1 + i as u128).to_be_bytes();
        ct.extend(c.iter().zip(ks).map(|(a, b)| a ^ b));
    }
    let tag = ghash(p, h, aad, &ct) ^ encrypt(p, &rk, j0);
    (ct, tag.to_be_bytes())
}

#[test]
fn gcm_spec_test_cases_through_vpmsumd() {
    // "The Galois/Counter Mode of Operation (GCM)", McGrew and Viega (revised
    // 2005), Appendix B, Test Cases 1-4 (crypto_insn_testutil::gcm).
    let cases = crypto_insn_testutil::gcm::aes128_cases();
    for b in all() {
        for &(key, iv, pt, aad, ct, tag) in &cases {
            let iv: [u8; 12] = hex(iv).try_into().unwrap();
            let (got_ct, got_tag) = gcm(Ppc64(b), &hex(key), &iv, &hex(aad), &hex(pt));
            assert_eq!(got_ct, hex(ct), "{b}");
            assert_eq!(got_tag.to_vec(), hex(tag), "{b}");
        }
    }
}

#[test]
fn gcm_random_against_aes_gcm() {
    let mut rng = Rng::new(0x4743_4d50);
    for b in all() {
        for _ in 0..cases(40) {
            let key: [u8; 16] = core::array::from_fn(|_| rng.next_u64() as u8);
            let iv: [u8; 12] = core::array::from_fn(|_| rng.next_u64() as u8);
            let aad: Vec<u8> = (0..rng.next_u64() % 40)
                .map(|_| rng.next_u64() as u8)
                .collect();
            let pt: Vec<u8> = (0..rng.next_u64() % 100)
                .map(|_| rng.next_u64() as u8)
                .collect();
            let mut buf = pt.clone();
            let tag = aes_gcm::Aes128Gcm::new_from_slice(&key)
                .unwrap()
                .encrypt_in_place_detached(aes_gcm::Nonce::from_slice(&iv), &aad, &mut buf)
                .unwrap();
            let (ct, got) = gcm(Ppc64(b), &key, &iv, &aad, &pt);
            assert_eq!((ct, got.to_vec()), (buf, tag.to_vec()), "{b}");
        }
    }
}

// ---------------------------------------------------------------- properties

#[test]
fn aes_rounds_are_the_x86_rounds_on_byte_reversed_registers() {
    let mut rng = Rng::new(0x5643_4950);
    let sw = u128::swap_bytes;
    for b in all() {
        let (p, x) = (Ppc64(b), X86(b));
        for _ in 0..cases(2000) {
            let (s, k) = (rng.next_reg(), rng.next_reg());
            assert_eq!(p.vcipher(s, k), sw(x.aesenc(sw(s), sw(k))), "{b}");
            assert_eq!(p.vcipherlast(s, k), sw(x.aesenclast(sw(s), sw(k))), "{b}");
            // vncipher: InvMixColumns after the key: AESIMC(AESDECLAST(s, k)).
            assert_eq!(
                p.vncipher(s, k),
                sw(x.aesimc(x.aesdeclast(sw(s), sw(k)))),
                "{b}"
            );
            assert_eq!(p.vncipherlast(s, k), sw(x.aesdeclast(sw(s), sw(k))), "{b}");
            // vsbox is SubBytes: AESENCLAST with InvShiftRows undone, i.e.
            // byte-wise; compare with the S-box through AESENCLAST of a
            // ShiftRows-invariant register (every byte equal).
            let byte = s as u8;
            let rep = u128::from(byte) * 0x0101_0101_0101_0101_0101_0101_0101_0101;
            assert_eq!(p.vsbox(rep), x.aesenclast(rep, 0), "{b}");
            assert_eq!(p.vsbox(s), crypto_insn::math::aes::sub_bytes(s), "{b}");
        }
    }
}

/// The host's AES-NI and PCLMULQDQ themselves, as an independent reference.
#[cfg(target_arch = "x86_64")]
#[test]
fn against_the_host_aes_ni_and_pclmulqdq() {
    use core::arch::x86_64::*;
    if !(is_x86_feature_detected!("aes") && is_x86_feature_detected!("pclmulqdq")) {
        eprintln!("skipped: no AES-NI/PCLMULQDQ on this host");
        return;
    }
    /// # Safety
    /// The CPU must have AES-NI and PCLMULQDQ.
    #[target_feature(enable = "aes,pclmulqdq,sse2")]
    unsafe fn host(s: u128, k: u128) -> [u128; 4] {
        let m = |v: u128| {
            let b = v.to_le_bytes();
            // SAFETY: loadu reads 16 bytes from the array, no alignment needed.
            unsafe { _mm_loadu_si128(b.as_ptr().cast()) }
        };
        let u = |v: __m128i| {
            let mut b = [0u8; 16];
            // SAFETY: `b` is 16 writable bytes; storeu needs no alignment.
            unsafe { _mm_storeu_si128(b.as_mut_ptr().cast(), v) };
            u128::from_le_bytes(b)
        };
        let (a, b) = (m(s), m(k));
        // SAFETY: the caller guarantees AES-NI and PCLMULQDQ. (Newer rustc
        // treats these intrinsics as safe inside this function.)
        #[allow(unused_unsafe)]
        unsafe {
            [
                u(_mm_aesenc_si128(a, b)),
                u(_mm_aesenclast_si128(a, b)),
                u(_mm_aesimc_si128(_mm_aesdeclast_si128(a, b))),
                u(_mm_xor_si128(
                    _mm_clmulepi64_si128(a, b, 0x00),
                    _mm_clmulepi64_si128(a, b, 0x11),
                )),
            ]
        }
    }
    let mut rng = Rng::new(0x484f_5354);
    let sw = u128::swap_bytes;
    for bk in all() {
        let p = Ppc64(bk);
        for _ in 0..cases(2000) {
            let (s, k) = (rng.next_reg(), rng.next_reg());
            // SAFETY: the features were detected above.
            let [enc, last, dec, _] = unsafe { host(sw(s), sw(k)) };
            assert_eq!(p.vcipher(s, k), sw(enc), "{bk}");
            assert_eq!(p.vcipherlast(s, k), sw(last), "{bk}");
            assert_eq!(p.vncipher(s, k), sw(dec), "{bk}");
            // vpmsumd is byte-order free: the two doubleword products XORed.
            // SAFETY: as above.
            let [.., c2] = unsafe { host(s, k) };
            assert_eq!(p.vpmsumd(s, k), c2, "{bk}");
        }
    }
}

/// Shift-and-XOR carry-less product of two `n`-bit values.
fn clmul_ref(a: u64, b: u64, n: u32) -> u128 {
    (0..n)
        .filter(|i| (b >> i) & 1 == 1)
        .fold(0, |r, i| r ^ (u128::from(a) << i))
}

/// vpmsum* from the ISA's element numbering (element 0 the most
/// significant), with `n`-bit elements.
fn vpmsum_ref(a: u128, b: u128, n: u32) -> u128 {
    let count = 128 / n;
    let elem = |v: u128, i: u32| {
        let mask = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
        ((v >> (128 - n * (i + 1))) as u64) & mask
    };
    let mut r = 0u128;
    for i in 0..count / 2 {
        let p = clmul_ref(elem(a, 2 * i), elem(b, 2 * i), n)
            ^ clmul_ref(elem(a, 2 * i + 1), elem(b, 2 * i + 1), n);
        // Result element i is 2n bits wide, element 0 the most significant.
        r |= p << (128 - 2 * n * (i + 1));
    }
    r
}

#[test]
fn vpmsum_is_the_isa_multiply_sum() {
    let mut rng = Rng::new(0x504d_5355);
    for b in all() {
        let (p, x) = (Ppc64(b), X86(b));
        for _ in 0..cases(2000) {
            let (s, k) = (rng.next_reg(), rng.next_reg());
            assert_eq!(p.vpmsumb(s, k), vpmsum_ref(s, k, 8), "{b}");
            assert_eq!(p.vpmsumh(s, k), vpmsum_ref(s, k, 16), "{b}");
            assert_eq!(p.vpmsumw(s, k), vpmsum_ref(s, k, 32), "{b}");
            assert_eq!(p.vpmsumd(s, k), vpmsum_ref(s, k, 64), "{b}");
            // vpmsumd = PCLMULQDQ 0x00 XOR PCLMULQDQ 0x11.
            assert_eq!(
                p.vpmsumd(s, k),
                x.pclmulqdq(s, k, 0x00) ^ x.pclmulqdq(s, k, 0x11),
                "{b}"
            );
        }
    }
}

/// FIPS 180-4 4.1.2, written out here.
fn sha256_fn(st: bool, six_bit: bool, x: u32) -> u32 {
    match (st, six_bit) {
        (false, false) => x.rotate_right(7) ^ x.rotate_right(18) ^ (x >> 3),
        (false, true) => x.rotate_right(17) ^ x.rotate_right(19) ^ (x >> 10),
        (true, false) => x.rotate_right(2) ^ x.rotate_right(13) ^ x.rotate_right(22),
        (true, true) => x.rotate_right(6) ^ x.rotate_right(11) ^ x.rotate_right(25),
    }
}

/// FIPS 180-4 4.1.3, written out here.
fn sha512_fn(st: bool, six_bit: bool, x: u64) -> u64 {
    match (st, six_bit) {
        (false, false) => x.rotate_right(1) ^ x.rotate_right(8) ^ (x >> 7),
        (false, true) => x.rotate_right(19) ^ x.rotate_right(61) ^ (x >> 6),
        (true, false) => x.rotate_right(28) ^ x.rotate_right(34) ^ x.rotate_right(39),
        (true, true) => x.rotate_right(14) ^ x.rotate_right(18) ^ x.rotate_right(41),
    }
}

#[test]
fn vshasigma_every_immediate_is_the_sha2_functions_per_element() {
    let mut rng = Rng::new(0x5349_474d);
    for b in all() {
        let p = Ppc64(b);
        for _ in 0..cases(200) {
            let a = rng.next_reg();
            for imm in 0u8..32 {
                let st = imm & 0x10 != 0;
                // SIX.bit[j] is bit 3 - j of the immediate (SIX's bit 0 is
                // its most significant).
                let six = |j: u8| (imm >> (3 - j)) & 1 == 1;
                let w = ppc::to_isa_words(p.vshasigmaw(a, imm));
                for (i, wi) in w.iter().enumerate() {
                    let src = ppc::isa_word(a, i);
                    assert_eq!(*wi, sha256_fn(st, six(i as u8), src), "{b} imm {imm}");
                    let lib = match (st, six(i as u8)) {
                        (false, false) => sha256::small_sigma0(src),
                        (false, true) => sha256::small_sigma1(src),
                        (true, false) => sha256::big_sigma0(src),
                        (true, true) => sha256::big_sigma1(src),
                    };
                    assert_eq!(*wi, lib);
                }
                let d = ppc::to_isa_dwords(p.vshasigmad(a, imm));
                let src = ppc::to_isa_dwords(a);
                for i in 0..2 {
                    // Doubleword i follows SIX.bit[2i].
                    assert_eq!(
                        d[i],
                        sha512_fn(st, six(2 * i as u8), src[i]),
                        "{b} imm {imm}"
                    );
                    let lib = match (st, six(2 * i as u8)) {
                        (false, false) => sha512::small_sigma0(src[i]),
                        (false, true) => sha512::small_sigma1(src[i]),
                        (true, false) => sha512::big_sigma0(src[i]),
                        (true, true) => sha512::big_sigma1(src[i]),
                    };
                    assert_eq!(d[i], lib);
                }
                // SIX bits 1 and 3 are not read by vshasigmad; bits 7:5 by neither.
                assert_eq!(p.vshasigmad(a, imm ^ 0x05), p.vshasigmad(a, imm));
                assert_eq!(p.vshasigmaw(a, imm | 0xe0), p.vshasigmaw(a, imm));
            }
        }
    }
}

#[test]
fn vpermxor_selects_by_nibbles_in_isa_byte_order() {
    let mut rng = Rng::new(0x5650_5852);
    let sel = |f: &dyn Fn(u8) -> u8| u128::from_be_bytes(core::array::from_fn(|i| f(i as u8)));
    for b in all() {
        let p = Ppc64(b);
        for _ in 0..cases(500) {
            let (a, v, c) = (rng.next_reg(), rng.next_reg(), rng.next_reg());
            // High nibbles i, VRB byte 0 zeroed and picked: VRA itself.
            let v0 = v & !(0xffu128 << 120);
            assert_eq!(p.vpermxor(a, v0, sel(&|i| i << 4)), a, "{b}");
            // Byte reversal of VRA.
            assert_eq!(p.vpermxor(a, v0, sel(&|i| (15 - i) << 4)), a.swap_bytes());
            // The low nibble picks from VRB the same way.
            let a0 = a & !(0xffu128 << 120);
            assert_eq!(p.vpermxor(a0, v, sel(&|i| 15 - i)), v.swap_bytes());
            // Swapping the tables swaps the nibbles of the selectors.
            let swapped = u128::from_be_bytes(c.to_be_bytes().map(|x| x.rotate_left(4)));
            assert_eq!(p.vpermxor(a, v, c), p.vpermxor(v, a, swapped), "{b}");
            // Each result byte from its own selector byte.
            let r = p.vpermxor(a, v, c).to_be_bytes();
            let (ab, vb, cb) = (a.to_be_bytes(), v.to_be_bytes(), c.to_be_bytes());
            for i in 0..16 {
                let (hi, lo) = (usize::from(cb[i] / 16), usize::from(cb[i] % 16));
                assert_eq!(r[i], ab[hi] ^ vb[lo]);
            }
        }
    }
}
