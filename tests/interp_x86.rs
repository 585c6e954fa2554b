//! The x86-64 interpreter of `examples/x86_interp.rs` on real machine code,
//! committed as `.hex` files with their compiler and command (nothing is
//! compiled at test time; `examples/build-x86-routine.sh` regenerates them):
//!
//! - `examples/x86-routine.hex` (gcc -O2 -maes, `examples/x86-routine.c`)
//!   runs AES-128 key expansion (AESKEYGENASSIST) and one block's encryption
//!   (AESENC/AESENCLAST) through crypto-insn, compared with FIPS-197 Appendix
//!   B and C.1 (`shared/vectors/fips197/aes128.txt`);
//! - `examples/x86-ghash.hex` (`examples/x86-ghash.c`, PCLMULQDQ) with the
//!   interpreted AES-128 makes AES-GCM, compared with the ciphertexts and tags
//!   of the GCM specification's Test Cases 1-4, and GHASH on random inputs
//!   against the `ghash` crate;
//! - `examples/x86-sha256.hex` (`examples/x86-sha256.c`, SHA256RNDS2/MSG1/
//!   MSG2) compared with FIPS 180-4's one- and two-block SHA-256 examples and
//!   with the `sha2` crate's `compress256` on random states and blocks;
//! - the SIMD data movement those routines use, on hand-assembled single
//!   instructions (including the edge cases gcc's code does not reach), against
//!   this CPU's own instructions through `core::arch` when it has them.

#[allow(dead_code)]
#[path = "../examples/x86_interp.rs"]
mod interp;

use crypto_insn::reg;
use crypto_insn_testutil::{Rng, cases, read_shared};

/// The committed routines: file name, text, the start of its command line.
const ROUTINES: [(&str, &str, &str); 3] = [
    (
        "x86-routine.hex",
        include_str!("../examples/x86-routine.hex"),
        "# Command: gcc -O2 -maes ",
    ),
    (
        "x86-ghash.hex",
        include_str!("../examples/x86-ghash.hex"),
        "# Command: gcc -O2 -mpclmul -mssse3 ",
    ),
    (
        "x86-sha256.hex",
        include_str!("../examples/x86-sha256.hex"),
        "# Command: gcc -O2 -msha -mssse3 -msse4.1 ",
    ),
];

fn code() -> Vec<u8> {
    interp::parse_hex_file(include_str!("../examples/x86-routine.hex")).expect("hex parses")
}

fn ghash_code() -> Vec<u8> {
    interp::parse_hex_file(include_str!("../examples/x86-ghash.hex")).expect("hex parses")
}

fn sha256_code() -> Vec<u8> {
    interp::parse_hex_file(include_str!("../examples/x86-sha256.hex")).expect("hex parses")
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn value(text: &str, table: &str, round: &str, label: &str) -> [u8; 16] {
    let hex = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .find(|f| f.len() == 4 && f[0] == table && f[1] == round && f[2] == label)
        .map(|f| f[3].to_string())
        .unwrap_or_else(|| panic!("{table} {round} {label} missing"));
    reg::parse_mem_hex(&hex).unwrap().to_le_bytes()
}

#[test]
fn routine_header_names_compiler_and_command() {
    use sha2::Digest as _;
    for (name, text, command) in ROUTINES {
        assert!(
            text.lines().any(|l| l.starts_with("# Compiler: gcc")),
            "{name}"
        );
        assert!(text.lines().any(|l| l.starts_with(command)), "{name}");
        assert!(
            text.lines()
                .any(|l| l.starts_with("# Entry: ") && l.ends_with(" at offset 0")),
            "{name}"
        );
        let (n, sha) = text
            .lines()
            .find_map(|l| l.strip_prefix("# Bytes: "))
            .and_then(|l| l.split_once(", sha256 "))
            .unwrap_or_else(|| panic!("{name}: no Bytes line"));
        let code = interp::parse_hex_file(text).unwrap();
        assert_eq!(code.len(), n.parse::<usize>().unwrap(), "{name}");
        let digest: String = sha2::Sha256::digest(&code)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(digest, sha, "{name}: sha256");
    }
}

#[test]
fn gcc_aes128_routine_matches_fips197() {
    let Some(text) = read_shared("fips197/aes128.txt") else {
        return;
    };
    let code = code();
    for (table, key_label) in [("B", "key"), ("C.1", "key")] {
        let (key, input, output) = if table == "B" {
            (
                value(&text, "B", "-", key_label),
                value(&text, "B", "-", "input"),
                value(&text, "B", "10", "output"),
            )
        } else {
            (
                value(&text, "C.1", "-", "key"),
                value(&text, "C.1", "-", "plaintext"),
                value(&text, "C.1.cipher", "10", "output"),
            )
        };
        let (got, steps) = interp::call_aes128_encrypt(&code, key, input)
            .unwrap_or_else(|f| panic!("{table}: fault {f:?}"));
        assert_eq!(got, output, "FIPS-197 {table}");
        assert!(steps > 100, "{steps} instructions");
    }
}

#[test]
fn faults_are_reported_not_guessed() {
    // A misaligned MOVAPS store: the stack misaligned by 8 (no CALL pushed).
    let code = code();
    let mut m = interp::Machine::new(0x9000);
    m.gpr[interp::RSP] = 0x8000;
    m.gpr[7] = 0x1000;
    m.gpr[6] = 0x1010;
    m.gpr[2] = 0x1020;
    assert!(matches!(
        m.run(&code, 0x40_0000, 0xdead, 10_000),
        Err(interp::Fault::Alignment(_))
    ));
    // An instruction outside the subset (CPUID), and undecodable bytes.
    let mut m = interp::Machine::new(0x100);
    assert!(matches!(
        m.run(&[0x0f, 0xa2], 0, 0xdead, 10),
        Err(interp::Fault::Unsupported(0, _))
    ));
    // Outside the modelled subset: a shift by CL, MOVD (32-bit), and a MOV
    // to a 32-bit register (which zero-extends).
    for insn in [
        &[0x48, 0xd3, 0xe0][..],
        &[0x66, 0x0f, 0x6e, 0xc8],
        &[0xb8, 1, 0, 0, 0],
    ] {
        let mut m = interp::Machine::new(0x100);
        assert!(
            matches!(
                m.run(insn, 0, 0xdead, 10),
                Err(interp::Fault::Unsupported(0, _))
            ),
            "{insn:02x?}"
        );
    }
    let mut m = interp::Machine::new(0x100);
    assert!(matches!(
        m.run(&[0x0f, 0xff], 0, 0xdead, 10),
        Err(interp::Fault::Decode(0))
    ));
    assert!(interp::parse_hex_file("# only a header\n").is_err());
    assert!(interp::parse_hex_file("zz").is_err());
}

/// AES-128-GCM encryption (96-bit IV) from the interpreted routines: AES from
/// `aes128_encrypt`, GHASH over A, C and the lengths block from `ghash`
/// (NIST SP 800-38D, Algorithm 4). Returns the ciphertext and the tag.
fn gcm_via_interpreter(key: &[u8], iv: &[u8], aad: &[u8], pt: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let aes = code();
    let ghash = ghash_code();
    let key: [u8; 16] = key.try_into().unwrap();
    let enc = |b: [u8; 16]| interp::call_aes128_encrypt(&aes, key, b).unwrap().0;
    let h = enc([0; 16]);
    let mut j0 = [0u8; 16];
    j0[..12].copy_from_slice(iv);
    j0[15] = 1;
    let mut ct = Vec::new();
    for (i, chunk) in pt.chunks(16).enumerate() {
        let mut ctr = j0;
        ctr[12..].copy_from_slice(&(2 + i as u32).to_be_bytes());
        ct.extend(chunk.iter().zip(enc(ctr)).map(|(p, k)| p ^ k));
    }
    let padded = |d: &[u8]| {
        let mut v = d.to_vec();
        v.resize(d.len().div_ceil(16) * 16, 0);
        v
    };
    let mut data = padded(aad);
    data.extend(padded(&ct));
    data.extend((aad.len() as u64 * 8).to_be_bytes());
    data.extend((ct.len() as u64 * 8).to_be_bytes());
    let (s, steps) = interp::call_ghash(&ghash, h, &data, [0; 16]).unwrap();
    assert!(
        steps > 20 * (data.len() as u64 / 16),
        "{steps} instructions"
    );
    let tag = s.iter().zip(enc(j0)).map(|(a, b)| a ^ b).collect();
    (ct, tag)
}

#[test]
fn gcc_ghash_routine_makes_the_gcm_spec_test_cases() {
    use aes_gcm::aead::{AeadInPlace, KeyInit};
    // "The Galois/Counter Mode of Operation (GCM)", McGrew and Viega (revised
    // 2005), Appendix B, Test Cases 1-4 (AES-128; crypto_insn_testutil::gcm,
    // the same values as tests/algorithms.rs): key, IV, plaintext, AAD,
    // ciphertext, tag.
    let cases = crypto_insn_testutil::gcm::aes128_cases();
    for (n, (key, iv, pt, aad, ct, tag)) in cases.into_iter().enumerate() {
        let (key, iv, pt, aad) = (hex(key), hex(iv), hex(pt), hex(aad));
        let got = gcm_via_interpreter(&key, &iv, &aad, &pt);
        assert_eq!(got, (hex(ct), hex(tag)), "GCM Test Case {}", n + 1);
        // The transcription, checked against the aes-gcm crate.
        let mut buf = pt.clone();
        let t = aes_gcm::Aes128Gcm::new_from_slice(&key)
            .unwrap()
            .encrypt_in_place_detached(aes_gcm::Nonce::from_slice(&iv), &aad, &mut buf)
            .unwrap();
        assert_eq!(
            (buf, t.to_vec()),
            (hex(ct), hex(tag)),
            "aes-gcm, Test Case {}",
            n + 1
        );
    }
}

#[test]
fn gcc_ghash_routine_matches_the_ghash_crate() {
    use ghash::universal_hash::{KeyInit, UniversalHash};
    let code = ghash_code();
    let mut rng = Rng::new(0x6a5e_0001);
    for _ in 0..cases(200) {
        let h = rng.next_reg().to_le_bytes();
        let n = (rng.next_u64() % 9) as usize;
        let data: Vec<u8> = (0..n).flat_map(|_| rng.next_reg().to_le_bytes()).collect();
        let mut want = ghash::GHash::new(&h.into());
        want.update_padded(&data);
        let want: [u8; 16] = want.finalize().into();
        let (got, _) = interp::call_ghash(&code, h, &data, [0; 16]).unwrap();
        assert_eq!(got, want, "H {h:02x?}, {n} blocks");
        // y is the chaining value: hashing in two calls is hashing once.
        let cut = 16 * (rng.next_u64() as usize % (n + 1));
        let (y, _) = interp::call_ghash(&code, h, &data[..cut], [0; 16]).unwrap();
        let (y, _) = interp::call_ghash(&code, h, &data[cut..], y).unwrap();
        assert_eq!(y, want, "split at {cut}");
    }
}

/// FIPS 180-4 SHA-256 of `msg` through the interpreted `sha256_compress`
/// (padding as in 5.1.1, initial value 5.3.3, constants 4.2.2).
fn sha256_via_interpreter(msg: &[u8]) -> Vec<u8> {
    let code = sha256_code();
    let k = interp::sha256_round_constants();
    let mut m = msg.to_vec();
    m.push(0x80);
    while m.len() % 64 != 56 {
        m.push(0);
    }
    m.extend((msg.len() as u64 * 8).to_be_bytes());
    let mut state = interp::sha256_initial_state();
    for block in m.chunks(64) {
        let (s, steps) =
            interp::call_sha256_compress(&code, state, block.try_into().unwrap(), &k).unwrap();
        assert!(steps > 16 * 4, "{steps} instructions");
        state = s;
    }
    state.iter().flat_map(|w| w.to_be_bytes()).collect()
}

#[test]
fn sha256_constants_are_fips180_4s() {
    // FIPS 180-4, 4.2.2 (K0..K3, K63) and 5.3.3 (H(0)), as printed there.
    let k = interp::sha256_round_constants();
    assert_eq!(k[..4], [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5]);
    assert_eq!(k[63], 0xc67178f2);
    assert_eq!(
        interp::sha256_initial_state(),
        [
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
            0x5be0cd19
        ]
    );
}

#[test]
fn gcc_sha256_routine_matches_fips180_4() {
    // FIPS 180-4's SHA-256 examples (NIST "SHA256.pdf", the one-block and the
    // two-block message): message, digest.
    for (msg, digest) in [
        (
            &b"abc"[..],
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ),
        (
            &b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"[..],
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        ),
    ] {
        assert_eq!(sha256_via_interpreter(msg), hex(digest), "{msg:?}");
    }
}

#[test]
fn gcc_sha256_routine_matches_sha2_compress256() {
    let code = sha256_code();
    let k = interp::sha256_round_constants();
    let mut rng = Rng::new(0x5a25_6001);
    for _ in 0..cases(200) {
        let state: [u32; 8] = core::array::from_fn(|_| rng.next_u64() as u32);
        let block: [u8; 64] = core::array::from_fn(|_| rng.next_u64() as u8);
        let mut want = state;
        sha2::compress256(&mut want, &[block.into()]);
        let (got, _) = interp::call_sha256_compress(&code, state, &block, &k).unwrap();
        assert_eq!(got, want, "state {state:08x?}");
    }
}

/// Runs one instruction (its bytes, then RET) with XMM1 = `a`, XMM2 = `b`,
/// RAX = `rax`; returns XMM1 and RAX afterwards (for the test against this
/// CPU's own instructions, so x86-64 only).
#[cfg(target_arch = "x86_64")]
fn run_one(insn: &[u8], a: u128, b: u128, rax: u64) -> (u128, u64) {
    let mut code = insn.to_vec();
    code.push(0xc3);
    let mut m = interp::Machine::new(0x9000);
    m.xmm[1] = a;
    m.xmm[2] = b;
    m.gpr[0] = rax;
    interp::call(&mut m, &code, &[]).unwrap_or_else(|f| panic!("{insn:02x?}: {f:?}"));
    assert_eq!(m.steps, 2);
    (m.xmm[1], m.gpr[0])
}

/// This CPU's own SSE2/SSSE3/SSE4.1 instructions, as the reference for the
/// interpreter's data movement.
#[cfg(target_arch = "x86_64")]
mod native {
    use core::arch::x86_64::*;

    /// `op xmm1, xmm2` natively: XMM1 afterwards.
    pub type Op = unsafe fn(u128, u128) -> u128;

    /// An [`Op`] from an intrinsic expression over `a` (XMM1) and `b` (XMM2).
    macro_rules! op {
        ($name:ident $(<const $c:ident: i32>)?, |$a:ident, $b:ident| $body:expr) => {
            #[target_feature(enable = "sse4.1")]
            #[allow(unused_unsafe)]
            pub unsafe fn $name$(<const $c: i32>)?(x: u128, y: u128) -> u128 {
                // SAFETY: callers check SSE4.1 (which implies SSSE3 and SSE2)
                // first; u128 and __m128i are both 16 plain bytes, and on
                // x86 (little-endian) bit i of the u128 is register bit i.
                unsafe {
                    let ($a, $b) = (
                        core::mem::transmute::<u128, __m128i>(x),
                        core::mem::transmute::<u128, __m128i>(y),
                    );
                    core::mem::transmute::<__m128i, u128>($body)
                }
            }
        };
    }
    op!(pshufb, |a, b| _mm_shuffle_epi8(a, b));
    op!(palignr<const I: i32>, |a, b| _mm_alignr_epi8::<I>(a, b));
    op!(pblendw<const I: i32>, |a, b| _mm_blend_epi16::<I>(a, b));
    op!(pshufd<const I: i32>, |_a, b| _mm_shuffle_epi32::<I>(b));
    op!(psllq_i<const I: i32>, |a, _b| _mm_slli_epi64::<I>(a));
    op!(psrlq_i<const I: i32>, |a, _b| _mm_srli_epi64::<I>(a));
    op!(pslld_i<const I: i32>, |a, _b| _mm_slli_epi32::<I>(a));
    op!(psrld_i<const I: i32>, |a, _b| _mm_srli_epi32::<I>(a));
    op!(pslldq_i<const I: i32>, |a, _b| _mm_slli_si128::<I>(a));
    op!(psrldq_i<const I: i32>, |a, _b| _mm_srli_si128::<I>(a));
    op!(psllq, |a, b| _mm_sll_epi64(a, b));
    op!(psrlq, |a, b| _mm_srl_epi64(a, b));
    op!(pslld, |a, b| _mm_sll_epi32(a, b));
    op!(psrld, |a, b| _mm_srl_epi32(a, b));
    op!(paddd, |a, b| _mm_add_epi32(a, b));
    op!(psubd, |a, b| _mm_sub_epi32(a, b));
    op!(paddq, |a, b| _mm_add_epi64(a, b));
    op!(punpcklqdq, |a, b| _mm_unpacklo_epi64(a, b));
    op!(punpckhqdq, |a, b| _mm_unpackhi_epi64(a, b));
    op!(por, |a, b| _mm_or_si128(a, b));
    op!(pand, |a, b| _mm_and_si128(a, b));
    op!(pandn, |a, b| _mm_andnot_si128(a, b));
    op!(movq_xmm, |_a, b| _mm_move_epi64(b));
    // PINSRQ xmm1, rax, 1 with RAX in `y`'s low qword; PEXTRQ rax, xmm1, 1.
    op!(pinsrq1, |a, b| _mm_insert_epi64::<1>(
        a,
        _mm_cvtsi128_si64(b)
    ));
    op!(pextrq1, |a, _b| _mm_cvtsi64_si128(_mm_extract_epi64::<1>(
        a
    )));
    // MOVQ xmm1, rax (RAX in `y`'s low qword); MOVQ rax, xmm1 (in the low qword).
    op!(movq_from_rax, |_a, b| _mm_cvtsi64_si128(_mm_cvtsi128_si64(
        b
    )));
    op!(movq_to_rax, |a, _b| _mm_cvtsi64_si128(_mm_cvtsi128_si64(a)));
}

#[cfg(target_arch = "x86_64")]
#[test]
fn simd_data_movement_matches_this_cpu() {
    use native::*;
    if !std::arch::is_x86_feature_detected!("sse4.1") {
        crypto_insn_testutil::skip("interp_x86: this CPU has no SSE4.1");
        return;
    }
    // (encoding with XMM1 = reg, XMM2 = r/m, the native op). The immediates
    // include those gcc's routines do not use: PALIGNR past 16 and 32 bytes,
    // shifts by the lane width and beyond.
    let mut ops: Vec<(Vec<u8>, Op)> = vec![
        (vec![0x66, 0x0f, 0x38, 0x00, 0xca], pshufb),
        (vec![0x66, 0x0f, 0xf3, 0xca], psllq),
        (vec![0x66, 0x0f, 0xd3, 0xca], psrlq),
        (vec![0x66, 0x0f, 0xf2, 0xca], pslld),
        (vec![0x66, 0x0f, 0xd2, 0xca], psrld),
        (vec![0x66, 0x0f, 0xfe, 0xca], paddd),
        (vec![0x66, 0x0f, 0xfa, 0xca], psubd),
        (vec![0x66, 0x0f, 0xd4, 0xca], paddq),
        (vec![0x66, 0x0f, 0x6c, 0xca], punpcklqdq),
        (vec![0x66, 0x0f, 0x6d, 0xca], punpckhqdq),
        (vec![0x66, 0x0f, 0xeb, 0xca], por),
        (vec![0x66, 0x0f, 0xdb, 0xca], pand),
        (vec![0x66, 0x0f, 0xdf, 0xca], pandn),
        (vec![0xf3, 0x0f, 0x7e, 0xca], movq_xmm),
    ];
    macro_rules! with_imms {
        ($enc:expr, $f:ident, [$($i:literal),*]) => {
            $( ops.push(({ let mut e = $enc.to_vec(); e.push($i); e }, $f::<$i>)); )*
        };
    }
    with_imms!(
        [0x66, 0x0f, 0x3a, 0x0f, 0xca],
        palignr,
        [0, 1, 4, 8, 15, 16, 17, 24, 31, 32, 200, 255]
    );
    with_imms!(
        [0x66, 0x0f, 0x3a, 0x0e, 0xca],
        pblendw,
        [0x00, 0x01, 0x5a, 0xf0, 0x81, 0xff]
    );
    with_imms!(
        [0x66, 0x0f, 0x70, 0xca],
        pshufd,
        [0x00, 0x0e, 0x1b, 0xb1, 0xff]
    );
    with_imms!(
        [0x66, 0x0f, 0x73, 0xf1],
        psllq_i,
        [0, 1, 7, 57, 63, 64, 200]
    );
    with_imms!(
        [0x66, 0x0f, 0x73, 0xd1],
        psrlq_i,
        [0, 1, 7, 62, 63, 64, 255]
    );
    with_imms!([0x66, 0x0f, 0x72, 0xf1], pslld_i, [0, 1, 31, 32, 128]);
    with_imms!([0x66, 0x0f, 0x72, 0xd1], psrld_i, [0, 1, 31, 32, 255]);
    with_imms!([0x66, 0x0f, 0x73, 0xf9], pslldq_i, [0, 4, 8, 15, 16, 255]);
    with_imms!([0x66, 0x0f, 0x73, 0xd9], psrldq_i, [0, 4, 8, 15, 16, 255]);
    let mut rng = Rng::new(0x51d0_0001);
    for (enc, op) in &ops {
        for _ in 0..cases(500) {
            let a = rng.next_reg();
            // Shift counts: mostly below 80, sometimes any value.
            let b = match rng.next_u64() % 3 {
                0 => u128::from(rng.next_u64() % 80) | (rng.next_u128() << 64),
                _ => rng.next_reg(),
            };
            let (got, _) = run_one(enc, a, b, 0);
            // SAFETY: SSE4.1 was detected above.
            let want = unsafe { op(a, b) };
            assert_eq!(got, want, "{enc:02x?} on {a:032x}, {b:032x}");
        }
    }
    // The GPR forms: PINSRQ xmm1, rax, 1; PEXTRQ rax, xmm1, 1; MOVQ both ways.
    for _ in 0..cases(500) {
        let (a, r) = (rng.next_reg(), rng.next_u64());
        let pinsrq = [0x66, 0x48, 0x0f, 0x3a, 0x22, 0xc8, 0x01];
        // SAFETY: SSE4.1 was detected above.
        let want = unsafe { pinsrq1(a, u128::from(r)) };
        assert_eq!(run_one(&pinsrq, a, 0, r).0, want, "pinsrq");
        let pextrq = [0x66, 0x48, 0x0f, 0x3a, 0x16, 0xc8, 0x01];
        // SAFETY: as above.
        let want = unsafe { pextrq1(a, 0) } as u64;
        assert_eq!(run_one(&pextrq, a, 0, r).1, want, "pextrq");
        // SAFETY: as above.
        let (from, to) = unsafe { (movq_from_rax(0, u128::from(r)), movq_to_rax(a, 0)) };
        let movq_xmm1_rax = [0x66, 0x48, 0x0f, 0x6e, 0xc8];
        assert_eq!(run_one(&movq_xmm1_rax, a, 0, r).0, from, "movq xmm1, rax");
        let movq_rax_xmm1 = [0x66, 0x48, 0x0f, 0x7e, 0xc8];
        assert_eq!(
            run_one(&movq_rax_xmm1, a, 0, r).1,
            to as u64,
            "movq rax, xmm1"
        );
    }
}
