// The toast after Cairn wrote a file where the person chose: where it went, and Open.
import type { Exported } from '../api';
import { showToast } from '../toast.svelte';

export function announceSaved(written: Exported, open: (path: string) => Promise<unknown>, note?: string): void {
  showToast(note ? `Saved ${written.shown}. ${note}` : `Saved ${written.shown}`, {
    action: { label: 'Open', run: () => open(written.path).then(() => undefined) },
  });
}
