//! `crypto-insn header`: `include/crypto_insn.h`, generated from the registry.
//!
//! The fixed part (status codes, version and backend functions, the contract)
//! is written here; every instruction's prototype and the
//! `CRYPTO_INSN_FOR_EACH_INSTRUCTION` X-macro come from
//! [`crypto_insn::registry::INSTRUCTIONS`], in the same shapes the C ABI crate
//! exports (`capi/src/lib.rs` expands the same registry).

use std::fmt::Write as _;

use crypto_insn::registry::{INSTRUCTIONS, Instruction, Shape};
use crypto_insn::vector::Arch;

/// The command that regenerates the header, as its first lines name it.
pub const COMMAND: &str = "cargo run -q -p crypto-insn-tools -- header > include/crypto_insn.h";

const PREAMBLE: &str = r#"/*
 * crypto_insn.h -- the C ABI of crypto-insn: bit-exact CPU cryptography
 * instructions for emulators written in C or C++.
 *
 * Link with libcrypto_insn_capi.a (and -lpthread -ldl -lm) or
 * libcrypto_insn_capi.so, built by `cargo build --release -p crypto-insn-capi`.
 *
 * Registers are 16-byte arrays in MEMORY ORDER: byte i is bits 8i+7..8i of the
 * register, exactly what _mm_storeu_si128 / vst1q_u8 store. Wide x86 operations
 * take 16*lanes bytes, lane 0 (bits 127:0) first. POWER (crypto_insn_ppc_*)
 * registers are 16 bytes in ISA BYTE ORDER instead: byte 0 is the ISA's byte 0,
 * the most significant (what a big-endian stvx / stxvb16x stores); an emulator
 * holding the little-endian host layout (QEMU's ppc_avr_t on x86) reverses the
 * 16 bytes first.
 *
 * Contract, for every function returning int:
 *  - all sources are read before dst is written, so dst may be the same array
 *    as any source (full aliasing is allowed; partial overlap is not);
 *  - a NULL pointer returns CRYPTO_INSN_ERR_NULL and writes nothing; other
 *    pointers must be valid for the sizes above (not checkable);
 *  - a lane count the instruction does not have returns CRYPTO_INSN_ERR_ARG;
 *  - the result is the destination register at the operation width; what
 *    happens to wider bits (SSE keeps, VEX/EVEX zero) is the emulator's part;
 *  - the functions are thread-safe; crypto_insn_set_backend takes effect for
 *    the calls that start after it returns (each call reads the selection
 *    once, so a call in flight finishes on the backend it started with; every
 *    backend gives the same results);
 *  - buffers need no alignment; partially overlapping buffers are undefined
 *    (not checked on the fast path).
 */
#ifndef CRYPTO_INSN_H
#define CRYPTO_INSN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes. */
#define CRYPTO_INSN_OK 0
#define CRYPTO_INSN_ERR_NULL (-1)        /* a pointer was NULL; nothing written */
#define CRYPTO_INSN_ERR_ARG (-2)         /* lane count not 1, 2 or 4 */
#define CRYPTO_INSN_ERR_UNAVAILABLE (-3) /* backend not available on this CPU/build */
#define CRYPTO_INSN_ERR_UNKNOWN (-4)     /* not a backend name */
#define CRYPTO_INSN_ERR_ILLEGAL (-5)     /* a reserved encoding (the guest raises illegal-instruction); nothing written */

/* The library version ("0.1.0"), a static string. */
const char *crypto_insn_version(void);

/* Selects the backend for all later calls in the process (the exports forward
 * through its table; see crypto_insn_table below): "auto" (default:
 * native when the CPU has it, else vperm where the CPU has SSSE3/AdvSIMD, else
 * soft), "soft" (table-driven), "ct" (constant-time software), "vperm"
 * (constant-time vector permutes) or "native". Returns a status; "native" or
 * "vperm" on a CPU without the instructions is CRYPTO_INSN_ERR_UNAVAILABLE
 * (never a silent fallback). */
int crypto_insn_set_backend(const char *name);

/* The backend calls run on now: "soft", "ct", "vperm" or "native" (static
 * string). */
const char *crypto_insn_backend(void);
"#;

/// The resolved-function part: the table type's opening.
const RESOLVED_PREAMBLE: &str = r#"

/* Resolved functions, for emulators that register helper pointers (TCG
 * helpers, JIT call targets): each backend is a static table holding one
 * function per instruction, compiled for that backend alone (native: with the
 * host's AES target features, the instruction inlined). The exports above
 * forward to the current table's function (a load of the export's slot and
 * an indirect jump); calling a table's function directly skips that forward.
 * Each member has the signature and contract of the export of the same name
 * (crypto_insn_<member>). Tables are static: a pointer
 * stays valid for the life of the process, also after crypto_insn_set_backend
 * (it then keeps computing on the backend it belongs to). */
typedef void (*crypto_insn_fn)(void);

struct crypto_insn_table {
    const char *backend; /* "soft", "ct", "vperm" or "native" */
"#;

/// The resolved-function part: the table type's end and the functions.
const RESOLVED_FUNCTIONS: &str = r#"};

/* The current backend's table (resolving "auto" on first use); never NULL. */
const struct crypto_insn_table *crypto_insn_table(void);

/* The table of the backend named ("auto", "soft", "ct", "vperm", "native"),
 * or NULL for an unknown name or a backend this CPU lacks. Does not change the
 * process-wide backend. */
const struct crypto_insn_table *crypto_insn_table_for(const char *backend);

/* The current backend's function for one instruction, named as in its export
 * (arch "x86", "arm", "arm32", "ppc64", "rv32" or "rv64"; mnemonic "aesenc",
 * "vaesem_vv"), or NULL for an unknown one. Cast it to the export's type:
 *   int (*f)(uint8_t *, const uint8_t *, const uint8_t *) =
 *       (int (*)(uint8_t *, const uint8_t *, const uint8_t *))
 *       crypto_insn_resolve("x86", "aesenc"); */
crypto_insn_fn crypto_insn_resolve(const char *arch, const char *mnemonic);

/* The current backend's function for one instruction with its immediate
 * fixed, for emulators that know it at translation time: the export's
 * signature without the imm8, computing the export with imm8 = imm. NULL for
 * an instruction without such a form (today only x86 "aeskeygenassist" has
 * one: on the native backend it is the instruction with imm8 encoded). Cast:
 *   int (*f)(uint8_t *, const uint8_t *) = (int (*)(uint8_t *, const uint8_t *))
 *       crypto_insn_resolve_imm("x86", "aeskeygenassist", 0x01); */
crypto_insn_fn crypto_insn_resolve_imm(const char *arch, const char *mnemonic, uint8_t imm);
"#;

/// The C type of a general-purpose register of `arch`.
fn gpr_type(arch: Arch) -> &'static str {
    if arch == Arch::Rv32 {
        "uint32_t"
    } else {
        "uint64_t"
    }
}

/// The C parameter list of an instruction.
fn params(i: &Instruction) -> String {
    if i.shape == Shape::V {
        return "uint8_t *vd, const uint8_t *vs2, const uint8_t *vs1, uint64_t rs1, uint8_t imm, size_t vd_bytes, uint32_t sew, uint32_t vl, uint32_t vstart".into();
    }
    if i.shape.gpr() {
        let t = gpr_type(i.arch);
        let mut p = vec![format!("{t} *rd")];
        p.extend(i.operands.iter().map(|o| format!("{t} {o}")));
        if i.shape.imm() {
            p.push("uint8_t imm".into());
        }
        return p.join(", ");
    }
    let mut p: Vec<String> = vec!["uint8_t *dst".into()];
    p.extend(i.operands.iter().map(|o| format!("const uint8_t *{o}")));
    if i.shape.sve() {
        p.push("size_t segments".into());
    } else if i.shape.wide() {
        p.push("size_t lanes".into());
    }
    if i.shape.imm() {
        p.push("uint8_t imm8".into());
    }
    p.join(", ")
}

/// What a group's comment says about its operands.
fn shape_note(shape: Shape) -> &'static str {
    match shape {
        Shape::W2 | Shape::W2I => {
            " Each array is 16*lanes bytes, lanes = 1 (128-bit), 2 (256-bit) or 4 (512-bit)."
        }
        Shape::V2 => " Each array is 16*lanes bytes, lanes = 1 (VEX.128) or 2 (VEX.256).",
        Shape::Y2X | Shape::YX | Shape::Y2 => " YMM operands and dst are 32 bytes, XMM ones 16.",
        Shape::X1 | Shape::X1I | Shape::X2 | Shape::X2I => {
            " Registers are XLEN-bit integers; the result goes to *rd; a reserved immediate returns CRYPTO_INSN_ERR_ILLEGAL."
        }
        Shape::Z1 | Shape::Z2 => {
            " SVE Z registers: each array is 16*segments bytes (what STR Zn stores), segments = VL/128 = 1 to 16; unpredicated, every segment independent."
        }
        Shape::D2 => " dn and dm are 8-byte D registers, dst a 16-byte Q register.",
        Shape::V => {
            " RISC-V vector, VLEN = 128, register groups in memory order (vse8.v): vd is vd_bytes (16, 32, 64, 128 = LMUL 1-8; vwsll: 2 x LMUL, 32-128), read and written; vs2 and vs1 are LMUL x 16 bytes (a .vs form's vs2 16); vs1 is read only by the forms that name it (NULL allowed otherwise), rs1 only by .vx (rv32: its low 32 bits, sign-extended to SEW at SEW 64 as the V extension says), imm only by .vi; sew 0 = the op's default (64 for vclmul/vclmulh, else 32); vl, vstart in elements; tail and mask undisturbed, unmasked. A reserved configuration returns CRYPTO_INSN_ERR_ILLEGAL; a bad vd_bytes CRYPTO_INSN_ERR_ARG."
        }
        _ => "",
    }
}

/// The whole header text.
#[must_use]
pub fn render() -> String {
    let mut s = format!(
        "/* Generated from the instruction registry (src/registry.rs) by\n *   {COMMAND}\n * Do not edit: CI fails when this file differs from the generator's output. */\n"
    );
    s.push_str(PREAMBLE);
    let mut last: Option<(&str, &str)> = None;
    for i in INSTRUCTIONS.iter().filter(|i| i.implemented()) {
        let group = (i.arch.as_str(), i.extension);
        if last != Some(group) {
            let _ = write!(
                s,
                "\n/* {} {} ({}).{} */\n",
                i.arch,
                i.extension_title,
                i.feature,
                shape_note(i.shape)
            );
            last = Some(group);
        }
        let _ = writeln!(
            s,
            "int crypto_insn_{}_{}({}); /* {} */",
            i.arch,
            i.ident,
            params(i),
            i.summary
        );
    }
    s.push_str(
        "\n/* Every instruction as X(arch, mnemonic, shape), in registry order, for\n * tables of function pointers. Shapes (uint8_t arrays unless said):\n *   R1 (dst, a), R1I (dst, a, imm8), R2 (dst, a, b), R2I (dst, a, b, imm8),\n *   R3 (dst, a, b, c), R3I (dst, a, b, c, imm8),\n *   W2 (dst, a, b, lanes), W2I (dst, a, b, lanes, imm8): lanes 1, 2 or 4,\n *   V2 (dst, a, b, lanes): lanes 1 or 2,\n *   Y2X (dst[32], a[32], b[32], c[16]), YX (dst[32], a[32], b[16]), Y2 (dst[32], a[32], b[32]),\n *   X1 (rd*, rs1), X1I (rd*, rs1, imm), X2 (rd*, rs1, rs2), X2I (rd*, rs1, rs2, imm):\n *     XLEN-bit integers (uint32_t on rv32, uint64_t on rv64),\n *   Z1 (dst, a, segments), Z2 (dst, a, b, segments): SVE, 16*segments bytes, segments 1 to 16,\n *   D2 (dst[16], a[8], b[8]),\n *   V (vd, vs2, vs1, rs1, imm, vd_bytes, sew, vl, vstart): RISC-V vector register groups,\n *     the mnemonic with '.' as '_' (vaesem_vv is vaesem.vv). */\n#define CRYPTO_INSN_FOR_EACH_INSTRUCTION(X) \\\n",
    );
    let rows: Vec<String> = INSTRUCTIONS
        .iter()
        .filter(|i| i.implemented())
        .map(|i| format!("    X({}, {}, {})", i.arch, i.ident, i.shape))
        .collect();
    s.push_str(&rows.join(" \\\n"));
    s.push_str(RESOLVED_PREAMBLE);
    for i in INSTRUCTIONS.iter().filter(|i| i.implemented()) {
        let _ = writeln!(s, "    int (*{}_{})({});", i.arch, i.ident, params(i));
    }
    s.push_str(RESOLVED_FUNCTIONS);
    s.push_str("\n#ifdef __cplusplus\n}\n#endif\n\n#endif /* CRYPTO_INSN_H */\n");
    s
}

/// Prints the header.
pub fn run() -> u8 {
    print!("{}", render());
    0
}
