//! The ARMv8.2 SHA-512, SHA3, SM3 and SM4 helpers: whole algorithms built only
//! from them (`crypto_insn::compose::{sha512, keccak, sm3, sm4}`) against the
//! RustCrypto crates (`sha2`, `sha3`, `sm3`, `sm4`) and the published examples
//! (FIPS 180-4's SHA-512/384 examples, FIPS 202's SHA3-256/SHAKE128 examples,
//! GB/T 32905-2016 Appendix A, GB/T 32907-2016 Appendix A), plus properties
//! against the math layer and independent definitions, on every backend.

use crypto_insn::arm::Arm;
use crypto_insn::backend::{self, Dynamic, Soft};
use crypto_insn::compose::keccak::{keccak_f1600_x2, sha3_256_arm, shake128_arm};
use crypto_insn::compose::sha512::{sha384_arm, sha512_arm};
use crypto_insn::compose::sm3::sm3_arm;
use crypto_insn::compose::sm4::Sm4Arm;
use crypto_insn::math;
use crypto_insn::reg::{from_dwords, from_halves, to_dwords, to_halves};
use crypto_insn_testutil::{Rng, cases};

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn all() -> Vec<Dynamic> {
    backend::available().collect()
}

/// Random messages of every length around the block boundaries, then longer.
fn messages(seed: u64) -> Vec<Vec<u8>> {
    let mut rng = Rng::new(seed);
    let mut lens: Vec<usize> = (0..=300).collect();
    lens.extend([511, 512, 1000, 4096]);
    let n = cases(lens.len()).max(40).min(lens.len());
    lens.truncate(n);
    lens.iter()
        .map(|&l| (0..l).map(|_| rng.next_u64() as u8).collect())
        .collect()
}

const SHA512_TWO_BLOCK: &[u8] = b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";

#[test]
fn sha512_and_sha384_fips_examples() {
    // FIPS 180-4 example documents (SHA512.pdf, SHA384.pdf): one-block "abc" and
    // the two-block 896-bit message.
    for b in all() {
        assert_eq!(
            sha512_arm(b, b"abc").to_vec(),
            hex(
                "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
            ),
            "{b}"
        );
        assert_eq!(
            sha512_arm(b, SHA512_TWO_BLOCK).to_vec(),
            hex(
                "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"
            ),
            "{b}"
        );
        assert_eq!(
            sha384_arm(b, b"abc").to_vec(),
            hex(
                "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"
            ),
            "{b}"
        );
        assert_eq!(
            sha384_arm(b, SHA512_TWO_BLOCK).to_vec(),
            hex(
                "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039"
            ),
            "{b}"
        );
    }
}

#[test]
fn sha512_and_sha384_match_the_sha2_crate() {
    use sha2::Digest as _;
    for b in all() {
        for msg in messages(0x5eed_5125) {
            assert_eq!(
                sha512_arm(b, &msg).to_vec(),
                sha2::Sha512::digest(&msg).to_vec(),
                "sha512 of {} bytes on {b}",
                msg.len()
            );
            assert_eq!(
                sha384_arm(b, &msg).to_vec(),
                sha2::Sha384::digest(&msg).to_vec(),
                "sha384 of {} bytes on {b}",
                msg.len()
            );
        }
    }
}

#[test]
fn sha3_fips202_examples() {
    // NIST's FIPS 202 example values (SHA3-256_Msg0, SHA3-256 of "abc",
    // SHAKE128_Msg0 with 256 output bits).
    for b in all() {
        assert_eq!(
            sha3_256_arm(b, b"").to_vec(),
            hex("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")
        );
        assert_eq!(
            sha3_256_arm(b, b"abc").to_vec(),
            hex("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532")
        );
        let mut out = [0u8; 32];
        shake128_arm(b, b"", &mut out);
        assert_eq!(
            out.to_vec(),
            hex("7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26")
        );
    }
}

#[test]
fn sha3_256_and_shake128_match_the_sha3_crate() {
    use sha3::Digest as _;
    use sha3::digest::{ExtendableOutput, Update, XofReader};
    for b in all() {
        for (i, msg) in messages(0x5eed_5ea3).iter().enumerate() {
            assert_eq!(
                sha3_256_arm(b, msg).to_vec(),
                sha3::Sha3_256::digest(msg).to_vec(),
                "sha3-256 of {} bytes on {b}",
                msg.len()
            );
            // Output lengths crossing the 168-byte rate.
            let n = [1usize, 32, 167, 168, 169, 400][i % 6];
            let mut got = vec![0u8; n];
            shake128_arm(b, msg, &mut got);
            let mut h = sha3::Shake128::default();
            h.update(msg);
            let mut want = vec![0u8; n];
            h.finalize_xof().read(&mut want);
            assert_eq!(got, want, "shake128 of {} bytes on {b}", msg.len());
        }
    }
}

#[test]
fn keccak_from_arm_sha3_is_the_permutation_on_both_lanes() {
    let mut rng = Rng::new(0x5eed_ecca);
    for b in all() {
        for _ in 0..cases(200) {
            let s0: [u64; 25] = core::array::from_fn(|_| rng.next_u64());
            let s1: [u64; 25] = core::array::from_fn(|_| rng.next_u64());
            let mut regs: [u128; 25] = core::array::from_fn(|i| from_halves([s0[i], s1[i]]));
            keccak_f1600_x2(b, &mut regs);
            let (mut w0, mut w1) = (s0, s1);
            math::keccak::keccak_f1600(&mut w0);
            math::keccak::keccak_f1600(&mut w1);
            for i in 0..25 {
                assert_eq!(to_halves(regs[i]), [w0[i], w1[i]], "lane {i} on {b}");
            }
        }
    }
}

#[test]
fn sm3_gbt32905_examples() {
    // GB/T 32905-2016 Appendix A: "abc" and "abcd" x 16.
    for b in all() {
        assert_eq!(
            sm3_arm(b, b"abc").to_vec(),
            hex("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"),
            "{b}"
        );
        assert_eq!(
            sm3_arm(b, &b"abcd".repeat(16)).to_vec(),
            hex("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"),
            "{b}"
        );
    }
}

#[test]
fn sm3_matches_the_sm3_crate() {
    use sm3::Digest as _;
    for b in all() {
        for msg in messages(0x5eed_0503) {
            assert_eq!(
                sm3_arm(b, &msg).to_vec(),
                sm3::Sm3::digest(&msg).to_vec(),
                "sm3 of {} bytes on {b}",
                msg.len()
            );
        }
    }
}

#[test]
fn sm4_gbt32907_examples() {
    // GB/T 32907-2016 Appendix A: key = plaintext = 0123456789abcdeffedcba9876543210;
    // one encryption, and 1,000,000 encryptions of the plaintext with the same key.
    let key: [u8; 16] = hex("0123456789abcdeffedcba9876543210").try_into().unwrap();
    for b in all() {
        let c = Sm4Arm::new(b, key);
        let ct = c.encrypt(b, key);
        assert_eq!(ct.to_vec(), hex("681edf34d206965e86b3e94f536e4246"), "{b}");
        assert_eq!(c.decrypt(b, ct), key, "{b}");
    }
    // Only unemulated (the lanes under QEMU divide case counts: 1,000,000
    // helper calls there take minutes).
    if cases(10) == 10 {
        let b = backend::Auto;
        let c = Sm4Arm::new(b, key);
        let mut x = key;
        for _ in 0..1_000_000 {
            x = c.encrypt(b, x);
        }
        assert_eq!(x.to_vec(), hex("595298c7c6fd271f0402f804c33d3f66"));
    }
}

#[test]
fn sm4_matches_the_sm4_crate() {
    use sm4::cipher::{BlockDecrypt, BlockEncrypt, KeyInit, generic_array::GenericArray};
    let mut rng = Rng::new(0x5eed_0504);
    for b in all() {
        for _ in 0..cases(500) {
            let key = rng.next_u128().to_le_bytes();
            let pt = rng.next_u128().to_le_bytes();
            let c = Sm4Arm::new(b, key);
            let reference = sm4::Sm4::new(GenericArray::from_slice(&key));
            let mut want = GenericArray::clone_from_slice(&pt);
            reference.encrypt_block(&mut want);
            let ct = c.encrypt(b, pt);
            assert_eq!(ct.as_slice(), want.as_slice(), "on {b}");
            let mut back = want;
            reference.decrypt_block(&mut back);
            assert_eq!(c.decrypt(b, ct).as_slice(), back.as_slice(), "on {b}");
        }
    }
}

#[test]
fn sm4e_and_sm4ekey_are_four_math_rounds_on_every_backend() {
    let mut rng = Rng::new(0x5eed_04e4);
    for _ in 0..cases(20_000) {
        let (d, n) = (rng.next_reg(), rng.next_reg());
        let mut x = to_dwords(d);
        for rk in to_dwords(n) {
            x = [
                x[1],
                x[2],
                x[3],
                math::sm4::round(x[0], x[1], x[2], x[3], rk),
            ];
        }
        let mut k = to_dwords(d);
        for ck in to_dwords(n) {
            k = [
                k[1],
                k[2],
                k[3],
                math::sm4::key_round(k[0], k[1], k[2], k[3], ck),
            ];
        }
        let portable = Arm(Soft).sm4e(d, n);
        assert_eq!(portable, from_dwords(x));
        for b in all() {
            assert_eq!(Arm(b).sm4e(d, n), portable, "sm4e on {b}");
            assert_eq!(Arm(b).sm4ekey(d, n), from_dwords(k), "sm4ekey on {b}");
        }
    }
}

#[test]
fn sha3_lane_ops_are_their_definitions() {
    let mut rng = Rng::new(0x5eed_05a3);
    for _ in 0..cases(20_000) {
        let (n, m, a) = (rng.next_reg(), rng.next_reg(), rng.next_reg());
        let imm = (rng.next_u64() % 64) as u8;
        let lanes = |f: &dyn Fn(u64, u64, u64) -> u64| {
            let ([n0, n1], [m0, m1], [a0, a1]) = (to_halves(n), to_halves(m), to_halves(a));
            from_halves([f(n0, m0, a0), f(n1, m1, a1)])
        };
        for b in all() {
            let arm = Arm(b);
            assert_eq!(arm.eor3(n, m, a), n ^ m ^ a, "eor3 on {b}");
            assert_eq!(arm.bcax(n, m, a), n ^ (m & !a), "bcax on {b}");
            assert_eq!(
                arm.rax1(n, m),
                lanes(&|x, y, _| x ^ y.rotate_left(1)),
                "rax1 on {b}"
            );
            assert_eq!(
                arm.xar(n, m, imm),
                lanes(&|x, y, _| (x ^ y).rotate_right(u32::from(imm))),
                "xar {imm} on {b}"
            );
        }
    }
    // Every XAR rotation, bit by bit: bit i of (n ^ m) moves to bit (i - imm) mod 64.
    for imm in 0..64u32 {
        for bit in 0..128u32 {
            let n = 1u128 << bit;
            let lane_base = bit & !63;
            let want = 1u128 << (lane_base + ((bit - lane_base + 64 - imm) % 64));
            for b in all() {
                assert_eq!(
                    Arm(b).xar(n, 0, imm as u8),
                    want,
                    "xar {imm} bit {bit} on {b}"
                );
                assert_eq!(
                    Arm(b).xar(0, n, imm as u8),
                    want,
                    "xar {imm} bit {bit} on {b}"
                );
            }
        }
    }
}

#[test]
fn sha512h_pair_is_two_math_rounds() {
    // The register flow of compose::sha512 for one round pair equals two rounds of
    // math::sha512::round from the same state.
    let mut rng = Rng::new(0x5eed_512a);
    for _ in 0..cases(20_000) {
        let s: [u64; 8] = core::array::from_fn(|_| rng.next_u64());
        let (kw0, kw1) = (rng.next_u64(), rng.next_u64());
        let want = math::sha512::round(math::sha512::round(s, kw0), kw1);
        let [a, b_, c, d, e, f, g, h] = s;
        for b in all() {
            let arm = Arm(b);
            let h1 = arm.sha512h(
                from_halves([g.wrapping_add(kw1), h.wrapping_add(kw0)]),
                from_halves([f, g]),
                from_halves([d, e]),
            );
            let h2 = arm.sha512h2(h1, from_halves([c, d]), from_halves([a, b_]));
            let [t1_1, t1_0] = to_halves(h1);
            let [a2, a1] = to_halves(h2);
            let got = [
                a2,
                a1,
                a,
                b_,
                c.wrapping_add(t1_1),
                d.wrapping_add(t1_0),
                e,
                f,
            ];
            assert_eq!(got, want, "on {b}");
        }
    }
}

#[test]
fn sm3_round_pair_is_the_math_round() {
    let mut rng = Rng::new(0x5eed_0533);
    for _ in 0..cases(20_000) {
        let s: [u32; 8] = core::array::from_fn(|_| rng.next_u64() as u32);
        let (w, wp) = (rng.next_reg(), rng.next_reg());
        let j = (rng.next_u64() % 64) as u32;
        let i = (rng.next_u64() % 4) as u8;
        let (wj, wpj) = (to_dwords(w)[usize::from(i)], to_dwords(wp)[usize::from(i)]);
        let want = math::sm3::round(j, s, wj, wpj);
        let [a, b_, c, d, e, f, g, h] = s;
        for b in all() {
            let arm = Arm(b);
            let abcd = from_dwords([d, c, b_, a]);
            let efgh = from_dwords([h, g, f, e]);
            let ss1 = arm.sm3ss1(abcd, efgh, u128::from(math::sm3::t_rotated(j)) << 96);
            let (abcd, efgh) = if j < 16 {
                (arm.sm3tt1a(abcd, ss1, wp, i), arm.sm3tt2a(efgh, ss1, w, i))
            } else {
                (arm.sm3tt1b(abcd, ss1, wp, i), arm.sm3tt2b(efgh, ss1, w, i))
            };
            let [d2, c2, b2, a2] = to_dwords(abcd);
            let [h2, g2, f2, e2] = to_dwords(efgh);
            assert_eq!([a2, b2, c2, d2, e2, f2, g2, h2], want, "round {j} on {b}");
        }
    }
}
