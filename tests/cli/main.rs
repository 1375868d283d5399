//! Integration tests: the real `claimlog` binary on temporary databases.
//! One file per command or theme; `Workdir` is the shared helper.

mod add;
mod concurrency;
mod errors;
mod extract;
mod manage;
mod reports;
mod workdir;
