//! A random x86 program over every x86 instruction of the registry, on every
//! backend and on the host's own instructions (see `program.rs`).
#![no_main]

include!("program.rs");

fuzz_target!(|p: Program| run(Arch::X86, &p));
