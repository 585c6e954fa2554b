//! Compiles the two-function C shim around valgrind's client-request macros
//! (`<valgrind/memcheck.h>`, from Debian's `valgrind` package) into a static
//! library, with the system C compiler and `ar`: no build dependency.

use std::path::PathBuf;
use std::process::Command;

fn run(cmd: &mut Command) {
    let status = cmd
        .status()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(status.success(), "{cmd:?} failed: {status}");
}

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let obj = out.join("shim.o");
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    run(Command::new(cc)
        .args(["-c", "-O2", "-fPIC", "src/shim.c", "-o"])
        .arg(&obj));
    run(Command::new("ar")
        .arg("rcs")
        .arg(out.join("libctgrind_shim.a"))
        .arg(&obj));
    println!("cargo:rustc-link-search=native={}", out.display());
    println!("cargo:rustc-link-lib=static=ctgrind_shim");
    println!("cargo:rerun-if-changed=src/shim.c");
}
