//! Integration tests: the real `claimlog` binary on temporary databases.
//! One file per command or theme; `Workdir` is the shared helper.

mod add;
mod bad_input;
mod browser;
mod bulk;
mod charts;
mod concurrency;
mod conflicts;
mod corpus;
mod crash;
mod creation;
mod days;
mod edit_where;
mod errors;
mod extract;
mod extract_html;
mod import_checks;
mod import_props;
mod interchange;
mod layout;
mod maintenance;
mod manage;
mod merge;
mod names;
mod paths;
mod report_html;
mod reports;
mod scoring;
mod semantics;
mod serve;
mod spoofing;
mod story;
mod values;
mod workdir;
