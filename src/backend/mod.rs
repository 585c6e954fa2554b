//! The seam between what an instruction means and how this host computes it.
//!
//! Guest helpers ([`crate::x86`], [`crate::arm`]) are written once, against the
//! [`Backend`] trait: the AES *fragments*, named by the order in which FIPS-197
//! applies their steps (`sb_sr_mc_ak` = SubBytes, ShiftRows, MixColumns,
//! AddRoundKey). A backend is a small `Copy` value implementing them:
//!
//! | backend | what it is | available |
//! |---|---|---|
//! | [`Soft`] | table-driven software (T-tables) | everywhere |
//! | [`Auto`] | the best backend for this build and host | everywhere |
//! | [`Dynamic`] | a backend chosen at run time by name ([`Choice`]) | everywhere |
//!
//! Every backend folder has the same file set (`aes.rs`, ...). The choice made
//! for [`Auto`] is made in exactly one place, this module.

pub mod soft;

pub use soft::Soft;

use core::fmt;
use core::str::FromStr;

/// The AES fragments a backend provides. All take and return register values.
///
/// Every method is a pure function of its arguments; the `self` value is a
/// zero-sized (or near zero-sized) token naming the implementation.
pub trait Backend: Copy + Send + Sync + 'static {
    /// The backend's name as the CLI spells it (`soft`, ...).
    fn name(self) -> &'static str;

    /// `AddRoundKey(ShiftRows(SubBytes(s)), k)`: x86 AESENCLAST.
    fn sb_sr_ak(self, s: u128, k: u128) -> u128;

    /// `AddRoundKey(MixColumns(ShiftRows(SubBytes(s))), k)`: x86 AESENC.
    fn sb_sr_mc_ak(self, s: u128, k: u128) -> u128;

    /// `AddRoundKey(InvSubBytes(InvShiftRows(s)), k)`: x86 AESDECLAST.
    fn isb_isr_ak(self, s: u128, k: u128) -> u128;

    /// `AddRoundKey(InvMixColumns(InvSubBytes(InvShiftRows(s))), k)`: x86 AESDEC
    /// (the equivalent inverse cipher's round, FIPS-197 section 5.3.5).
    fn isb_isr_imc_ak(self, s: u128, k: u128) -> u128;

    /// `InvMixColumns(AddRoundKey(InvSubBytes(InvShiftRows(s)), k))`: the inverse
    /// cipher's round order (FIPS-197 section 5.3), POWER `vncipher` and RISC-V
    /// `vaesdm`.
    fn isb_isr_ak_imc(self, s: u128, k: u128) -> u128;

    /// `MixColumns(s)`: Arm AESMC.
    fn mc(self, s: u128) -> u128;

    /// `InvMixColumns(s)`: x86 AESIMC, Arm AESIMC.
    fn imc(self, s: u128) -> u128;

    /// `SubBytes(s)` alone.
    fn sb(self, s: u128) -> u128;

    /// x86 AESKEYGENASSIST: SubWord of dwords 1 and 3 of `src`, each also rotated
    /// and XORed with `rcon` (see [`crate::x86::aeskeygenassist`] for the
    /// pseudocode). Provided in terms of [`Backend::sb`]; a host with the
    /// instruction overrides it.
    #[inline]
    fn aeskeygenassist(self, src: u128, rcon: u8) -> u128 {
        assemble_keygenassist(self.sb(src), rcon)
    }
}

/// Builds the AESKEYGENASSIST result from `sub = SubBytes(src)`.
///
/// Intel SDM pseudocode, dwords numbered from bits 31:0:
/// `DEST[31:0] = SubWord(X1); DEST[63:32] = RotWord(SubWord(X1)) ^ RCON;`
/// `DEST[95:64] = SubWord(X3); DEST[127:96] = RotWord(SubWord(X3)) ^ RCON`,
/// where `X1 = SRC[63:32]`, `X3 = SRC[127:96]` and `RCON = ZeroExtend(imm8)`.
/// SubWord of a dword is dword of SubBytes, so `sub` already holds `SubWord(X1)`
/// in dword 1 and `SubWord(X3)` in dword 3.
#[inline(always)]
#[must_use]
pub(crate) fn assemble_keygenassist(sub: u128, rcon: u8) -> u128 {
    use crate::aes::rot_word;
    let [_, x1, _, x3] = crate::reg::to_dwords(sub);
    let rcon = u32::from(rcon);
    crate::reg::from_dwords([x1, rot_word(x1) ^ rcon, x3, rot_word(x3) ^ rcon])
}

/// The software backend used when no native one applies.
type Fallback = Soft;

/// The best backend for this build and host, chosen once, here.
///
/// The order of preference: a native backend enabled at compile time; one
/// detected at run time (with `std`); otherwise the table-driven [`Soft`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Auto;

impl Auto {
    /// The concrete backend `Auto` runs on, as a [`Dynamic`] (for reports).
    #[must_use]
    pub fn resolved() -> Dynamic {
        Dynamic::Soft
    }
}

/// Calls `$e` with `$b` bound to the backend [`Auto`] stands for.
macro_rules! auto {
    ($b:ident => $e:expr) => {{
        let $b = Fallback::default();
        $e
    }};
}

/// Calls `$e` with `$b` bound to the concrete backend a [`Dynamic`] names.
macro_rules! each {
    ($d:expr, $b:ident => $e:expr) => {
        match $d {
            Dynamic::Soft => {
                let $b = Soft;
                $e
            }
        }
    };
}

/// Implements [`Backend`] for a type by forwarding every method through a
/// dispatch macro (`auto!` or `each!`).
macro_rules! forward_backend {
    ($ty:ty, |$this:ident, $b:ident| $dispatch:ident ! ($($pre:tt)*)) => {
        impl Backend for $ty {
            #[inline]
            fn name(self) -> &'static str {
                #[allow(unused_variables)]
                let $this = self;
                $dispatch!($($pre)* $b => $b.name())
            }
            #[inline]
            fn sb_sr_ak(self, s: u128, k: u128) -> u128 {
                #[allow(unused_variables)]
                let $this = self;
                $dispatch!($($pre)* $b => $b.sb_sr_ak(s, k))
            }
            #[inline]
            fn sb_sr_mc_ak(self, s: u128, k: u128) -> u128 {
                #[allow(unused_variables)]
                let $this = self;
                $dispatch!($($pre)* $b => $b.sb_sr_mc_ak(s, k))
            }
            #[inline]
            fn isb_isr_ak(self, s: u128, k: u128) -> u128 {
                #[allow(unused_variables)]
                let $this = self;
                $dispatch!($($pre)* $b => $b.isb_isr_ak(s, k))
            }
            #[inline]
            fn isb_isr_imc_ak(self, s: u128, k: u128) -> u128 {
                #[allow(unused_variables)]
                let $this = self;
                $dispatch!($($pre)* $b => $b.isb_isr_imc_ak(s, k))
            }
            #[inline]
            fn isb_isr_ak_imc(self, s: u128, k: u128) -> u128 {
                #[allow(unused_variables)]
                let $this = self;
                $dispatch!($($pre)* $b => $b.isb_isr_ak_imc(s, k))
            }
            #[inline]
            fn mc(self, s: u128) -> u128 {
                #[allow(unused_variables)]
                let $this = self;
                $dispatch!($($pre)* $b => $b.mc(s))
            }
            #[inline]
            fn imc(self, s: u128) -> u128 {
                #[allow(unused_variables)]
                let $this = self;
                $dispatch!($($pre)* $b => $b.imc(s))
            }
            #[inline]
            fn sb(self, s: u128) -> u128 {
                #[allow(unused_variables)]
                let $this = self;
                $dispatch!($($pre)* $b => $b.sb(s))
            }
            #[inline]
            fn aeskeygenassist(self, src: u128, rcon: u8) -> u128 {
                #[allow(unused_variables)]
                let $this = self;
                $dispatch!($($pre)* $b => $b.aeskeygenassist(src, rcon))
            }
        }
    };
}

forward_backend!(Auto, |this, b| auto!());
forward_backend!(Dynamic, |this, b| each!(this,));

/// A backend chosen at run time; every variant is usable (a native variant can
/// only be built after its CPU check passed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dynamic {
    /// The table-driven software backend.
    Soft,
}

impl fmt::Display for Dynamic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Every backend usable on this host, in a fixed order (software first).
pub fn available() -> impl Iterator<Item = Dynamic> {
    [Some(Dynamic::Soft)].into_iter().flatten()
}

/// A backend as a user names it (`--backend auto|soft|ct|native`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Choice {
    /// Whatever [`Auto`] picks.
    #[default]
    Auto,
    /// The table-driven software backend.
    Soft,
    /// The constant-time software backend.
    Ct,
    /// The host's own crypto instructions.
    Native,
}

impl Choice {
    /// Every choice, in the order the CLI lists them.
    pub const ALL: [Choice; 4] = [Choice::Auto, Choice::Soft, Choice::Ct, Choice::Native];

    /// The name the CLI uses.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Choice::Auto => "auto",
            Choice::Soft => "soft",
            Choice::Ct => "ct",
            Choice::Native => "native",
        }
    }

    /// The backend this choice stands for on this host.
    ///
    /// # Errors
    /// [`Unavailable`] when the choice names a backend this build or host lacks
    /// (never a silent fallback).
    pub fn resolve(self) -> Result<Dynamic, Unavailable> {
        match self {
            Choice::Auto => Ok(Auto::resolved()),
            Choice::Soft => Ok(Dynamic::Soft),
            Choice::Ct | Choice::Native => Err(Unavailable {
                choice: self,
                reason: "not implemented in this build",
            }),
        }
    }
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An unknown backend name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownChoice;

impl fmt::Display for UnknownChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown backend (expected auto, soft, ct or native)")
    }
}

impl FromStr for Choice {
    type Err = UnknownChoice;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Choice::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or(UnknownChoice)
    }
}

/// A requested backend is not available on this host or in this build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable {
    /// What was asked for.
    pub choice: Choice,
    /// Why it cannot be used.
    pub reason: &'static str,
}

impl fmt::Display for Unavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "backend '{}' is unavailable: {}",
            self.choice, self.reason
        )
    }
}

#[cfg(feature = "std")]
impl std::error::Error for Unavailable {}
#[cfg(feature = "std")]
impl std::error::Error for UnknownChoice {}
