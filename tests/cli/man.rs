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
    assert!(!w.db().exists(), "man touches no database");
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
