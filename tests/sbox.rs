//! The compile-time S-boxes against FIPS-197 Figures 7 and 14 (transcribed in
//! `vectors/fips197-sbox.txt`), and the transcription against AES-NI.

use crypto_insn::aes::tables::{INV_SBOX, SBOX};

const FIGURES: &str = include_str!("../vectors/fips197-sbox.txt");

/// (figure name, 256 entries) from the transcription.
fn figures() -> Vec<(String, [u8; 256])> {
    let mut out: Vec<(String, [u8; 256])> = Vec::new();
    for line in FIGURES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let f: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(f.len(), 18, "{line}");
        let row = usize::from_str_radix(f[1], 16).unwrap();
        if out.last().is_none_or(|(n, _)| n != f[0]) {
            out.push((f[0].to_string(), [0; 256]));
        }
        let table = &mut out.last_mut().unwrap().1;
        for (col, v) in f[2..].iter().enumerate() {
            table[16 * row + col] = u8::from_str_radix(v, 16).unwrap();
        }
    }
    out
}

#[test]
fn tables_match_figures_7_and_14() {
    let figs = figures();
    assert_eq!(figs.len(), 2);
    assert_eq!(figs[0].0, "sbox");
    assert_eq!(figs[1].0, "inv_sbox");
    assert_eq!(SBOX, figs[0].1, "Figure 7");
    assert_eq!(INV_SBOX, figs[1].1, "Figure 14");
}

#[cfg(target_arch = "x86_64")]
#[test]
fn figures_match_aes_ni() {
    let Some(cpu) = crypto_insn_testutil::oracle::x86::Oracle::detect() else {
        crypto_insn_testutil::skip("sbox: no AES-NI to cross-check the transcription");
        return;
    };
    let figs = figures();
    let splat = |x: u8| u128::from(x) * 0x0101_0101_0101_0101_0101_0101_0101_0101;
    for x in 0..=255u8 {
        assert_eq!(
            cpu.aesenclast(splat(x), 0),
            splat(figs[0].1[usize::from(x)]),
            "S({x:#04x})"
        );
        assert_eq!(
            cpu.aesdeclast(splat(x), 0),
            splat(figs[1].1[usize::from(x)]),
            "InvS({x:#04x})"
        );
    }
}
