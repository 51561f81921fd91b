import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../api';
import { setLocale } from '../format';
import { restorable, restoredMessage, sizeLabel, whenLabel } from './backups';

const now = new Date(2026, 10, 22, 10, 0);
// Times as a 24-hour locale says them; the default follows the system (format.test.ts).
beforeEach(() => setLocale('en-GB'));
afterEach(() => setLocale(undefined));
const backup = (reason: BackupInfo['reason'], createdAt: string, name = `cairn-x-${reason}.db`): BackupInfo => ({
  name,
  reason,
  createdAt,
  bytes: 2048,
});

describe('backups in words', () => {
  it('says sizes a person reads', () => {
    expect(sizeLabel(0)).toBe('1 KB');
    expect(sizeLabel(380 * 1024)).toBe('380 KB');
    expect(sizeLabel(2.44 * 1024 * 1024)).toBe('2.4 MB');
  });

  it('says today and yesterday, else the date', () => {
    expect(whenLabel(new Date(2026, 10, 22, 9, 30).toISOString(), now)).toBe('Today 09:30');
    expect(whenLabel(new Date(2026, 10, 21, 18, 2).toISOString(), now)).toBe('Yesterday 18:02');
    expect(whenLabel(new Date(2026, 10, 16, 8, 0).toISOString(), now)).toBe('Mon, 16 Nov 2026 08:00');
    setLocale('de-DE');
    expect(whenLabel(new Date(2026, 10, 16, 8, 0).toISOString(), now)).toBe('Mo., 16. Nov. 2026 08:00');
  });

  it('never offers to restore a damaged file', () => {
    expect(restorable(backup('daily', now.toISOString()))).toBe(true);
    expect(restorable(backup('damaged', now.toISOString()))).toBe(false);
  });

  it('says where the replaced data went', () => {
    const restored = backup('manual', new Date(2026, 10, 21, 18, 2).toISOString());
    expect(restoredMessage(restored, null, now)).toBe('Restored the backup from Yesterday 18:02.');
    expect(restoredMessage(restored, backup('before_restore', now.toISOString(), 'b.db'), now)).toContain('kept as a backup (b.db)');
    expect(restoredMessage(restored, backup('damaged', now.toISOString(), 'd.db'), now)).toContain('damaged file was moved aside as d.db');
  });
});
