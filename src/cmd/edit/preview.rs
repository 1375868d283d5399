//! What `edit --dry-run` prints: each change it would make, one field a
//! row (a table), or `[{number, id, changes: {field: {from, to}}}]` (JSON).

use super::Edited;
use crate::render::{self, Format, Grid, Style};
use anyhow::Result;
use serde_json::{Value as Json, json};

/// Prints the edits a dry run would make.
pub fn print(style: Style, edited: &[Edited]) -> Result<()> {
    let text = match style.format {
        // `--format jsonl` reaches here as json: edit prints one array.
        Format::Json | Format::Jsonl => {
            render::json(&Json::Array(edited.iter().map(record).collect()))
        }
        _ => {
            let mut grid = Grid::new(&["#", "field", "from", "to"]);
            for e in edited {
                for (field, change) in &e.changes {
                    grid.push(vec![
                        e.number.to_string(),
                        field.clone(),
                        shown(&change["from"]),
                        shown(&change["to"]),
                    ]);
                }
            }
            grid.render(style)
        }
    };
    render::print(&text)?;
    Ok(())
}

fn record(e: &Edited) -> Json {
    json!({"number": e.number, "id": e.id, "changes": e.changes})
}

/// A stored field's old or new text as a table shows it.
fn shown(value: &Json) -> String {
    match value {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}
