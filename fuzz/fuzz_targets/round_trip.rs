//! decrypt(encrypt(x)) = x through each architecture's helpers (x86: AESKEYGENASSIST
//! schedule, AESENC/AESDEC; Arm: AESE/AESMC, AESD/AESIMC) and the block cipher,
//! on every backend, for every key size; and all compositions agree.
#![no_main]

use crypto_insn::backend;
use crypto_insn::compose::{Composed, Via};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: ([u8; 32], u8, u128)| {
    let (key, size, block) = input;
    let key = &key[..16 + 8 * usize::from(size % 3)];
    let mut reference = None;
    for b in backend::available() {
        for via in Via::ALL {
            let c = Composed::new(via, b, key).expect("valid key length");
            let ct = c.encrypt(block);
            assert_eq!(c.decrypt(ct), block, "via {via} on {b}");
            assert_eq!(
                *reference.get_or_insert(ct),
                ct,
                "via {via} on {b} disagrees"
            );
        }
    }
});
