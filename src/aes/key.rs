//! Key expansion (FIPS-197 section 5.2) and the equivalent inverse cipher's
//! decryption schedule (section 5.3.5).

use core::fmt;

use super::steps::{RCON, rot_word};
use crate::backend::{Auto, Backend};
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
    /// Expands a 16-, 24- or 32-byte key (FIPS-197 section 5.2, Figure 11).
    ///
    /// # Errors
    /// [`KeyLengthError`] for any other length.
    pub fn new(key: &[u8]) -> Result<Self, KeyLengthError> {
        Self::with_backend(Auto, key)
    }

    /// [`KeySchedule::new`] computing SubWord on the given backend (with
    /// [`crate::backend::Backend`] `Ct`, the expansion is constant-time too).
    ///
    /// # Errors
    /// [`KeyLengthError`] unless the key is 16, 24 or 32 bytes long.
    pub fn with_backend<B: Backend>(backend: B, key: &[u8]) -> Result<Self, KeyLengthError> {
        let size = KeySize::from_len(key.len())?;
        let nk = size.nk();
        let total = 4 * (size.rounds() + 1);
        let sub_word = |w: u32| backend.sb(u128::from(w)) as u32;
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
    /// `Nr`, entries `1..Nr` are `InvMixColumns(round key Nr - i)`, entry `Nr` is
    /// round key 0. These are the keys x86 AESDEC expects.
    #[must_use]
    pub fn equivalent_inverse(&self) -> KeySchedule {
        self.equivalent_inverse_with(Auto)
    }

    /// [`KeySchedule::equivalent_inverse`] with InvMixColumns on the given backend.
    #[must_use]
    pub fn equivalent_inverse_with<B: Backend>(&self, backend: B) -> KeySchedule {
        let nr = self.rounds();
        let mut keys = [0u128; 15];
        for (i, k) in keys.iter_mut().enumerate().take(nr + 1) {
            let rk = self.keys[nr - i];
            *k = if i == 0 || i == nr {
                rk
            } else {
                backend.imc(rk)
            };
        }
        KeySchedule {
            keys,
            size: self.size,
        }
    }
}
