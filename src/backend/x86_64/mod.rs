//! The `native` backend on x86-64: AES-NI (and SSSE3 `pshufb` for SubBytes alone;
//! every AES-NI CPU has SSSE3).
//!
//! Same file set as every backend folder: `aes.rs` holds the fragments. Chosen at
//! compile time when the build enables `aes` and `ssse3` (`-C target-cpu=native` on
//! such a CPU), otherwise after a run-time CPUID check made once and cached
//! (with `std`).

pub mod aes;

super::native::native_backend!(
    "AES-NI and SSSE3",
    cfg!(all(target_feature = "aes", target_feature = "ssse3")),
    std::is_x86_feature_detected!("aes") && std::is_x86_feature_detected!("ssse3")
);
