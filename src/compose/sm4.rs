//! The SM4 block cipher (GB/T 32907-2016) built only from the Arm SM4
//! instructions: the key expansion from SM4EKEY, encryption and decryption from
//! SM4E, as Arm guest code does it. Glue: loading big-endian words (`LD1` +
//! `REV32`), `EOR` with `FK`, the `CK` constants as registers, and the final
//! word reversal R (`REV64` + `EXT`).
//!
//! Registers hold four words, element 0 first: the block `{X0, X1, X2, X3}`,
//! round keys `{rk[4i], ..., rk[4i+3]}`. Eight SM4E calls are the 32 rounds and
//! leave `{X32, X33, X34, X35}`; the output is `(X35, X34, X33, X32)`.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::compose::sm4::Sm4Arm;
//! // GB/T 32907-2016 Appendix A.1: key = plaintext = 0123456789abcdeffedcba9876543210.
//! let key = [0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef,
//!            0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32, 0x10];
//! let sm4 = Sm4Arm::new(Soft, key); // SM4EKEY
//! let ct = sm4.encrypt(Soft, key); // SM4E
//! assert_eq!(ct, [0x68, 0x1e, 0xdf, 0x34, 0xd2, 0x06, 0x96, 0x5e,
//!                 0x86, 0xb3, 0xe9, 0x4f, 0x53, 0x6e, 0x42, 0x46]);
//! assert_eq!(sm4.decrypt(Soft, ct), key);
//! ```

use crate::arm::Arm;
use crate::backend::Backend;
use crate::math::sm4::{CK, FK};
use crate::reg::{from_dwords, to_dwords};

/// The round keys of one SM4 key, as eight registers for SM4E (encryption
/// order and decryption order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sm4Arm {
    enc: [u128; 8],
    dec: [u128; 8],
}

fn words(bytes: [u8; 16]) -> [u32; 4] {
    core::array::from_fn(|i| {
        u32::from_be_bytes([
            bytes[4 * i],
            bytes[4 * i + 1],
            bytes[4 * i + 2],
            bytes[4 * i + 3],
        ])
    })
}

/// The words of a register in reverse element order.
fn reversed(r: u128) -> u128 {
    let [a, b, c, d] = to_dwords(r);
    from_dwords([d, c, b, a])
}

impl Sm4Arm {
    /// The key expansion with SM4EKEY: `K = MK EOR FK` (elements `K0..K3`),
    /// then eight SM4EKEY with `{CK[4i], ..., CK[4i+3]}`, each giving the next
    /// four round keys (and the next input). The decryption keys are the same
    /// 32 words in reverse order.
    #[must_use]
    pub fn new<B: Backend>(backend: B, key: [u8; 16]) -> Sm4Arm {
        let arm = Arm(backend);
        let mk = words(key);
        let mut k = from_dwords(core::array::from_fn(|i| mk[i] ^ FK[i]));
        let mut enc = [0u128; 8];
        for (i, rk) in enc.iter_mut().enumerate() {
            k = arm.sm4ekey(
                k,
                from_dwords([CK[4 * i], CK[4 * i + 1], CK[4 * i + 2], CK[4 * i + 3]]),
            );
            *rk = k;
        }
        let dec = core::array::from_fn(|i| reversed(enc[7 - i]));
        Sm4Arm { enc, dec }
    }

    /// The round-key registers in encryption order.
    #[must_use]
    pub fn round_keys(&self) -> &[u128; 8] {
        &self.enc
    }

    fn crypt<B: Backend>(backend: B, rk: &[u128; 8], block: [u8; 16]) -> [u8; 16] {
        let arm = Arm(backend);
        let mut x = from_dwords(words(block));
        for k in rk {
            x = arm.sm4e(x, *k);
        }
        let mut out = [0u8; 16];
        for (o, w) in out.chunks_exact_mut(4).zip(to_dwords(reversed(x))) {
            o.copy_from_slice(&w.to_be_bytes());
        }
        out
    }

    /// Encrypts one block: eight SM4E with the round keys in order, then R.
    #[must_use]
    pub fn encrypt<B: Backend>(&self, backend: B, block: [u8; 16]) -> [u8; 16] {
        Self::crypt(backend, &self.enc, block)
    }

    /// Decrypts one block: the same with the round keys reversed.
    #[must_use]
    pub fn decrypt<B: Backend>(&self, backend: B, block: [u8; 16]) -> [u8; 16] {
        Self::crypt(backend, &self.dec, block)
    }
}
