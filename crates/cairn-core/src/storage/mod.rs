//! Storage: the SQLite file, its migrations, backups, the JSON export, the data folder (lock, private
//! files, log), Undo's kept rows, and the settings kept with the data.

pub(crate) mod backup;
pub(crate) mod backup_format;
pub(crate) mod backup_tables;
pub(crate) mod folder;
pub(crate) mod log_file;
pub(crate) mod migrations;
pub(crate) mod settings;
pub(crate) mod store;
pub(crate) mod undo;
