//! POWER (64-bit, Power ISA 2.07 and later) guest instructions: the Vector
//! Crypto facility of POWER8 ([`crypto`](self#instructions)).
//!
//! # The byte-order convention (this module only)
//! The Power ISA numbers a vector register's bytes from the most significant
//! end: byte 0 is bits 0:7 and bit 0 is the most significant bit. Here a
//! register value is the `u128` whose **most significant byte is ISA byte 0**
//! (so ISA bit 0 is the integer's bit 127, ISA byte `i` is
//! `value.to_be_bytes()[i]`, ISA word `i` is bits `127-32i..96-32i`). This is
//! the opposite of the crate-wide memory-order convention of [`crate::reg`]
//! used by the x86 and Arm modules, and it holds in `ppc` only.
//!
//! Text without `0x` (vector files, `crypto-insn eval/check --arch ppc64`) is
//! ISA byte order, byte 0 first: what a big-endian `stvx` or `stxvb16x` (in
//! either mode) stores. Those are also the digits of the integer, so
//! `193de3be...` and `0x193de3be...` are the same register. The C ABI takes and
//! returns POWER registers as 16 bytes in ISA byte order ([`to_isa_bytes`]).
//!
//! # How emulators hold a vector register, and the conversions
//! - **ISA byte order** (`uint8_t vr[16]` with `vr[0]` = ISA byte 0, or two
//!   `u64` doublewords in ISA order): [`from_isa_bytes`] / [`to_isa_bytes`],
//!   [`from_isa_dwords`] / [`to_isa_dwords`].
//! - **Little-endian host layout** (QEMU's `ppc_avr_t` on a little-endian host:
//!   the register as one host-native 128-bit integer, so every element order
//!   is reversed: `u8[0]` is ISA byte 15, `u64[0]` is ISA doubleword 1; QEMU's
//!   `VsrB(i)` is `u8[15 - i]`, `VsrD(i)` is `u64[1 - i]`):
//!   [`from_le_host_bytes`] / [`to_le_host_bytes`], [`from_le_host_dwords`] /
//!   [`to_le_host_dwords`].
//!
//! # Examples
//!
//! Worked example: FIPS-197 Appendix B, the state at the start of round 1 (in
//! FIPS-197 byte order `19 3d e3 be a0 f4 e2 2b 9a c6 8d 2a e9 f8 48 08`; AES
//! state byte `i` is ISA byte `i`), round key 1 (`a0 fa fe 17 ...`) and the
//! state at the start of round 2, which is `vcipher` of the two:
//!
//! | | ISA byte order (`vr[0..16]`) | LE host layout (`u8[0..16]`) | LE host `u64[1]`, `u64[0]` |
//! |---|---|---|---|
//! | VRA | `193de3bea0f4e22b9ac68d2ae9f84808` | `0848f8e92a8dc69a2be2f4a0bee33d19` | `0x193de3bea0f4e22b`, `0x9ac68d2ae9f84808` |
//! | VRB | `a0fafe1788542cb123a339392a6c7605` | `05766c2a3939a323b12c548817fefaa0` | `0xa0fafe1788542cb1`, `0x23a339392a6c7605` |
//! | VRT | `a49c7ff2689f352b6b5bea43026a5049` | `49506a0243ea5b6b2b359f68f27f9ca4` | `0xa49c7ff2689f352b`, `0x6b5bea43026a5049` |
//!
//! ```
//! use crypto_insn::ppc;
//! let isa = |s: &str| -> [u8; 16] {
//!     core::array::from_fn(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
//! };
//! // An emulator holding VRs in ISA byte order.
//! let vra = ppc::from_isa_bytes(isa("193de3bea0f4e22b9ac68d2ae9f84808"));
//! let vrb = ppc::from_isa_bytes(isa("a0fafe1788542cb123a339392a6c7605"));
//! let vrt = ppc::vcipher(vra, vrb);
//! assert_eq!(ppc::to_isa_bytes(vrt), isa("a49c7ff2689f352b6b5bea43026a5049"));
//! assert_eq!(vrt, 0xa49c7ff2689f352b6b5bea43026a5049);
//!
//! // QEMU's ppc_avr_t on a little-endian host: element order reversed.
//! let mut avr = [0u8; 16];
//! avr.copy_from_slice(&isa("0848f8e92a8dc69a2be2f4a0bee33d19"));
//! assert_eq!(ppc::from_le_host_bytes(avr), vra);
//! assert_eq!(ppc::from_le_host_dwords([0x9ac68d2ae9f84808, 0x193de3bea0f4e22b]), vra);
//! assert_eq!(ppc::to_le_host_dwords(vrt), [0x6b5bea43026a5049, 0xa49c7ff2689f352b]);
//! assert_eq!(ppc::to_le_host_bytes(vrt), isa("49506a0243ea5b6b2b359f68f27f9ca4"));
//! ```
//!
//! # What the emulator still does
//! - Decode (`VRT`, `VRA`, `VRB`, `VRC`, `ST`, `SIX` fields), write `VRT`; the
//!   helpers read all sources before returning, so `VRT` may equal a source.
//! - The facility check: Vector Crypto needs MSR.VEC = 1 (else the Vector
//!   Unavailable interrupt) and a CPU at Power ISA 2.07 or later (POWER8;
//!   Linux reports `PPC_FEATURE2_VEC_CRYPTO` in `AT_HWCAP2`).
//! - Nothing depends on the guest's byte order (MSR.LE): the instructions work
//!   on register values; only the emulator's loads and stores (`lvx`, `lxvb16x`,
//!   ...) see endianness.
//!
//! # Instructions
//!
//! | instruction | helper | steps (Power ISA 2.07 Book I 5.11) |
//! |---|---|---|
//! | vcipher VRT,VRA,VRB | [`vcipher`] | SubBytes, ShiftRows, MixColumns, AddRoundKey |
//! | vcipherlast VRT,VRA,VRB | [`vcipherlast`] | SubBytes, ShiftRows, AddRoundKey |
//! | vncipher VRT,VRA,VRB | [`vncipher`] | InvShiftRows, InvSubBytes, AddRoundKey, InvMixColumns |
//! | vncipherlast VRT,VRA,VRB | [`vncipherlast`] | InvShiftRows, InvSubBytes, AddRoundKey |
//! | vsbox VRT,VRA | [`vsbox`] | SubBytes |
//! | vpmsumb/h/w/d VRT,VRA,VRB | [`vpmsumb`], [`vpmsumh`], [`vpmsumw`], [`vpmsumd`] | carry-less multiply-sum |
//! | vshasigmaw VRT,VRA,ST,SIX | [`vshasigmaw`] | SHA-256 σ0/σ1/Σ0/Σ1 per word |
//! | vshasigmad VRT,VRA,ST,SIX | [`vshasigmad`] | SHA-512 σ0/σ1/Σ0/Σ1 per doubleword |
//! | vpermxor VRT,VRA,VRB,VRC | [`vpermxor`] | per byte: `VRA[VRC.hi] ^ VRB[VRC.lo]` |
//!
//! # Choosing a backend
//! The free functions run on [`crate::backend::Auto`]; [`Ppc64`] pins one:
//! `Ppc64(crypto_insn::backend::Soft).vcipher(a, b)`.

mod crypto;

pub use crypto::{
    vcipher, vcipherlast, vncipher, vncipherlast, vpermxor, vpmsumb, vpmsumd, vpmsumh, vpmsumw,
    vsbox, vshasigmad, vshasigmaw,
};

use crate::backend::Auto;

/// The POWER helpers on a chosen backend: `Ppc64(backend).vcipher(vra, vrb)`.
///
/// The methods have the same semantics as the free functions of this module,
/// which use [`Auto`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ppc64<B = Auto>(pub B);

/// The register value whose ISA bytes are `bytes` (`bytes[0]` = ISA byte 0,
/// the most significant byte): an emulator's `uint8_t vr[16]` in ISA order, or
/// what a big-endian `stvx` / any-mode `stxvb16x` stores. The C ABI's form.
#[inline]
#[must_use]
pub const fn from_isa_bytes(bytes: [u8; 16]) -> u128 {
    u128::from_be_bytes(bytes)
}

/// The 16 ISA bytes of a register value, byte 0 first (see [`from_isa_bytes`]).
#[inline]
#[must_use]
pub const fn to_isa_bytes(value: u128) -> [u8; 16] {
    value.to_be_bytes()
}

/// The register value from its two doublewords in ISA order: `dwords[0]` is
/// ISA doubleword 0 (bits 0:63, the most significant half; QEMU `VsrD(0)`).
#[inline]
#[must_use]
pub const fn from_isa_dwords(dwords: [u64; 2]) -> u128 {
    ((dwords[0] as u128) << 64) | dwords[1] as u128
}

/// The two doublewords of a register value in ISA order (see
/// [`from_isa_dwords`]).
#[inline]
#[must_use]
pub const fn to_isa_dwords(value: u128) -> [u64; 2] {
    [(value >> 64) as u64, value as u64]
}

/// The register value from QEMU's little-endian host layout (`ppc_avr_t.u8`
/// on a little-endian host: `bytes[0]` is ISA byte 15, `bytes[15]` ISA byte 0).
#[inline]
#[must_use]
pub const fn from_le_host_bytes(bytes: [u8; 16]) -> u128 {
    u128::from_le_bytes(bytes)
}

/// A register value in QEMU's little-endian host layout (see
/// [`from_le_host_bytes`]).
#[inline]
#[must_use]
pub const fn to_le_host_bytes(value: u128) -> [u8; 16] {
    value.to_le_bytes()
}

/// The register value from QEMU's little-endian host doublewords
/// (`ppc_avr_t.u64`: `dwords[0]` is ISA doubleword 1, the low half;
/// `dwords[1]` ISA doubleword 0).
#[inline]
#[must_use]
pub const fn from_le_host_dwords(dwords: [u64; 2]) -> u128 {
    from_isa_dwords([dwords[1], dwords[0]])
}

/// A register value as QEMU's little-endian host doublewords (see
/// [`from_le_host_dwords`]).
#[inline]
#[must_use]
pub const fn to_le_host_dwords(value: u128) -> [u64; 2] {
    let [d0, d1] = to_isa_dwords(value);
    [d1, d0]
}

/// ISA word `i` (0-3, word 0 the most significant) of a register value.
#[inline]
#[must_use]
pub const fn isa_word(value: u128, i: usize) -> u32 {
    (value >> (96 - 32 * (i & 3))) as u32
}

/// The register value from its four words in ISA order (`words[0]` = ISA
/// word 0, the most significant).
#[inline]
#[must_use]
pub const fn from_isa_words(words: [u32; 4]) -> u128 {
    ((words[0] as u128) << 96)
        | ((words[1] as u128) << 64)
        | ((words[2] as u128) << 32)
        | words[3] as u128
}

/// The four words of a register value in ISA order (see [`from_isa_words`]).
#[inline]
#[must_use]
pub const fn to_isa_words(value: u128) -> [u32; 4] {
    [
        isa_word(value, 0),
        isa_word(value, 1),
        isa_word(value, 2),
        isa_word(value, 3),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_are_inverse_and_value_defined() {
        let v = 0x000102030405060708090a0b0c0d0e0f_u128;
        assert_eq!(to_isa_bytes(v), core::array::from_fn(|i| i as u8));
        assert_eq!(to_le_host_bytes(v), core::array::from_fn(|i| 15 - i as u8));
        assert_eq!(to_isa_dwords(v), [0x0001020304050607, 0x08090a0b0c0d0e0f]);
        assert_eq!(
            to_le_host_dwords(v),
            [0x08090a0b0c0d0e0f, 0x0001020304050607]
        );
        assert_eq!(
            to_isa_words(v),
            [0x00010203, 0x04050607, 0x08090a0b, 0x0c0d0e0f]
        );
        assert_eq!(from_isa_bytes(to_isa_bytes(v)), v);
        assert_eq!(from_le_host_bytes(to_le_host_bytes(v)), v);
        assert_eq!(from_isa_dwords(to_isa_dwords(v)), v);
        assert_eq!(from_le_host_dwords(to_le_host_dwords(v)), v);
        assert_eq!(from_isa_words(to_isa_words(v)), v);
    }
}
