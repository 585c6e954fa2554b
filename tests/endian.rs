//! The register convention on any host byte order: memory bytes in, memory
//! bytes out, with x86 little-endian register semantics, give the same results
//! on little- and big-endian hosts (the s390x lane runs this on a big-endian
//! CPU under qemu-s390x).

use crypto_insn::{arm, reg, x86};

/// Bytes of the Intel AES white paper's AESENC example, in memory order
/// (`shared/vectors/intel-aesni-whitepaper.txt`, 'oracle:' line).
const STATE: [u8; 16] = [
    0x5d, 0x47, 0x53, 0x5d, 0x72, 0x6f, 0x74, 0x63, 0x65, 0x56, 0x74, 0x73, 0x65, 0x54, 0x5b, 0x7b,
];
const KEY: [u8; 16] = [
    0x5d, 0x6e, 0x6f, 0x72, 0x65, 0x75, 0x47, 0x5b, 0x29, 0x79, 0x61, 0x68, 0x53, 0x28, 0x69, 0x48,
];
const AESENC: [u8; 16] = [
    0x95, 0xe5, 0xd7, 0xde, 0x58, 0x4b, 0x10, 0x8b, 0xc5, 0xa3, 0xdb, 0x9f, 0x2f, 0x1c, 0x31, 0xa8,
];

#[test]
fn memory_bytes_in_memory_bytes_out() {
    eprintln!(
        "target endian: {}",
        if cfg!(target_endian = "big") {
            "big"
        } else {
            "little"
        }
    );
    // Byte 0 is bits 7:0 whatever the host's own byte order.
    let one = reg::from_bytes([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(one, 1);
    assert_eq!(reg::to_bytes(1u128 << 120)[15], 1);
    assert_eq!(
        reg::to_halves(reg::from_bytes(STATE)),
        [0x6374_6f72_5d53_475d, 0x7b5b_5465_7374_5665]
    );
    assert_eq!(reg::to_dwords(reg::from_bytes(STATE))[0], 0x5d53_475d);

    // An emulator that keeps guest registers as 16 little-endian memory bytes.
    let r = x86::aesenc(reg::from_bytes(STATE), reg::from_bytes(KEY));
    assert_eq!(reg::to_bytes(r), AESENC);
    assert_eq!(
        reg::MemHex(r).to_string(),
        "95e5d7de584b108bc5a3db9f2f1c31a8"
    );
    assert_eq!(
        reg::IntHex(r).to_string(),
        "0xa8311c2f9fdba3c58b104b58ded7e595"
    );
    // The same round from the Arm instructions, by the identity
    // AESENC(s, k) = AESMC(AESE(s, 0)) ^ k.
    let a = arm::aesmc(arm::aese(reg::from_bytes(STATE), 0)) ^ reg::from_bytes(KEY);
    assert_eq!(reg::to_bytes(a), AESENC);
    // A wide register: lane 0 first in memory.
    let mut wide = [0u8; 32];
    wide[..16].copy_from_slice(&STATE);
    wide[16..].copy_from_slice(&STATE);
    let lanes = [0, 1].map(|i| {
        let mut b = [0u8; 16];
        b.copy_from_slice(&wide[16 * i..16 * i + 16]);
        reg::from_bytes(b)
    });
    let out = x86::vaesenc(lanes, [reg::from_bytes(KEY); 2]);
    assert_eq!(out.map(reg::to_bytes), [AESENC, AESENC]);
}
