// Words for the backups list: why each was made, when, and how big, as a person reads them.
import type { BackupInfo, BackupReason } from '../api';
import { formatDayWithWeekday, formatTime } from '../format';

export const REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily',
  before_upgrade: 'Before an update of Cairn',
  before_restore: 'Before a restore',
  before_import: 'Before an import',
  manual: 'Made by you',
  damaged: 'Damaged file, moved aside',
};

/** "2.4 MB", "380 KB" (never "0 KB" for a file that exists). */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "Today 09:30", "Yesterday 18:02", "Mon, Nov 16, 2026 08:00 AM": the person's time zone and locale. */
export function whenLabel(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  const time = formatTime(at);
  const day = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (day(at) === day(now)) return `Today ${time}`;
  if (day(at) === day(yesterday)) return `Yesterday ${time}`;
  return `${formatDayWithWeekday(at)} ${time}`;
}

/** A damaged file moved aside can be looked at but not restored: it did not open. */
export function restorable(backup: BackupInfo): boolean {
  return backup.reason !== 'damaged';
}

/** The sentence after a restore: what came back and where the replaced data went. */
export function restoredMessage(restored: BackupInfo, kept: BackupInfo | null, now: Date = new Date()): string {
  const from = `Restored the backup from ${whenLabel(restored.createdAt, now)}.`;
  if (!kept) return from;
  if (kept.reason === 'damaged') return `${from} The damaged file was moved aside as ${kept.name}.`;
  return `${from} What was there before is kept as a backup (${kept.name}).`;
}
