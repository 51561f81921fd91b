//! Preferences kept with the data: they travel with the file (and its backups) to another machine.
//! For now, the paper documents are laid out for.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Result, StorageResultExt};
use crate::store::Store;
use crate::text_enum::text_enum;

/// The paper a document is laid out for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    UsLetter,
}

text_enum!(Paper { A4 => "a4", UsLetter => "us_letter" });

const PAPER: &str = "paper";

impl Store {
    /// The paper for documents: A4 until the person chooses otherwise.
    pub fn paper(&self) -> Result<Paper> {
        let stored: Option<String> = self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [PAPER], |r| r.get(0))
            .optional()
            .or_storage("read the settings")?;
        // A value this version does not know (written by a newer Cairn) falls back to the default.
        Ok(stored.as_deref().and_then(Paper::parse).unwrap_or_default())
    }

    pub fn set_paper(&self, paper: Paper) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![PAPER, paper],
            )
            .map(|_| ())
            .or_storage("save the settings")
    }
}
