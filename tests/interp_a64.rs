//! The AArch64 interpreter of `examples/a64_interp.rs` on real machine code:
//! `examples/a64-routines.hex` (aarch64-linux-gnu-gcc -O2
//! -march=armv8-a+crypto output of `examples/a64-routines.c`, committed with
//! its compiler and command; nothing is cross-compiled at test time), decoded
//! by `yaxpeax-arm` and run on this host with the crypto instructions through
//! crypto-insn:
//! - AES-128 (AESE/AESMC) against FIPS-197 Appendix B and C.1
//!   (`shared/vectors/fips197/aes128.txt`, round keys from the same tables);
//! - GHASH (PMULL/PMULL2) against Test Cases 2, 3 and 4 of "The Galois/Counter
//!   Mode of Operation (GCM)", McGrew and Viega (revised 2005), Appendix B,
//!   and against the `ghash` crate on random inputs;
//! - SHA-256 (SHA256H/H2/SU0/SU1) against FIPS 180-4's "abc" example and
//!   against `sha2::compress256` on random states and blocks.

#[allow(dead_code)]
#[path = "../examples/a64_interp.rs"]
mod interp;

use crypto_insn::reg;
use crypto_insn_testutil::{Rng, cases, read_shared};
use ghash::GHash;
use ghash::universal_hash::{KeyInit, UniversalHash};
use sha2::Digest;
use yaxpeax_arch::{Decoder, U8Reader};
use yaxpeax_arm::armv8::a64::{InstDecoder, Instruction, Opcode};

const HEX: &str = include_str!("../examples/a64-routines.hex");

fn routines() -> interp::Routines {
    interp::parse_hex_file(HEX).expect("hex parses")
}

fn mem(hex: &str) -> [u8; 16] {
    reg::parse_mem_hex(hex).unwrap().to_le_bytes()
}

fn value(text: &str, table: &str, round: &str, label: &str) -> [u8; 16] {
    let hex = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .find(|f| f.len() == 4 && f[0] == table && f[1] == round && f[2] == label)
        .map(|f| f[3].to_string())
        .unwrap_or_else(|| panic!("{table} {round} {label} missing"));
    mem(&hex)
}

#[test]
fn routines_header_names_entries_compiler_and_command() {
    let header = |p: &str| HEX.lines().find_map(|l| l.strip_prefix(p)).unwrap();
    assert!(header("# Compiler: ").starts_with("aarch64-linux-gnu-gcc"));
    assert!(header("# Command: ").starts_with("aarch64-linux-gnu-gcc -O2 -march=armv8-a+crypto"));
    let r = routines();
    let (n, sha) = header("# Bytes: ").split_once(", sha256 ").unwrap();
    assert_eq!(r.code.len(), n.parse::<usize>().unwrap());
    let digest: String = sha2::Sha256::digest(&r.code)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(digest, sha);
    for name in ["aes128_encrypt", "ghash", "sha256_compress"] {
        let e = r.entry(name).unwrap_or_else(|| panic!("no entry {name}"));
        assert!(
            e % 4 == 0 && (e as usize) < r.code.len(),
            "{name} at {e:#x}"
        );
    }
}

#[test]
fn yaxpeax_arm_decodes_every_word_and_the_crypto_instructions() {
    let r = routines();
    let d = InstDecoder::default();
    let mut seen = Vec::new();
    for (k, w) in r.code.chunks(4).enumerate() {
        let mut i = Instruction::default();
        d.decode_into(&mut i, &mut U8Reader::new(w))
            .unwrap_or_else(|e| panic!("word {k} ({w:02x?}): {e:?}"));
        seen.push((i.opcode, i.to_string()));
    }
    for op in [
        Opcode::AESE,
        Opcode::AESMC,
        Opcode::PMULL,
        Opcode::PMULL2,
        Opcode::SHA256H,
        Opcode::SHA256H2,
        Opcode::SHA256SU0,
        Opcode::SHA256SU1,
    ] {
        assert!(seen.iter().any(|(o, _)| *o == op), "{op:?} not in the code");
    }
    // The text matches objdump's for these.
    for text in [
        "aese v0.16b, v1.16b",
        "aesmc v0.16b, v0.16b",
        "pmull2 v16.1q, v0.2d, v18.2d",
        "sha256h q3, q2, v0.4s",
        "sha256su1 v1.4s, v4.4s, v7.4s",
    ] {
        assert!(seen.iter().any(|(_, t)| t == text), "{text}");
    }
}

#[test]
fn gcc_aes128_routine_matches_fips197() {
    let Some(text) = read_shared("fips197/aes128.txt") else {
        return;
    };
    let r = routines();
    for (table, cipher, input) in [("B", "B", "input"), ("C.1", "C.1.cipher", "plaintext")] {
        let key = value(&text, table, "-", "key");
        let rk: [[u8; 16]; 11] =
            core::array::from_fn(|k| value(&text, cipher, &k.to_string(), "k_sch"));
        // FIPS-197's key schedule is the crate's too.
        let schedule = crypto_insn::aes::KeySchedule::new(&key).unwrap();
        let crate_rk: Vec<[u8; 16]> = schedule
            .round_keys()
            .iter()
            .map(|k| k.to_le_bytes())
            .collect();
        assert_eq!(crate_rk, rk, "FIPS-197 {table} round keys");
        let (got, steps) = interp::call_aes128_encrypt(&r, &rk, value(&text, table, "-", input))
            .unwrap_or_else(|f| panic!("{table}: fault {f:?}"));
        assert_eq!(
            got,
            value(&text, cipher, "10", "output"),
            "FIPS-197 {table}"
        );
        assert!(steps > 40, "{steps} instructions");
    }
}

/// The blocks GHASH reads for A and C: each zero-padded to 16 bytes, then
/// len(A) || len(C) in bits (NIST SP 800-38D 7.1 step 5).
fn ghash_blocks(a: &[u8], c: &[u8]) -> Vec<[u8; 16]> {
    let mut out = Vec::new();
    for part in [a, c] {
        for chunk in part.chunks(16) {
            let mut b = [0u8; 16];
            b[..chunk.len()].copy_from_slice(chunk);
            out.push(b);
        }
    }
    let mut len = [0u8; 16];
    len[..8].copy_from_slice(&(8 * a.len() as u64).to_be_bytes());
    len[8..].copy_from_slice(&(8 * c.len() as u64).to_be_bytes());
    out.push(len);
    out
}

fn bytes(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

#[test]
fn gcc_ghash_routine_matches_the_gcm_spec() {
    // "The Galois/Counter Mode of Operation (GCM)", McGrew and Viega (revised
    // 2005), Appendix B: H, A, C and GHASH(H, A, C) of Test Cases 2, 3 and 4.
    let h2 = "66e94bd4ef8a2c3b884cfa59ca342b2e";
    let h34 = "b83b533708bf535d0aa6e52980d53b78";
    let c3 = "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985";
    let cases = [
        (
            h2,
            "",
            "0388dace60b6a392f328c2b971b2fe78",
            "f38cbb1ad69223dcc3457ae5b6b0f885",
        ),
        (h34, "", c3, "7f1b32b81b820d02614f8895ac1d4eac"),
        (
            h34,
            "feedfacedeadbeeffeedfacedeadbeefabaddad2",
            &c3[..120],
            "698e57f70e6ecc7fd9463b7260a9ae5f",
        ),
    ];
    let r = routines();
    for (n, (h, a, c, want)) in cases.into_iter().enumerate() {
        let blocks = ghash_blocks(&bytes(a), &bytes(c));
        let (got, _) = interp::call_ghash(&r, mem(h), [0; 16], &blocks)
            .unwrap_or_else(|f| panic!("case {n}: fault {f:?}"));
        assert_eq!(got, mem(want), "GCM spec case {n}");
    }
    // Test Case 2's X1 (one block, no length block yet), and no blocks at all.
    let (x1, _) = interp::call_ghash(
        &r,
        mem(h2),
        [0; 16],
        &[mem("0388dace60b6a392f328c2b971b2fe78")],
    )
    .unwrap();
    assert_eq!(x1, mem("5e2ec746917062882c85b0685353deb7"));
    let y = mem("5e2ec746917062882c85b0685353deb7");
    assert_eq!(interp::call_ghash(&r, mem(h2), y, &[]).unwrap().0, y);
}

#[test]
fn gcc_ghash_routine_matches_the_ghash_crate_on_random_input() {
    let r = routines();
    let mut rng = Rng::new(0xa64_6ae5);
    for i in 0..cases(400) {
        let h = rng.next_reg().to_le_bytes();
        let y = rng.next_reg().to_le_bytes();
        let blocks: Vec<[u8; 16]> = (0..i % 7).map(|_| rng.next_reg().to_le_bytes()).collect();
        let (got, _) = interp::call_ghash(&r, h, y, &blocks).unwrap();
        // The crate starts from zero: (0 ^ (y ^ X1)) * H = (y ^ X1) * H.
        let mut g = GHash::new(&h.into());
        let mut first = true;
        for b in &blocks {
            let mut b = *b;
            if first {
                b.iter_mut().zip(y).for_each(|(b, y)| *b ^= y);
                first = false;
            }
            g.update(&[b.into()]);
        }
        let want: [u8; 16] = if blocks.is_empty() {
            y
        } else {
            g.finalize().into()
        };
        assert_eq!(got, want, "case {i}: H {h:02x?} y {y:02x?}");
    }
}

#[test]
fn gcc_sha256_routine_matches_fips180_4_abc() {
    // SHA-256("abc"), the FIPS 180-4 example NIST publishes with the standard
    // (one padded block from H(0), FIPS 180-4 5.1.1 and 5.3.3).
    let mut block = [0u8; 64];
    block[..4].copy_from_slice(b"abc\x80");
    block[63] = 24;
    let (state, steps) =
        interp::call_sha256_compress(&routines(), crypto_insn::sha::SHA256_H0, &block).unwrap();
    let digest: Vec<u8> = state.iter().flat_map(|w| w.to_be_bytes()).collect();
    assert_eq!(
        digest,
        bytes("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    );
    assert!(steps > 100, "{steps} instructions");
}

#[test]
fn gcc_sha256_routine_matches_sha2_compress256_on_random_blocks() {
    let r = routines();
    let mut rng = Rng::new(0x5ba_256);
    for i in 0..cases(400) {
        let state: [u32; 8] = core::array::from_fn(|_| rng.next_u64() as u32);
        let mut block = [0u8; 64];
        for c in block.chunks_mut(16) {
            c.copy_from_slice(&rng.next_reg().to_le_bytes());
        }
        let (got, _) = interp::call_sha256_compress(&r, state, &block).unwrap();
        let mut want = state;
        sha2::compress256(&mut want, &[block.into()]);
        assert_eq!(got, want, "case {i}");
    }
}

#[test]
fn instructions_of_the_subset_that_gcc_did_not_emit() {
    // Assembled by GNU as (aarch64-linux-gnu-as 2.40); each line's text is what
    // yaxpeax-arm prints for the word. Expected values from the Arm ARM's
    // definitions, computed here without the interpreter.
    let program: [(u32, &str); 14] = [
        (0x4cdf_a020, "ld1 {v0.16b, v1.16b}, [x1], #0x20"),
        (0x4e20_0802, "rev64 v2.16b, v0.16b"),
        (0x4e18_3c43, "mov x3, v2.d[1]"),
        (0x4e08_1c61, "mov v1.d[0], x3"),
        // DUP Vd.4S, Vn.S[3]; yaxpeax-arm 0.5.0 prints it as "mov" (objdump:
        // "dup v4.4s, v0.s[3]").
        (0x4e1c_0404, "mov v4.4s, v0.s[3]"),
        (0x4e08_0c65, "dup v5.2d, x3"),
        (0x6e0c_4406, "mov v6.s[1], v0.s[2]"),
        (0x4c00_7041, "st1 {v1.16b}, [x2]"),
        (0xd2c2_4684, "mov x4, #0x123400000000"),
        (0xf295_79a4, "movk x4, #0xabcd"),
        (0xeb04_0085, "subs x5, x4, x4"),
        (0x5400_0041, "b.ne $+0x8"),
        (0x4ee1_8407, "add v7.2d, v0.2d, v1.2d"),
        (0xd65f_03c0, "ret"),
    ];
    let d = InstDecoder::default();
    let mut code = Vec::new();
    for (word, text) in program {
        let mut i = Instruction::default();
        d.decode_into(&mut i, &mut U8Reader::new(&word.to_le_bytes()))
            .unwrap();
        assert_eq!(i.to_string(), text);
        code.extend_from_slice(&word.to_le_bytes());
    }
    let mut rng = Rng::new(0x5b5e7);
    for _ in 0..cases(50) {
        let (a, b) = (rng.next_u128(), rng.next_u128());
        let mut m = interp::Machine::new(0x1000);
        m.write(0x100, 16, a).unwrap();
        m.write(0x110, 16, b).unwrap();
        m.x[1] = 0x100;
        m.x[2] = 0x200;
        m.x[30] = 0xdead_0000;
        m.run(&code, 0, 0xdead_0000, 100).unwrap();
        let (a_lo, a_hi) = (a as u64, (a >> 64) as u64);
        let word = |v: u128, k: u32| u128::from((v >> (32 * k)) as u32);
        let x3 = a_hi.swap_bytes();
        let v1 = (b >> 64 << 64) | u128::from(x3);
        assert_eq!(m.x[1], 0x120, "LD1 post-index");
        assert_eq!(
            m.v[2],
            u128::from(a_lo.swap_bytes()) | (u128::from(a_hi.swap_bytes()) << 64)
        );
        assert_eq!(m.x[3], x3, "UMOV");
        assert_eq!(m.v[1], v1, "INS from a GPR keeps the other lane");
        assert_eq!(
            m.v[4],
            word(a, 3) * 0x0000_0001_0000_0001_0000_0001_0000_0001
        );
        assert_eq!(m.v[5], u128::from(x3) * ((1 << 64) + 1));
        assert_eq!(m.v[6], word(a, 2) << 32, "INS from an element");
        assert_eq!(m.read(0x200, 16).unwrap(), v1, "ST1");
        assert_eq!(m.x[4], 0x1234_0000_abcd, "MOVZ, MOVK");
        assert_eq!((m.x[5], m.nzcv), (0, 0b0110), "SUBS: Z and C (no borrow)");
        let lo = a_lo.wrapping_add(v1 as u64);
        let hi = a_hi.wrapping_add((v1 >> 64) as u64);
        assert_eq!(
            m.v[7],
            u128::from(lo) | (u128::from(hi) << 64),
            "B.NE not taken"
        );
        assert_eq!(m.steps, 14);
    }
}

#[test]
fn faults_are_reported_not_guessed() {
    use interp::{Fault, Machine};
    let run = |words: &[u32], limit: u64| {
        let code: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        let mut m = Machine::new(0x100);
        m.x[30] = 0xdead_0000;
        m.run(&code, 0, 0xdead_0000, limit).map(|()| m)
    };
    // An unallocated encoding, and running off the end of the code.
    assert_eq!(run(&[0xffff_ffff], 10).err(), Some(Fault::Decode(0)));
    assert_eq!(run(&[0xd503_201f], 10).err(), Some(Fault::Decode(4)));
    // Decoded, but outside the subset: SHA1C q0, s1, v2.4s; LDR q0 (literal);
    // PMULL v0.8h, v1.8b, v2.8b (the 8-bit polynomial form).
    for (word, text) in [
        (0x5e02_0020, "sha1c q0, s1, v2.4s"),
        (0x9c00_0000, "ldr q0, $+0x0"),
        (0x0e22_e020, "pmull v0.8h, v1.8b, v2.8b"),
    ] {
        assert_eq!(
            run(&[word], 10).err(),
            Some(Fault::Unsupported(0, text.into())),
            "{word:08x}"
        );
    }
    // B . never ends; RET to X30 = 2 is misaligned; a NOP then RET returns.
    assert_eq!(run(&[0x1400_0000], 50).err(), Some(Fault::StepLimit));
    let code: Vec<u8> = 0xd65f_03c0_u32.to_le_bytes().to_vec();
    let mut m = Machine::new(0x100);
    m.x[30] = 2;
    assert_eq!(m.run(&code, 0, 0xdead, 10), Err(Fault::Alignment(2)));
    let m = run(&[0xd503_201f, 0xd65f_03c0], 10).unwrap();
    assert_eq!(m.steps, 2);
    // The real routine with its input pointer outside memory.
    let r = routines();
    let mut m = Machine::new(0x9000);
    let e = interp::call(
        &mut m,
        &r,
        "aes128_encrypt",
        [0x1000, 0xffff_0000, 0x1100, 0],
    );
    assert_eq!(e, Err(Fault::Memory(0xffff_0000)));
    assert_eq!(
        interp::call(&mut m, &r, "aes256_encrypt", [0; 4]),
        Err(Fault::NoEntry("aes256_encrypt".into()))
    );
    assert!(interp::parse_hex_file("# only a header\n").is_err());
    assert!(interp::parse_hex_file("zz").is_err());
    assert!(interp::parse_hex_file("# Entry: f 12\n00").is_err());
}
