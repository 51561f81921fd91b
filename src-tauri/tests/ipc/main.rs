//! Every command through Tauri's IPC layer, in one test binary: each binary that links Tauri costs
//! the build seconds to link, and these share one harness (`common/`). One module per area.

mod bindings;
mod case_commands;
mod commands;
mod common;
mod data_commands;
mod export_commands;
mod framework_commands;
mod meeting_commands;
mod plan_item_commands;
mod record_commands;
mod rhythm_commands;
mod signal_commands;
mod skill_commands;
mod stakeholder_commands;
