//! Test vectors: the instruction table, the vector line format and its parser.
//!
//! One parser serves the CLI (`eval`, `check`), the tests and the fuzz targets.
//! See [`mod@line`] for the format.
//!
//! # Examples
//!
//! ```
//! use crypto_insn::backend::Soft;
//! use crypto_insn::vector::{Arch, Parsed, Value, parse_line};
//! // Intel AES-NI white paper (Gueron, rev. 3.0), AESENC example, in memory order.
//! let text = "aesenc 5d47535d726f74636556747365545b7b 5d6e6f726575475b2979616853286948 \
//!             -> 95e5d7de584b108bc5a3db9f2f1c31a8";
//! let Ok(Parsed::Insn(line)) = parse_line(text, Arch::X86) else { panic!("parses") };
//! let got = line.execute(Soft);
//! assert_eq!(got, Value::xmm(0xa8311c2f9fdba3c58b104b58ded7e595));
//! assert_eq!(Some(got), line.expected.map(|(v, _)| v));
//! assert_eq!(got.to_string(), "95e5d7de584b108bc5a3db9f2f1c31a8");
//! ```

pub mod line;
pub mod table;
pub mod value;

pub use line::{Line, ParseError, ParseErrorKind, Parsed, parse_line};
pub use table::{
    Arch, Arm32Op, ArmOp, Lookup, Op, Ppc64Op, RegisterOrder, Rv32Op, Rv64Op, Signature, VOptions,
    X86Op, lookup, sve_form,
};
pub use value::{Notation, Value, Width};
