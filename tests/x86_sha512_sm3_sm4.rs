//! The SHA512, SM3 and SM4 instructions composed into the whole algorithms,
//! using only the instruction helpers for the rounds and the schedule (plus the
//! additions a program does with VPADDQ and the word shuffles it does with
//! VPERMQ / VPALIGNR), on every backend and, for SM4, at 128 and 256 bits:
//!
//! - SHA-512, SHA-384, SHA-512/256 against the `sha2` crate and FIPS 180-4's
//!   examples ("abc", the two-block message);
//! - SM3 against the `sm3` crate and GB/T 32905-2016's example ("abc");
//! - SM4 against the `sm4` crate and GB/T 32907-2016's example.
//!
//! This proves the operand roles are used consistently; the roles themselves
//! are checked against the ISE text by `vectors/x86-sha512-sm3-sm4.txt`, made
//! by an independent model of the ISE Operation sections.

use crypto_insn::backend::{self, Backend, Dynamic};
use crypto_insn::math::{sha512 as m512, sm3 as msm3, sm4 as msm4};
use crypto_insn::reg::{from_dwords, from_halves, to_dwords, to_halves};
use crypto_insn::x86::X86;
use crypto_insn_testutil::{Rng, cases};

fn backends() -> Vec<Dynamic> {
    backend::available().collect()
}

fn ymm(q: [u64; 4]) -> [u128; 2] {
    [from_halves([q[0], q[1]]), from_halves([q[2], q[3]])]
}

fn qw(y: [u128; 2]) -> [u64; 4] {
    let [a, b] = to_halves(y[0]);
    let [c, d] = to_halves(y[1]);
    [a, b, c, d]
}

/// Merkle-Damgard padding (FIPS 180-4 5.1) for `block` bytes and a `len_bytes`
/// length field.
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

/// One SHA-512 block with VSHA512RNDS2/MSG1/MSG2.
fn sha512_block<B: Backend>(x: X86<B>, h: &mut [u64; 8], block: &[u8]) {
    let mut w = [0u64; 80];
    for (t, c) in block.chunks_exact(8).enumerate() {
        w[t] = u64::from_be_bytes(c.try_into().unwrap());
    }
    for t in (16..80).step_by(4) {
        let m1 = x.sha512msg1(
            ymm([w[t - 16], w[t - 15], w[t - 14], w[t - 13]]),
            u128::from(w[t - 12]),
        );
        // The program's VPADDQ of W[t-7..t-4].
        let q = qw(m1);
        let s = ymm(core::array::from_fn(|i| q[i].wrapping_add(w[t - 7 + i])));
        let r = qw(x.sha512msg2(s, ymm([0, 0, w[t - 2], w[t - 1]])));
        w[t..t + 4].copy_from_slice(&r);
    }
    let [a, b, c, d, e, f, g, hh] = *h;
    let mut abef = ymm([f, e, b, a]);
    let mut cdgh = ymm([hh, g, d, c]);
    for t in (0..80).step_by(2) {
        let wk = from_halves([
            w[t].wrapping_add(m512::K[t]),
            w[t + 1].wrapping_add(m512::K[t + 1]),
        ]);
        let new = x.sha512rnds2(cdgh, abef, wk);
        cdgh = abef;
        abef = new;
    }
    let [f, e, b, a] = qw(abef);
    let [hh, g, d, c] = qw(cdgh);
    for (hi, v) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *hi = hi.wrapping_add(v);
    }
}

fn sha512_family<B: Backend>(x: X86<B>, iv: [u64; 8], msg: &[u8], out_len: usize) -> Vec<u8> {
    let mut h = iv;
    for block in pad(msg, 128, 16).chunks_exact(128) {
        sha512_block(x, &mut h, block);
    }
    h.iter()
        .flat_map(|v| v.to_be_bytes())
        .take(out_len)
        .collect()
}

/// One SM3 block with VSM3MSG1/MSG2/RNDS2.
fn sm3_block<B: Backend>(x: X86<B>, v: &mut [u32; 8], block: &[u8]) {
    let mut w = [0u32; 68];
    for (j, c) in block.chunks_exact(4).enumerate() {
        w[j] = u32::from_be_bytes(c.try_into().unwrap());
    }
    for t in (16..68).step_by(4) {
        let d = |i: usize| from_dwords([w[i], w[i + 1], w[i + 2], w[i + 3]]);
        let m1 = x.sm3msg1(
            d(t - 9),
            from_dwords([w[t - 3], w[t - 2], w[t - 1], 0]),
            d(t - 16),
        );
        let r = to_dwords(x.sm3msg2(m1, d(t - 13), d(t - 6)));
        w[t..t + 4].copy_from_slice(&r);
    }
    let [a, b, c, d, e, f, g, h] = *v;
    let mut abef = from_dwords([f, e, b, a]);
    // Unrotated: the instruction rotates C, D by 9 and G, H by 19.
    let mut cdgh = from_dwords([
        h.rotate_right(19),
        g.rotate_right(19),
        d.rotate_right(9),
        c.rotate_right(9),
    ]);
    for j in (0..64).step_by(2) {
        let src2 = from_dwords([w[j], w[j + 1], w[j + 4], w[j + 5]]);
        let new = x.sm3rnds2(cdgh, abef, src2, j as u8);
        cdgh = abef;
        abef = new;
    }
    let [f, e, b, a] = to_dwords(abef);
    let [h, g, d, c] = to_dwords(cdgh);
    let out = [
        a,
        b,
        c.rotate_left(9),
        d.rotate_left(9),
        e,
        f,
        g.rotate_left(19),
        h.rotate_left(19),
    ];
    for (vi, o) in v.iter_mut().zip(out) {
        *vi ^= o;
    }
}

fn sm3_hash<B: Backend>(x: X86<B>, msg: &[u8]) -> Vec<u8> {
    let mut v = msm3::IV;
    for block in pad(msg, 64, 8).chunks_exact(64) {
        sm3_block(x, &mut v, block);
    }
    v.iter().flat_map(|w| w.to_be_bytes()).collect()
}

fn be_words(b: &[u8; 16]) -> u128 {
    from_dwords(core::array::from_fn(|i| {
        u32::from_be_bytes(b[4 * i..4 * i + 4].try_into().unwrap())
    }))
}

/// SM4 on `N` lanes at once (one key and block per lane) with VSM4KEY4/RNDS4.
fn sm4_encrypt<B: Backend, const N: usize>(
    x: X86<B>,
    keys: [[u8; 16]; N],
    blocks: [[u8; 16]; N],
) -> [[u8; 16]; N] {
    let fk = from_dwords(msm4::FK);
    let mut k: [u128; N] = core::array::from_fn(|i| be_words(&keys[i]) ^ fk);
    let mut rk = Vec::new();
    for i in 0..8 {
        let ck = from_dwords(core::array::from_fn(|j| msm4::CK[4 * i + j]));
        k = x.sm4key4(k, [ck; N]);
        rk.push(k);
    }
    let mut s: [u128; N] = core::array::from_fn(|i| be_words(&blocks[i]));
    for r in &rk {
        s = x.sm4rnds4(s, *r);
    }
    core::array::from_fn(|i| {
        let [x32, x33, x34, x35] = to_dwords(s[i]);
        let mut out = [0u8; 16];
        for (c, w) in out.chunks_exact_mut(4).zip([x35, x34, x33, x32]) {
            c.copy_from_slice(&w.to_be_bytes());
        }
        out
    })
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

#[test]
fn sha512_family_published_and_random() {
    use sha2::Digest;
    // FIPS 180-4 examples (NIST CSRC "SHA512.pdf", "SHA384.pdf", "SHA512_256.pdf").
    let abc_512 = "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f";
    let abc_384 = "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7";
    let abc_256 = "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23";
    let two_block = b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    let two_512 = "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909";
    let mut rng = Rng::new(0x5a512);
    for b in backends() {
        let x = X86(b);
        assert_eq!(
            sha512_family(x, m512::IV_512, b"abc", 64),
            hex(abc_512),
            "{b}"
        );
        assert_eq!(
            sha512_family(x, m512::IV_384, b"abc", 48),
            hex(abc_384),
            "{b}"
        );
        assert_eq!(
            sha512_family(x, m512::IV_512_256, b"abc", 32),
            hex(abc_256),
            "{b}"
        );
        assert_eq!(
            sha512_family(x, m512::IV_512, two_block, 64),
            hex(two_512),
            "{b}"
        );
        for _ in 0..cases(60) {
            let len = (rng.next_u64() % 400) as usize;
            let msg: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
            assert_eq!(
                sha512_family(x, m512::IV_512, &msg, 64),
                sha2::Sha512::digest(&msg).to_vec()
            );
            assert_eq!(
                sha512_family(x, m512::IV_384, &msg, 48),
                sha2::Sha384::digest(&msg).to_vec()
            );
            assert_eq!(
                sha512_family(x, m512::IV_512_256, &msg, 32),
                sha2::Sha512_256::digest(&msg).to_vec()
            );
        }
    }
}

#[test]
fn sm3_published_and_random() {
    use sm3::Digest;
    // GB/T 32905-2016 Appendix A, example 1 ("abc") and example 2 ("abcd" x 16).
    let abc = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";
    let abcd16 = "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732";
    let mut rng = Rng::new(0x5a3);
    for b in backends() {
        let x = X86(b);
        assert_eq!(sm3_hash(x, b"abc"), hex(abc), "{b}");
        assert_eq!(sm3_hash(x, &b"abcd".repeat(16)), hex(abcd16), "{b}");
        for _ in 0..cases(60) {
            let len = (rng.next_u64() % 300) as usize;
            let msg: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
            assert_eq!(sm3_hash(x, &msg), sm3::Sm3::digest(&msg).to_vec(), "{b}");
        }
    }
}

#[test]
fn sm4_published_and_random_both_widths() {
    use sm4::cipher::{BlockEncrypt, KeyInit, generic_array::GenericArray};
    // GB/T 32907-2016 Appendix A, example 1.
    let k: [u8; 16] = hex("0123456789abcdeffedcba9876543210").try_into().unwrap();
    let c: [u8; 16] = hex("681edf34d206965e86b3e94f536e4246").try_into().unwrap();
    let mut rng = Rng::new(0x5a4);
    for b in backends() {
        let x = X86(b);
        assert_eq!(sm4_encrypt(x, [k], [k]), [c], "{b}");
        for _ in 0..cases(200) {
            let keys: [[u8; 16]; 2] = core::array::from_fn(|_| rng.next_u128().to_le_bytes());
            let pts: [[u8; 16]; 2] = core::array::from_fn(|_| rng.next_u128().to_le_bytes());
            let want: [[u8; 16]; 2] = core::array::from_fn(|i| {
                let mut blk = GenericArray::clone_from_slice(&pts[i]);
                sm4::Sm4::new(GenericArray::from_slice(&keys[i])).encrypt_block(&mut blk);
                blk.into()
            });
            assert_eq!(sm4_encrypt(x, keys, pts), want, "{b} ymm");
            assert_eq!(sm4_encrypt(x, [keys[1]], [pts[1]]), [want[1]], "{b} xmm");
        }
    }
}

/// The native backend's self-check table (each instruction's known answer,
/// which decides whether a CPU with SHA512/SM3/SM4 runs them natively) is what
/// the helpers' portable code gives on `soft`: a stale or mistyped constant
/// would disable a correct native path, or pass a wrong one.
#[cfg(target_arch = "x86_64")]
#[test]
fn the_native_self_check_answers_are_the_portable_results() {
    use crypto_insn::backend::HostInsn::*;
    use crypto_insn::backend::Soft;
    use crypto_insn::backend::x86_64::sha512_sm3_sm4::KATS;
    let x = X86(Soft);
    let mut seen = std::collections::HashSet::new();
    for (_, k) in KATS {
        let got = match k.insn {
            X86Sha512rnds2 => x.sha512rnds2(k.a, k.b, k.c),
            X86Sha512msg1 => x.sha512msg1(k.a, k.b[0]),
            X86Sha512msg2 => x.sha512msg2(k.a, k.b),
            X86Sm3msg1 => [x.sm3msg1(k.a[0], k.b[0], k.c), 0],
            X86Sm3msg2 => [x.sm3msg2(k.a[0], k.b[0], k.c), 0],
            X86Sm3rnds2 => [x.sm3rnds2(k.a[0], k.b[0], k.c, k.imm), 0],
            X86Sm4key4 => [x.sm4key4([k.a[0]], [k.b[0]])[0], 0],
            X86Sm4rnds4 => [x.sm4rnds4([k.a[0]], [k.b[0]])[0], 0],
            other => panic!("unexpected key {other:?}"),
        };
        assert_eq!(got, k.want, "{:?} imm {:#x}", k.insn, k.imm);
        seen.insert(format!("{:?}", k.insn));
    }
    // Every instruction of the three families has a known answer.
    assert_eq!(seen.len(), 8);
}
