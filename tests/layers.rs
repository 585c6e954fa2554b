//! The layering rules of DEVELOPERS.md, checked on the source text: the math
//! layer names no backend and no guest module; the host seam names no guest
//! module (it imports only the math layer and `reg`).

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Every `crate::<module>` path in `dir`'s files whose module is in `forbidden`,
/// as `file:line: text`.
fn violations(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join(dir), &mut files);
    let mut out = Vec::new();
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            for m in forbidden {
                for pat in [
                    format!("crate::{m}::"),
                    format!("crate::{m};"),
                    format!("crate::{m}}}"),
                    format!("crate::{m},"),
                ] {
                    if line.contains(&pat) {
                        out.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn math_layer_names_no_backend_and_no_guest() {
    let bad = violations(
        "src/math",
        &[
            "backend",
            "x86",
            "arm",
            "aes",
            "vector",
            "registry",
            "compose",
            "conformance",
            "sha",
            "clmul",
        ],
    );
    assert!(
        bad.is_empty(),
        "math layer reaches above itself:\n{}",
        bad.join("\n")
    );
    for f in ["src/math"] {
        let mut files = Vec::new();
        rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(f), &mut files);
        for p in files {
            let text = fs::read_to_string(&p).unwrap();
            assert!(!text.contains("Auto"), "{} names Auto", p.display());
        }
    }
}

#[test]
fn host_seam_names_no_guest_module() {
    let bad = violations(
        "src/backend",
        &[
            "x86",
            "arm",
            "aes",
            "vector",
            "registry",
            "compose",
            "conformance",
            "sha",
            "clmul",
        ],
    );
    assert!(
        bad.is_empty(),
        "the seam imports guest or facade modules:\n{}",
        bad.join("\n")
    );
}
