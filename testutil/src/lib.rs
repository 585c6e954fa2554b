//! Test support shared by the tests, the CLI's self-test and the benches.
//!
//! - [`shared_dir`]: where the published vectors (`../shared/vectors`) are;
//! - [`skip`]: the skip policy (a note on stderr, a failure under
//!   `CRYPTO_INSN_STRICT=1`);
//! - [`Rng`]: a small deterministic generator (SplitMix64) for random cases;
//! - [`cross`]: each architecture's SHA instructions composed from the other's;
//! - [`gcm`]: the GCM specification's test cases;
//! - [`mod@reference`]: the host's instructions as the reference for every guest
//!   instruction, keyed by architecture and mnemonic.

pub mod cross;
pub mod gcm;
pub mod reference;

use std::path::PathBuf;

/// Environment variable naming the `shared` folder (the one holding `vectors/`).
pub const SHARED_ENV: &str = "CRYPTO_INSN_SHARED";

/// Environment variable that turns skips into failures (`.ci/run` sets it to 1).
pub const STRICT_ENV: &str = "CRYPTO_INSN_STRICT";

/// The workspace root, computed from this crate's `CARGO_MANIFEST_DIR` (so it is
/// the same whichever crate asks).
#[must_use]
pub fn workspace_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map_or(here.clone(), PathBuf::from)
}

/// The `shared` folder: `$CRYPTO_INSN_SHARED` if set, else `shared` beside the
/// workspace root (`<root>/../shared`).
#[must_use]
pub fn shared_dir() -> PathBuf {
    match std::env::var_os(SHARED_ENV) {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => workspace_root()
            .parent()
            .map_or_else(|| PathBuf::from("../shared"), |p| p.join("shared")),
    }
}

/// `shared/vectors/<rel>`.
#[must_use]
pub fn shared_vectors(rel: &str) -> PathBuf {
    shared_dir().join("vectors").join(rel)
}

/// Whether `CRYPTO_INSN_STRICT=1` is set.
#[must_use]
pub fn strict() -> bool {
    std::env::var(STRICT_ENV).is_ok_and(|v| v == "1")
}

/// Reports a skipped test part on stderr; panics under `CRYPTO_INSN_STRICT=1`.
///
/// # Panics
/// In strict mode, always.
pub fn skip(what: &str) {
    eprintln!("SKIPPED: {what}");
    assert!(
        !strict(),
        "{STRICT_ENV}=1 and a test input is missing: {what}"
    );
}

/// Reads `shared/vectors/<rel>`, or [`skip`]s and returns `None` when it is absent.
///
/// # Panics
/// Under strict mode when the file is missing.
#[must_use]
pub fn read_shared(rel: &str) -> Option<String> {
    let path = shared_vectors(rel);
    match std::fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(e) => {
            skip(&format!(
                "{} unreadable ({e}); set {SHARED_ENV} to the shared folder",
                path.display()
            ));
            None
        }
    }
}

/// Environment variable that scales case counts down (e.g. `10` = a tenth) for
/// slow lanes such as qemu-user; every test still runs.
pub const CASES_DIVISOR_ENV: &str = "CRYPTO_INSN_CASES_DIVISOR";

/// `full` random cases, divided by `$CRYPTO_INSN_CASES_DIVISOR` when set (at
/// least 1).
#[must_use]
pub fn cases(full: usize) -> usize {
    let div = std::env::var(CASES_DIVISOR_ENV)
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&d| d > 0)
        .unwrap_or(1);
    (full / div).max(1)
}

/// SplitMix64: a tiny, fast, deterministic generator for test inputs (not for
/// anything secret).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    #[must_use]
    pub const fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// The next 128 random bits.
    pub fn next_u128(&mut self) -> u128 {
        u128::from(self.next_u64()) | (u128::from(self.next_u64()) << 64)
    }

    /// A register value that is often an edge case (all zeros, all ones, a
    /// repeated byte, a single bit) and otherwise uniformly random.
    pub fn next_reg(&mut self) -> u128 {
        let r = self.next_u64();
        match r % 16 {
            0 => 0,
            1 => u128::MAX,
            2 => u128::from((r >> 8) as u8) * 0x0101_0101_0101_0101_0101_0101_0101_0101,
            3 => 1u128 << ((r >> 8) % 128),
            _ => self.next_u128(),
        }
    }
}

pub mod oracle;
