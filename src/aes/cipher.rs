//! The whole cipher, built from the fragments (FIPS-197 sections 5.1 and 5.3.5).

use super::{KeyLengthError, KeySchedule};
use crate::backend::{Auto, Backend};
use crate::reg;

/// An expanded AES key ready to encrypt and decrypt single blocks.
///
/// Blocks are register values (`u128`, memory byte 0 in bits 7:0); the `_bytes`
/// methods take the 16 bytes in memory order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Aes {
    enc: KeySchedule,
    dec: KeySchedule,
}

impl Aes {
    /// Expands a 16-, 24- or 32-byte key.
    ///
    /// # Errors
    /// [`KeyLengthError`] for any other length.
    pub fn new(key: &[u8]) -> Result<Self, KeyLengthError> {
        Self::with_backend(Auto, key)
    }

    /// [`Aes::new`] with the key schedule computed on `backend`.
    ///
    /// # Errors
    /// [`KeyLengthError`] for a key that is not 16, 24 or 32 bytes.
    pub fn with_backend<B: Backend>(backend: B, key: &[u8]) -> Result<Self, KeyLengthError> {
        let enc = KeySchedule::with_backend(backend, key)?;
        let dec = enc.equivalent_inverse_with(backend);
        Ok(Aes { enc, dec })
    }

    /// The encryption schedule.
    #[must_use]
    pub const fn schedule(&self) -> &KeySchedule {
        &self.enc
    }

    /// The equivalent inverse cipher's decryption schedule.
    #[must_use]
    pub const fn decryption_schedule(&self) -> &KeySchedule {
        &self.dec
    }

    /// Encrypts one block (FIPS-197 Figure 5).
    #[must_use]
    pub fn encrypt_block(&self, block: u128) -> u128 {
        self.encrypt_block_with(Auto, block)
    }

    /// Decrypts one block with the equivalent inverse cipher (FIPS-197 Figure 15).
    #[must_use]
    pub fn decrypt_block(&self, block: u128) -> u128 {
        self.decrypt_block_with(Auto, block)
    }

    /// [`Aes::encrypt_block`] on the given backend.
    #[inline]
    #[must_use]
    pub fn encrypt_block_with<B: Backend>(&self, backend: B, block: u128) -> u128 {
        let keys = self.enc.round_keys();
        let (last, middle) = keys[1..].split_last().unwrap_or((&0, &[]));
        let mut s = block ^ keys[0];
        for &k in middle {
            s = backend.sb_sr_mc_ak(s, k);
        }
        backend.sb_sr_ak(s, *last)
    }

    /// [`Aes::decrypt_block`] on the given backend.
    #[inline]
    #[must_use]
    pub fn decrypt_block_with<B: Backend>(&self, backend: B, block: u128) -> u128 {
        let keys = self.dec.round_keys();
        let (last, middle) = keys[1..].split_last().unwrap_or((&0, &[]));
        let mut s = block ^ keys[0];
        for &k in middle {
            s = backend.isb_isr_imc_ak(s, k);
        }
        backend.isb_isr_ak(s, *last)
    }

    /// Encrypts 16 bytes in memory order.
    #[must_use]
    pub fn encrypt_bytes(&self, block: [u8; 16]) -> [u8; 16] {
        reg::to_bytes(self.encrypt_block(reg::from_bytes(block)))
    }

    /// Decrypts 16 bytes in memory order.
    #[must_use]
    pub fn decrypt_bytes(&self, block: [u8; 16]) -> [u8; 16] {
        reg::to_bytes(self.decrypt_block(reg::from_bytes(block)))
    }
}
