//! The test cases of "The Galois/Counter Mode of Operation (GCM)", McGrew and
//! Viega (revised 2005), Appendix B, as hex text: the AES-128 Test Cases 1-4
//! and the AES-256 Test Cases 13 and 14. The tests that run GCM through a
//! guest's instructions (x86, Arm, POWER, the interpreter examples) read them
//! here, so the transcription exists once (tests/algorithms.rs also checks it
//! against the `aes-gcm` crate).

/// One test case: key, IV, plaintext, AAD, ciphertext, tag (hex; empty text
/// is an empty string).
pub type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const K3: &str = "feffe9928665731c6d6a8f9467308308";
const IV3: &str = "cafebabefacedbaddecaf888";
const P3: &str = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
const C3: &str = "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985";

/// Test Cases 1, 2, 3, 4, 13, 14, in that order.
#[must_use]
pub fn spec_cases() -> Vec<Case> {
    vec![
        // Test Case 1 and 2: zero key, zero IV.
        (
            "00000000000000000000000000000000",
            "000000000000000000000000",
            "",
            "",
            "",
            "58e2fccefa7e3061367f1d57a4e7455a",
        ),
        (
            "00000000000000000000000000000000",
            "000000000000000000000000",
            "00000000000000000000000000000000",
            "",
            "0388dace60b6a392f328c2b971b2fe78",
            "ab6e47d42cec13bdf53a67b21257bddf",
        ),
        // Test Case 3 and 4.
        (K3, IV3, P3, "", C3, "4d5c2af327cd64a62cf35abd2ba6fab4"),
        (
            K3,
            IV3,
            &P3[..120],
            "feedfacedeadbeeffeedfacedeadbeefabaddad2",
            &C3[..120],
            "5bc94fbc3221a5db94fae95ae7121a47",
        ),
        // Test Case 13 and 14: 256-bit zero key.
        (
            "0000000000000000000000000000000000000000000000000000000000000000",
            "000000000000000000000000",
            "",
            "",
            "",
            "530f8afbc74536b9a963b4f1c4cb738b",
        ),
        (
            "0000000000000000000000000000000000000000000000000000000000000000",
            "000000000000000000000000",
            "00000000000000000000000000000000",
            "",
            "cea7403d4d606b6e074ec5d3baf39d18",
            "d0d1c8a799996bf0265b98b5d48ab919",
        ),
    ]
}

/// The AES-128 ones, Test Cases 1-4.
#[must_use]
pub fn aes128_cases() -> Vec<Case> {
    spec_cases()
        .into_iter()
        .filter(|c| c.0.len() == 32)
        .collect()
}
