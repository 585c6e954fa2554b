//! The project's generated vectors (`vectors/x86-*.txt` from this x86-64 CPU,
//! `vectors/arm-*.txt` from qemu-aarch64 -cpu max, `arm-v82.txt` from QEMU 10
//! and 7.2, `vectors/ppc-crypto.txt` from qemu-ppc64le -cpu power8/9/10,
//! `arm-sve2.txt` from qemu-aarch64 10 and 7.2 at five vector lengths,
//! `arm32.txt` from qemu-arm 10 and 7.2), replayed on every backend.

use crypto_insn::backend;
use crypto_insn::conformance::replay::replay;
use crypto_insn::vector::Arch;

const X86: &str = include_str!("../vectors/x86-aes.txt");
const ARM: &str = include_str!("../vectors/arm-aes.txt");
const X86_EXT: &str = include_str!("../vectors/x86-ext.txt");
const ARM_EXT: &str = include_str!("../vectors/arm-ext.txt");
const PPC: &str = include_str!("../vectors/ppc-crypto.txt");
const X86_GFNI: &str = include_str!("../vectors/x86-gfni.txt");
const X86_SHA512_SM3_SM4: &str = include_str!("../vectors/x86-sha512-sm3-sm4.txt");
const ARM_V82: &str = include_str!("../vectors/arm-v82.txt");
const ARM_SVE2: &str = include_str!("../vectors/arm-sve2.txt");
const ARM32: &str = include_str!("../vectors/arm32.txt");

fn check(text: &str, arch: Arch, expected: &[(&str, usize)]) {
    for b in backend::available() {
        let r = replay(text, arch, b);
        assert!(r.malformed.is_empty(), "{arch}: {:?}", r.malformed.first());
        assert!(
            r.mismatches.is_empty(),
            "{arch} on {b}: {:?}",
            r.mismatches.first()
        );
        for (m, n) in expected {
            let c = r.per_mnemonic.get(*m).copied().unwrap_or_default();
            assert_eq!(
                (c.passed, c.failed, c.unsupported),
                (*n, 0, 0),
                "{arch} {m} on {b}"
            );
        }
        let total: usize = expected.iter().map(|(_, n)| n).sum();
        assert_eq!(r.totals().passed, total);
    }
}

#[test]
fn x86_vectors_replay() {
    check(
        X86,
        Arch::X86,
        &[
            ("aesenc", 86),
            ("aesenclast", 86),
            ("aesdec", 86),
            ("aesdeclast", 86),
            ("aesimc", 67),
            ("aeskeygenassist", 370),
        ],
    );
}

#[test]
fn arm_vectors_replay() {
    check(
        ARM,
        Arch::Arm,
        &[("aese", 86), ("aesd", 86), ("aesmc", 67), ("aesimc", 67)],
    );
}

#[test]
fn x86_extension_vectors_replay() {
    check(
        X86_EXT,
        Arch::X86,
        &[
            ("pclmulqdq", 408),
            ("sha1rnds4", 256),
            ("sha1nexte", 70),
            ("sha1msg1", 70),
            ("sha1msg2", 70),
            ("sha256rnds2", 78),
            ("sha256msg1", 70),
            ("sha256msg2", 70),
            ("vaesenc", 40),
            ("vaesenclast", 40),
            ("vaesdec", 40),
            ("vaesdeclast", 40),
            ("vpclmulqdq", 36),
        ],
    );
}

#[test]
fn arm_extension_vectors_replay() {
    check(
        ARM_EXT,
        Arch::Arm,
        &[
            ("pmull", 70),
            ("pmull2", 70),
            ("sha1c", 70),
            ("sha1p", 70),
            ("sha1m", 70),
            ("sha1h", 43),
            ("sha1su0", 70),
            ("sha1su1", 70),
            ("sha256h", 70),
            ("sha256h2", 70),
            ("sha256su0", 70),
            ("sha256su1", 70),
        ],
    );
}

#[test]
fn ppc64_vectors_replay() {
    check(
        PPC,
        Arch::Ppc64,
        &[
            ("vcipher", 51),
            ("vcipherlast", 51),
            ("vncipher", 51),
            ("vncipherlast", 51),
            ("vsbox", 40),
            ("vpmsumb", 68),
            ("vpmsumh", 68),
            ("vpmsumw", 68),
            ("vpmsumd", 68),
            ("vshasigmaw", 180),
            ("vshasigmad", 180),
            ("vpermxor", 60),
        ],
    );
}

#[test]
fn x86_gfni_vectors_replay() {
    check(
        X86_GFNI,
        Arch::X86,
        &[
            ("gf2p8affineqb", 864),
            ("gf2p8affineinvqb", 864),
            ("gf2p8mulb", 118),
        ],
    );
}

/// From the independent ISE model (`tools/ise-model.py`), no hardware.
#[test]
fn x86_sha512_sm3_sm4_vectors_replay() {
    check(
        X86_SHA512_SM3_SM4,
        Arch::X86,
        &[
            ("sha512rnds2", 64),
            ("sha512msg1", 64),
            ("sha512msg2", 64),
            ("sm3msg1", 64),
            ("sm3msg2", 64),
            ("sm3rnds2", 256),
            ("sm4key4", 128),
            ("sm4rnds4", 128),
        ],
    );
}

#[test]
fn arm_v82_vectors_replay() {
    check(
        ARM_V82,
        Arch::Arm,
        &[
            ("sha512h", 62),
            ("sha512h2", 62),
            ("sha512su0", 62),
            ("sha512su1", 62),
            ("eor3", 62),
            ("rax1", 62),
            ("xar", 318),
            ("bcax", 62),
            ("sm3ss1", 62),
            ("sm3tt1a", 78),
            ("sm3tt1b", 78),
            ("sm3tt2a", 78),
            ("sm3tt2b", 78),
            ("sm3partw1", 62),
            ("sm3partw2", 62),
            ("sm4e", 62),
            ("sm4ekey", 62),
        ],
    );
}

#[test]
fn arm_sve2_vectors_replay() {
    // 12 cases at VL 128, 256, 512; 6 at 1024 and 2048.
    let n = 3 * 12 + 2 * 6;
    check(
        ARM_SVE2,
        Arch::Arm,
        &[
            ("sve_aese", n),
            ("sve_aesd", n),
            ("sve_aesmc", n),
            ("sve_aesimc", n),
            ("sve_pmullb", n),
            ("sve_pmullt", n),
            ("sve_rax1", n),
            ("sve_sm4e", n),
            ("sve_sm4ekey", n),
        ],
    );
}

#[test]
fn arm32_vectors_replay() {
    let names = [
        "aese",
        "aesd",
        "aesmc",
        "aesimc",
        "sha1c",
        "sha1p",
        "sha1m",
        "sha1h",
        "sha1su0",
        "sha1su1",
        "sha256h",
        "sha256h2",
        "sha256su0",
        "sha256su1",
        "vmull_p64",
    ];
    let expected: Vec<(&str, usize)> = names.iter().map(|n| (*n, 40)).collect();
    check(ARM32, Arch::Arm32, &expected);
}
