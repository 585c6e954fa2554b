//! A random rv32 program over every rv32 instruction of the registry, on every
//! backend and, where this host has a reference, on it (see `program.rs`).
#![no_main]

include!("program.rs");

fuzz_target!(|p: Program| run(Arch::Rv32, &p));
