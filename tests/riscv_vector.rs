//! RISC-V vector cryptography (Zvbb/Zvkb, Zvbc, Zvkg, Zvkned, Zvknh[ab],
//! Zvksed, Zvksh): whole algorithms run through the register-file executor
//! like a guest program would, against RustCrypto crates (aes via aes-gcm's
//! re-export, aes-gcm, sha2, sm3, sm4) and FIPS-197's example; properties of
//! the element-group helpers against x86 helpers and independent
//! definitions; the executor's mask/tail/prestart behaviour and its reserved
//! configurations.

use aes_gcm::aes::cipher::{BlockEncrypt, KeyInit};
use crypto_insn::backend;
use crypto_insn::riscv::v::{self, Lmul, Sew, VConfig, VInsn, VOp};
use crypto_insn::riscv::{Illegal, Rvv, zvbb, zvkg, zvkned, zvksed, zvksh};

use crypto_insn_testutil::Rng;

/// A vector register file and the configuration a guest sets with vsetvli.
struct Vm {
    r: Vec<u8>,
    vlen: usize,
}

impl Vm {
    fn new(vlen: usize) -> Vm {
        Vm {
            r: vec![0; 32 * vlen / 8],
            vlen,
        }
    }

    fn vlenb(&self) -> usize {
        self.vlen / 8
    }

    /// `vle8.v`: bytes into register `reg` (and the following ones).
    fn load(&mut self, reg: usize, bytes: &[u8]) {
        let at = reg * self.vlenb();
        self.r[at..at + bytes.len()].copy_from_slice(bytes);
    }

    /// `vse8.v`: `n` bytes of register `reg` onwards.
    fn store(&self, reg: usize, n: usize) -> Vec<u8> {
        let at = reg * self.vlenb();
        self.r[at..at + n].to_vec()
    }

    fn words32(&self, reg: usize, n: usize) -> Vec<u32> {
        self.store(reg, 4 * n)
            .chunks(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect()
    }

    fn set32(&mut self, reg: usize, w: &[u32]) {
        let b: Vec<u8> = w.iter().flat_map(|x| x.to_le_bytes()).collect();
        self.load(reg, &b);
    }

    fn words64(&self, reg: usize, n: usize) -> Vec<u64> {
        self.store(reg, 8 * n)
            .chunks(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap()))
            .collect()
    }

    fn set64(&mut self, reg: usize, w: &[u64]) {
        let b: Vec<u8> = w.iter().flat_map(|x| x.to_le_bytes()).collect();
        self.load(reg, &b);
    }

    /// Runs one instruction unmasked with `vl` elements of `sew`.
    #[allow(clippy::too_many_arguments)]
    fn run(&mut self, op: VOp, vd: u8, vs2: u8, vs1: u8, imm: u8, sew: Sew, lmul: Lmul, vl: usize) {
        let insn = VInsn {
            imm,
            ..VInsn::new(op, vd, vs2, vs1)
        };
        let cfg = VConfig {
            vl,
            ..VConfig::vlmax(sew, lmul, self.vlen)
        };
        v::execute(&mut self.r, self.vlen, insn, cfg).unwrap_or_else(|e| panic!("{op}: {e}"));
    }
}

// ---- AES through Zvkned ------------------------------------------------------

/// Expands an AES-128 key with vaeskf1.vi or an AES-256 key with vaeskf2.vi
/// into v10.. (one round key per register); AES-192 through the math layer
/// (Zvkned has no AES-192 key-schedule instruction).
fn round_keys(vm: &mut Vm, key: &[u8]) -> usize {
    let (s, l1) = (Sew::E32, Lmul::M1);
    match key.len() {
        16 => {
            vm.load(10, key);
            for r in 1..=10u8 {
                vm.r.copy_within(
                    (9 + r as usize) * 16..(10 + r as usize) * 16,
                    (10 + r as usize) * 16,
                );
                let d = 10 + r;
                vm.run(VOp::Vaeskf1Vi, d, d - 1, 0, r, s, l1, 4);
            }
            10
        }
        32 => {
            vm.load(10, &key[..16]);
            vm.load(11, &key[16..]);
            for r in 2..=14u8 {
                let d = 10 + r;
                // vd holds round key r - 2 before the instruction.
                vm.r.copy_within(
                    (d as usize - 2) * 16..(d as usize - 1) * 16,
                    d as usize * 16,
                );
                vm.run(VOp::Vaeskf2Vi, d, d - 1, 0, r, s, l1, 4);
            }
            14
        }
        _ => {
            let ks =
                crypto_insn::math::aes::KeySchedule::expand(key, crypto_insn::math::aes::sub_word)
                    .unwrap();
            for (i, rk) in ks.round_keys().iter().enumerate() {
                vm.load(10 + i, &rk.to_le_bytes());
            }
            ks.rounds()
        }
    }
}

/// Encrypts (or decrypts) the 4 blocks in v0..v3 (one LMUL=4 group, vl = 16)
/// with the round keys in v10.. through the `.vs` forms.
fn aes_blocks(vm: &mut Vm, rounds: usize, decrypt: bool) {
    let (s, l4) = (Sew::E32, Lmul::M4);
    let rk = |i: usize| (10 + i) as u8;
    if !decrypt {
        vm.run(VOp::VaeszVs, 4, rk(0), 0, 0, s, l4, 16);
        for i in 1..rounds {
            vm.run(VOp::VaesemVs, 4, rk(i), 0, 0, s, l4, 16);
        }
        vm.run(VOp::VaesefVs, 4, rk(rounds), 0, 0, s, l4, 16);
    } else {
        vm.run(VOp::VaeszVs, 4, rk(rounds), 0, 0, s, l4, 16);
        for i in (1..rounds).rev() {
            vm.run(VOp::VaesdmVs, 4, rk(i), 0, 0, s, l4, 16);
        }
        vm.run(VOp::VaesdfVs, 4, rk(0), 0, 0, s, l4, 16);
    }
}

#[test]
fn aes_through_zvkned_matches_fips197_and_aes_crate() {
    use aes_gcm::aes::cipher::BlockDecrypt;
    // FIPS-197 Appendix C.1: AES-128 of 00112233..ff under 00010203..0f.
    let mut vm = Vm::new(128);
    let key: Vec<u8> = (0..16).collect();
    let pt: Vec<u8> = (0..16).map(|i| i * 0x11).collect();
    let r = round_keys(&mut vm, &key);
    vm.load(4, &pt);
    aes_blocks(&mut vm, r, false);
    assert_eq!(
        vm.store(4, 16),
        [
            0x69, 0xc4, 0xe0, 0xd8, 0x6a, 0x7b, 0x04, 0x30, 0xd8, 0xcd, 0xb7, 0x80, 0x70, 0xb4,
            0xc5, 0x5a
        ]
    );

    let mut rng = Rng::new(0x5a17);
    for klen in [16usize, 24, 32] {
        for _ in 0..20 {
            let key: Vec<u8> = (0..klen).map(|_| rng.next_u64() as u8).collect();
            let pt: Vec<u8> = (0..64).map(|_| rng.next_u64() as u8).collect();
            let mut vm = Vm::new(128);
            let r = round_keys(&mut vm, &key);
            vm.load(4, &pt);
            aes_blocks(&mut vm, r, false);
            let ct = vm.store(4, 64);
            let mut theirs = pt.clone();
            for b in theirs.chunks_mut(16) {
                let b = aes_gcm::aes::cipher::generic_array::GenericArray::from_mut_slice(b);
                match klen {
                    16 => aes_gcm::aes::Aes128::new_from_slice(&key)
                        .unwrap()
                        .encrypt_block(b),
                    24 => aes_gcm::aes::Aes192::new_from_slice(&key)
                        .unwrap()
                        .encrypt_block(b),
                    _ => aes_gcm::aes::Aes256::new_from_slice(&key)
                        .unwrap()
                        .encrypt_block(b),
                }
            }
            assert_eq!(ct, theirs, "AES-{} encrypt", klen * 8);
            aes_blocks(&mut vm, r, true);
            assert_eq!(vm.store(4, 64), pt, "AES-{} decrypt", klen * 8);
            // The aes crate's decryption agrees too.
            let mut back = ct.clone();
            for b in back.chunks_mut(16) {
                let b = aes_gcm::aes::cipher::generic_array::GenericArray::from_mut_slice(b);
                match klen {
                    16 => aes_gcm::aes::Aes128::new_from_slice(&key)
                        .unwrap()
                        .decrypt_block(b),
                    24 => aes_gcm::aes::Aes192::new_from_slice(&key)
                        .unwrap()
                        .decrypt_block(b),
                    _ => aes_gcm::aes::Aes256::new_from_slice(&key)
                        .unwrap()
                        .decrypt_block(b),
                }
            }
            assert_eq!(back, pt);
        }
    }
}

// ---- SHA-2 through Zvknh[ab] ---------------------------------------------------

/// `vadd.vv` (not a crypto instruction): the harness does it on the file.
fn vadd32(vm: &mut Vm, vd: usize, a: &[u32], b: &[u32]) {
    let s: Vec<u32> = a.iter().zip(b).map(|(x, y)| x.wrapping_add(*y)).collect();
    vm.set32(vd, &s);
}

fn sha256_vector(state: &mut [u32; 8], block: &[u8; 64]) {
    use crypto_insn::math::sha256::SHA256_K;
    let (s, l1) = (Sew::E32, Lmul::M1);
    let mut vm = Vm::new(128);
    // v1 = {f, e, b, a}, v2 = {h, g, d, c}.
    vm.set32(1, &[state[5], state[4], state[1], state[0]]);
    vm.set32(2, &[state[7], state[6], state[3], state[2]]);
    // Message quads in v12..v15, byte-swapped with vrev8.v.
    vm.load(12, block);
    vm.run(VOp::Vrev8V, 12, 12, 0, 0, s, Lmul::M4, 16);
    let mut q = [12usize, 13, 14, 15];
    for quad in 0..16 {
        let w = vm.words32(q[0], 4);
        vadd32(&mut vm, 20, &w, &SHA256_K[4 * quad..4 * quad + 4]);
        vm.run(VOp::Vsha2clVv, 2, 1, 20, 0, s, l1, 4);
        vm.run(VOp::Vsha2chVv, 1, 2, 20, 0, s, l1, 4);
        if quad < 12 {
            // vmerge: {W[4], W[9], W[10], W[11]} from quads 1 and 2.
            let mut m = vm.words32(q[2], 4);
            m[0] = vm.words32(q[1], 1)[0];
            vm.set32(21, &m);
            vm.run(VOp::Vsha2msVv, q[0] as u8, 21, q[3] as u8, 0, s, l1, 4);
        }
        q.rotate_left(1);
    }
    let abef = vm.words32(1, 4);
    let cdgh = vm.words32(2, 4);
    let out = [
        abef[3], abef[2], cdgh[3], cdgh[2], abef[1], abef[0], cdgh[1], cdgh[0],
    ];
    for (x, y) in state.iter_mut().zip(out) {
        *x = x.wrapping_add(y);
    }
}

fn sha512_vector(state: &mut [u64; 8], block: &[u8; 128]) {
    use crypto_insn::math::sha512::K;
    let (s, l2) = (Sew::E64, Lmul::M2);
    let mut vm = Vm::new(128);
    vm.set64(2, &[state[5], state[4], state[1], state[0]]);
    vm.set64(4, &[state[7], state[6], state[3], state[2]]);
    vm.load(8, block);
    vm.run(VOp::Vrev8V, 8, 8, 0, 0, s, Lmul::M8, 16);
    let mut q = [8usize, 10, 12, 14];
    for quad in 0..20 {
        let w = vm.words64(q[0], 4);
        let wk: Vec<u64> = w
            .iter()
            .zip(&K[4 * quad..])
            .map(|(a, b)| a.wrapping_add(*b))
            .collect();
        vm.set64(20, &wk);
        vm.run(VOp::Vsha2clVv, 4, 2, 20, 0, s, l2, 4);
        vm.run(VOp::Vsha2chVv, 2, 4, 20, 0, s, l2, 4);
        if quad < 16 {
            let mut m = vm.words64(q[2], 4);
            m[0] = vm.words64(q[1], 1)[0];
            vm.set64(22, &m);
            vm.run(VOp::Vsha2msVv, q[0] as u8, 22, q[3] as u8, 0, s, l2, 4);
        }
        q.rotate_left(1);
    }
    let abef = vm.words64(2, 4);
    let cdgh = vm.words64(4, 4);
    let out = [
        abef[3], abef[2], cdgh[3], cdgh[2], abef[1], abef[0], cdgh[1], cdgh[0],
    ];
    for (x, y) in state.iter_mut().zip(out) {
        *x = x.wrapping_add(y);
    }
}

#[test]
fn sha256_and_sha512_through_zvknh_match_sha2() {
    let mut rng = Rng::new(0x5a2);
    let mut s256 = crypto_insn::math::sha256::SHA256_H0;
    let mut t256 = s256;
    let mut s512 = crypto_insn::math::sha512::IV_512;
    let mut t512 = s512;
    for _ in 0..16 {
        let mut b = [0u8; 128];
        for x in b.iter_mut() {
            *x = rng.next_u64() as u8;
        }
        let b64: [u8; 64] = b[..64].try_into().unwrap();
        sha256_vector(&mut s256, &b64);
        sha2::compress256(&mut t256, &[b64.into()]);
        assert_eq!(s256, t256);
        sha512_vector(&mut s512, &b);
        sha2::compress512(&mut t512, &[b.into()]);
        assert_eq!(s512, t512);
    }
}

// ---- SM4 through Zvksed --------------------------------------------------------

#[test]
fn sm4_through_zvksed_matches_sm4_crate() {
    use crypto_insn::math::sm4::FK;
    let (s, l1, l4) = (Sew::E32, Lmul::M1, Lmul::M4);
    let mut rng = Rng::new(0x5a4);
    for _ in 0..20 {
        let key: Vec<u8> = (0..16).map(|_| rng.next_u64() as u8).collect();
        let pt: Vec<u8> = (0..64).map(|_| rng.next_u64() as u8).collect();
        let mut vm = Vm::new(128);
        // Key: vle32 + vrev8.v gives the standard's words; XOR FK (vxor).
        vm.load(1, &key);
        vm.run(VOp::Vrev8V, 1, 1, 0, 0, s, l1, 4);
        let mk = vm.words32(1, 4);
        let k: Vec<u32> = mk.iter().zip(FK).map(|(a, b)| a ^ b).collect();
        vm.set32(1, &k);
        // Round keys rk[4r..4r+3] in v10 + r: vsm4k.vi from K (v1), then
        // from the previous four.
        for r in 0..8u8 {
            let src = if r == 0 { 1 } else { 9 + r };
            vm.run(VOp::Vsm4kVi, 10 + r, src, 0, r, s, l1, 4);
        }
        // Four blocks in v4..v7 (LMUL 4), words byte-swapped.
        vm.load(4, &pt);
        vm.run(VOp::Vrev8V, 4, 4, 0, 0, s, l4, 16);
        for r in 0..8u8 {
            vm.run(VOp::Vsm4rVs, 4, 10 + r, 0, 0, s, l4, 16);
        }
        // R: the words of each block reversed (vrgather), then vrev8.v.
        let w = vm.words32(4, 16);
        let rev: Vec<u32> = w.chunks(4).flat_map(|c| [c[3], c[2], c[1], c[0]]).collect();
        vm.set32(4, &rev);
        vm.run(VOp::Vrev8V, 4, 4, 0, 0, s, l4, 16);
        let ours = vm.store(4, 64);
        let mut theirs = pt.clone();
        let c = sm4::Sm4::new_from_slice(&key).unwrap();
        for b in theirs.chunks_mut(16) {
            c.encrypt_block(sm4::cipher::generic_array::GenericArray::from_mut_slice(b));
        }
        assert_eq!(ours, theirs);
    }
}

// ---- SM3 through Zvksh ---------------------------------------------------------

#[test]
fn sm3_through_zvksh_matches_sm3_crate() {
    use sm3::Digest;
    let (s, l2) = (Sew::E32, Lmul::M2);
    for len in [0usize, 3, 55, 56, 64, 200] {
        let msg: Vec<u8> = (0..len as u32).map(|i| (i * 13 + 5) as u8).collect();
        let mut m = msg.clone();
        m.push(0x80);
        while m.len() % 64 != 56 {
            m.push(0);
        }
        m.extend_from_slice(&((len as u64) * 8).to_be_bytes());
        let mut vm = Vm::new(128);
        // v2..v3: the state {A..H} in memory (big-endian) word order.
        let iv: Vec<u8> = crypto_insn::math::sm3::IV
            .iter()
            .flat_map(|w| w.to_be_bytes())
            .collect();
        vm.load(2, &iv);
        for block in m.chunks(64) {
            let v_in = vm.store(2, 32);
            // W0..W71 in groups of 8 words, memory order: v8.., two registers each.
            vm.load(8, block);
            for k in 0..7u8 {
                let (d, a, b) = (12 + 2 * k, 8 + 2 * k, 10 + 2 * k);
                vm.run(VOp::Vsm3meVv, d, b, a, 0, s, l2, 8);
            }
            let w = vm.store(8, 72 * 4);
            for r in 0..32u8 {
                // vs2 = {W[2r] .. W[2r+7]} (a vslidedown of the expansion).
                let at = 8 * r as usize;
                vm.load(4, &w[at..at + 32]);
                vm.run(VOp::Vsm3cVi, 2, 4, 0, r, s, l2, 8);
            }
            let v_out: Vec<u8> = vm
                .store(2, 32)
                .iter()
                .zip(&v_in)
                .map(|(a, b)| a ^ b)
                .collect();
            vm.load(2, &v_out);
        }
        assert_eq!(
            vm.store(2, 32),
            sm3::Sm3::digest(&msg).to_vec(),
            "len {len}"
        );
    }
}

// ---- GHASH through Zvkg ---------------------------------------------------------

#[test]
fn gcm_tag_through_zvkg_matches_aes_gcm() {
    use aes_gcm::aead::{AeadInPlace, KeyInit as _};
    let (s, l1) = (Sew::E32, Lmul::M1);
    let mut rng = Rng::new(0x6c);
    for (alen, clen) in [(0usize, 16usize), (13, 40), (32, 0), (20, 77)] {
        let key: [u8; 16] = rng.next_u128().to_le_bytes();
        let nonce: [u8; 12] = rng.next_u128().to_le_bytes()[..12].try_into().unwrap();
        let aad: Vec<u8> = (0..alen).map(|_| rng.next_u64() as u8).collect();
        let mut ct: Vec<u8> = (0..clen).map(|_| rng.next_u64() as u8).collect();
        let gcm = aes_gcm::Aes128Gcm::new_from_slice(&key).unwrap();
        let tag = gcm
            .encrypt_in_place_detached(&nonce.into(), &aad, &mut ct)
            .unwrap();
        let aes = aes_gcm::aes::Aes128::new_from_slice(&key).unwrap();
        let mut h = [0u8; 16].into();
        aes.encrypt_block(&mut h);
        let mut vm = Vm::new(128);
        vm.load(2, &h); // H
        vm.load(1, &[0; 16]); // Y
        let mut blocks: Vec<[u8; 16]> = Vec::new();
        for part in [&aad[..], &ct[..]] {
            for c in part.chunks(16) {
                let mut b = [0u8; 16];
                b[..c.len()].copy_from_slice(c);
                blocks.push(b);
            }
        }
        let mut lens = [0u8; 16];
        lens[..8].copy_from_slice(&((alen as u64) * 8).to_be_bytes());
        lens[8..].copy_from_slice(&((clen as u64) * 8).to_be_bytes());
        blocks.push(lens);
        for b in &blocks {
            vm.load(3, b);
            vm.run(VOp::VghshVv, 1, 2, 3, 0, s, l1, 4);
        }
        let mut j0 = [0u8; 16];
        j0[..12].copy_from_slice(&nonce);
        j0[15] = 1;
        let mut ek = j0.into();
        aes.encrypt_block(&mut ek);
        let ours: Vec<u8> = vm
            .store(1, 16)
            .iter()
            .zip(ek.iter())
            .map(|(a, b)| a ^ b)
            .collect();
        assert_eq!(ours, tag.to_vec(), "aad {alen} ct {clen}");
    }
}

// ---- properties of the element-group helpers --------------------------------

/// GF(2^128) multiplication as NIST SP 800-38D Algorithm 1 defines it, on
/// blocks in the standard's bit order (bit 0 = MSB of byte 0).
fn gf128_sp800_38d(x: [u8; 16], y: [u8; 16]) -> [u8; 16] {
    let (x, mut v) = (u128::from_be_bytes(x), u128::from_be_bytes(y));
    let mut z = 0u128;
    for i in 0..128 {
        if (x >> (127 - i)) & 1 == 1 {
            z ^= v;
        }
        v = if v & 1 == 0 {
            v >> 1
        } else {
            (v >> 1) ^ (0xe1u128 << 120)
        };
    }
    z.to_be_bytes()
}

#[test]
fn element_group_helpers_match_independent_definitions() {
    let mut rng = Rng::new(0xe9);
    for _ in 0..2000 {
        let (a, b, c) = (rng.next_reg(), rng.next_reg(), rng.next_reg());
        // vaesem = AESENC, vaesef = AESENCLAST, vaesdf = AESDECLAST, vaesdm =
        // AESDEC with InvMixColumns applied to the key.
        assert_eq!(zvkned::vaesem(a, b), crypto_insn::x86::aesenc(a, b));
        assert_eq!(zvkned::vaesef(a, b), crypto_insn::x86::aesenclast(a, b));
        assert_eq!(zvkned::vaesdf(a, b), crypto_insn::x86::aesdeclast(a, b));
        assert_eq!(
            zvkned::vaesdm(a, b),
            crypto_insn::x86::aesdec(a, crypto_insn::x86::aesimc(b))
        );
        // vghsh / vgmul = SP 800-38D multiplication on memory-order blocks.
        let x = (a ^ c).to_le_bytes();
        assert_eq!(
            zvkg::vghsh(a, b, c).to_le_bytes(),
            gf128_sp800_38d(x, b.to_le_bytes())
        );
        assert_eq!(zvkg::vgmul(a, b), zvkg::vghsh(a, b, 0));
        // vsm4r = four SM4 rounds = x86 VSM4RNDS4 on a lane.
        let x4 = crypto_insn::reg::to_dwords(a);
        let rk = crypto_insn::reg::to_dwords(b);
        let mut x = [x4[0], x4[1], x4[2], x4[3], 0, 0, 0, 0];
        for j in 0..4 {
            x[j + 4] = crypto_insn::math::sm4::round(x[j], x[j + 1], x[j + 2], x[j + 3], rk[j]);
        }
        assert_eq!(
            zvksed::vsm4r(a, b),
            crypto_insn::reg::from_dwords([x[4], x[5], x[6], x[7]])
        );
        assert_eq!(zvksed::vsm4r(a, b), crypto_insn::x86::sm4rnds4([a], [b])[0]);
        // vclmul / vclmulh = the bitwise carry-less product.
        let (p, q) = (a as u64, b as u64);
        let mut prod = 0u128;
        for i in 0..64 {
            if (q >> i) & 1 == 1 {
                prod ^= u128::from(p) << i;
            }
        }
        assert_eq!(crypto_insn::riscv::zvbc::vclmul(p, q), prod as u64);
        assert_eq!(crypto_insn::riscv::zvbc::vclmulh(p, q), (prod >> 64) as u64);
    }
    // Every backend computes the same groups.
    for be in backend::available() {
        for _ in 0..200 {
            let (a, b, c) = (rng.next_reg(), rng.next_reg(), rng.next_reg());
            assert_eq!(Rvv(be).vaesem(a, b), zvkned::vaesem(a, b), "{be}");
            assert_eq!(Rvv(be).vaesdm(a, b), zvkned::vaesdm(a, b), "{be}");
            assert_eq!(Rvv(be).vghsh(a, b, c), zvkg::vghsh(a, b, c), "{be}");
            assert_eq!(Rvv(be).vsm4r(a, b), zvksed::vsm4r(a, b), "{be}");
            for imm in 0..32 {
                assert_eq!(Rvv(be).vaeskf1(a, imm), zvkned::vaeskf1(a, imm), "{be}");
                assert_eq!(Rvv(be).vsm4k(a, imm), zvksed::vsm4k(a, imm), "{be}");
            }
        }
    }
}

#[test]
fn reserved_round_numbers_are_mapped() {
    // vaeskf1: uimm[3:0] 0 and 11-15 act as uimm ^ 8; uimm[4] is ignored.
    let mut rng = Rng::new(0x1f);
    for _ in 0..50 {
        let k = rng.next_u128();
        let prev = rng.next_u128();
        for u in 0..32u8 {
            let r = u & 15;
            let mapped = if r == 0 || r > 10 { r ^ 8 } else { r };
            assert_eq!(zvkned::vaeskf1(k, u), zvkned::vaeskf1(k, mapped));
            let mapped2 = if !(2..=14).contains(&r) { r ^ 8 } else { r };
            assert_eq!(
                zvkned::vaeskf2(prev, k, u),
                zvkned::vaeskf2(prev, k, mapped2)
            );
            assert_eq!(zvksed::vsm4k(k, u), zvksed::vsm4k(k, u & 7));
        }
        assert!(zvkned::vaeskf1(k, 32).is_err());
        assert!(zvksh::vsm3c([0; 8], [0; 8], 32).is_err());
    }
}

// ---- executor: masks, tails, prestart, reserved configurations --------------

#[test]
fn executor_masked_tail_prestart_elements() {
    let mut rng = Rng::new(0xe7);
    let ops = [
        VOp::VandnVv,
        VOp::VandnVx,
        VOp::VrorVi,
        VOp::VrolVv,
        VOp::Vbrev8V,
        VOp::Vrev8V,
        VOp::VbrevV,
        VOp::VclzV,
        VOp::VctzV,
        VOp::VcpopV,
        VOp::VclmulVv,
        VOp::VclmulhVx,
        VOp::VwsllVv,
        VOp::VwsllVi,
    ];
    for vlen in [128usize, 256, 1024] {
        for _ in 0..300 {
            let op = ops[(rng.next_u64() % ops.len() as u64) as usize];
            let sew = [Sew::E8, Sew::E16, Sew::E32, Sew::E64][(rng.next_u64() % 4) as usize];
            if !op.allows(sew) {
                continue;
            }
            let lmul = Lmul::from_log2((rng.next_u64() % 7) as i32 - 3).unwrap();
            let l = lmul.log2();
            if (l < 0 && (sew.bits() << -l) > 64) || (op.is_widening() && l == 3) {
                continue;
            }
            let regs = lmul.registers() as u8;
            let dregs = if op.is_widening() {
                Lmul::from_log2(l + 1).unwrap().registers() as u8
            } else {
                regs
            };
            let vlmax = lmul.group_bits(vlen) / sew.bits() as usize;
            let vl = (rng.next_u64() as usize) % (vlmax + 1);
            let vstart = (rng.next_u64() as usize) % (vlmax + 1);
            let vm = rng.next_u64() % 2 == 0;
            let mut file: Vec<u8> = (0..32 * vlen / 8).map(|_| rng.next_u64() as u8).collect();
            let (vd, vs2, vs1) = (8, 16, 24);
            let _ = (regs, dregs);
            let insn = VInsn {
                op,
                vd,
                vs1,
                vs2,
                rs1: rng.next_u64(),
                imm: (rng.next_u64() % (u64::from(op.imm_max()) + 1)) as u8,
            };
            let cfg = VConfig {
                sew,
                lmul,
                vl,
                vstart,
                vta: rng.next_u64() % 2 == 0,
                vma: rng.next_u64() % 2 == 0,
                vm,
            };
            let before = file.clone();
            v::execute(&mut file, vlen, insn, cfg).unwrap();
            let w = sew.bytes();
            let dw = if op.is_widening() { 2 * w } else { w };
            let vlenb = vlen / 8;
            let elem = |f: &[u8], at: usize, n: usize| {
                let mut b = [0u8; 8];
                b[..n].copy_from_slice(&f[at..at + n]);
                u64::from_le_bytes(b)
            };
            let mut expect = before.clone();
            for i in vstart..vl {
                if !vm && (before[i / 8] >> (i % 8)) & 1 == 0 {
                    continue;
                }
                let a = elem(&before, usize::from(vs2) * vlenb + i * w, w);
                let b = elem(&before, usize::from(vs1) * vlenb + i * w, w);
                let x = insn.rs1 & sew.mask();
                let imm = u64::from(insn.imm);
                let r = match op {
                    VOp::VandnVv => zvbb::vandn(sew, a, b),
                    VOp::VandnVx => zvbb::vandn(sew, a, x),
                    VOp::VrorVi => zvbb::vror(sew, a, imm),
                    VOp::VrolVv => zvbb::vrol(sew, a, b),
                    VOp::Vbrev8V => zvbb::vbrev8(sew, a),
                    VOp::Vrev8V => zvbb::vrev8(sew, a),
                    VOp::VbrevV => zvbb::vbrev(sew, a),
                    VOp::VclzV => zvbb::vclz(sew, a),
                    VOp::VctzV => zvbb::vctz(sew, a),
                    VOp::VcpopV => zvbb::vcpop(sew, a),
                    VOp::VclmulVv => crypto_insn::riscv::zvbc::vclmul(a, b),
                    VOp::VclmulhVx => crypto_insn::riscv::zvbc::vclmulh(a, x),
                    VOp::VwsllVv => zvbb::vwsll(sew, a, b),
                    _ => zvbb::vwsll(sew, a, imm),
                };
                let at = usize::from(vd) * vlenb + i * dw;
                expect[at..at + dw].copy_from_slice(&r.to_le_bytes()[..dw]);
            }
            assert_eq!(
                file, expect,
                "{op} sew {sew:?} lmul {lmul:?} vl {vl} vstart {vstart} vm {vm}"
            );
        }
    }
}

#[test]
fn zvbb_elements_match_bitwise_definitions() {
    let mut rng = Rng::new(0xbb);
    for _ in 0..5000 {
        let x = rng.next_u64();
        let amt = rng.next_u64();
        for sew in [Sew::E8, Sew::E16, Sew::E32, Sew::E64] {
            let n = sew.bits();
            let e = x & sew.mask();
            let bit = |v: u64, i: u32| (v >> i) & 1;
            let brev: u64 = (0..n).map(|i| bit(e, i) << (n - 1 - i)).sum();
            assert_eq!(zvbb::vbrev(sew, x), brev);
            let rev8: u64 = (0..n / 8)
                .map(|i| ((e >> (8 * i)) & 0xff) << (n - 8 - 8 * i))
                .sum();
            assert_eq!(zvbb::vrev8(sew, x), rev8);
            let brev8: u64 = (0..n).map(|i| bit(e, i) << (8 * (i / 8) + 7 - i % 8)).sum();
            assert_eq!(zvbb::vbrev8(sew, x), brev8);
            let clz = (0..n).rev().take_while(|&i| bit(e, i) == 0).count() as u64;
            let ctz = (0..n).take_while(|&i| bit(e, i) == 0).count() as u64;
            assert_eq!(zvbb::vclz(sew, x), clz);
            assert_eq!(zvbb::vctz(sew, x), ctz);
            let s = (amt % u64::from(n)) as u32;
            let rol: u64 = (0..n).map(|i| bit(e, i) << ((i + s) % n)).sum();
            assert_eq!(zvbb::vrol(sew, x, amt), rol);
            let ror: u64 = (0..n).map(|i| bit(e, i) << ((i + n - s) % n)).sum();
            assert_eq!(zvbb::vror(sew, x, amt), ror);
            if n < 64 {
                let s = (amt % u64::from(2 * n)) as u32;
                let wide: u64 = (0..n)
                    .filter(|&i| i + s < 2 * n)
                    .map(|i| bit(e, i) << (i + s))
                    .sum();
                assert_eq!(zvbb::vwsll(sew, x, amt), wide);
            }
        }
    }
}

#[test]
fn executor_group_ops_prestart_and_tail() {
    // vaesem.vv at LMUL 4 with vstart 4, vl 12 on VLEN 128: groups 1 and 2
    // written, group 0 (prestart) and group 3 (tail) untouched.
    let mut rng = Rng::new(0x9a);
    for vlen in [128usize, 256, 512] {
        let mut file: Vec<u8> = (0..32 * vlen / 8).map(|_| rng.next_u64() as u8).collect();
        let before = file.clone();
        let vlenb = vlen / 8;
        let vlmax = 4 * vlen / 32;
        let cfg = VConfig {
            vl: vlmax - 4,
            vstart: 4,
            ..VConfig::vlmax(Sew::E32, Lmul::M4, vlen)
        };
        v::execute(&mut file, vlen, VInsn::new(VOp::VaesemVv, 4, 8, 0), cfg).unwrap();
        let g = |f: &[u8], reg: usize, i: usize| {
            u128::from_le_bytes(
                f[reg * vlenb + 16 * i..reg * vlenb + 16 * i + 16]
                    .try_into()
                    .unwrap(),
            )
        };
        let groups = vlmax / 4;
        for i in 0..groups {
            let want = if i == 0 || i == groups - 1 {
                g(&before, 4, i)
            } else {
                crypto_insn::x86::aesenc(g(&before, 4, i), g(&before, 8, i))
            };
            assert_eq!(g(&file, 4, i), want, "vlen {vlen} group {i}");
        }
        assert_eq!(file[..4 * vlenb], before[..4 * vlenb]);
        assert_eq!(file[8 * vlenb..], before[8 * vlenb..]);
    }
}

#[test]
fn executor_rejects_reserved_configurations() {
    let vlen = 128;
    let ok = VConfig::vlmax(Sew::E32, Lmul::M1, vlen);
    let cases: &[(VInsn, VConfig, Illegal)] = &[
        (
            VInsn::new(VOp::VaesemVv, 1, 2, 0),
            VConfig { vl: 3, ..ok },
            Illegal::VlNotGroupMultiple,
        ),
        (
            VInsn::new(VOp::VaesemVv, 1, 2, 0),
            VConfig { vstart: 2, ..ok },
            Illegal::VstartNotGroupMultiple,
        ),
        (
            VInsn::new(VOp::VaesemVv, 1, 2, 0),
            VConfig {
                sew: Sew::E64,
                vl: 2,
                ..ok
            },
            Illegal::Sew,
        ),
        (
            VInsn::new(VOp::VaesemVv, 1, 2, 0),
            VConfig {
                lmul: Lmul::Mf2,
                vl: 0,
                ..ok
            },
            Illegal::GroupWidth,
        ),
        (
            VInsn::new(VOp::VaesemVv, 1, 2, 0),
            VConfig { vm: false, ..ok },
            Illegal::Unmaskable,
        ),
        (
            VInsn::new(VOp::VaesemVv, 1, 2, 0),
            VConfig { vl: 8, ..ok },
            Illegal::VlTooLarge,
        ),
        (
            VInsn::new(VOp::VaesemVv, 2, 4, 0),
            VConfig {
                lmul: Lmul::M4,
                vl: 16,
                ..ok
            },
            Illegal::Alignment,
        ),
        (
            VInsn::new(VOp::VaesemVs, 4, 5, 0),
            VConfig {
                lmul: Lmul::M4,
                vl: 16,
                ..ok
            },
            Illegal::Overlap,
        ),
        (VInsn::new(VOp::Vsha2msVv, 1, 1, 2), ok, Illegal::Overlap),
        (VInsn::new(VOp::Vsha2chVv, 1, 2, 1), ok, Illegal::Overlap),
        (
            VInsn::new(VOp::Vsha2clVv, 2, 4, 6),
            VConfig {
                sew: Sew::E64,
                vl: 0,
                ..ok
            },
            Illegal::GroupWidth,
        ),
        (
            VInsn::new(VOp::Vsm3meVv, 2, 2, 4),
            VConfig {
                lmul: Lmul::M2,
                vl: 8,
                ..ok
            },
            Illegal::Overlap,
        ),
        (
            VInsn::new(VOp::Vsm3cVi, 2, 4, 0),
            VConfig { vl: 0, ..ok },
            Illegal::GroupWidth,
        ),
        (
            VInsn::new(VOp::Vsm3cVi, 2, 4, 0),
            VConfig {
                lmul: Lmul::M2,
                vl: 4,
                ..ok
            },
            Illegal::VlNotGroupMultiple,
        ),
        (VInsn::new(VOp::VclmulVv, 1, 2, 3), ok, Illegal::Sew),
        (
            VInsn::new(VOp::VwsllVv, 1, 2, 3),
            VConfig {
                sew: Sew::E64,
                vl: 2,
                ..ok
            },
            Illegal::Sew,
        ),
        (
            VInsn::new(VOp::VwsllVv, 0, 8, 16),
            VConfig {
                lmul: Lmul::M8,
                vl: 32,
                ..ok
            },
            Illegal::Lmul,
        ),
        (
            VInsn::new(VOp::VwsllVv, 2, 2, 5),
            VConfig {
                lmul: Lmul::M1,
                vl: 4,
                ..ok
            },
            Illegal::Overlap,
        ),
        (
            VInsn::new(VOp::VandnVv, 0, 2, 3),
            VConfig { vm: false, ..ok },
            Illegal::Overlap,
        ),
        (
            VInsn::new(VOp::VandnVv, 1, 2, 3),
            VConfig {
                sew: Sew::E64,
                lmul: Lmul::Mf2,
                vl: 0,
                ..ok
            },
            Illegal::Lmul,
        ),
        (VInsn::new(VOp::VandnVv, 32, 2, 3), ok, Illegal::Register),
        // Widening: vd is a group of EMUL = 2 x LMUL registers (RVV 1.0 5.2),
        // aligned to it: v1 at LMUL = 1, v2 at LMUL = 2 are not.
        (
            VInsn::new(VOp::VwsllVv, 1, 4, 6),
            VConfig { vl: 4, ..ok },
            Illegal::Alignment,
        ),
        (
            VInsn::new(VOp::VwsllVv, 2, 8, 10),
            VConfig {
                lmul: Lmul::M2,
                vl: 8,
                ..ok
            },
            Illegal::Alignment,
        ),
        (
            VInsn {
                imm: 64,
                ..VInsn::new(VOp::VrorVi, 1, 2, 0)
            },
            ok,
            Illegal::Immediate { value: 64, max: 63 },
        ),
    ];
    let mut rng = Rng::new(3);
    for (insn, cfg, want) in cases {
        let mut file: Vec<u8> = (0..32 * vlen / 8).map(|_| rng.next_u64() as u8).collect();
        let before = file.clone();
        assert_eq!(
            v::execute(&mut file, vlen, *insn, *cfg),
            Err(*want),
            "{insn:?} {cfg:?}"
        );
        assert_eq!(file, before, "unchanged on error");
    }
    // The legal neighbours: a widening source as the upper half of vd.
    let mut file = vec![0u8; 32 * 16];
    let cfg = VConfig { vl: 4, ..ok };
    assert_eq!(
        v::execute(&mut file, vlen, VInsn::new(VOp::VwsllVv, 2, 3, 3), cfg),
        Ok(())
    );
    assert_eq!(
        v::execute(
            &mut file[..100],
            vlen,
            VInsn::new(VOp::VandnVv, 1, 2, 3),
            ok
        ),
        Err(Illegal::RegisterFile)
    );
}

/// The register file is 32 registers of VLEN bits, VLEN a power of two from
/// 128 (the vector crypto extensions' minimum, Zvl128b) to 65536 (RVV 1.0's
/// maximum); register numbers are 0-31 in each of vd, vs2 and vs1.
#[test]
fn executor_checks_the_register_file_and_register_numbers() {
    let run = |vlen: usize, bytes: usize, insn: VInsn| {
        let mut file = vec![0u8; bytes];
        let cfg = VConfig::vlmax(Sew::E32, Lmul::M1, vlen.max(128));
        v::execute(&mut file, vlen, insn, cfg)
    };
    let insn = VInsn::new(VOp::VandnVv, 1, 2, 3);
    for vlen in [192, 64, 131_072] {
        assert_eq!(
            run(vlen, 32 * vlen / 8, insn),
            Err(Illegal::RegisterFile),
            "VLEN {vlen}"
        );
    }
    for vlen in [128, 65_536] {
        let cfg = VConfig::vlmax(Sew::E32, Lmul::M1, vlen);
        let mut file = vec![0u8; 32 * vlen / 8];
        assert_eq!(
            v::execute(&mut file, vlen, insn, cfg),
            Ok(()),
            "VLEN {vlen}"
        );
    }
    for (vd, vs2, vs1) in [(32, 2, 3), (1, 32, 3), (1, 2, 32)] {
        let insn = VInsn::new(VOp::VandnVv, vd, vs2, vs1);
        assert_eq!(run(128, 512, insn), Err(Illegal::Register), "{insn:?}");
    }
    assert_eq!(run(128, 512, VInsn::new(VOp::VandnVv, 31, 31, 31)), Ok(()));
}

/// An op prints as its assembler mnemonic (the vector crypto specification's
/// spelling, with the operand-form suffix).
#[test]
fn ops_display_as_their_mnemonics() {
    assert_eq!(VOp::VaesemVv.to_string(), "vaesem.vv");
    assert_eq!(VOp::Vsm3cVi.to_string(), "vsm3c.vi");
    assert_eq!(VOp::VghshVv.to_string(), "vghsh.vv");
    for op in VOp::ALL {
        assert_eq!(op.to_string(), op.mnemonic());
        assert!(
            op.mnemonic().starts_with('v') && op.mnemonic().contains('.'),
            "{op:?}"
        );
    }
}

/// RVV 1.0 section 3.4.2: VLMAX = LMUL x VLEN / SEW, fractional LMUL included
/// (1/8, 1/4, 1/2 of one register), and a fractional group is one register,
/// so any register number is aligned.
#[test]
fn fractional_lmul_vlmax_and_alignment() {
    let vlen = 128;
    for (lmul, sew, vlmax) in [
        (Lmul::Mf8, Sew::E8, 2),
        (Lmul::Mf4, Sew::E8, 4),
        (Lmul::Mf4, Sew::E16, 2),
        (Lmul::Mf2, Sew::E8, 8),
        (Lmul::Mf2, Sew::E32, 2),
        (Lmul::M1, Sew::E8, 16),
    ] {
        assert_eq!(
            VConfig::vlmax(sew, lmul, vlen).vl,
            vlmax,
            "{lmul:?} {sew:?}"
        );
        let mut file = vec![0u8; 32 * vlen / 8];
        for vl in [vlmax, vlmax + 1] {
            let cfg = VConfig {
                vl,
                ..VConfig::vlmax(sew, lmul, vlen)
            };
            let want = if vl > vlmax {
                Err(Illegal::VlTooLarge)
            } else {
                Ok(())
            };
            // Odd vd, vs2 and vs1: legal only for groups of one register.
            let insn = VInsn::new(VOp::VandnVv, 1, 3, 5);
            assert_eq!(
                v::execute(&mut file, vlen, insn, cfg),
                want,
                "{lmul:?} {sew:?} vl {vl}"
            );
        }
    }
}

/// The vector crypto specification reserves only these vd overlaps (its
/// per-instruction text, tabulated in LLVM's assembler checks, llvm-project
/// PR 86745): vs2 for the `.vs` AES/SM4 forms, vsm3me.vv and vsm3c.vi; vs1 and
/// vs2 for vsha2ms.vv and vsha2c[hl].vv. Every other overlap is legal and reads
/// the sources before vd is written: the result equals the same instruction
/// on distinct registers holding the same values.
#[test]
fn executor_allows_the_overlaps_the_specification_does_not_reserve() {
    let vlen = 128;
    // (op, vd, vs2, vs1) with an overlap, the same op on distinct registers.
    let cases = [
        (VOp::VaesemVv, (1, 1, 0), (1, 2, 0)),
        (VOp::Vsm4rVv, (1, 1, 0), (1, 2, 0)),
        (VOp::VghshVv, (1, 2, 1), (1, 2, 3)),
        (VOp::VghshVv, (1, 1, 3), (1, 2, 3)),
        (VOp::Vsm3meVv, (2, 4, 2), (2, 4, 6)),
        (VOp::VclmulVv, (1, 1, 1), (1, 2, 3)),
    ];
    let mut rng = Rng::new(9);
    for (op, (d, s2, s1), (d2, t2, t1)) in cases {
        // vclmul.vv is SEW=64 only; vsm3me.vv's 8-word groups need LMUL=2 here.
        let (sew, lmul) = match op {
            VOp::VclmulVv => (Sew::E64, Lmul::M1),
            VOp::Vsm3meVv => (Sew::E32, Lmul::M2),
            _ => (Sew::E32, Lmul::M1),
        };
        let vl = VConfig::vlmax(sew, lmul, vlen).vl;
        let mut vm = Vm::new(vlen);
        vm.r.iter_mut().for_each(|b| *b = rng.next_u64() as u8);
        // The distinct registers get the values the overlapping ones hold.
        let mut apart = Vm::new(vlen);
        apart.r.clone_from(&vm.r);
        let n = vm.vlenb() * lmul.registers();
        for (from, to) in [(d, d2), (s2, t2), (s1, t1)] {
            apart.load(to, &vm.store(from, n));
        }
        // `run` panics unless the instruction is legal.
        vm.run(op, d as u8, s2 as u8, s1 as u8, 0, sew, lmul, vl);
        apart.run(op, d2 as u8, t2 as u8, t1 as u8, 0, sew, lmul, vl);
        assert_eq!(
            vm.store(d, n),
            apart.store(d2, n),
            "{op} v{d}, v{s2}, v{s1}"
        );
    }
}

// ---- speed (report only) -------------------------------------------------------

#[test]
#[ignore = "speed report: cargo test --release --test riscv_vector -- --ignored --nocapture"]
fn speed_vaesem_vs_aesenc() {
    use std::time::Instant;
    let n = 2_000_000u32;
    let mut file = vec![1u8; 32 * 16];
    let cfg = VConfig::vlmax(Sew::E32, Lmul::M1, 128);
    let insn = VInsn::new(VOp::VaesemVv, 1, 2, 0);
    let t = Instant::now();
    for _ in 0..n {
        v::execute(std::hint::black_box(&mut file), 128, insn, cfg).unwrap();
    }
    let exec = t.elapsed().as_nanos() as f64 / f64::from(n);
    let mut s = 1u128;
    let t = Instant::now();
    for _ in 0..n {
        s = zvkned::vaesem(std::hint::black_box(s), 7);
    }
    let helper = t.elapsed().as_nanos() as f64 / f64::from(n);
    let t = Instant::now();
    for _ in 0..n {
        s = crypto_insn::x86::aesenc(std::hint::black_box(s), 7);
    }
    let x86 = t.elapsed().as_nanos() as f64 / f64::from(n);
    println!(
        "vaesem.vv executor {exec:.1} ns, zvkned::vaesem {helper:.1} ns, x86::aesenc {x86:.1} ns ({s:x})"
    );
}

// ---- QEMU vectors --------------------------------------------------------------

fn hex(s: &str) -> Vec<u8> {
    assert!(s.len() % 2 == 0, "odd hex {s}");
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

/// Replays vectors/riscv-vector.txt (QEMU 10, tools/gen-riscv-vector-vectors.sh)
/// through the executor: every result, and every `-> illegal` as an error.
#[test]
fn qemu_vector_file_replays_through_the_executor() {
    let path = crypto_insn_testutil::workspace_root().join("vectors/riscv-vector.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let mut lines = 0;
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (lhs, rhs) = line.split_once(" -> ").unwrap();
        let mut t = lhs.split_whitespace();
        let op = VOp::from_mnemonic(t.next().unwrap()).unwrap();
        let mut imm = 0u8;
        let (mut sew, mut vl, mut vstart) = (32u32, 0usize, 0usize);
        let mut regs: Vec<Vec<u8>> = Vec::new();
        for tok in t {
            if let Some(v) = tok.strip_prefix("sew=") {
                sew = v.parse().unwrap();
            } else if let Some(v) = tok.strip_prefix("vl=") {
                vl = v.parse().unwrap();
            } else if let Some(v) = tok.strip_prefix("vstart=") {
                vstart = v.parse().unwrap();
            } else if regs.is_empty() && tok.len() < 4 {
                imm = tok.parse().unwrap();
            } else {
                regs.push(hex(tok));
            }
        }
        let vd_len = regs[0].len();
        let lmul_regs = if op.is_widening() {
            vd_len / 32
        } else {
            vd_len / 16
        };
        let lmul = Lmul::from_log2(lmul_regs.trailing_zeros() as i32).unwrap();
        let mut vm = Vm::new(128);
        vm.load(8, &regs[0]);
        vm.load(16, &regs[1]);
        let mut rs1 = 0;
        if let Some(third) = regs.get(2) {
            if op.reads_rs1() {
                rs1 = u64::from_le_bytes(third[..8].try_into().unwrap());
            } else {
                vm.load(24, third);
            }
        }
        let insn = VInsn {
            op,
            vd: 8,
            vs2: 16,
            vs1: 24,
            rs1,
            imm,
        };
        let cfg = VConfig {
            sew: Sew::from_bits(sew).unwrap(),
            lmul,
            vl,
            vstart,
            vta: false,
            vma: false,
            vm: true,
        };
        let got = v::execute(&mut vm.r, 128, insn, cfg);
        if rhs.trim() == "illegal" {
            assert!(
                got.is_err(),
                "line {}: {line}: QEMU SIGILL, executor {got:?}",
                n + 1
            );
        } else {
            assert_eq!(got, Ok(()), "line {}: {line}", n + 1);
            assert_eq!(
                vm.store(8, vd_len),
                hex(rhs.trim()),
                "line {}: {line}",
                n + 1
            );
        }
        seen.insert(op);
        lines += 1;
    }
    assert!(lines > 1000);
    assert_eq!(seen.len(), VOp::ALL.len(), "every op has QEMU lines");
}

/// The same file through the vector-line format (what `crypto-insn check
/// --arch rv64` runs): the registry's V rows, on every backend, every row
/// with its QEMU lines and no line malformed, mismatched or unsupported.
#[test]
fn qemu_vector_file_replays_through_the_registry_rows() {
    replay_rows("vectors/riscv-vector.txt", crypto_insn::vector::Arch::Rv64);
}

/// The RV32 file (qemu-riscv32, the same generator built -march=rv32gcv)
/// through the `--arch rv32` rows: `rs1` is 8 digits, sign-extended at SEW 64.
#[test]
fn qemu_rv32_vector_file_replays_through_the_registry_rows() {
    replay_rows(
        "vectors/riscv-rv32-vector.txt",
        crypto_insn::vector::Arch::Rv32,
    );
}

fn replay_rows(file: &str, arch: crypto_insn::vector::Arch) {
    use crypto_insn::registry::{INSTRUCTIONS, Shape};
    let path = crypto_insn_testutil::workspace_root().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    for b in crypto_insn::backend::available() {
        let r = crypto_insn::conformance::replay::replay(&text, arch, b);
        assert!(r.malformed.is_empty(), "{b}: {:?}", r.malformed.first());
        assert!(r.mismatches.is_empty(), "{b}: {:?}", r.mismatches.first());
        let mut rows = 0;
        for i in INSTRUCTIONS
            .iter()
            .filter(|i| i.shape == Shape::V && i.arch == arch)
        {
            let c = r.per_mnemonic.get(i.mnemonic).copied().unwrap_or_default();
            assert!(
                c.passed >= 13 && c.failed == 0,
                "{} on {b}: {c:?}",
                i.mnemonic
            );
            rows += 1;
        }
        assert_eq!(rows, VOp::ALL.len());
    }
}

/// `--arch rv32` vector lines: the same rows as rv64; a `.vx` form's `rs1` is
/// 8 digits (`sw` order), its low SEW bits at SEW <= 32 and sign-extended at
/// SEW 64 (V 1.0: "If XLEN<SEW, the value from the x register is
/// sign-extended to SEW bits"); 16 digits are a width error.
#[test]
fn rv32_vector_lines_take_a_sign_extended_xlen_rs1() {
    use crypto_insn::vector::{Arch, Parsed, parse_line};
    let d = "ffffffffffffffffffffffffffffffff";
    let x = "00112233445566778899aabbccddeeff";
    let run = |line: &str, arch| {
        let Ok(Parsed::Insn(l)) = parse_line(line, arch) else {
            panic!("{line}")
        };
        l.execute(crypto_insn::backend::Soft)
    };
    // rs1 = 0x80000000: at SEW 64, 0xffffffff80000000 (NOT: 0x7fffffff).
    let rv32 = run(&format!("vandn.vx sew=64 {d} {x} 00000080"), Arch::Rv32);
    let rv64 = run(
        &format!("vandn.vx sew=64 {d} {x} 00000080ffffffff"),
        Arch::Rv64,
    );
    assert_eq!(rv32, rv64);
    assert_ne!(
        rv32,
        run(
            &format!("vandn.vx sew=64 {d} {x} 0000008000000000"),
            Arch::Rv64
        )
    );
    // rs1 = 0x7fffffff: positive, zero upper half either way.
    assert_eq!(
        run(&format!("vclmul.vx {d} {x} ffffff7f"), Arch::Rv32),
        run(&format!("vclmul.vx {d} {x} ffffff7f00000000"), Arch::Rv64)
    );
    // At SEW 32 the low 32 bits, as on RV64.
    assert_eq!(
        run(&format!("vror.vx {d} {x} 05000080"), Arch::Rv32),
        run(&format!("vror.vx {d} {x} 05000080ffffffff"), Arch::Rv64)
    );
    // Group ops are the same rows on both XLENs.
    assert_eq!(
        run(&format!("vaesem.vv {x} {d}"), Arch::Rv32),
        run(&format!("vaesem.vv {x} {d}"), Arch::Rv64)
    );
    assert!(parse_line(&format!("vandn.vx {d} {x} 00000080ffffffff"), Arch::Rv32).is_err());
    assert!(parse_line(&format!("vandn.vx {d} {x} 00000080"), Arch::Rv64).is_err());
}

/// Vector lines: options, defaults, widths and errors at their columns.
#[test]
fn vector_lines_parse_with_options_and_columns() {
    use crypto_insn::vector::{Arch, ParseErrorKind, Parsed, parse_line};
    let x = "000102030405060708090a0b0c0d0e0f";
    // Defaults: SEW 32, vl = VLMAX, vstart 0 (vandn.vv of x with itself is 0).
    let line = format!("vandn.vv {x} {x} {x} -> 00000000000000000000000000000000");
    let Ok(Parsed::Insn(l)) = parse_line(&line, Arch::Rv64) else {
        panic!("{line}")
    };
    assert_eq!(l.execute(crypto_insn::backend::Soft), l.expected.unwrap().0);
    assert_eq!(
        format!("{}", l.canonical()),
        format!("vandn.vv {x} {x} {x}")
    );
    // vl=0: nothing written, vd unchanged.
    let line = format!("vandn.vv vl=0 sew=8 {x} {x} {x} -> {x}");
    let Ok(Parsed::Insn(l)) = parse_line(&line, Arch::Rv64) else {
        panic!("{line}")
    };
    assert_eq!(l.execute(crypto_insn::backend::Soft), l.expected.unwrap().0);
    assert_eq!(
        format!("{}", l.canonical()),
        format!("vandn.vv sew=8 vl=0 {x} {x} {x}")
    );
    // A SEW the op does not allow is a result, not a parse error.
    let line = format!("vaesem.vv sew=64 {x} {x} -> illegal");
    let Ok(Parsed::Insn(l)) = parse_line(&line, Arch::Rv64) else {
        panic!("{line}")
    };
    assert!(l.execute(crypto_insn::backend::Soft).is_illegal());
    // Errors carry the column of the offending text.
    let t = format!("vaesem.vv sw=8 {x} {x}");
    let e = parse_line(&t, Arch::Rv64).unwrap_err();
    assert_eq!(
        (e.column, e.kind),
        (11, ParseErrorKind::UnknownOption { key: "sw" })
    );
    let t = format!("vaesem.vv vl=x {x} {x}");
    let e = parse_line(&t, Arch::Rv64).unwrap_err();
    assert_eq!(
        (e.column, e.kind),
        (14, ParseErrorKind::BadOptionValue { text: "x" })
    );
    let t = format!("vaesem.vv vl=1 vl=2 {x} {x}");
    let e = parse_line(&t, Arch::Rv64).unwrap_err();
    assert_eq!(
        (e.column, e.kind),
        (16, ParseErrorKind::DuplicateOption { key: "vl" })
    );
    // vs2 of a .vv form as wide as vd; of a .vs form one group.
    let t = format!("vaesem.vv {x}{x} {x}");
    let e = parse_line(&t, Arch::Rv64).unwrap_err();
    assert_eq!(e.column, 11 + 65);
    assert!(matches!(
        e.kind,
        ParseErrorKind::OperandWidth {
            found_bits: 128,
            ..
        }
    ));
    assert!(matches!(
        parse_line(&format!("vaesem.vs {x}{x} {x}"), Arch::Rv64),
        Ok(Parsed::Insn(_))
    ));
    // .vi immediates: 5 bits (vror.vi 6).
    assert!(parse_line(&format!("vsm4k.vi 32 {x} {x}"), Arch::Rv64).is_err());
    assert!(parse_line(&format!("vror.vi 63 {x} {x}"), Arch::Rv64).is_ok());
    // rs1 of a .vx form is an RV64 register; a bad group width is an error.
    assert!(parse_line(&format!("vandn.vx {x} {x} 0001020304050607"), Arch::Rv64).is_ok());
    assert!(parse_line(&format!("vandn.vv {x}00 {x} {x}"), Arch::Rv64).is_err());
    // vwsll's vd is 2 x LMUL.
    assert!(parse_line(&format!("vwsll.vi 1 {x} {x}"), Arch::Rv64).is_err());
    assert!(parse_line(&format!("vwsll.vi 1 {x}{x} {x}"), Arch::Rv64).is_ok());
}
