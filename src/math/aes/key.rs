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

#[cfg(test)]
mod tests {
    extern crate alloc;
    use alloc::format;

    use super::{KeyLengthError, KeySchedule, KeySize};
    use crate::math::aes::sub_word;

    /// FIPS-197 Appendix A.1: the cipher key and `w[0..44]`, each word in FIPS
    /// byte order (byte 0 first), as `shared/vectors/fips197/aes128.txt` lists
    /// them (`A.1 <i> w`).
    const A1_KEY: [u8; 16] = [
        0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f,
        0x3c,
    ];
    const A1_W: [[u8; 4]; 44] = [
        [0x2b, 0x7e, 0x15, 0x16],
        [0x28, 0xae, 0xd2, 0xa6],
        [0xab, 0xf7, 0x15, 0x88],
        [0x09, 0xcf, 0x4f, 0x3c],
        [0xa0, 0xfa, 0xfe, 0x17],
        [0x88, 0x54, 0x2c, 0xb1],
        [0x23, 0xa3, 0x39, 0x39],
        [0x2a, 0x6c, 0x76, 0x05],
        [0xf2, 0xc2, 0x95, 0xf2],
        [0x7a, 0x96, 0xb9, 0x43],
        [0x59, 0x35, 0x80, 0x7a],
        [0x73, 0x59, 0xf6, 0x7f],
        [0x3d, 0x80, 0x47, 0x7d],
        [0x47, 0x16, 0xfe, 0x3e],
        [0x1e, 0x23, 0x7e, 0x44],
        [0x6d, 0x7a, 0x88, 0x3b],
        [0xef, 0x44, 0xa5, 0x41],
        [0xa8, 0x52, 0x5b, 0x7f],
        [0xb6, 0x71, 0x25, 0x3b],
        [0xdb, 0x0b, 0xad, 0x00],
        [0xd4, 0xd1, 0xc6, 0xf8],
        [0x7c, 0x83, 0x9d, 0x87],
        [0xca, 0xf2, 0xb8, 0xbc],
        [0x11, 0xf9, 0x15, 0xbc],
        [0x6d, 0x88, 0xa3, 0x7a],
        [0x11, 0x0b, 0x3e, 0xfd],
        [0xdb, 0xf9, 0x86, 0x41],
        [0xca, 0x00, 0x93, 0xfd],
        [0x4e, 0x54, 0xf7, 0x0e],
        [0x5f, 0x5f, 0xc9, 0xf3],
        [0x84, 0xa6, 0x4f, 0xb2],
        [0x4e, 0xa6, 0xdc, 0x4f],
        [0xea, 0xd2, 0x73, 0x21],
        [0xb5, 0x8d, 0xba, 0xd2],
        [0x31, 0x2b, 0xf5, 0x60],
        [0x7f, 0x8d, 0x29, 0x2f],
        [0xac, 0x77, 0x66, 0xf3],
        [0x19, 0xfa, 0xdc, 0x21],
        [0x28, 0xd1, 0x29, 0x41],
        [0x57, 0x5c, 0x00, 0x6e],
        [0xd0, 0x14, 0xf9, 0xa8],
        [0xc9, 0xee, 0x25, 0x89],
        [0xe1, 0x3f, 0x0c, 0xc8],
        [0xb6, 0x63, 0x0c, 0xa6],
    ];

    #[test]
    fn word_gives_every_fips197_a1_word_and_none_past_the_end() {
        let ks = KeySchedule::expand(&A1_KEY, sub_word).unwrap();
        assert_eq!(ks.size(), KeySize::Aes128);
        for (i, w) in A1_W.iter().enumerate() {
            assert_eq!(ks.word(i), Some(u32::from_le_bytes(*w)), "w[{i}]");
        }
        assert_eq!(ks.word(44), None);
        assert_eq!(ks.word(usize::MAX), None);
    }

    #[test]
    fn key_length_error_says_the_length() {
        assert_eq!(KeySize::from_len(17), Err(KeyLengthError(17)));
        assert_eq!(
            format!("{}", KeyLengthError(17)),
            "AES key must be 16, 24 or 32 bytes, got 17"
        );
    }

    #[test]
    fn debug_shows_the_size_and_no_key_material() {
        let ks = KeySchedule::expand(&A1_KEY, sub_word).unwrap();
        let text = format!("{ks:?}");
        assert_eq!(text, "KeySchedule { size: Aes128, .. }");
    }
}
