// A list read a page at a time (the wins and feedback screens): ten years of a brag log is
// hundreds of cards, and a screen that asks for all of them pays for it on every visit.
import type { PageRequest } from './api';

/** Rows per page: a screenful and a half of cards. */
export const PAGE_SIZE = 50;
/** The most one request may ask for (the core's `PAGE_MAX`). */
export const PAGE_MAX = 500;

export class PagedList<T extends { id: number }, P extends { matching: number }> {
  /** The rows shown, newest first. */
  items: T[] = $state([]);
  /** The last page read, for the counts it carries. */
  page: P | null = $state(null);
  /** How many rows the filter keeps, on the pages read and the others. */
  matching = $derived(this.page?.matching ?? 0);
  /** How many are left to read. */
  left = $derived(Math.max(0, this.matching - this.items.length));

  constructor(
    private readonly read: (request: PageRequest) => Promise<P>,
    private readonly rowsOf: (page: P) => T[],
    readonly size = PAGE_SIZE,
  ) {}

  /**
   * Reads from the top, as many rows as are shown (so a reload after a change keeps the reader's
   * place), or up to row `through` (a link to an item further down).
   */
  reload = async (through: number | null = null): Promise<void> => {
    const limit = Math.min(PAGE_MAX, Math.max(this.size, this.items.length));
    const page = await this.read({ offset: 0, limit, through });
    this.items = this.rowsOf(page);
    this.page = page;
  };

  /** Back to the first page (the filter changed). */
  reset = async (): Promise<void> => {
    this.items = [];
    await this.reload();
  };

  /** Reads the next page onto the end; returns the first new row's id (null when none came). */
  more = async (): Promise<number | null> => {
    const page = await this.read({ offset: this.items.length, limit: this.size, through: null });
    // A row logged meanwhile shifts the pages by one: keep each row once. (A throwaway set, not state.)
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const seen = new Set(this.items.map((r) => r.id));
    const fresh = this.rowsOf(page).filter((r) => !seen.has(r.id));
    this.items = [...this.items, ...fresh];
    this.page = page;
    return fresh[0]?.id ?? null;
  };
}
