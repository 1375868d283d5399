//! `claimlog man`: roff pages generated from the command definitions, one
//! per command, printed or written into a directory.

use crate::workdir::Workdir;

#[test]
fn the_main_page_lists_every_command() {
    let w = Workdir::new();
    let page = w.ok(&["man"]);
    assert!(page.contains(".TH claimlog 1"), "{page}");
    assert!(page.contains(".SH SUBCOMMANDS"), "{page}");
    for command in ["add", "list", "summary", "conflicts", "export", "man"] {
        assert!(
            page.contains(&format!("claimlog\\-{command}(1)")),
            "{command} missing from the list"
        );
    }
}

#[test]
fn a_command_page_holds_its_options_and_examples() {
    let w = Workdir::new();
    let page = w.ok(&["man", "add"]);
    assert!(page.contains(".TH claimlog-add 1"), "{page}");
    assert!(page.contains("\\fB\\-\\-citing\\fR"), "{page}");
    assert!(page.contains("Examples:"), "{page}");
    let nested = w.ok(&["man", "event", "add"]);
    assert!(nested.contains(".TH claimlog-event-add 1"), "{nested}");
    let err = w.fails(&["man", "event", "frob"], 1);
    assert!(
        err.contains("`frob` is not a command of claimlog event"),
        "{err}"
    );
    assert!(w.untouched(), "man touches no database");
}

#[test]
fn dir_writes_one_page_per_command() {
    let w = Workdir::new();
    let dir = w.dir.path().join("man1");
    let missing = w.fails(&["man", "--dir", dir.to_str().unwrap()], 1);
    assert!(missing.contains("no such directory"), "{missing}");
    std::fs::create_dir(&dir).unwrap();
    w.ok(&["man", "--dir", dir.to_str().unwrap()]);
    for page in [
        "claimlog.1",
        "claimlog-add.1",
        "claimlog-export.1",
        "claimlog-event-add.1",
        "claimlog-man.1",
    ] {
        let text = std::fs::read_to_string(dir.join(page)).unwrap();
        assert!(text.starts_with(".ie"), "{page}: {text}");
    }
}

#[test]
fn dir_never_writes_over_a_database_and_writes_nothing_when_one_page_is_refused() {
    let w = Workdir::new();
    let csv =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/kz-unrest-2022.csv");
    // The database named like a page, in the directory the pages go to.
    let dir = w.dir.path().join("man1");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("claimlog.1");
    let run = |args: &[&str]| w.cmd(args).env("CLAIMLOG_DB", &db).output().expect("run");
    assert!(run(&["import", csv.to_str().unwrap()]).status.success());
    let before = std::fs::read(&db).unwrap();
    let out = run(&["man", "--dir", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("that is the database itself"), "{err}");
    assert_eq!(std::fs::read(&db).unwrap(), before, "the database is whole");
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "no page written"
    );
    // Another database reached through a link named like a page.
    let other = Workdir::new();
    let links = other.dir.path().join("pages");
    std::fs::create_dir(&links).unwrap();
    std::os::unix::fs::symlink(&db, links.join("claimlog-list.1")).unwrap();
    let err = other.fails(&["man", "--dir", links.to_str().unwrap()], 1);
    assert!(err.contains("holds a SQLite database"), "{err}");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the linked database is whole"
    );
    assert_eq!(
        std::fs::read_dir(&links).unwrap().count(),
        1,
        "no page written"
    );
    // A file given as the directory.
    let err = other.fails(&["man", "--dir", db.to_str().unwrap()], 1);
    assert!(err.contains("not a directory"), "{err}");
}
