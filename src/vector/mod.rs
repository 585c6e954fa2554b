//! Test vectors: the instruction table, the vector line format and its parser.
//!
//! One parser serves the CLI (`eval`, `check`), the tests and the fuzz targets.
//! See [`mod@line`] for the format.

pub mod line;
pub mod table;
pub mod value;

pub use line::{Line, ParseError, ParseErrorKind, Parsed, parse_line};
pub use table::{
    Arch, Arm32Op, ArmOp, Lookup, Op, Ppc64Op, RegisterOrder, Rv32Op, Rv64Op, Signature, VOptions,
    X86Op, lookup, sve_form,
};
pub use value::{Notation, Value, Width};
