//! SVE2 crypto and AArch32 forms: whole algorithms through the SVE helpers at
//! VL 256 and 512 (AES-128 against FIPS-197, SM4 against the `sm4` crate and
//! GB/T 32907) and through the A32 helpers (AES-128 against FIPS-197, SHA-256
//! against `sha2`); properties: segment independence, PMULLB/T = PMULL/PMULL2
//! per segment, each SVE op = its A64 op per segment, A32 = A64.

use crypto_insn::arm::{self, Arm, Arm32, sve};
use crypto_insn::backend::{self, Backend};
use crypto_insn::compose::{Composed, Via};
use crypto_insn::math::sm4::{CK, FK};
use crypto_insn::reg::{from_dwords, to_dwords};
use crypto_insn_testutil::Rng;
use sm4::cipher::{BlockEncrypt, KeyInit};

const VLS: [usize; 2] = [2, 4];

fn hex16(s: &str) -> u128 {
    let b: Vec<u8> = (0..16)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    u128::from_le_bytes(b.try_into().unwrap())
}

/// FIPS-197 Appendix C.1 and Appendix B (key, plaintext, ciphertext).
const AES128: [(&str, &str, &str); 2] = [
    (
        "000102030405060708090a0b0c0d0e0f",
        "00112233445566778899aabbccddeeff",
        "69c4e0d86a7b0430d8cdb78070b4c55a",
    ),
    (
        "2b7e151628aed2a6abf7158809cf4f3c",
        "3243f6a8885a308d313198a2e0370734",
        "3925841d02dc09fbdc118597196a0b32",
    ),
];

/// AES-128 on `n` segments at once: segment s encrypts FIPS-197 case s % 2.
fn sve_aes128<B: Backend>(b: B, n: usize) -> Vec<u128> {
    let arm = Arm(b);
    let keys: Vec<Vec<u128>> = AES128
        .iter()
        .map(|(k, _, _)| {
            Composed::new(Via::Arm, backend::Soft, &hex16(k).to_le_bytes())
                .unwrap()
                .round_keys()
                .to_vec()
        })
        .collect();
    let mut z: Vec<u128> = (0..n).map(|s| hex16(AES128[s % 2].1)).collect();
    let mut t = vec![0; n];
    #[allow(clippy::needless_range_loop)] // r is the round number, used twice
    for r in 0..10 {
        let k: Vec<u128> = (0..n).map(|s| keys[s % 2][r]).collect();
        arm.sve_aese(&z, &k, &mut t).unwrap();
        if r < 9 {
            arm.sve_aesmc(&t, &mut z).unwrap();
        } else {
            z.copy_from_slice(&t);
        }
    }
    for (s, v) in z.iter_mut().enumerate() {
        *v ^= keys[s % 2][10];
    }
    z
}

#[test]
fn aes128_through_sve_aese_aesmc_is_fips197() {
    for b in backend::available() {
        for n in VLS {
            let ct = sve_aes128(b, n);
            for (s, c) in ct.iter().enumerate() {
                assert_eq!(*c, hex16(AES128[s % 2].2), "{b} VL {} segment {s}", 128 * n);
            }
        }
    }
}

#[test]
fn aes128_inverse_through_sve_aesd_aesimc() {
    // Equivalent inverse cipher (FIPS-197 5.3.5) with SVE AESD/AESIMC: back to
    // the plaintext of each segment.
    for b in backend::available() {
        let arm = Arm(b);
        for n in VLS {
            let keys: Vec<Vec<u128>> = AES128
                .iter()
                .map(|(k, _, _)| {
                    Composed::new(Via::Arm, backend::Soft, &hex16(k).to_le_bytes())
                        .unwrap()
                        .round_keys()
                        .to_vec()
                })
                .collect();
            let mut z: Vec<u128> = (0..n).map(|s| hex16(AES128[s % 2].2)).collect();
            let mut t = vec![0; n];
            for r in (1..=10).rev() {
                let k: Vec<u128> = (0..n)
                    .map(|s| {
                        let k = keys[s % 2][r];
                        if r == 10 { k } else { arm::aesimc(k) }
                    })
                    .collect();
                arm.sve_aesd(&z, &k, &mut t).unwrap();
                if r > 1 {
                    arm.sve_aesimc(&t, &mut z).unwrap();
                } else {
                    z.copy_from_slice(&t);
                }
            }
            for (s, v) in z.iter().enumerate() {
                assert_eq!(v ^ keys[s % 2][0], hex16(AES128[s % 2].1), "{b} {n}");
            }
        }
    }
}

fn words(b: [u8; 16]) -> [u32; 4] {
    core::array::from_fn(|i| u32::from_be_bytes(b[4 * i..4 * i + 4].try_into().unwrap()))
}

#[test]
fn sm4_through_sve_sm4e_sm4ekey_is_the_sm4_crate() {
    let mut rng = Rng::new(0x5356_4534);
    for b in backend::available() {
        let arm = Arm(b);
        for n in VLS {
            // GB/T 32907 Appendix A example in segment 0, random keys/blocks elsewhere.
            let mut keys = vec![[0u8; 16]; n];
            let mut pts = vec![[0u8; 16]; n];
            for s in 0..n {
                if s == 0 {
                    keys[0] = hex16("0123456789abcdeffedcba9876543210").to_le_bytes();
                    pts[0] = keys[0];
                } else {
                    keys[s] = rng.next_u128().to_le_bytes();
                    pts[s] = rng.next_u128().to_le_bytes();
                }
            }
            let mut k: Vec<u128> = keys
                .iter()
                .map(|key| {
                    let mk = words(*key);
                    from_dwords(core::array::from_fn(|i| mk[i] ^ FK[i]))
                })
                .collect();
            let mut rks = Vec::new();
            let mut t = vec![0; n];
            for i in 0..8 {
                let ck = from_dwords([CK[4 * i], CK[4 * i + 1], CK[4 * i + 2], CK[4 * i + 3]]);
                arm.sve_sm4ekey(&k, &vec![ck; n], &mut t).unwrap();
                k.copy_from_slice(&t);
                rks.push(k.clone());
            }
            let mut x: Vec<u128> = pts.iter().map(|p| from_dwords(words(*p))).collect();
            for rk in &rks {
                arm.sve_sm4e(&x, rk, &mut t).unwrap();
                x.copy_from_slice(&t);
            }
            for s in 0..n {
                let w = to_dwords(x[s]);
                let mut got = [0u8; 16];
                for (i, word) in [w[3], w[2], w[1], w[0]].iter().enumerate() {
                    got[4 * i..4 * i + 4].copy_from_slice(&word.to_be_bytes());
                }
                let mut want = pts[s].into();
                sm4::Sm4::new(&keys[s].into()).encrypt_block(&mut want);
                assert_eq!(
                    got,
                    <[u8; 16]>::from(want),
                    "{b} VL {} segment {s}",
                    128 * n
                );
                if s == 0 {
                    assert_eq!(got, hex16("681edf34d206965e86b3e94f536e4246").to_le_bytes());
                }
            }
        }
    }
}

type A64 = fn(u128, u128) -> u128;
type Z2 =
    fn(Arm<backend::Dynamic>, &[u128], &[u128], &mut [u128]) -> Result<(), sve::SegmentMismatch>;

#[test]
fn sve_ops_are_the_a64_ops_per_segment_and_segments_are_independent() {
    let z2: [(&str, Z2, A64); 7] = [
        ("aese", |a, x, y, o| a.sve_aese(x, y, o), arm::aese),
        ("aesd", |a, x, y, o| a.sve_aesd(x, y, o), arm::aesd),
        ("pmullb", |a, x, y, o| a.sve_pmullb(x, y, o), arm::pmull),
        ("pmullt", |a, x, y, o| a.sve_pmullt(x, y, o), arm::pmull2),
        ("rax1", |a, x, y, o| a.sve_rax1(x, y, o), arm::rax1),
        ("sm4e", |a, x, y, o| a.sve_sm4e(x, y, o), arm::sm4e),
        ("sm4ekey", |a, x, y, o| a.sve_sm4ekey(x, y, o), arm::sm4ekey),
    ];
    let mut rng = Rng::new(0x7365_676d);
    // Every backend; the counts cover each remainder of the AES forms' groups
    // of four segments (5 = 4 + 1, 6 = 4 + 2, 7 = 4 + 3).
    for (arm, n) in backend::available()
        .map(Arm)
        .flat_map(|arm| [1usize, 2, 3, 4, 5, 6, 7, 8, 16].map(|n| (arm, n)))
    {
        for _ in 0..20 {
            let a: Vec<u128> = (0..n).map(|_| rng.next_u128()).collect();
            let b: Vec<u128> = (0..n).map(|_| rng.next_u128()).collect();
            for (name, f, one) in z2 {
                let mut out = vec![0; n];
                f(arm, &a, &b, &mut out).unwrap();
                for s in 0..n {
                    assert_eq!(
                        out[s],
                        one(a[s], b[s]),
                        "{name} VL {} segment {s} on {}",
                        128 * n,
                        arm.0
                    );
                }
                // Changing one segment of the sources changes only that segment.
                let k = n / 2;
                let mut a2 = a.clone();
                a2[k] ^= 1 << 77;
                let mut out2 = vec![0; n];
                f(arm, &a2, &b, &mut out2).unwrap();
                for s in (0..n).filter(|&s| s != k) {
                    assert_eq!(out2[s], out[s], "{name}: segment {k} leaked into {s}");
                }
                // The free function is the Auto backend's method.
                let mut auto = vec![0; n];
                match name {
                    "aese" => sve::aese(&a, &b, &mut auto),
                    "aesd" => sve::aesd(&a, &b, &mut auto),
                    "pmullb" => sve::pmullb(&a, &b, &mut auto),
                    "pmullt" => sve::pmullt(&a, &b, &mut auto),
                    "rax1" => sve::rax1(&a, &b, &mut auto),
                    "sm4e" => sve::sm4e(&a, &b, &mut auto),
                    _ => sve::sm4ekey(&a, &b, &mut auto),
                }
                .unwrap();
                assert_eq!(auto, out, "{name}");
            }
            let mut out = vec![0; n];
            sve::aesmc(&a, &mut out).unwrap();
            assert!(out.iter().zip(&a).all(|(o, x)| *o == arm::aesmc(*x)));
            sve::aesimc(&a, &mut out).unwrap();
            assert!(out.iter().zip(&a).all(|(o, x)| *o == arm::aesimc(*x)));
        }
    }
    // PMULLB is PMULL of the even doublewords: PolynomialMult(1, x) = x.
    let mut o = [0u128; 2];
    sve::pmullb(&[1, 1 << 64], &[0xdead_beef, 7 << 64], &mut o).unwrap();
    assert_eq!(o, [0xdead_beef, 0]);
    sve::pmullt(&[1, 1 << 64], &[0xdead_beef, 7 << 64], &mut o).unwrap();
    assert_eq!(o, [0, 7]);
}

#[test]
fn sve_length_mismatch_is_an_error_and_writes_nothing() {
    let mut out = [5u128; 2];
    assert_eq!(
        sve::aese(&[1, 2], &[3], &mut out),
        Err(sve::SegmentMismatch)
    );
    assert_eq!(sve::aesmc(&[1, 2, 3], &mut out), Err(sve::SegmentMismatch));
    assert_eq!(sve::pmullb(&[1], &[2], &mut out), Err(sve::SegmentMismatch));
    assert_eq!(out, [5, 5]);
    assert!(format!("{}", sve::SegmentMismatch).contains("segments"));
    assert_eq!(sve::rax1(&[], &[], &mut []), Ok(()));
}

#[test]
fn a32_aes128_is_fips197_and_a32_is_a64() {
    for b in backend::available() {
        let a32 = Arm32(b);
        for (k, p, c) in AES128 {
            let rk = Composed::new(Via::Arm, backend::Soft, &hex16(k).to_le_bytes()).unwrap();
            let rk = rk.round_keys();
            let mut s = hex16(p);
            for (r, key) in rk.iter().enumerate().take(10) {
                s = a32.aese(s, *key);
                if r < 9 {
                    s = a32.aesmc(s);
                }
            }
            s ^= rk[10];
            assert_eq!(s, hex16(c), "{b}");
            // And back with AESD/AESIMC (equivalent inverse cipher, FIPS-197 5.3.5).
            for r in (1..=10).rev() {
                let k = if r == 10 { rk[r] } else { a32.aesimc(rk[r]) };
                s = a32.aesd(s, k);
                if r > 1 {
                    s = a32.aesimc(s);
                }
            }
            assert_eq!(s ^ rk[0], hex16(p), "{b}");
        }
    }
    let mut rng = Rng::new(0x0061_3332);
    for _ in 0..200 {
        let (d, n, m) = (rng.next_u128(), rng.next_u128(), rng.next_u128());
        assert_eq!(arm::a32::aesd(d, n), arm::aesd(d, n));
        assert_eq!(arm::a32::aesimc(d), arm::aesimc(d));
        assert_eq!(arm::a32::sha1c(d, n, m), arm::sha1c(d, n, m));
        assert_eq!(arm::a32::sha1p(d, n, m), arm::sha1p(d, n, m));
        assert_eq!(arm::a32::sha1m(d, n, m), arm::sha1m(d, n, m));
        // Only element 0 of Qn is read.
        assert_eq!(
            arm::a32::sha1c(d, n, m),
            arm::a32::sha1c(d, n & 0xffff_ffff, m)
        );
        assert_eq!(arm::a32::sha1h(d), arm::a32::sha1h(d & 0xffff_ffff));
        assert_eq!(arm::a32::sha1h(d) >> 32, 0);
        assert_eq!(arm::a32::sha1su0(d, n, m), arm::sha1su0(d, n, m));
        assert_eq!(arm::a32::sha1su1(d, n), arm::sha1su1(d, n));
        let (dn, dm) = (d as u64, (n >> 64) as u64);
        assert_eq!(
            arm::a32::vmull_p64(dn, dm),
            arm::pmull(u128::from(dn), u128::from(dm))
        );
    }
}

#[test]
fn a32_sha256_is_sha2() {
    use sha2::Digest;
    let mut rng = Rng::new(0x7368_6132);
    for b in backend::available() {
        let a32 = Arm32(b);
        for len in [0usize, 3, 55, 56, 64, 119, 200] {
            let msg: Vec<u8> = (0..len).map(|_| rng.next_u128() as u8).collect();
            let want: [u8; 32] = sha2::Sha256::digest(&msg).into();
            assert_eq!(sha256_a32(a32, &msg), want, "{b} len {len}");
        }
    }
}

/// SHA-256 with the A32 SHA256H/H2/SU0/SU1 (FIPS 180-4 padding and words).
fn sha256_a32<B: Backend>(a32: Arm32<B>, msg: &[u8]) -> [u8; 32] {
    use crypto_insn::math::sha256::{SHA256_H0 as H0, SHA256_K as K};
    let add = |x: u128, y: u128| {
        let (a, b) = (to_dwords(x), to_dwords(y));
        from_dwords(core::array::from_fn(|i| a[i].wrapping_add(b[i])))
    };
    let mut data = msg.to_vec();
    data.push(0x80);
    while data.len() % 64 != 56 {
        data.push(0);
    }
    data.extend_from_slice(&((msg.len() as u64) * 8).to_be_bytes());
    let mut abcd = from_dwords([H0[0], H0[1], H0[2], H0[3]]);
    let mut efgh = from_dwords([H0[4], H0[5], H0[6], H0[7]]);
    for block in data.chunks_exact(64) {
        let w: Vec<u32> = block
            .chunks_exact(4)
            .map(|c| u32::from_be_bytes(c.try_into().unwrap()))
            .collect();
        let (abcd0, efgh0) = (abcd, efgh);
        let mut m = [0u128; 16];
        for i in 0..4 {
            m[i] = from_dwords([w[4 * i], w[4 * i + 1], w[4 * i + 2], w[4 * i + 3]]);
        }
        for i in 4..16 {
            m[i] = a32.sha256su1(a32.sha256su0(m[i - 4], m[i - 3]), m[i - 2], m[i - 1]);
        }
        for (i, mi) in m.iter().enumerate() {
            let wk = add(
                *mi,
                from_dwords([K[4 * i], K[4 * i + 1], K[4 * i + 2], K[4 * i + 3]]),
            );
            let before = abcd;
            abcd = a32.sha256h(abcd, efgh, wk);
            efgh = a32.sha256h2(efgh, before, wk);
        }
        abcd = add(abcd, abcd0);
        efgh = add(efgh, efgh0);
    }
    let mut out = [0u8; 32];
    for (i, w) in to_dwords(abcd).iter().chain(&to_dwords(efgh)).enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&w.to_be_bytes());
    }
    out
}
