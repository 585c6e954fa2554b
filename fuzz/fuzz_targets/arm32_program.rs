//! A random AArch32 program over every arm32 instruction of the registry, on
//! every backend and on the host's own instructions or their compositions (see
//! `program.rs`).
#![no_main]

include!("program.rs");

fuzz_target!(|p: Program| run(Arch::Arm32, &p));
