//! Whole AES built only from one architecture's guest instructions, the way
//! guest software builds it. These are what the conformance suites run, so a
//! NIST vector passing "via x86" means the AES-NI helpers alone reproduce it.
//!
//! - [`Via::X86`]: round keys from AESKEYGENASSIST (as in Intel's white paper),
//!   encryption by AESENC/AESENCLAST, decryption by AESDEC/AESDECLAST with
//!   AESIMC'd round keys.
//! - [`Via::Arm`]: SubWord for the key schedule by AESE on a replicated word
//!   (ShiftRows moves nothing when all columns are equal), encryption by
//!   AESE+AESMC, decryption by AESD+AESIMC with AESIMC'd round keys.
//! - [`Via::Block`]: the library's own [`crate::aes::Aes`].
//!
//! [`sha`] does the same for SHA-1 and SHA-256 with each architecture's SHA
//! instructions, [`sha512`] SHA-512/SHA-384 with the Arm SHA-512 instructions,
//! [`keccak`] Keccak-f\[1600\], SHA3-256 and SHAKE128 with the Arm SHA3
//! instructions, [`sm3`] and [`sm4`] SM3 and SM4 with the Arm SM3/SM4
//! instructions.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::compose::{Composed, Via};
//! use crypto_insn::reg::{parse_mem_hex, to_bytes};
//! let h = |s: &str| parse_mem_hex(s).unwrap();
//! // FIPS-197 Appendix B: key, input and output; A.1: round key 1.
//! let key = to_bytes(h("2b7e151628aed2a6abf7158809cf4f3c"));
//! let (input, output) = (h("3243f6a8885a308d313198a2e0370734"), h("3925841d02dc09fbdc118597196a0b32"));
//! for via in Via::ALL {
//!     let aes = Composed::new(via, Soft, &key)?;
//!     assert_eq!(aes.round_keys()[1], h("a0fafe1788542cb123a339392a6c7605"), "{via}");
//!     assert_eq!(aes.encrypt(input), output, "{via}");
//!     assert_eq!(aes.decrypt(output), input, "{via}");
//! }
//! # Ok::<(), crypto_insn::aes::KeyLengthError>(())
//! ```

pub mod keccak;
pub mod sha;
pub mod sha512;
pub mod sm3;
pub mod sm4;

use core::fmt;
use core::str::FromStr;

use crate::aes::{Aes, KeyLengthError, KeySize, RCON};
use crate::arm::Arm;
use crate::backend::Backend;
use crate::reg::{from_dwords, to_dwords};
use crate::x86::X86;

/// Which instructions a composed cipher is built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Via {
    /// x86 AES-NI helpers.
    X86,
    /// Arm AES helpers.
    Arm,
    /// The library's whole-block cipher.
    Block,
}

impl Via {
    /// All compositions.
    pub const ALL: [Via; 3] = [Via::X86, Via::Arm, Via::Block];

    /// The CLI name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Via::X86 => "x86",
            Via::Arm => "arm",
            Via::Block => "block",
        }
    }
}

impl fmt::Display for Via {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A composition name other than `x86`, `arm` or `block`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownVia;

impl fmt::Display for UnknownVia {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown composition (expected x86, arm or block)")
    }
}

impl FromStr for Via {
    type Err = UnknownVia;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Via::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or(UnknownVia)
    }
}

/// An AES key expanded and ready, for one composition and backend.
#[derive(Clone)]
pub struct Composed<B: Backend> {
    via: Via,
    backend: B,
    rounds: usize,
    enc: [u128; 15],
    dec: [u128; 15],
    block: Option<Aes>,
}

impl<B: Backend> fmt::Debug for Composed<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Composed")
            .field("via", &self.via)
            .field("backend", &self.backend.name())
            .field("rounds", &self.rounds)
            .finish_non_exhaustive()
    }
}

/// Expands the key words with `sub_word_rot(i, temp)` supplying the word FIPS
/// calls `SubWord(RotWord(temp)) ^ Rcon` (for `i % Nk == 0`) or `SubWord(temp)`
/// (AES-256, `i % Nk == 4`).
fn expand(key: &[u8], size: KeySize, mut f: impl FnMut(usize, &[u32]) -> u32) -> [u128; 15] {
    let nk = size.nk();
    let total = 4 * (size.rounds() + 1);
    let mut w = [0u32; 60];
    for (i, c) in key.chunks_exact(4).enumerate() {
        w[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
    }
    for i in nk..total {
        let temp = if i % nk == 0 || (nk > 6 && i % nk == 4) {
            f(i, &w[..i])
        } else {
            w[i - 1]
        };
        w[i] = w[i - nk] ^ temp;
    }
    let mut keys = [0u128; 15];
    for (r, k) in keys.iter_mut().enumerate().take(size.rounds() + 1) {
        *k = from_dwords([w[4 * r], w[4 * r + 1], w[4 * r + 2], w[4 * r + 3]]);
    }
    keys
}

impl<B: Backend> Composed<B> {
    /// Expands `key` (16, 24 or 32 bytes) with the composition's own instructions.
    ///
    /// # Errors
    /// [`KeyLengthError`] for any other key length.
    pub fn new(via: Via, backend: B, key: &[u8]) -> Result<Self, KeyLengthError> {
        let size = KeySize::from_len(key.len())?;
        let nk = size.nk();
        let rounds = size.rounds();
        let x86 = X86(backend);
        let arm = Arm(backend);
        let (enc, block) = match via {
            Via::X86 => {
                let keys = expand(key, size, |i, w| {
                    let rcon = RCON.get((i / nk).wrapping_sub(1)).map_or(0, |&r| r as u8);
                    let prev = w[i - 1];
                    if nk == 6 {
                        // Intel's AES-192 code keeps the two newest words in dwords 0-1
                        // and takes dword 1: RotWord(SubWord(X1)) ^ RCON.
                        let r = x86.aeskeygenassist(from_dwords([w[i - 2], prev, 0, 0]), rcon);
                        to_dwords(r)[1]
                    } else if i % nk == 0 {
                        // The newest four words as a register; dword 3 is
                        // RotWord(SubWord(X3)) ^ RCON.
                        let src = from_dwords([w[i - 4], w[i - 3], w[i - 2], prev]);
                        to_dwords(x86.aeskeygenassist(src, rcon))[3]
                    } else {
                        // AES-256's middle step needs SubWord alone: dword 2 with imm 0.
                        let src = from_dwords([w[i - 4], w[i - 3], w[i - 2], prev]);
                        to_dwords(x86.aeskeygenassist(src, 0))[2]
                    }
                });
                (keys, None)
            }
            Via::Arm => {
                let keys = expand(key, size, |i, w| {
                    let prev = w[i - 1];
                    // AESE(dup(x), 0) = ShiftRows(SubBytes(dup(x))) = dup(SubWord(x)).
                    let sub_word = |x: u32| to_dwords(arm.aese(from_dwords([x; 4]), 0))[0];
                    if i % nk == 0 {
                        sub_word(prev.rotate_right(8)) ^ RCON[i / nk - 1]
                    } else {
                        sub_word(prev)
                    }
                });
                (keys, None)
            }
            Via::Block => {
                let aes = Aes::with_backend(backend, key)?;
                let mut keys = [0u128; 15];
                keys[..=rounds].copy_from_slice(aes.schedule().round_keys());
                (keys, Some(aes))
            }
        };
        // Decryption keys of the equivalent inverse cipher: reversed, the middle
        // ones through InvMixColumns (x86 AESIMC / Arm AESIMC).
        let mut dec = [0u128; 15];
        for (i, d) in dec.iter_mut().enumerate().take(rounds + 1) {
            let k = enc[rounds - i];
            *d = if i == 0 || i == rounds {
                k
            } else {
                match via {
                    Via::Arm => arm.aesimc(k),
                    _ => x86.aesimc(k),
                }
            };
        }
        Ok(Composed {
            via,
            backend,
            rounds,
            enc,
            dec,
            block,
        })
    }

    /// The encryption round keys, round 0 first.
    #[must_use]
    pub fn round_keys(&self) -> &[u128] {
        &self.enc[..=self.rounds]
    }

    /// The decryption round keys in the order decryption uses them.
    #[must_use]
    pub fn decryption_keys(&self) -> &[u128] {
        &self.dec[..=self.rounds]
    }

    /// Encrypts one block (a register value).
    #[must_use]
    pub fn encrypt(&self, block: u128) -> u128 {
        let nr = self.rounds;
        let k = &self.enc;
        match (self.via, &self.block) {
            (Via::Block, Some(aes)) => aes.encrypt_block_with(self.backend, block),
            (Via::Arm, _) => {
                let arm = Arm(self.backend);
                let mut s = block;
                for &rk in &k[..nr - 1] {
                    s = arm.aesmc(arm.aese(s, rk));
                }
                arm.aese(s, k[nr - 1]) ^ k[nr]
            }
            _ => {
                let x86 = X86(self.backend);
                let mut s = block ^ k[0];
                for &rk in &k[1..nr] {
                    s = x86.aesenc(s, rk);
                }
                x86.aesenclast(s, k[nr])
            }
        }
    }

    /// Decrypts one block (a register value).
    #[must_use]
    pub fn decrypt(&self, block: u128) -> u128 {
        let nr = self.rounds;
        let d = &self.dec;
        match (self.via, &self.block) {
            (Via::Block, Some(aes)) => aes.decrypt_block_with(self.backend, block),
            (Via::Arm, _) => {
                let arm = Arm(self.backend);
                let mut s = block;
                for &rk in &d[..nr - 1] {
                    s = arm.aesimc(arm.aesd(s, rk));
                }
                arm.aesd(s, d[nr - 1]) ^ d[nr]
            }
            _ => {
                let x86 = X86(self.backend);
                let mut s = block ^ d[0];
                for &rk in &d[1..nr] {
                    s = x86.aesdec(s, rk);
                }
                x86.aesdeclast(s, d[nr])
            }
        }
    }
}
