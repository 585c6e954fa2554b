//! What the native backends share: the `Native` token, its cached CPU check,
//! its [`Backend`](super::Backend) implementation and the run-time dispatch that
//! [`Auto`](super::Auto) uses, generated once per host architecture by
//! [`native_backend!`] over that architecture's `aes.rs`.
//!
//! An architecture's `aes.rs` provides the vector type `V`, the conversions
//! `to_v`/`from_v` (baseline SIMD, they inline anywhere) and one
//! `unsafe extern "C"` `#[target_feature]` function per fragment on `V`.

/// Defines `Native`, `STATIC`, the feature checks, the `Backend` impl and
/// `run_time` for a native backend folder.
///
/// - `$what`: the CPU features `Native` stands for, for messages ("AES-NI and
///   SSSE3");
/// - `$static`/`$detect`: whether the build enables them at compile time (a
///   `cfg!`) and the run-time check (only compiled with `std`);
/// - `features`: further instruction families, each a bit of the cached state
///   with its own compile-time and run-time test; `Native` uses them when
///   present and computes in software otherwise (see [`Native::features`]);
/// - `extra`: the architecture's overrides of the other `Backend` methods.
macro_rules! native_backend {
    (
        $what:literal, $static:expr, $detect:expr,
        features: [$(($bit:ident = $value:expr, $fname:literal, $fstatic:expr, $fdetect:expr)),* $(,)?],
        extra: { $($extra:tt)* }
    ) => {
        use $crate::backend::{Backend, Choice, Unavailable};
        use aes::{V, from_v, to_v};

        #[doc = concat!("The host's own instructions (", $what, "). A value of this type")]
        /// exists only on a CPU that has them, so its methods are safe; get one
        /// from [`Native::detect`]. Further instruction families (see
        /// [`Native::features`]) are used when the CPU has them; an instruction
        /// whose family is absent is computed by the portable software code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct Native(());

        /// Whether this build enables the AES instructions at compile time.
        pub(crate) const STATIC: bool = $static;

        /// Bit 0: checked; bit 1: AES (the token); the other bits (up to 64):
        /// `features`.
        const CHECKED: u64 = 1;
        const AES: u64 = 2;
        $(
            #[doc = concat!("Feature bit: ", $fname, ".")]
            pub(crate) const $bit: u64 = $value;
        )*

        /// The feature bits a build enables at compile time.
        const STATIC_BITS: u64 = CHECKED | if STATIC { AES } else { 0 } $(| if $fstatic { $bit } else { 0 })*;

        /// The detected bits (0 = not checked yet).
        #[cfg(feature = "std")]
        static DETECTED: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(0);

        impl Native {
            /// Whether the choice is made by a run-time check (not fixed at
            /// compile time, and `std` is there to detect).
            pub(crate) const RUN_TIME: bool = !STATIC && cfg!(feature = "std");

            #[doc = concat!("The native backend, if this CPU has ", $what, ".")]
            ///
            /// # Errors
            /// [`Unavailable`] on a CPU without them, or in a `no_std` build
            /// compiled without the target features (no run-time detection there).
            #[inline]
            pub fn detect() -> Result<Native, Unavailable> {
                Self::cached().ok_or(Unavailable {
                    choice: Choice::Native,
                    reason: if cfg!(feature = "std") {
                        concat!("this CPU lacks ", $what)
                    } else {
                        concat!("no_std build without the target features for ", $what, " (no run-time detection)")
                    },
                })
            }

            /// The native backend without the check, for code that checked once
            /// and keeps the result (a table of resolved functions: the C ABI's
            /// `crypto_insn_table`).
            ///
            /// # Safety
            #[doc = concat!("The CPU must have ", $what, ": [`Native::detect`] returned `Ok` in this")]
            /// process (or the build enables the target features).
            #[inline(always)]
            #[must_use]
            pub const unsafe fn assume_detected() -> Native {
                Native(())
            }

            /// The instruction families this CPU has beyond AES, by name.
            pub fn features(self) -> impl Iterator<Item = &'static str> {
                let bits = Self::bits();
                [$(($bit, $fname)),*].into_iter().filter(move |(b, _)| bits & b != 0).map(|(_, n)| n)
            }

            /// The cached feature bits (checking the CPU on first use).
            #[inline(always)]
            pub(crate) fn bits() -> u64 {
                if STATIC {
                    return STATIC_BITS;
                }
                #[cfg(feature = "std")]
                {
                    let d = DETECTED.load(core::sync::atomic::Ordering::Relaxed);
                    if d & CHECKED != 0 { d | STATIC_BITS } else { Self::first_check() }
                }
                #[cfg(not(feature = "std"))]
                STATIC_BITS
            }

            /// The feature bits as far as a check already ran, with no call on
            /// the path: the compile-time bits, plus the detected ones once
            /// the first check ran (before it, the AES bit is clear unless it
            /// is a compile-time one). Every vector register is caller-saved,
            /// so a call here would make the operands wait in general
            /// registers across it.
            #[inline(always)]
            fn checked_bits() -> u64 {
                if STATIC {
                    return STATIC_BITS;
                }
                #[cfg(feature = "std")]
                {
                    DETECTED.load(core::sync::atomic::Ordering::Relaxed) | STATIC_BITS
                }
                #[cfg(not(feature = "std"))]
                {
                    STATIC_BITS
                }
            }

            /// Whether the CPU has the feature `bit`, for the backend's own
            /// methods (which hold a `Native`): a token exists only after the
            /// detection ran (or with compile-time features, when only those
            /// count), so this is [`Self::checked_bits`], one load.
            #[inline(always)]
            #[allow(dead_code)]
            pub(crate) fn has(bit: u64) -> bool {
                Self::checked_bits() & bit != 0
            }

            /// The token if the CPU check already ran and found the
            /// instructions (no check here: `None` before the first check),
            /// with no call on the path.
            #[inline(always)]
            pub(crate) fn if_checked() -> Option<Native> {
                (Self::checked_bits() & AES != 0).then_some(Native(()))
            }

            /// The check: a constant with compile-time features, otherwise one
            /// relaxed atomic load per call after the first.
            #[inline(always)]
            pub(crate) fn cached() -> Option<Native> {
                (Self::bits() & AES != 0).then_some(Native(()))
            }

            /// The first run-time check, out of line.
            #[cfg(feature = "std")]
            #[cold]
            #[inline(never)]
            fn first_check() -> u64 {
                let aes: bool = $detect;
                let mut bits = CHECKED | if aes { AES } else { 0 };
                $(
                    let has: bool = $fdetect;
                    if has {
                        bits |= $bit;
                    }
                )*
                DETECTED.store(bits, core::sync::atomic::Ordering::Relaxed);
                bits | STATIC_BITS
            }
        }

        /// `RCON << 32 | RCON << 96` as a vector: where AESKEYGENASSIST XORs its
        /// immediate.
        #[inline(always)]
        fn rcon_v(rcon: u8) -> V {
            to_v((u128::from(rcon) << 32) | (u128::from(rcon) << 96))
        }

        use $crate::backend::native::native_methods;
        $crate::backend::for_each_fragment!(native_methods, { $($extra)* });
    };
}

/// The `Backend` impl and the `run_time` module of `Native`, for the fragment
/// list of [`for_each_fragment!`](crate::backend::for_each_fragment);
/// expanded inside [`native_backend!`].
macro_rules! native_methods {
    ({ $($extra:tt)* } $(($f:ident, $($a:ident)*))*) => {
        impl Backend for Native {
            const MAY_HOST: bool = true;
            #[inline]
            fn name(self) -> &'static str {
                "native"
            }
            $($extra)*
            // `inline(always)`: one-line wrappers, which LLVM otherwise keeps
            // out of line in a caller compiled with more target features
            // (the C ABI's native table), where the fragment itself then
            // inlines.
            $(
                #[inline(always)]
                fn $f(self, $($a: u128),*) -> u128 {
                    // SAFETY: a `Native` exists only after the CPU check passed.
                    from_v(unsafe { aes::$f($(to_v($a)),*) })
                }
            )*
            #[inline(always)]
            fn aeskeygenassist(self, src: u128, rcon: u8) -> u128 {
                // SAFETY: a `Native` exists only after the CPU check passed.
                from_v(unsafe { aes::aeskeygenassist(to_v(src), rcon_v(rcon)) })
            }
        }

        /// [`Auto`](crate::backend::Auto) with run-time detection: the
        /// operands become vectors in the caller, a one-byte check picks
        /// the native function, and the software path (and the first
        /// CPU check) stays out of line in `cold`, also on vectors, so the
        /// caller's code is the same for both.
        #[cfg(feature = "std")]
        pub(crate) mod run_time {
            use super::{AES, DETECTED, aes, from_v, rcon_v, to_v};
            use core::sync::atomic::Ordering::Relaxed;

            $(
                #[inline(always)]
                pub(crate) fn $f($($a: u128),*) -> u128 {
                    $(let $a = to_v($a);)*
                    from_v(if DETECTED.load(Relaxed) & AES != 0 {
                        // SAFETY: the AES bit is set only after the CPU check passed.
                        unsafe { aes::$f($($a),*) }
                    } else {
                        cold::$f($($a),*)
                    })
                }
            )*

            #[inline(always)]
            pub(crate) fn aeskeygenassist(src: u128, rcon: u8) -> u128 {
                let (src, rc) = (to_v(src), rcon_v(rcon));
                from_v(if DETECTED.load(Relaxed) & AES != 0 {
                    // SAFETY: the AES bit is set only after the CPU check passed.
                    unsafe { aes::aeskeygenassist(src, rc) }
                } else {
                    cold::aeskeygenassist(src, rc)
                })
            }

            /// First call, or a CPU without the instructions.
            mod cold {
                use super::super::{Native, V, from_v, to_v};
                use $crate::backend::{Backend, Fallback};

                $(
                    // See `aes::fragment!` on `extern "C"` with vectors.
                    #[allow(improper_ctypes_definitions)]
                    #[cold]
                    #[inline(never)]
                    pub(super) extern "C" fn $f($($a: V),*) -> V {
                        to_v(match Native::cached() {
                            Some(n) => n.$f($(from_v($a)),*),
                            None => Fallback::default().$f($(from_v($a)),*),
                        })
                    }
                )*

                #[allow(improper_ctypes_definitions)]
                #[cold]
                #[inline(never)]
                pub(super) extern "C" fn aeskeygenassist(src: V, rc: V) -> V {
                    // The immediate is back in bits 39:32 of `rc`.
                    let rcon = (from_v(rc) >> 32) as u8;
                    to_v(match Native::cached() {
                        Some(n) => n.aeskeygenassist(from_v(src), rcon),
                        None => Fallback::default().aeskeygenassist(from_v(src), rcon),
                    })
                }
            }
        }
    };
}

/// `$f($a, ...)` called through a `#[cold]`, never-inlined function: the
/// software fallback of a native method stays out of line, so the caller's
/// fast path (the native instruction) does not carry the fallback's registers
/// and stack frame. Arguments are given with their types. (x86-64 only: the
/// AArch64 fallbacks are vector code themselves.)
#[cfg(target_arch = "x86_64")]
macro_rules! out_of_line {
    ($f:path, $($a:ident: $t:ty),*) => {{
        // Operands and result in vector registers (see `host_or!`).
        #[cold]
        #[inline(never)]
        #[allow(improper_ctypes_definitions)]
        extern "C" fn fallback($($a: <$t as $crate::backend::ByReg>::R),*) -> $crate::backend::Reg {
            $(let $a: $t = $crate::backend::ByReg::from_reg($a);)*
            $crate::backend::ByReg::to_reg($f($($a),*))
        }
        $crate::backend::ByReg::from_reg(fallback($($crate::backend::ByReg::to_reg($a)),*))
    }};
}

pub(crate) use native_backend;
pub(crate) use native_methods;
#[cfg(target_arch = "x86_64")]
pub(crate) use out_of_line;
