import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AppInfo, BackupFailure, BackupInfo, DataApi, Plan } from '../api';
import Toaster from '../components/Toaster.svelte';
import DamagedData from './DamagedData.svelte';
import DataScreen from './DataScreen.svelte';

const info: AppInfo = {
  version: '0.1.0',
  dataDir: '/home/sam/.local/share/app.cairn.planner',
  dataDirDisplay: '~/.local/share/app.cairn.planner',
  databaseFile: '/home/sam/.local/share/app.cairn.planner/cairn.db',
  openError: null,
  dataDirFixed: false,
};

const daily: BackupInfo = { name: 'cairn-20261122-080000-daily.db', reason: 'daily', createdAt: '2026-11-22T08:00:00Z', bytes: 409600 };
const damaged: BackupInfo = {
  name: 'cairn-20261120-080000-damaged.db',
  reason: 'damaged',
  createdAt: '2026-11-20T08:00:00Z',
  bytes: 20000,
};
const backups: BackupInfo[] = [daily, damaged];

function fakeApi(hasPlans: boolean, failure: BackupFailure | null = null) {
  return {
    appInfo: vi.fn(async () => info),
    listBackups: vi.fn(async () => backups),
    backUpNow: vi.fn(async () => daily),
    backupFailure: vi.fn(async () => failure),
    restoreBackup: vi.fn(async (): Promise<BackupInfo | null> => ({ ...daily, name: 'kept.db', reason: 'before_restore' })),
    exportEverything: vi.fn(async () => ({ path: '/home/sam/Documents/x.json', shown: '~/Documents/x.json' })),
    importEverything: vi.fn(async () => ({ plans: 2, people: 1, rows: 40, backup: 'b.db' })),
    listPlans: vi.fn(async () => (hasPlans ? [{ id: 1 } as Plan] : [])),
    listStakeholders: vi.fn(async () => []),
    openDocument: vi.fn(async () => null),
    chooseDataFolder: vi.fn(async () => true),
    quit: vi.fn(async () => null),
  } satisfies DataApi;
}

describe('DataScreen', () => {
  it('restores a backup only after a second, explicit click, and says what was kept', async () => {
    const user = userEvent.setup();
    const api = fakeApi(true);
    const onrestored = vi.fn();
    render(Toaster);
    render(DataScreen, { api, onrestored });
    const restore = await screen.findByRole('button', { name: /Restore the backup from/ });
    expect(screen.getByTestId('app-version')).toHaveTextContent(`Cairn ${info.version}`);
    expect(screen.getByText('Kept, not restorable')).toBeInTheDocument();
    await user.click(restore);
    expect(api.restoreBackup).not.toHaveBeenCalled();
    // The safe choice has the focus.
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(api.restoreBackup).toHaveBeenCalledWith('cairn-20261122-080000-daily.db');
    await waitFor(() => expect(onrestored).toHaveBeenCalled());
    expect(await screen.findByText(/kept as a backup \(kept.db\)/)).toBeInTheDocument();
  });

  it('asks before an import replaces data, and imports into empty data without asking', async () => {
    const user = userEvent.setup();
    const api = fakeApi(true);
    render(Toaster);
    render(DataScreen, { api });
    await user.click(await screen.findByRole('button', { name: 'Import from JSON…' }));
    expect(api.importEverything).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Choose file and replace' }));
    expect(api.importEverything).toHaveBeenCalledWith(true);
    expect(await screen.findByText(/Imported 2 plans and 1 person. The data it replaced is kept/)).toBeInTheDocument();
  });

  it('says when the day’s automatic backup failed, and stops saying it once a backup works', async () => {
    const user = userEvent.setup();
    const api = fakeApi(true, { at: '2026-11-22T08:00:05Z', message: 'Could not create the folder: disk full.' });
    render(DataScreen, { api });
    expect(await screen.findByRole('alert')).toHaveTextContent(/automatic backup failed .*Could not create the folder: disk full\./);
    api.backupFailure.mockResolvedValue(null);
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('imports into an empty folder straight away', async () => {
    const user = userEvent.setup();
    const api = fakeApi(false);
    render(DataScreen, { api });
    await user.click(await screen.findByRole('button', { name: 'Import from JSON…' }));
    await waitFor(() => expect(api.importEverything).toHaveBeenCalledWith(false));
  });
});

describe('DamagedData', () => {
  it('explains, lists the backups and offers another folder and quitting', async () => {
    const user = userEvent.setup();
    const api = fakeApi(false);
    const onrestored = vi.fn();
    const broken = { ...info, openError: { code: 'not_a_database' as const, message: 'cairn.db is not a Cairn data file.', field: null } };
    render(DamagedData, { info: broken, api, onrestored });
    expect(screen.getByRole('alert')).toHaveTextContent('cairn.db is not a Cairn data file.');
    await user.click(await screen.findByRole('button', { name: /Restore the backup from/ }));
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(onrestored).toHaveBeenCalledWith(expect.stringContaining('Restored the backup')));
    await user.click(screen.getByRole('button', { name: 'Use another data folder…' }));
    expect(api.chooseDataFolder).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Quit Cairn' }));
    expect(api.quit).toHaveBeenCalled();
  });

  it('offers no other folder when the environment chose it', async () => {
    const broken = { ...info, dataDirFixed: true, openError: { code: 'newer_schema' as const, message: 'newer', field: null } };
    render(DamagedData, { info: broken, api: fakeApi(false) });
    expect(await screen.findByText(/Update Cairn to open it/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use another data folder…' })).toBeNull();
  });
});
