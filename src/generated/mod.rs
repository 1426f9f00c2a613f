//! Everything generated from `data/` by `codegen/`: the enums, their records, and the tables
//! that find them. Each file says where it comes from; none is edited by hand.

mod code_info;
mod command;
mod command_info;
mod differences;
mod known_code;

pub use code_info::CodeInfo;
pub use command::Command;
pub use command_info::CommandInfo;
pub(crate) use differences::DIFFERENCES;
pub(crate) use known_code::BY_NAME;
pub use known_code::KnownCode;
