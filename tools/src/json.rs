//! `--json`: the one schema of `check`, `cavp`, `diff`, `selftest` and `list`.
//!
//! With `--json` a command prints exactly one JSON object on stdout (and
//! nothing else there; diagnostics still go to stderr) and exits with the same
//! status as without it. Every object starts with the same four members:
//!
//! | member | type | meaning |
//! |---|---|---|
//! | `schema` | string | `"crypto-insn/1"`; a change that removes or retypes a member bumps it |
//! | `command` | string | `"check"`, `"cavp"`, `"diff"`, `"selftest"` or `"list"` |
//! | `status` | integer | the exit status (0 all good, 1 mismatches/failures, 2 bad input or usage) |
//! | `errors` | array | `{"file", "line", "message"}` per malformed input or usage error (`file` and `line` null where there is none) |
//!
//! and then the command's own members, documented on each command's
//! function: [`crate::check`], [`crate::cavp`], [`crate::diff`] (and
//! [`crate::oracle`]), [`crate::selftest`], [`crate::list`]. README's "JSON
//! output" section is the same schema for users; `tools/tests/cli.rs` parses
//! every command's output back and checks it member by member.

use serde_json::{Map, Value, json};

/// The schema name every object carries.
pub const SCHEMA: &str = "crypto-insn/1";

/// One entry of `errors`.
pub fn error(file: Option<&str>, line: Option<usize>, message: &str) -> Value {
    json!({ "file": file, "line": line, "message": message })
}

/// Prints the object for `command`: the common members, then `body`'s in
/// their order. Returns `status` so a caller can `return json::emit(...)`.
pub fn emit(command: &str, status: u8, errors: Vec<Value>, body: Map<String, Value>) -> u8 {
    let mut o = Map::new();
    o.insert("schema".into(), SCHEMA.into());
    o.insert("command".into(), command.into());
    o.insert("status".into(), status.into());
    o.insert("errors".into(), Value::Array(errors));
    o.extend(body);
    println!("{}", Value::Object(o));
    status
}

/// A usage error (exit 2) before the command ran, as the JSON object.
pub fn usage(command: &str, message: &str) -> u8 {
    emit(command, 2, vec![error(None, None, message)], Map::new())
}

/// `body` from a `json!({...})` object literal.
pub fn members(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}
