//! `crypto_insn::llvm`: the names transcribed from LLVM (`tests/llvm_names.txt`)
//! against the module's tables, every intrinsic against the registry's
//! `Op::execute` on the same inputs, the operand mapping of each family
//! against the guest helpers called by hand, FIPS-197 through
//! `llvm.x86.aesni.aesenc`, and the errors.

use std::collections::BTreeSet;

use crypto_insn::backend::Soft;
use crypto_insn::llvm::{
    self, ElementOrder, LlvmError, LlvmType, LlvmValue, NOT_IMPLEMENTED, Param,
};
use crypto_insn::vector::Value;
use crypto_insn::{arm, ppc, reg, riscv, x86};
use crypto_insn_testutil::{Rng, cases, read_shared};

fn names_file() -> Vec<String> {
    include_str!("llvm_names.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

#[test]
fn every_transcribed_name_is_implemented_or_listed_and_nothing_else() {
    let file = names_file();
    let set: BTreeSet<&str> = file.iter().map(String::as_str).collect();
    assert_eq!(set.len(), file.len(), "a name twice in llvm_names.txt");
    let mut known = BTreeSet::new();
    for i in llvm::intrinsics() {
        assert!(known.insert(i.name), "{} twice in the module", i.name);
        assert!(
            llvm::not_implemented(i.name).is_none(),
            "{} in both",
            i.name
        );
    }
    for (n, insn) in NOT_IMPLEMENTED {
        assert!(known.insert(n), "{n} twice");
        assert!(!insn.is_empty());
    }
    let missing: Vec<_> = set.difference(&known).collect();
    let extra: Vec<_> = known.difference(&set).collect();
    assert!(
        missing.is_empty(),
        "in llvm_names.txt, not mapped: {missing:?}"
    );
    assert!(extra.is_empty(), "mapped, not in llvm_names.txt: {extra:?}");
    for n in &file {
        match llvm::call(n, &[]) {
            Err(LlvmError::Arity { .. }) => assert!(llvm::lookup(n).is_some()),
            Err(LlvmError::NotImplemented(insn)) => {
                assert_eq!(Some(insn), llvm::not_implemented(n))
            }
            other => panic!("{n}: {other:?}"),
        }
    }
}

/// A random value of `ty` (a scalable type at `segments` 128-bit segments).
fn random(rng: &mut Rng, ty: LlvmType, segments: usize) -> LlvmValue {
    let l = [
        rng.next_u128(),
        rng.next_u128(),
        rng.next_u128(),
        rng.next_u128(),
    ];
    let n = if ty.is_scalable() { segments } else { 4 };
    LlvmValue::from_lanes(ty, &l[..n], ElementOrder::LowFirst)
}

/// The register value of a vector argument, computed here from the LLVM
/// definition (element i at bits i*w), independently of the module.
fn lanes_by_hand(v: &LlvmValue) -> Vec<u128> {
    let mut bits: Vec<u8> = Vec::new(); // little-endian bytes of the whole vector
    match v {
        LlvmValue::V16I8(e) => bits.extend(e),
        LlvmValue::V32I8(e) => bits.extend(e),
        LlvmValue::V64I8(e) => bits.extend(e),
        LlvmValue::V8I16(e) => e.iter().for_each(|x| bits.extend(x.to_le_bytes())),
        LlvmValue::V4I32(e) => e.iter().for_each(|x| bits.extend(x.to_le_bytes())),
        LlvmValue::V8I32(e) => e.iter().for_each(|x| bits.extend(x.to_le_bytes())),
        LlvmValue::V16I32(e) => e.iter().for_each(|x| bits.extend(x.to_le_bytes())),
        LlvmValue::V1I64(e) => e.iter().for_each(|x| bits.extend(x.to_le_bytes())),
        LlvmValue::V2I64(e) => e.iter().for_each(|x| bits.extend(x.to_le_bytes())),
        LlvmValue::V4I64(e) => e.iter().for_each(|x| bits.extend(x.to_le_bytes())),
        LlvmValue::V8I64(e) => e.iter().for_each(|x| bits.extend(x.to_le_bytes())),
        _ => panic!("not a typed vector: {v:?}"),
    }
    // A 64-bit vector is the low half of one register lane.
    bits.resize(bits.len().div_ceil(16) * 16, 0);
    bits.chunks(16)
        .map(|c| u128::from_le_bytes(c.try_into().unwrap()))
        .collect()
}

#[test]
fn every_intrinsic_matches_op_execute_on_the_same_inputs() {
    let mut rng = Rng::new(0x11f1);
    let mut calls = 0;
    for i in llvm::intrinsics() {
        let gpr = i.op.shape().gpr();
        for case in 0..cases(200) {
            // SVE: VL 128, 256 and 512 bits in turn.
            let segments = [1, 2, 4][case % 3];
            let mut args = Vec::new();
            let mut srcs = Vec::new();
            let mut imms = Vec::new();
            for p in i.params {
                match *p {
                    Param::Imm(ty, max) => {
                        let v = u64::from((rng.next_u64() % (u64::from(max) + 1)) as u8);
                        let v = if case == 0 { u64::from(max) } else { v };
                        imms.push(v as u8);
                        args.push(match ty {
                            LlvmType::I8 => LlvmValue::I8(v as u8),
                            LlvmType::I32 => LlvmValue::I32(v as u32),
                            _ => LlvmValue::I64(v),
                        });
                    }
                    Param::Reg(ty) => {
                        let v = random(&mut rng, ty, segments);
                        srcs.push(match v {
                            LlvmValue::I32(s) if gpr => Value::gpr32(s),
                            LlvmValue::I64(s) if gpr => Value::gpr64(s),
                            LlvmValue::I32(s) => Value::xmm(u128::from(s)),
                            LlvmValue::I64(s) => Value::xmm(u128::from(s)),
                            _ => Value::from_lanes(&lanes_by_hand(&v)).unwrap(),
                        });
                        args.push(v);
                    }
                }
            }
            let imm = match imms[..] {
                [] => 0,
                [a] => a,
                [st, six] => st << 4 | six,
                _ => unreachable!(),
            };
            let want = i.op.execute(Soft, imm, &srcs);
            let got = llvm::call(i.name, &args).unwrap_or_else(|e| panic!("{}: {e}", i.name));
            assert!(got.ty().is_some() && got.fits(i.ret), "{} {got:?}", i.name);
            let got_lanes = match got {
                LlvmValue::I32(v) => vec![u128::from(v)],
                LlvmValue::I64(v) => vec![u128::from(v)],
                _ => lanes_by_hand(&got),
            };
            let mask = |v: u128| match i.ret {
                LlvmType::I32 => v as u32 as u128,
                LlvmType::I64 => v as u64 as u128,
                _ => v,
            };
            let want_lanes: Vec<u128> = want.lanes().iter().map(|&v| mask(v)).collect();
            assert_eq!(got_lanes, want_lanes, "{} {args:x?}", i.name);
            calls += 1;
        }
    }
    assert!(calls > 200);
}

fn q(v: u128) -> LlvmValue {
    LlvmValue::V2I64([v as u64, (v >> 64) as u64])
}

fn d4(v: u128) -> LlvmValue {
    LlvmValue::V4I32(reg::to_dwords(v))
}

fn b16(v: u128) -> LlvmValue {
    LlvmValue::V16I8(v.to_le_bytes())
}

/// Each operand convention against the helper called with the manual's
/// operands placed by hand.
#[test]
fn operand_mapping_by_family() {
    let mut rng = Rng::new(7);
    for _ in 0..cases(100) {
        let (u, v, w) = (rng.next_u128(), rng.next_u128(), rng.next_u128());
        let (s32, t32) = (rng.next_u64() as u32, rng.next_u64() as u32);
        let (s64, t64) = (rng.next_u64(), rng.next_u64());
        // <2 x i64> as u128: element 0 the low qword.
        assert_eq!(
            llvm::call("llvm.x86.aesni.aesenc", &[q(u), q(v)]),
            Ok(q(x86::aesenc(u, v)))
        );
        assert_eq!(
            llvm::call("llvm.x86.pclmulqdq", &[q(u), q(v), LlvmValue::I8(0x11)]),
            Ok(q(x86::pclmulqdq(u, v, 0x11)))
        );
        assert_eq!(
            llvm::call("llvm.x86.sha256rnds2", &[d4(u), d4(v), d4(w)]),
            Ok(d4(x86::sha256rnds2(u, v, w)))
        );
        // The i32 hash_e of SHA1C goes into Sn, the low word of Vn.
        assert_eq!(
            llvm::call(
                "llvm.aarch64.crypto.sha1c",
                &[d4(u), LlvmValue::I32(s32), d4(w)]
            ),
            Ok(d4(arm::sha1c(u, u128::from(s32), w)))
        );
        assert_eq!(
            llvm::call("llvm.arm.neon.sha1h", &[LlvmValue::I32(s32)]),
            Ok(LlvmValue::I32(arm::sha1h(u128::from(s32)) as u32))
        );
        assert_eq!(
            llvm::call(
                "llvm.aarch64.neon.pmull64",
                &[LlvmValue::I64(s64), LlvmValue::I64(t64)]
            ),
            Ok(b16(arm::pmull(u128::from(s64), u128::from(t64))))
        );
        // VMULL.P64: the <1 x i64> D registers, a <2 x i64> Q result.
        assert_eq!(
            llvm::call(
                "llvm.arm.neon.vmullp.v2i64",
                &[LlvmValue::V1I64([s64]), LlvmValue::V1I64([t64])]
            ),
            Ok(q(arm::a32::vmull_p64(s64, t64)))
        );
        assert_eq!(
            llvm::call("llvm.aarch64.crypto.aese", &[b16(u), b16(v)]),
            Ok(b16(arm::aese(u, v)))
        );
        assert_eq!(
            llvm::call("llvm.aarch64.crypto.xar", &[q(u), q(v), LlvmValue::I64(13)]),
            Ok(q(arm::xar(u, v, 13)))
        );
        assert_eq!(
            llvm::call(
                "llvm.aarch64.crypto.sm3tt1a",
                &[d4(u), d4(v), d4(w), LlvmValue::I64(2)]
            ),
            Ok(d4(arm::sm3tt1a(u, v, w, 2)))
        );
        // RISC-V: i32 registers, the byte select an i32 immediate.
        for bs in 0..4u8 {
            assert_eq!(
                llvm::call(
                    "llvm.riscv.aes32esmi",
                    &[
                        LlvmValue::I32(s32),
                        LlvmValue::I32(t32),
                        LlvmValue::I32(u32::from(bs))
                    ]
                ),
                Ok(LlvmValue::I32(
                    riscv::zkn_aes::aes32esmi(s32, t32, bs).unwrap()
                ))
            );
        }
        assert_eq!(
            llvm::call(
                "llvm.riscv.aes64ks1i",
                &[LlvmValue::I64(s64), LlvmValue::I32(10)]
            ),
            Ok(LlvmValue::I64(riscv::zkn_aes::aes64ks1i(s64, 10).unwrap()))
        );
        assert_eq!(
            llvm::call(
                "llvm.riscv.clmulh.i64",
                &[LlvmValue::I64(s64), LlvmValue::I64(t64)]
            ),
            Ok(LlvmValue::I64(riscv::zbkc::clmulh(
                riscv::Xlen::X64,
                s64,
                t64
            )))
        );
        // POWER: st and six as two i32 immediates.
        assert_eq!(
            llvm::call(
                "llvm.ppc.altivec.crypto.vshasigmaw",
                &[d4(u), LlvmValue::I32(1), LlvmValue::I32(0xa)]
            ),
            Ok(d4(ppc::vshasigmaw(u, 0x1a)))
        );
        assert_eq!(
            llvm::call("llvm.ppc.altivec.crypto.vcipher", &[q(u), q(v)]),
            Ok(q(ppc::vcipher(u, v)))
        );
        // Big-endian POWER: element 0 is the most significant doubleword.
        let be = |v: u128| LlvmValue::V2I64([(v >> 64) as u64, v as u64]);
        assert_eq!(
            llvm::call_ordered(
                "llvm.ppc.altivec.crypto.vcipher",
                &[be(u), be(v)],
                ElementOrder::HighFirst
            ),
            Ok(be(ppc::vcipher(u, v)))
        );
        // A raw register value is accepted for any 128-bit vector type.
        assert_eq!(
            llvm::call(
                "llvm.aarch64.crypto.sha256h",
                &[LlvmValue::V128(u), d4(v), LlvmValue::V128(w)]
            ),
            Ok(d4(arm::sha256h(u, v, w)))
        );
        // VAES.256: lane 0 from elements 0 and 1.
        let y = |a: u128, b: u128| {
            LlvmValue::V4I64([a as u64, (a >> 64) as u64, b as u64, (b >> 64) as u64])
        };
        let want = x86::vaesenc([u, v], [w, u]);
        assert_eq!(
            llvm::call("llvm.x86.aesni.aesenc.256", &[y(u, v), y(w, u)]),
            Ok(y(want[0], want[1]))
        );
    }
}

/// The SVE2 intrinsics at VL 128, 256 and 512 against the A64 helpers
/// applied to each 128-bit segment (PMULLB/PMULLT .Q: PMULL/PMULL2 of the
/// segment's doublewords), and a call mixing widths.
#[test]
fn sve_intrinsics_per_segment() {
    type Seg = fn(u128, u128) -> u128;
    type Seg1 = fn(u128) -> u128;
    let pairs: [(&str, Seg); 7] = [
        ("llvm.aarch64.sve.aese", arm::aese),
        ("llvm.aarch64.sve.aesd", arm::aesd),
        ("llvm.aarch64.sve.rax1", arm::rax1),
        ("llvm.aarch64.sve.sm4e", arm::sm4e),
        ("llvm.aarch64.sve.sm4ekey", arm::sm4ekey),
        ("llvm.aarch64.sve.pmullb.pair.nxv2i64", arm::pmull),
        ("llvm.aarch64.sve.pmullt.pair.nxv2i64", arm::pmull2),
    ];
    let singles: [(&str, Seg1); 2] = [
        ("llvm.aarch64.sve.aesmc", arm::aesmc),
        ("llvm.aarch64.sve.aesimc", arm::aesimc),
    ];
    let mut rng = Rng::new(0x5ee2);
    let raw = |l: &[u128]| match *l {
        [a] => LlvmValue::V128(a),
        [a, b] => LlvmValue::V256([a, b]),
        [a, b, c, d] => LlvmValue::V512([a, b, c, d]),
        _ => unreachable!(),
    };
    for _ in 0..cases(50) {
        for n in [1usize, 2, 4] {
            let a: Vec<u128> = (0..n).map(|_| rng.next_u128()).collect();
            let b: Vec<u128> = (0..n).map(|_| rng.next_u128()).collect();
            for (name, f) in pairs {
                let ty = llvm::lookup(name).unwrap().ret;
                let want: Vec<u128> = a.iter().zip(&b).map(|(&x, &y)| f(x, y)).collect();
                let args = [
                    LlvmValue::from_lanes(ty, &a, ElementOrder::LowFirst),
                    LlvmValue::from_lanes(ty, &b, ElementOrder::LowFirst),
                ];
                let got = llvm::call(name, &args).unwrap();
                assert_eq!(got.ty(), Some(ty.at_segments(n)), "{name}");
                assert_eq!(lanes_by_hand(&got), want, "{name} VL {}", n * 128);
                // Raw register values give the same.
                let got_raw = llvm::call(name, &[raw(&a), raw(&b)]).unwrap();
                assert_eq!(got_raw, got, "{name}");
            }
            for (name, f) in singles {
                let want: Vec<u128> = a.iter().map(|&x| f(x)).collect();
                let got = llvm::call(name, &[raw(&a)]).unwrap();
                assert_eq!(got.ty(), Some(LlvmType::NxV16I8.at_segments(n)));
                assert_eq!(lanes_by_hand(&got), want, "{name}");
            }
        }
    }
    // Operands of different widths, or of another element width.
    assert_eq!(
        llvm::call(
            "llvm.aarch64.sve.aese",
            &[LlvmValue::V256([0; 2]), LlvmValue::V128(0)]
        ),
        Err(LlvmError::Type {
            index: 1,
            expected: LlvmType::NxV16I8
        })
    );
    assert_eq!(
        llvm::call("llvm.aarch64.sve.sm4e", &[d4(0), q(0)]),
        Err(LlvmError::Type {
            index: 1,
            expected: LlvmType::NxV4I32
        })
    );
    assert_eq!(LlvmType::NxV2I64.to_string(), "<vscale x 2 x i64>");
}

/// FIPS-197 Appendix B, round 1, through `llvm.x86.aesni.aesenc`: the state
/// at the start of round 1 and the round key give the start of round 2.
#[test]
fn fips197_round_through_aesenc() {
    let Some(text) = read_shared("fips197/aes128.txt") else {
        return;
    };
    let find = |round: &str, label: &str| {
        text.lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>())
            .find(|f| f.len() == 4 && f[0] == "B" && f[1] == round && f[2] == label)
            .map(|f| reg::parse_mem_hex(f[3]).unwrap())
            .unwrap_or_else(|| panic!("B {round} {label} not in the file"))
    };
    let mut checked = 0;
    for round in 1..=9 {
        let start = find(&round.to_string(), "start");
        let key = find(&round.to_string(), "k_sch");
        let next = find(&(round + 1).to_string(), "start");
        assert_eq!(
            llvm::call("llvm.x86.aesni.aesenc", &[q(start), q(key)]),
            Ok(q(next)),
            "round {round}"
        );
        checked += 1;
    }
    let last = llvm::call(
        "llvm.x86.aesni.aesenclast",
        &[q(find("10", "start")), q(find("10", "k_sch"))],
    )
    .unwrap();
    assert_eq!(lanes(last), find("10", "output"));
    assert_eq!(checked, 9);
}

fn lanes(v: LlvmValue) -> u128 {
    v.lanes(ElementOrder::LowFirst).unwrap().0[0]
}

#[test]
fn errors_never_panics() {
    assert_eq!(
        llvm::call("llvm.x86.sse2.paddb", &[]),
        Err(LlvmError::UnknownName)
    );
    assert_eq!(llvm::call("", &[]), Err(LlvmError::UnknownName));
    assert!(matches!(
        llvm::call("llvm.riscv.vaesef.vv", &[]),
        Err(LlvmError::NotImplemented(i)) if i.contains("VAESEF")
    ));
    assert_eq!(
        llvm::call("llvm.x86.aesni.aesenc", &[q(1)]),
        Err(LlvmError::Arity {
            expected: 2,
            got: 1
        })
    );
    assert_eq!(
        llvm::call("llvm.x86.aesni.aesenc", &[q(1), d4(2)]),
        Err(LlvmError::Type {
            index: 1,
            expected: LlvmType::V2I64
        })
    );
    assert_eq!(
        llvm::call("llvm.x86.aesni.aesenc", &[q(1), LlvmValue::V256([0; 2])]),
        Err(LlvmError::Type {
            index: 1,
            expected: LlvmType::V2I64
        })
    );
    let bs4 = [LlvmValue::I32(1), LlvmValue::I32(2), LlvmValue::I32(4)];
    assert_eq!(
        llvm::call("llvm.riscv.sm4ed", &bs4),
        Err(LlvmError::ImmOutOfRange {
            index: 2,
            value: 4,
            max: 3
        })
    );
    assert_eq!(
        llvm::call(
            "llvm.riscv.aes64ks1i",
            &[LlvmValue::I64(0), LlvmValue::I32(11)]
        ),
        Err(LlvmError::ImmOutOfRange {
            index: 1,
            value: 11,
            max: 10
        })
    );
    assert_eq!(
        llvm::call("llvm.aarch64.crypto.xar", &[q(0), q(0), LlvmValue::I64(64)]),
        Err(LlvmError::ImmOutOfRange {
            index: 2,
            value: 64,
            max: 63
        })
    );
    assert!(matches!(
        llvm::call(
            "llvm.ppc.altivec.crypto.vshasigmad",
            &[q(0), LlvmValue::I32(2), LlvmValue::I32(0)]
        ),
        Err(LlvmError::ImmOutOfRange { index: 1, .. })
    ));
    // Every intrinsic with every single-type argument list: an error or a
    // value, never a panic.
    let samples = [
        LlvmValue::I8(0xff),
        LlvmValue::I32(u32::MAX),
        LlvmValue::I64(u64::MAX),
        q(u128::MAX),
        d4(u128::MAX),
        b16(u128::MAX),
        LlvmValue::V128(u128::MAX),
        LlvmValue::V256([u128::MAX; 2]),
        LlvmValue::V512([u128::MAX; 4]),
    ];
    for i in llvm::intrinsics() {
        for s in samples {
            for n in 0..=4 {
                let args = vec![s; n];
                let r = llvm::call(i.name, &args);
                if let Ok(v) = r {
                    assert!(v.ty().is_some() && v.fits(i.ret), "{} {v:?}", i.name);
                }
            }
        }
        assert!(!format!("{}", LlvmError::UnknownName).is_empty());
    }
}
