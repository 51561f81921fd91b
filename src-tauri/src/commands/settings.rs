//! Settings commands: when the weekly reflection is due and which reminders are on. (The paper
//! documents are laid out for is with the export commands.)

use cairn_core::{ReflectionSlot, ReminderSettings};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// When the weekly reflection is due (Friday 15:00 until chosen).
#[tauri::command]
pub async fn get_reflection_slot(state: State<'_, AppState>) -> Result<ReflectionSlot, IpcError> {
    state.with_store(|s| s.reflection_slot())
}

#[tauri::command]
pub async fn set_reflection_slot(state: State<'_, AppState>, slot: ReflectionSlot) -> Result<ReflectionSlot, IpcError> {
    state.with_store(|s| s.set_reflection_slot(&slot))
}

/// Which kinds of reminder are on.
#[tauri::command]
pub async fn get_reminder_settings(state: State<'_, AppState>) -> Result<ReminderSettings, IpcError> {
    state.with_store(|s| s.reminder_settings())
}

#[tauri::command]
pub async fn set_reminder_settings(
    state: State<'_, AppState>,
    settings: ReminderSettings,
) -> Result<ReminderSettings, IpcError> {
    state.with_store(|s| s.set_reminder_settings(&settings))
}
