//! A random ppc64 program over every ppc64 instruction of the registry, on every
//! backend and, where this host has a reference, on it (see `program.rs`).
#![no_main]

include!("program.rs");

fuzz_target!(|p: Program| run(Arch::Ppc64, &p));
