//! RISC-V scalar crypto: the QEMU vectors (`vectors/riscv-rv{32,64}-scalar.txt`,
//! tools/gen-riscv-vectors.sh) on every backend, whole algorithms built from
//! the instructions against published examples and RustCrypto crates, and
//! cross-architecture identities.

use crypto_insn::backend;
use crypto_insn::conformance::replay::replay;
use crypto_insn::registry::INSTRUCTIONS;
use crypto_insn::riscv::{Rv32, Rv64, Xlen, zbkb, zknh, zksed, zksh};
use crypto_insn::vector::Arch;
use crypto_insn::x86;

const RV64: &str = include_str!("../vectors/riscv-rv64-scalar.txt");
const RV32: &str = include_str!("../vectors/riscv-rv32-scalar.txt");

fn check(text: &str, arch: Arch) {
    for b in backend::available() {
        let r = replay(text, arch, b);
        assert!(r.malformed.is_empty(), "{arch}: {:?}", r.malformed.first());
        assert!(
            r.mismatches.is_empty(),
            "{arch} on {b}: {:?}",
            r.mismatches.first()
        );
        // Every instruction of the architecture has QEMU lines.
        // (The vector rows, Shape::V, have their own file: tests/riscv_vector.rs.)
        for i in INSTRUCTIONS
            .iter()
            .filter(|i| i.arch == arch && i.shape != crypto_insn::registry::Shape::V)
        {
            let c = r.per_mnemonic.get(i.mnemonic).copied().unwrap_or_default();
            assert!(c.passed >= 32, "{arch} {} on {b}: {c:?}", i.mnemonic);
        }
    }
}

#[test]
fn rv64_qemu_vectors_replay() {
    check(RV64, Arch::Rv64);
}

#[test]
fn rv32_qemu_vectors_replay() {
    check(RV32, Arch::Rv32);
}

// ---- AES (FIPS-197 Appendix C examples) ----------------------------------

const PLAIN: [u8; 16] = *b"\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\xcc\xdd\xee\xff";
/// FIPS-197 Appendix C.1, C.2, C.3: key bytes 00 01 02 ... (16, 24, 32 of
/// them) and the ciphertext of `PLAIN`.
const FIPS197: [(usize, [u8; 16]); 3] = [
    (
        16,
        *b"\x69\xc4\xe0\xd8\x6a\x7b\x04\x30\xd8\xcd\xb7\x80\x70\xb4\xc5\x5a",
    ),
    (
        24,
        *b"\xdd\xa9\x7c\xa4\x86\x4c\xdf\xe0\x6e\xaf\x70\xa0\xec\x0d\x71\x91",
    ),
    (
        32,
        *b"\x8e\xa2\xb7\xca\x51\x67\x45\xbf\xea\xfc\x49\x90\x4b\x49\x60\x89",
    ),
];

fn key(n: usize) -> Vec<u8> {
    (0..n as u8).collect()
}

/// The round keys as (lo, hi) pairs of `ld`-loaded doublewords, by
/// aes64ks1i/aes64ks2 (the specification's key-schedule recipe).
fn rv64_key_schedule<B: backend::Backend>(cpu: Rv64<B>, key: &[u8]) -> Vec<[u64; 2]> {
    let mut k: Vec<u64> = key
        .chunks(8)
        .map(|c| u64::from_le_bytes(c.try_into().unwrap()))
        .collect();
    let nk = k.len(); // doublewords: 2, 3, 4
    let rounds = [10, 12, 14][nk - 2];
    let mut rnum = 0;
    while k.len() < 2 * (rounds + 1) {
        let n = k.len();
        let t = cpu.aes64ks1i(k[n - 1], rnum).unwrap();
        rnum += 1;
        let mut prev = t;
        let mut new = Vec::new();
        for j in 0..nk {
            if nk == 4 && j == 2 {
                // AES-256: SubWord without RotWord/Rcon for the second half.
                prev = cpu.aes64ks1i(new[1], 10).unwrap();
            }
            let w = cpu.aes64ks2(prev, k[n - nk + j]);
            new.push(w);
            prev = w;
        }
        k.extend(new);
    }
    k.truncate(2 * (rounds + 1));
    k.chunks(2).map(|c| [c[0], c[1]]).collect()
}

fn rv64_encrypt<B: backend::Backend>(cpu: Rv64<B>, rk: &[[u64; 2]], block: [u8; 16]) -> [u8; 16] {
    let mut lo = u64::from_le_bytes(block[..8].try_into().unwrap()) ^ rk[0][0];
    let mut hi = u64::from_le_bytes(block[8..].try_into().unwrap()) ^ rk[0][1];
    let last = rk.len() - 1;
    for (r, k) in rk.iter().enumerate().skip(1) {
        let (l, h) = if r == last {
            (cpu.aes64es(lo, hi), cpu.aes64es(hi, lo))
        } else {
            (cpu.aes64esm(lo, hi), cpu.aes64esm(hi, lo))
        };
        (lo, hi) = (l ^ k[0], h ^ k[1]);
    }
    let mut out = [0; 16];
    out[..8].copy_from_slice(&lo.to_le_bytes());
    out[8..].copy_from_slice(&hi.to_le_bytes());
    out
}

fn rv64_decrypt<B: backend::Backend>(cpu: Rv64<B>, rk: &[[u64; 2]], block: [u8; 16]) -> [u8; 16] {
    let last = rk.len() - 1;
    let mut lo = u64::from_le_bytes(block[..8].try_into().unwrap()) ^ rk[last][0];
    let mut hi = u64::from_le_bytes(block[8..].try_into().unwrap()) ^ rk[last][1];
    for r in (0..last).rev() {
        let k = rk[r];
        let (l, h) = if r == 0 {
            (cpu.aes64ds(lo, hi) ^ k[0], cpu.aes64ds(hi, lo) ^ k[1])
        } else {
            // The equivalent inverse cipher: middle round keys through aes64im.
            (
                cpu.aes64dsm(lo, hi) ^ cpu.aes64im(k[0]),
                cpu.aes64dsm(hi, lo) ^ cpu.aes64im(k[1]),
            )
        };
        (lo, hi) = (l, h);
    }
    let mut out = [0; 16];
    out[..8].copy_from_slice(&lo.to_le_bytes());
    out[8..].copy_from_slice(&hi.to_le_bytes());
    out
}

#[test]
fn aes_through_aes64_matches_fips197() {
    for b in backend::available() {
        let cpu = Rv64(b);
        for (n, cipher) in FIPS197 {
            let rk = rv64_key_schedule(cpu, &key(n));
            assert_eq!(
                rv64_encrypt(cpu, &rk, PLAIN),
                cipher,
                "AES-{} on {b}",
                8 * n
            );
            assert_eq!(
                rv64_decrypt(cpu, &rk, cipher),
                PLAIN,
                "AES-{} on {b}",
                8 * n
            );
        }
    }
}

/// SubWord of `w` by aes32esi, XORed into `acc`.
fn rv32_sub_word<B: backend::Backend>(cpu: Rv32<B>, acc: u32, w: u32) -> u32 {
    (0..4).fold(acc, |a, bs| cpu.aes32esi(a, w, bs).unwrap())
}

fn rv32_key_schedule<B: backend::Backend>(cpu: Rv32<B>, key: &[u8]) -> Vec<u32> {
    let mut w: Vec<u32> = key
        .chunks(4)
        .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
        .collect();
    let nk = w.len();
    let rounds = nk + 6;
    let mut rcon = 1u8;
    for i in nk..4 * (rounds + 1) {
        let mut t = w[i - 1];
        if i % nk == 0 {
            // RotWord in a little-endian word is a rotation right by 8.
            t = rv32_sub_word(cpu, u32::from(rcon), t.rotate_right(8));
            rcon = if rcon & 0x80 != 0 {
                (rcon << 1) ^ 0x1b
            } else {
                rcon << 1
            };
        } else if nk > 6 && i % nk == 4 {
            t = rv32_sub_word(cpu, 0, t);
        }
        w.push(w[i - nk] ^ t);
    }
    w
}

fn rv32_encrypt<B: backend::Backend>(cpu: Rv32<B>, w: &[u32], block: [u8; 16]) -> [u8; 16] {
    let mut s: [u32; 4] = core::array::from_fn(|j| {
        u32::from_le_bytes(block[4 * j..4 * j + 4].try_into().unwrap()) ^ w[j]
    });
    let rounds = w.len() / 4 - 1;
    for r in 1..=rounds {
        s = core::array::from_fn(|j| {
            (0..4u8).fold(w[4 * r + j], |acc, bs| {
                let src = s[(j + usize::from(bs)) % 4];
                if r == rounds {
                    cpu.aes32esi(acc, src, bs).unwrap()
                } else {
                    cpu.aes32esmi(acc, src, bs).unwrap()
                }
            })
        });
    }
    let mut out = [0; 16];
    for j in 0..4 {
        out[4 * j..4 * j + 4].copy_from_slice(&s[j].to_le_bytes());
    }
    out
}

fn rv32_decrypt<B: backend::Backend>(cpu: Rv32<B>, w: &[u32], block: [u8; 16]) -> [u8; 16] {
    let rounds = w.len() / 4 - 1;
    // InvMixColumns of a key word: SubBytes by aes32esi, then aes32dsmi
    // (InvSubBytes cancels it, InvMixColumns remains).
    let imc = |k: u32| {
        let sub = rv32_sub_word(cpu, 0, k);
        (0..4).fold(0, |a, bs| cpu.aes32dsmi(a, sub, bs).unwrap())
    };
    let mut s: [u32; 4] = core::array::from_fn(|j| {
        u32::from_le_bytes(block[4 * j..4 * j + 4].try_into().unwrap()) ^ w[4 * rounds + j]
    });
    for r in (0..rounds).rev() {
        s = core::array::from_fn(|j| {
            let k = if r == 0 { w[j] } else { imc(w[4 * r + j]) };
            (0..4u8).fold(k, |acc, bs| {
                let src = s[(j + 4 - usize::from(bs)) % 4];
                if r == 0 {
                    cpu.aes32dsi(acc, src, bs).unwrap()
                } else {
                    cpu.aes32dsmi(acc, src, bs).unwrap()
                }
            })
        });
    }
    let mut out = [0; 16];
    for j in 0..4 {
        out[4 * j..4 * j + 4].copy_from_slice(&s[j].to_le_bytes());
    }
    out
}

#[test]
fn aes_through_aes32_matches_fips197() {
    for b in backend::available() {
        let cpu = Rv32(b);
        for (n, cipher) in FIPS197 {
            let w = rv32_key_schedule(cpu, &key(n));
            assert_eq!(rv32_encrypt(cpu, &w, PLAIN), cipher, "AES-{} on {b}", 8 * n);
            assert_eq!(rv32_decrypt(cpu, &w, cipher), PLAIN, "AES-{} on {b}", 8 * n);
        }
    }
}

// ---- SHA-2 through Zknh, against the sha2 crate ---------------------------

fn sha256_compress_zknh(xlen: Xlen, state: &mut [u32; 8], block: &[u8; 64]) {
    let k = crypto_insn::math::sha256::SHA256_K;
    let f = |g: fn(Xlen, u64) -> u64, x: u32| g(xlen, u64::from(x)) as u32;
    let mut w = [0u32; 64];
    for t in 0..16 {
        w[t] = u32::from_be_bytes(block[4 * t..4 * t + 4].try_into().unwrap());
    }
    for t in 16..64 {
        w[t] = f(zknh::sha256sig1, w[t - 2])
            .wrapping_add(w[t - 7])
            .wrapping_add(f(zknh::sha256sig0, w[t - 15]))
            .wrapping_add(w[t - 16]);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut g6, mut g, mut h] = *state;
    for t in 0..64 {
        let ch = (e & g6) ^ (!e & g);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t1 = h
            .wrapping_add(f(zknh::sha256sum1, e))
            .wrapping_add(ch)
            .wrapping_add(k[t])
            .wrapping_add(w[t]);
        let t2 = f(zknh::sha256sum0, a).wrapping_add(maj);
        (h, g, g6, e, d, c, b, a) = (g, g6, e, d.wrapping_add(t1), c, b, a, t1.wrapping_add(t2));
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d, e, g6, g, h]) {
        *s = s.wrapping_add(v);
    }
}

fn sha512_compress(state: &mut [u64; 8], block: &[u8; 128], sig: [&dyn Fn(u64) -> u64; 4]) {
    let [sig0, sig1, sum0, sum1] = sig;
    let k = crypto_insn::math::sha512::K;
    let mut w = [0u64; 80];
    for t in 0..16 {
        w[t] = u64::from_be_bytes(block[8 * t..8 * t + 8].try_into().unwrap());
    }
    for t in 16..80 {
        w[t] = sig1(w[t - 2])
            .wrapping_add(w[t - 7])
            .wrapping_add(sig0(w[t - 15]))
            .wrapping_add(w[t - 16]);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
    for t in 0..80 {
        let ch = (e & f) ^ (!e & g);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t1 = h
            .wrapping_add(sum1(e))
            .wrapping_add(ch)
            .wrapping_add(k[t])
            .wrapping_add(w[t]);
        let t2 = sum0(a).wrapping_add(maj);
        (h, g, f, e, d, c, b, a) = (g, f, e, d.wrapping_add(t1), c, b, a, t1.wrapping_add(t2));
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *s = s.wrapping_add(v);
    }
}

fn blocks<const N: usize>(seed: u8, count: usize) -> Vec<[u8; N]> {
    (0..count)
        .map(|i| {
            core::array::from_fn(|j| (j as u8).wrapping_mul(31) ^ seed ^ (i as u8).wrapping_mul(7))
        })
        .collect()
}

#[test]
fn sha256_through_zknh_matches_sha2_crate() {
    for xlen in [Xlen::X32, Xlen::X64] {
        let mut ours = crypto_insn::math::sha256::SHA256_H0;
        let mut theirs = ours;
        let bl = blocks::<64>(1, 4);
        for b in &bl {
            sha256_compress_zknh(xlen, &mut ours, b);
        }
        let ga: Vec<_> = bl.iter().map(|b| (*b).into()).collect();
        sha2::compress256(&mut theirs, &ga);
        assert_eq!(ours, theirs, "{xlen:?}");
    }
}

#[test]
fn sha512_through_zknh_matches_sha2_crate() {
    let bl = blocks::<128>(2, 3);
    let ga: Vec<_> = bl.iter().map(|b| (*b).into()).collect();
    let mut theirs = crypto_insn::math::sha512::IV_512;
    sha2::compress512(&mut theirs, &ga);
    // RV64: one instruction per function.
    let mut rv64 = crypto_insn::math::sha512::IV_512;
    for b in &bl {
        sha512_compress(
            &mut rv64,
            b,
            [
                &zknh::sha512sig0,
                &zknh::sha512sig1,
                &zknh::sha512sum0,
                &zknh::sha512sum1,
            ],
        );
    }
    assert_eq!(rv64, theirs);
    // RV32: each 64-bit function from its high/low instruction pair.
    let split = |x: u64| ((x >> 32) as u32, x as u32);
    let join = |hi: u32, lo: u32| (u64::from(hi) << 32) | u64::from(lo);
    let sig0 = |x: u64| {
        let (h, l) = split(x);
        join(zknh::sha512sig0h(h, l), zknh::sha512sig0l(l, h))
    };
    let sig1 = |x: u64| {
        let (h, l) = split(x);
        join(zknh::sha512sig1h(h, l), zknh::sha512sig1l(l, h))
    };
    let sum0 = |x: u64| {
        let (h, l) = split(x);
        join(zknh::sha512sum0r(h, l), zknh::sha512sum0r(l, h))
    };
    let sum1 = |x: u64| {
        let (h, l) = split(x);
        join(zknh::sha512sum1r(h, l), zknh::sha512sum1r(l, h))
    };
    let mut rv32 = crypto_insn::math::sha512::IV_512;
    for b in &bl {
        sha512_compress(&mut rv32, b, [&sig0, &sig1, &sum0, &sum1]);
    }
    assert_eq!(rv32, theirs);
}

// ---- SM4 through Zksed, against the sm4 crate -------------------------------

#[test]
fn sm4_through_zksed_matches_sm4_crate() {
    use sm4::cipher::{BlockEncrypt, KeyInit};
    let key: [u8; 16] = core::array::from_fn(|i| (i as u8).wrapping_mul(0x3b) ^ 0x5a);
    let block: [u8; 16] = core::array::from_fn(|i| (i as u8).wrapping_mul(0x11));
    for xlen in [Xlen::X32, Xlen::X64] {
        // Words as `lw` loads the standard's big-endian byte strings; the
        // constants (numbers in the standard) byte-reversed to match.
        let load = |b: &[u8]| u64::from(u32::from_le_bytes(b.try_into().unwrap()));
        let konst = |c: u32| u64::from(c.swap_bytes());
        let t = |f: fn(Xlen, u64, u64, u8) -> Result<u64, _>, acc: u64, x: u64| {
            (0..4).fold(acc, |a, bs| f(xlen, a, x, bs).unwrap())
        };
        let mut k: Vec<u64> = (0..4)
            .map(|i| load(&key[4 * i..4 * i + 4]) ^ konst(crypto_insn::math::sm4::FK[i]))
            .collect();
        for i in 0..32 {
            let x = k[i + 1] ^ k[i + 2] ^ k[i + 3] ^ konst(crypto_insn::math::sm4::CK[i]);
            k.push(t(zksed::sm4ks, k[i], x));
        }
        let mut x: Vec<u64> = (0..4).map(|i| load(&block[4 * i..4 * i + 4])).collect();
        for i in 0..32 {
            let y = x[i + 1] ^ x[i + 2] ^ x[i + 3] ^ k[i + 4];
            x.push(t(zksed::sm4ed, x[i], y));
        }
        let mut ours = [0u8; 16];
        for (j, w) in x[32..36].iter().rev().enumerate() {
            ours[4 * j..4 * j + 4].copy_from_slice(&(*w as u32).to_le_bytes());
        }
        let mut theirs = block.into();
        sm4::Sm4::new(&key.into()).encrypt_block(&mut theirs);
        assert_eq!(&ours[..], &theirs[..], "{xlen:?}");
    }
}

// ---- SM3 through Zksh, against the sm3 crate --------------------------------

#[test]
fn sm3_through_zksh_matches_sm3_crate() {
    use crypto_insn::math::sm3::{IV, ff, gg, t_rotated};
    use sm3::Digest;
    let msg: Vec<u8> = (0..200u32).map(|i| (i * 7 + 3) as u8).collect();
    for xlen in [Xlen::X32, Xlen::X64] {
        let p0 = |x: u32| zksh::sm3p0(xlen, u64::from(x)) as u32;
        let p1 = |x: u32| zksh::sm3p1(xlen, u64::from(x)) as u32;
        // Padding (GB/T 32905 5.2): 0x80, zeros, 64-bit big-endian bit length.
        let mut m = msg.clone();
        m.push(0x80);
        while m.len() % 64 != 56 {
            m.push(0);
        }
        m.extend_from_slice(&((msg.len() as u64) * 8).to_be_bytes());
        let mut v = IV;
        for block in m.chunks(64) {
            let mut w = [0u32; 68];
            for j in 0..16 {
                w[j] = u32::from_be_bytes(block[4 * j..4 * j + 4].try_into().unwrap());
            }
            for j in 16..68 {
                w[j] = p1(w[j - 16] ^ w[j - 9] ^ w[j - 3].rotate_left(15))
                    ^ w[j - 13].rotate_left(7)
                    ^ w[j - 6];
            }
            let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = v;
            for j in 0..64u32 {
                let ju = j as usize;
                let ss1 = a
                    .rotate_left(12)
                    .wrapping_add(e)
                    .wrapping_add(t_rotated(j))
                    .rotate_left(7);
                let ss2 = ss1 ^ a.rotate_left(12);
                let tt1 = ff(j, a, b, c)
                    .wrapping_add(d)
                    .wrapping_add(ss2)
                    .wrapping_add(w[ju] ^ w[ju + 4]);
                let tt2 = gg(j, e, f, g)
                    .wrapping_add(h)
                    .wrapping_add(ss1)
                    .wrapping_add(w[ju]);
                (d, c, b, a) = (c, b.rotate_left(9), a, tt1);
                (h, g, f, e) = (g, f.rotate_left(19), e, p0(tt2));
            }
            for (s, x) in v.iter_mut().zip([a, b, c, d, e, f, g, h]) {
                *s ^= x;
            }
        }
        let ours: Vec<u8> = v.iter().flat_map(|x| x.to_be_bytes()).collect();
        let theirs = sm3::Sm3::digest(&msg);
        assert_eq!(&ours[..], &theirs[..], "{xlen:?}");
    }
}

// ---- cross-architecture identities -------------------------------------------

fn xorshift(x: &mut u64) -> u64 {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    *x
}

#[test]
fn aes64_instructions_are_halves_of_x86_rounds() {
    let mut s = 0x0123_4567_89ab_cdefu64;
    for _ in 0..2000 {
        let (lo, hi) = (xorshift(&mut s), xorshift(&mut s));
        let st = u128::from(lo) | (u128::from(hi) << 64);
        let halves = |f: fn(u64, u64) -> u64| u128::from(f(lo, hi)) | (u128::from(f(hi, lo)) << 64);
        use crypto_insn::riscv::zkn_aes::{aes64ds, aes64dsm, aes64es, aes64esm, aes64im};
        assert_eq!(halves(aes64esm), x86::aesenc(st, 0));
        assert_eq!(halves(aes64es), x86::aesenclast(st, 0));
        assert_eq!(halves(aes64dsm), x86::aesdec(st, 0));
        assert_eq!(halves(aes64ds), x86::aesdeclast(st, 0));
        assert_eq!(
            u128::from(aes64im(lo)),
            x86::aesimc(u128::from(lo)) & u128::from(u64::MAX)
        );
        // clmul/clmulh = PCLMULQDQ's low and high halves.
        let p = x86::pclmulqdq(u128::from(lo), u128::from(hi), 0);
        use crypto_insn::riscv::zbkc::{clmul, clmulh};
        assert_eq!(clmul(Xlen::X64, lo, hi), p as u64);
        assert_eq!(clmulh(Xlen::X64, lo, hi), (p >> 64) as u64);
        // RV32 values ignore the upper half of the u64 and return 32 bits.
        assert_eq!(
            zbkb::andn(Xlen::X32, lo, hi),
            u64::from(lo as u32 & !(hi as u32))
        );
    }
}
