//! Where commands write: standard output, or a file named by `-o` (and
//! `backup FILE`). One place decides what a path may be: never the database
//! or one of its `-wal`, `-shm`, `-journal` files (however it is spelled:
//! relative, `..`, a symbolic or hard link), never a directory. A regular
//! file is written beside its final name and renamed into place, so a
//! failed write never leaves half a file; a FIFO or a device is written
//! through, so the reader on the other end gets the data; a symbolic link
//! is followed and its target replaced, not the link.

use anyhow::{Context, Result, anyhow, bail};
use std::fs::{File, Metadata};
use std::io::{self, BufWriter, Write};
use std::path::{Component, Path, PathBuf};

/// The files SQLite keeps beside a database.
const SIDE_FILES: [&str; 4] = ["", "-wal", "-shm", "-journal"];

/// A checked place to write.
#[derive(Debug)]
pub struct Target {
    /// The path as the user gave it, for messages.
    shown: PathBuf,
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    Stdout,
    /// A FIFO, a terminal, `/dev/null`: opened and written as it is.
    Stream(PathBuf),
    /// A regular file (or none yet): the resolved path to replace.
    Regular(PathBuf),
}

impl Target {
    /// Standard output.
    pub fn stdout() -> Target {
        Target {
            shown: PathBuf::from("-"),
            kind: Kind::Stdout,
        }
    }

    /// `-` or no path: standard output; anything else is checked by `file`.
    pub fn from_arg(path: Option<&Path>, db: &Path) -> Result<Target> {
        match path {
            None => Ok(Target::stdout()),
            Some(p) if p.as_os_str() == "-" => Ok(Target::stdout()),
            Some(p) => Target::file(p, db),
        }
    }

    /// A file to write, refused when it is the database `db` or one of its
    /// side files, a directory, or in a directory that does not exist.
    pub fn file(path: &Path, db: &Path) -> Result<Target> {
        let shown = path.to_path_buf();
        let resolved = resolve(path)?;
        let meta = std::fs::metadata(&resolved).ok();
        if is_database(&resolved, meta.as_ref(), db) {
            bail!(
                "{}: that is the database itself ({}) or one of its own files; write somewhere else",
                path.display(),
                db.display()
            );
        }
        let kind = match &meta {
            Some(m) if m.is_dir() => bail!("{}: is a directory; name a file", path.display()),
            Some(m) if !m.is_file() => Kind::Stream(resolved),
            _ => {
                let dir = parent_of(&resolved);
                match std::fs::metadata(&dir) {
                    Ok(m) if m.is_dir() => {}
                    Ok(_) => bail!("{}: {} is not a directory", path.display(), dir.display()),
                    Err(_) => bail!("{}: no directory {}", path.display(), dir.display()),
                }
                Kind::Regular(resolved)
            }
        };
        Ok(Target { shown, kind })
    }

    pub fn is_stdout(&self) -> bool {
        matches!(self.kind, Kind::Stdout)
    }

    /// Whether the target is a regular file (a backup needs one).
    pub fn is_regular(&self) -> bool {
        matches!(self.kind, Kind::Regular(_))
    }

    /// The path as given.
    pub fn shown(&self) -> &Path {
        &self.shown
    }

    /// The file that will finally hold the data (a link's target).
    pub fn resolved(&self) -> Option<&Path> {
        match &self.kind {
            Kind::Stdout => None,
            Kind::Stream(p) | Kind::Regular(p) => Some(p),
        }
    }

    /// Opens the target for writing; `Sink::finish` completes the write.
    pub fn open(&self) -> Result<Sink> {
        let shown = self.shown.display().to_string();
        let inner = match &self.kind {
            Kind::Stdout => Inner::Stdout(io::stdout().lock()),
            Kind::Stream(path) => Inner::Stream(
                std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .map_err(|e| anyhow!("{shown}: cannot write: {e}"))?,
            ),
            Kind::Regular(path) => {
                let temp = tempfile::Builder::new()
                    .prefix(".claimlog-")
                    .tempfile_in(parent_of(path))
                    .map_err(|e| anyhow!("{shown}: cannot write: {e}"))?;
                Inner::Temp(temp, path.clone())
            }
        };
        Ok(Sink {
            out: BufWriter::with_capacity(1 << 16, Writer(inner)),
            shown,
        })
    }

    /// Writes `text` whole (the complete output of a command).
    pub fn write_all(&self, text: &str) -> Result<()> {
        let mut sink = self.open()?;
        if let Err(e) = sink.write_all(text.as_bytes()) {
            return Err(sink.error(e));
        }
        sink.finish()
    }
}

/// An open output; `finish` must be called for the data to take its name.
pub struct Sink {
    out: BufWriter<Writer>,
    shown: String,
}

struct Writer(Inner);

enum Inner {
    Stdout(io::StdoutLock<'static>),
    Stream(File),
    Temp(tempfile::NamedTempFile, PathBuf),
}

impl Write for Writer {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.0 {
            Inner::Stdout(o) => o.write(buf),
            Inner::Stream(f) => f.write(buf),
            Inner::Temp(t, _) => t.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.0 {
            Inner::Stdout(o) => o.flush(),
            Inner::Stream(f) => f.flush(),
            Inner::Temp(t, _) => t.flush(),
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl Sink {
    /// An error met while writing, naming where (a closed pipe keeps its
    /// kind, so it still ends the command quietly).
    pub fn error(&self, e: io::Error) -> anyhow::Error {
        write_error(&self.shown, e)
    }

    /// Flushes, and gives a regular file its final name.
    pub fn finish(self) -> Result<()> {
        let shown = self.shown;
        let writer = self
            .out
            .into_inner()
            .map_err(|e| write_error(&shown, e.into_error()))?;
        match writer.0 {
            Inner::Stdout(mut o) => o.flush().map_err(|e| write_error(&shown, e)),
            Inner::Stream(f) => {
                drop(f);
                Ok(())
            }
            Inner::Temp(temp, path) => {
                // A temporary file is private; the result is an ordinary
                // file, or keeps the mode of the one it replaces.
                let mode = std::fs::metadata(&path)
                    .map(|m| m.permissions())
                    .unwrap_or_else(|_| default_permissions());
                let _ = temp.as_file().set_permissions(mode);
                temp.as_file()
                    .sync_all()
                    .map_err(|e| write_error(&shown, e))?;
                temp.persist(&path)
                    .map_err(|e| anyhow!("{shown}: cannot write: {}", e.error))?;
                Ok(())
            }
        }
    }
}

/// `writing standard output: …` or `FILE: cannot write: …`.
pub fn write_error(shown: &str, e: io::Error) -> anyhow::Error {
    if shown == "-" {
        anyhow::Error::new(e).context("writing standard output")
    } else {
        anyhow::Error::new(e).context(format!("{shown}: cannot write"))
    }
}

#[cfg(unix)]
fn default_permissions() -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::Permissions::from_mode(0o644)
}

#[cfg(not(unix))]
fn default_permissions() -> std::fs::Permissions {
    std::fs::metadata(".")
        .map(|m| m.permissions())
        .expect("current directory")
}

/// The directory a file is in (`.` for a bare name).
fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The absolute path `path` finally names, symbolic links followed (also
/// a link whose target does not exist yet: writing creates the target).
pub fn resolve(path: &Path) -> Result<PathBuf> {
    let mut current = absolute(path)?;
    for _ in 0..40 {
        match std::fs::canonicalize(&current) {
            Ok(p) => return Ok(p),
            Err(e) if is_loop(&e) => {
                bail!("{}: a loop of symbolic links", path.display())
            }
            Err(_) => {}
        }
        // The file itself is missing (or a dangling link): resolve its
        // directory, then follow the link by hand.
        let name = current
            .file_name()
            .map(|n| n.to_os_string())
            .ok_or_else(|| anyhow!("{}: not a file name", path.display()))?;
        let dir = parent_of(&current);
        let dir = match std::fs::canonicalize(&dir) {
            Ok(d) => d,
            Err(e) if is_loop(&e) => bail!("{}: a loop of symbolic links", path.display()),
            Err(e) if e.kind() == io::ErrorKind::NotADirectory => {
                bail!("{}: {} is not a directory", path.display(), dir.display())
            }
            Err(_) => bail!("{}: no directory {}", path.display(), dir.display()),
        };
        let joined = dir.join(&name);
        match std::fs::read_link(&joined) {
            Ok(target) => current = absolute(&dir.join(target))?,
            Err(_) => return Ok(joined),
        }
    }
    bail!("{}: a loop of symbolic links", path.display())
}

fn is_loop(e: &io::Error) -> bool {
    e.raw_os_error() == Some(libc::ELOOP)
}

/// `path` made absolute and `.`/`..` folded where that needs no lookup.
fn absolute(path: &Path) -> Result<PathBuf> {
    let abs = std::path::absolute(path)
        .with_context(|| format!("{}: cannot find the current directory", path.display()))?;
    // `..` after a link means the link's parent: leave it for canonicalize.
    Ok(abs
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect())
}

/// Whether `resolved` (with `meta` when it exists) is the database or one
/// of its side files: by resolved path, and by device and inode.
fn is_database(resolved: &Path, meta: Option<&Metadata>, db: &Path) -> bool {
    let db_resolved = resolve(db).ok();
    let bases: Vec<PathBuf> = db_resolved.into_iter().chain(absolute(db).ok()).collect();
    for base in &bases {
        for suffix in SIDE_FILES {
            let mut name = base.clone().into_os_string();
            name.push(suffix);
            let side = PathBuf::from(name);
            if side == resolved {
                return true;
            }
            if let (Some(meta), Ok(other)) = (meta, std::fs::metadata(&side))
                && same_file(meta, &other)
            {
                return true;
            }
        }
    }
    false
}

#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &Metadata, _: &Metadata) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_and_its_side_files_are_refused_however_named() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("c.db");
        std::fs::write(&db, b"x").unwrap();
        std::fs::write(dir.path().join("c.db-wal"), b"w").unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        for path in [
            db.clone(),
            sub.join("../c.db"),
            dir.path().join("./c.db-shm"),
            dir.path().join("c.db-journal"),
        ] {
            let err = Target::file(&path, &db).unwrap_err().to_string();
            assert!(err.contains("that is the database"), "{path:?}: {err}");
        }
        #[cfg(unix)]
        {
            let link = dir.path().join("link");
            std::os::unix::fs::symlink(dir.path().join("c.db-wal"), &link).unwrap();
            assert!(Target::file(&link, &db).is_err());
            let hard = dir.path().join("hard");
            std::fs::hard_link(&db, &hard).unwrap();
            assert!(Target::file(&hard, &db).is_err());
        }
        assert!(Target::file(&dir.path().join("out.csv"), &db).is_ok());
    }

    #[test]
    fn a_missing_directory_and_a_directory_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("c.db");
        let err = Target::file(&dir.path().join("no/x.csv"), &db)
            .unwrap_err()
            .to_string();
        assert!(err.contains("no directory"), "{err}");
        let err = Target::file(dir.path(), &db).unwrap_err().to_string();
        assert!(err.contains("is a directory"), "{err}");
    }
}
