// What every list screen does with its data: load it (and say so plainly when that fails), and run
// a change, reload, and confirm it in a toast with Undo where the change can be taken back.
import { tick } from 'svelte';
import { messageOf } from './api';
import { showToast } from './toast.svelte';

export class ScreenData {
  loaded = $state(false);
  error: string | null = $state(null);

  /** `fetch` fills the screen's own state; `load` runs it and keeps what went wrong. */
  constructor(private readonly fetch: () => Promise<void>) {}

  load = async (): Promise<void> => {
    try {
      await this.fetch();
      this.error = null;
    } catch (err) {
      this.error = messageOf(err);
    } finally {
      this.loaded = true;
    }
  };

  /**
   * Runs `work`, reloads, and confirms with `message` (offering Undo when `undo` is given; it gets what
   * `work` returned, such as the core's `Deleted` handle). A failure
   * is said in an error toast, and the reload puts back what is really stored.
   */
  act = async <T>(work: () => Promise<T>, message?: string, undo?: (done: T) => Promise<unknown>): Promise<boolean> => {
    try {
      const done = await work();
      await this.load();
      if (message) {
        const action = undo ? { label: 'Undo', run: () => this.act(() => undo(done)).then(() => undefined) } : undefined;
        showToast(message, action ? { action } : undefined);
      }
      return true;
    } catch (err) {
      showToast(messageOf(err), { tone: 'error' });
      await this.load();
      return false;
    }
  };
}

/** Scrolls the element with `id` into view once the screen has drawn it. */
export async function bringIntoView(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.scrollIntoView({ block: 'center' });
}
