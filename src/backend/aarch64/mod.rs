//! The `native` backend on AArch64: the ARMv8 Cryptographic Extension (FEAT_AES).
//!
//! Same file set as every backend folder: `aes.rs` holds the fragments. Chosen at
//! compile time when the build enables the `aes` target feature, otherwise after a
//! run-time check (Linux `HWCAP_AES`, through `is_aarch64_feature_detected!`) made
//! once and cached (with `std`).

pub mod aes;

super::native::native_backend!(
    "FEAT_AES",
    cfg!(target_feature = "aes"),
    std::arch::is_aarch64_feature_detected!("aes")
);
