//! Key expansion (FIPS-197 section 5.2) and the equivalent inverse cipher's
//! decryption schedule (section 5.3.5).

use core::fmt;

use super::steps::{RCON, rot_word};
use crate::reg;

/// The three AES key sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeySize {
    /// 128-bit key: `Nk = 4`, `Nr = 10`.
    Aes128,
    /// 192-bit key: `Nk = 6`, `Nr = 12`.
    Aes192,
    /// 256-bit key: `Nk = 8`, `Nr = 14`.
    Aes256,
}

impl KeySize {
    /// The size for a key of `len` bytes.
    ///
    /// # Errors
    /// [`KeyLengthError`] unless `len` is 16, 24 or 32.
    pub const fn from_len(len: usize) -> Result<KeySize, KeyLengthError> {
        match len {
            16 => Ok(KeySize::Aes128),
            24 => Ok(KeySize::Aes192),
            32 => Ok(KeySize::Aes256),
            _ => Err(KeyLengthError(len)),
        }
    }

    /// `Nk`: the key length in 32-bit words.
    #[must_use]
    pub const fn nk(self) -> usize {
        match self {
            KeySize::Aes128 => 4,
            KeySize::Aes192 => 6,
            KeySize::Aes256 => 8,
        }
    }

    /// `Nr`: the number of rounds.
    #[must_use]
    pub const fn rounds(self) -> usize {
        self.nk() + 6
    }
}

/// A key that is not 16, 24 or 32 bytes long (the length is carried).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyLengthError(pub usize);

impl fmt::Display for KeyLengthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AES key must be 16, 24 or 32 bytes, got {}", self.0)
    }
}

#[cfg(feature = "std")]
impl std::error::Error for KeyLengthError {}

/// Round keys, `Nr + 1` of them, each a register value (word `w[4r + j]` of round
/// `r` is dword `j`, bits `32j+31..32j`).
#[derive(Clone, PartialEq, Eq)]
pub struct KeySchedule {
    keys: [u128; 15],
    size: KeySize,
}

impl fmt::Debug for KeySchedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Key material is not printed.
        f.debug_struct("KeySchedule")
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

impl KeySchedule {
    /// Expands a 16-, 24- or 32-byte key (FIPS-197 section 5.2, Figure 11) with
    /// `sub_word` as SubWord (FIPS-197 5.2; a word in the register-dword
    /// convention). The facade [`crate::aes`] adds `KeySchedule::new` and
    /// `KeySchedule::with_backend`, which pass a backend's S-box.
    ///
    /// # Errors
    /// [`KeyLengthError`] unless the key is 16, 24 or 32 bytes long.
    ///
    /// ```
    /// use crypto_insn::math::aes::{KeySchedule, sub_word};
    /// // FIPS-197 Appendix A.1: w[43] of the 128-bit example key.
    /// let key = [0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
    ///            0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c];
    /// let ks = KeySchedule::expand(&key, sub_word)?;
    /// assert_eq!(ks.word(43), Some(u32::from_le_bytes([0xb6, 0x63, 0x0c, 0xa6])));
    /// # Ok::<(), crypto_insn::math::aes::KeyLengthError>(())
    /// ```
    pub fn expand(key: &[u8], sub_word: impl Fn(u32) -> u32) -> Result<Self, KeyLengthError> {
        let size = KeySize::from_len(key.len())?;
        let nk = size.nk();
        let total = 4 * (size.rounds() + 1);
        let mut w = [0u32; 60];
        for (i, chunk) in key.chunks_exact(4).enumerate() {
            w[i] = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        }
        for i in nk..total {
            let mut temp = w[i - 1];
            if i % nk == 0 {
                temp = sub_word(rot_word(temp)) ^ RCON[i / nk - 1];
            } else if nk > 6 && i % nk == 4 {
                temp = sub_word(temp);
            }
            w[i] = w[i - nk] ^ temp;
        }
        let mut keys = [0u128; 15];
        for (r, k) in keys.iter_mut().enumerate().take(size.rounds() + 1) {
            *k = reg::from_dwords([w[4 * r], w[4 * r + 1], w[4 * r + 2], w[4 * r + 3]]);
        }
        Ok(KeySchedule { keys, size })
    }

    /// The key size.
    #[must_use]
    pub const fn size(&self) -> KeySize {
        self.size
    }

    /// `Nr`.
    #[must_use]
    pub const fn rounds(&self) -> usize {
        self.size.rounds()
    }

    /// The `Nr + 1` round keys, round 0 first.
    #[must_use]
    pub fn round_keys(&self) -> &[u128] {
        &self.keys[..=self.rounds()]
    }

    /// Word `w[i]` of the expanded key (register-dword convention), `i < 4 (Nr + 1)`.
    #[must_use]
    pub fn word(&self, i: usize) -> Option<u32> {
        self.round_keys()
            .get(i / 4)
            .map(|k| reg::to_dwords(*k)[i % 4])
    }

    /// The decryption schedule of the equivalent inverse cipher (FIPS-197
    /// section 5.3.5), in the order decryption uses it: entry 0 is round key
    /// `Nr`, entries `1..Nr` are `inv_mix_columns(round key Nr - i)`, entry `Nr` is
    /// round key 0. These are the keys x86 AESDEC expects. `inv_mix_columns` is
    /// supplied by the caller (the facade passes a backend's).
    #[must_use]
    pub fn equivalent_inverse_by(&self, inv_mix_columns: impl Fn(u128) -> u128) -> KeySchedule {
        let nr = self.rounds();
        let mut keys = [0u128; 15];
        for (i, k) in keys.iter_mut().enumerate().take(nr + 1) {
            let rk = self.keys[nr - i];
            *k = if i == 0 || i == nr {
                rk
            } else {
                inv_mix_columns(rk)
            };
        }
        KeySchedule {
            keys,
            size: self.size,
        }
    }
}
