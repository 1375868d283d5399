//! The team database's password rules: never in the address, never shown;
//! on a server, taken from PGPASSWORD or the password file as psql does.

use crate::workdir::Workdir;

#[test]
fn a_password_in_the_address_is_refused_and_never_shown() {
    let w = Workdir::with_event();
    for db in [
        "postgres://desk:s3cret@127.0.0.1:1/stories",
        "postgres://desk@127.0.0.1:1/stories?password=s3cret",
    ] {
        let err = w.fails(&["--db", db, "list"], 1);
        assert!(!err.contains("s3cret"), "{err}");
        assert!(err.contains("PGPASSWORD or ~/.pgpass"), "{err}");
    }
    let err = w.fails(&["--db", "postgres://127.0.0.1/stories", "list"], 1);
    assert!(err.contains("no user"), "{err}");
}

/// On a server that asks for a password (the PostgreSQL run's does): the
/// password file is read when PGPASSWORD is not set, and ignored, with a
/// warning, when others can read it.
#[test]
fn the_password_file_is_read_when_only_its_owner_can_read_it() {
    let w = Workdir::with_event();
    let Some(password) = std::env::var("PGPASSWORD").ok().filter(|_| w.on_postgres()) else {
        // On SQLite there is no password to find: the file is not read.
        let out = w
            .cmd(&["list"])
            .env("PGPASSFILE", "/nonexistent")
            .output()
            .unwrap();
        assert!(out.status.success());
        return;
    };
    let db = w.db().to_str().unwrap().to_string();
    let rest = db.split_once("://").unwrap().1;
    let (user, rest) = rest.split_once('@').unwrap();
    let (hostport, _) = rest.split_once('/').unwrap();
    let (host, port) = hostport.rsplit_once(':').unwrap();
    let file = w.dir.path().join("pgpass");
    std::fs::write(
        &file,
        format!("# desk\n{host}:{port}:*:{user}:{password}\n"),
    )
    .unwrap();
    let with_file = |mode: u32| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode)).unwrap();
        w.cmd(&["list"])
            .env_remove("PGPASSWORD")
            .env("PGPASSFILE", &file)
            .output()
            .unwrap()
    };
    let out = with_file(0o600);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = with_file(0o644);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("chmod 600"), "{err}");
    assert!(err.contains("password missing"), "{err}");
    assert!(!err.contains(&password), "{err}");
}
