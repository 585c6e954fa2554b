//! `crypto-insn list`: every instruction of the registry
//! ([`crypto_insn::registry::INSTRUCTIONS`]), as a table for a terminal, or
//! (`--markdown`) as the README's instruction table.

use crypto_insn::backend::Native;
use crypto_insn::registry::{INSTRUCTIONS, Instruction, RegWidth, Shape};
use crypto_insn::vector::Arch;

/// The native features this host's native backend reports (`aes` is the base).
fn host_features() -> Vec<&'static str> {
    match Native::detect() {
        Ok(n) => std::iter::once("aes").chain(n.features()).collect(),
        Err(_) => Vec::new(),
    }
}

fn rows(arch: Option<Arch>) -> impl Iterator<Item = &'static Instruction> {
    INSTRUCTIONS
        .iter()
        .filter(move |i| arch.is_none_or(|a| i.arch == a))
}

/// The operands as the vector format and the C ABI name them.
fn operands(i: &Instruction) -> String {
    let mut v: Vec<String> = Vec::new();
    // RISC-V vector rows: the `.vi` forms' immediate (5 bits, vror.vi 6).
    if i.op.and_then(|o| o.vop()).is_some_and(|o| o.has_imm()) {
        v.push("imm".into());
    }
    if i.shape.imm() {
        v.push("imm8".into());
    }
    v.extend(i.operands.iter().map(|s| s.to_string()));
    v.join(", ")
}

/// The instruction as the manual writes it: `AESE (SVE)` for the Arm SVE2
/// rows (`sve_aese`), `VMULL.P64` for arm32 `vmull_p64`.
fn display_name(i: &Instruction) -> String {
    if let Some(m) = i.mnemonic.strip_prefix("sve_") {
        return format!("{} (SVE)", m.to_uppercase());
    }
    i.mnemonic.replace("_p64", ".P64").to_uppercase()
}

/// The free function's path: `x86::aesenc`, `arm::sve::aese`, `arm::a32::aese`.
fn helper_path(i: &Instruction) -> String {
    if let Some(v) = i.op.and_then(|o| o.vop()) {
        return format!("riscv::v::VOp::{v:?}");
    }
    match (i.arch, i.mnemonic.strip_prefix("sve_")) {
        (Arch::Arm, Some(m)) => format!("arm::sve::{m}"),
        (Arch::Arm32, _) => format!("arm::a32::{}", i.mnemonic),
        (Arch::Ppc64, _) => format!("ppc::{}", i.mnemonic),
        // The free functions live in the extension's file (Zkne and Zknd
        // share `zkn_aes.rs`); the both-XLEN ones take an `Xlen` first.
        (Arch::Rv32 | Arch::Rv64, _) => {
            let module = match i.extension {
                "zkne" | "zknd" => "zkn_aes",
                e => e,
            };
            format!("riscv::{module}::{}", i.ident)
        }
        _ => format!("{}::{}", i.arch, i.mnemonic),
    }
}

/// The README table (implemented instructions; one row each).
pub fn markdown() -> String {
    let mut s = String::from(
        "| arch | extension | instruction | helper | operands | steps | CPU feature |\n|---|---|---|---|---|---|---|\n",
    );
    for i in rows(None).filter(|i| i.implemented()) {
        s.push_str(&format!(
            "| {} | {} | {} | `{}` | {}{} | {} | {} |\n",
            i.arch,
            i.extension_title,
            display_name(i),
            helper_path(i),
            operands(i),
            if i.shape.sve() {
                " (1 to 16 segments)"
            } else if i.shape.wide() {
                " (1, 2 or 4 lanes)"
            } else {
                ""
            },
            i.summary,
            i.feature
        ));
    }
    s
}

/// The bit widths a register operand of this width may have (RISC-V GPRs:
/// XLEN).
fn widths(w: RegWidth, arch: Arch) -> Vec<u32> {
    match w {
        RegWidth::Xmm => vec![128],
        RegWidth::Ymm => vec![256],
        RegWidth::Wide => vec![128, 256, 512],
        RegWidth::Vex => vec![128, 256],
        RegWidth::Gpr if arch == Arch::Rv32 => vec![32],
        RegWidth::Gpr => vec![64],
        RegWidth::Sve => (1..=16).map(|n| n * 128).collect(),
        RegWidth::D64 => vec![64],
        RegWidth::Group => vec![128, 256, 512, 1024],
    }
}

/// Whether this host's native backend computes `i` with host instructions.
fn native_status(i: &Instruction, host: &[&str]) -> &'static str {
    match (i.implemented(), i.host_feature()) {
        (false, _) => "planned",
        (true, Some(f)) if host.contains(&f) => "yes",
        (true, _) => "no",
    }
}

/// `list --json`: the members after the common ones ([`crate::json`]):
/// `host_features` (what this host's native backend uses), and
/// `instructions`, one object per registry row: `arch`, `extension`,
/// `extension_title`, `mnemonic`, `name` (as the manual writes it), `helper`
/// (the Rust path under `crypto_insn::`, null for planned rows), `c_function`
/// (the C export, null for planned rows), `shape`, `operands` (`{"name",
/// "widths"}` per register source, widths in bits), `result_widths`, `imm`
/// (`{"min", "max"}` or null), `feature` (the CPU feature a guest needs),
/// `native` (`"yes"`, `"no"` or `"planned"`), `summary` (the steps).
fn json_rows(arch: Option<Arch>) -> u8 {
    let host = host_features();
    let rows: Vec<serde_json::Value> = rows(arch)
        .map(|i| {
            let implemented = i.implemented();
            let operands: Vec<serde_json::Value> = if implemented {
                i.operands
                    .iter()
                    .enumerate()
                    .map(|(k, name)| {
                        // A RISC-V vector row's `rs1` (`.vx`) is an XLEN
                        // register, not a group.
                        let w = if i.shape == Shape::V && *name == "rs1" {
                            RegWidth::Gpr
                        } else {
                            i.shape.operand(k)
                        };
                        serde_json::json!({
                            "name": name,
                            "widths": widths(w, i.arch),
                        })
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let imm_max = i.op.map(|o| o.imm_max());
            let has_imm = i.shape.imm() || i.op.and_then(|o| o.vop()).is_some_and(|o| o.has_imm());
            serde_json::json!({
                "arch": i.arch.as_str(),
                "extension": i.extension,
                "extension_title": i.extension_title,
                "mnemonic": i.mnemonic,
                "name": display_name(i),
                "helper": implemented.then(|| helper_path(i)),
                "c_function": implemented.then(|| format!("crypto_insn_{}_{}", i.arch, i.ident)),
                "shape": implemented.then(|| i.shape.as_str()),
                "operands": operands,
                "result_widths": if implemented { widths(i.shape.result(), i.arch) } else { Vec::new() },
                "imm": match imm_max {
                    Some(max) if has_imm => serde_json::json!({ "min": 0, "max": max }),
                    _ => serde_json::Value::Null,
                },
                "feature": i.feature,
                "native": native_status(i, &host),
                "summary": i.summary,
            })
        })
        .collect();
    let (status, errors) = if rows.is_empty() {
        (
            2,
            vec![crate::json::error(
                None,
                None,
                "no instructions for that architecture",
            )],
        )
    } else {
        (0, Vec::new())
    };
    let body = serde_json::json!({ "host_features": host, "instructions": rows });
    crate::json::emit("list", status, errors, crate::json::members(body))
}

/// The README's feature table: per architecture and extension, the CPU
/// feature a guest needs, the instructions (implemented, then planned), and
/// the host features under which the native backend runs them on the host's
/// own instructions (`-`: computed in software on every host).
pub fn features_markdown() -> String {
    let mut s = String::from(
        "| arch | extension | guest CPU feature | instructions | native on x86_64 | native on aarch64 |\n|---|---|---|---|---|---|\n",
    );
    let mut groups: Vec<(Arch, &str)> = Vec::new();
    for i in INSTRUCTIONS {
        if !groups.contains(&(i.arch, i.extension_title)) {
            groups.push((i.arch, i.extension_title));
        }
    }
    for (arch, ext) in groups {
        let rows: Vec<&Instruction> = INSTRUCTIONS
            .iter()
            .filter(|i| i.arch == arch && i.extension_title == ext)
            .collect();
        let mut features: Vec<&str> = Vec::new();
        for i in &rows {
            if !features.contains(&i.feature) {
                features.push(i.feature);
            }
        }
        let host = |h: &str| {
            let mut v: Vec<&str> = Vec::new();
            for i in &rows {
                for &(ha, f) in i.host {
                    if ha == h && !v.contains(&f) {
                        v.push(f);
                    }
                }
            }
            if v.is_empty() {
                "-".to_string()
            } else {
                let n = rows
                    .iter()
                    .filter(|i| i.host.iter().any(|&(ha, _)| ha == h))
                    .count();
                format!("{} ({n} of {})", v.join(", "), rows.len())
            }
        };
        let implemented: Vec<String> = rows
            .iter()
            .filter(|i| i.implemented())
            .map(|i| display_name(i))
            .collect();
        let planned: Vec<String> = rows
            .iter()
            .filter(|i| !i.implemented())
            .map(|i| display_name(i))
            .collect();
        let mut names = implemented.join(", ");
        if !planned.is_empty() {
            if !names.is_empty() {
                names.push_str("; ");
            }
            names.push_str(&format!("planned: {}", planned.join(", ")));
        }
        s.push_str(&format!(
            "| {arch} | {ext} | {} | {names} | {} | {} |\n",
            features.join("; "),
            host("x86_64"),
            host("aarch64")
        ));
    }
    s
}

/// Prints the listing; exit status 0, or 2 for an architecture with no rows.
pub fn run(arch: Option<Arch>, markdown_out: bool, json: bool, features: bool) -> u8 {
    if features {
        print!("{}", features_markdown());
        return 0;
    }
    if markdown_out {
        print!("{}", markdown());
        return 0;
    }
    if json {
        return json_rows(arch);
    }
    let host = host_features();
    let mut n = 0;
    println!(
        "{:<6} {:<11} {:<18} {:<5} {:<30} {:<8} feature",
        "arch", "extension", "mnemonic", "shape", "operands", "native"
    );
    for i in rows(arch) {
        n += 1;
        let native = native_status(i, &host);
        println!(
            "{:<6} {:<11} {:<18} {:<5} {:<30} {:<8} {}",
            i.arch,
            i.extension,
            i.mnemonic,
            if i.implemented() {
                i.shape.as_str()
            } else {
                "-"
            },
            operands(i),
            native,
            i.feature
        );
    }
    let implemented = rows(arch).filter(|i| i.implemented()).count();
    println!(
        "{n} instructions: {implemented} implemented, {} planned",
        n - implemented
    );
    if n == 0 { 2 } else { 0 }
}

/// `list --llvm`: every LLVM crypto intrinsic name the library knows
/// (`crypto_insn::llvm`, which `tests/llvm_names.txt` checks against LLVM's
/// `Intrinsics*.td`), implemented or not, with its instruction, helper, LLVM
/// signature and status.
pub fn llvm() -> u8 {
    use crypto_insn::llvm::{self, NOT_IMPLEMENTED, Param};
    println!(
        "{:<40} {:<15} {:<20} {:<22} signature",
        "intrinsic", "status", "instruction", "helper"
    );
    let mut implemented = 0;
    for i in llvm::intrinsics() {
        implemented += 1;
        let params: Vec<String> = i
            .params
            .iter()
            .map(|p| match p {
                Param::Reg(t) => t.to_string(),
                Param::Imm(t, max) => format!("{t} immarg(0..={max})"),
            })
            .collect();
        let arch = i.op.arch();
        println!(
            "{:<40} {:<15} {:<20} {:<22} {} ({})",
            i.name,
            "implemented",
            format!("{} {}", arch, i.op.mnemonic().to_uppercase()),
            format!("{arch}::{}", i.op.mnemonic()),
            i.ret,
            params.join(", ")
        );
    }
    for (name, insn) in NOT_IMPLEMENTED {
        println!("{name:<40} {:<15} {insn}", "not-implemented");
    }
    println!(
        "{} LLVM intrinsics: {implemented} implemented, {} not implemented",
        implemented + NOT_IMPLEMENTED.len(),
        NOT_IMPLEMENTED.len()
    );
    0
}
