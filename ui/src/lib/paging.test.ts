import { describe, expect, it, vi } from 'vitest';
import type { PageRequest } from './api';
import { PagedList } from './paging.svelte';
import { cutPage } from './paging.testing';

type Row = { id: number; date: string };
const rows: Row[] = Array.from({ length: 23 }, (_, i) => ({ id: i + 1, date: `2026-01-${String(i + 1).padStart(2, '0')}` }));

function list(source: Row[]) {
  const read = vi.fn(async (request: PageRequest) => {
    const { rows: page, matching } = cutPage(source, request);
    return { page, matching };
  });
  return { read, paged: new PagedList<Row, { page: Row[]; matching: number }>(read, (p) => p.page, 10) };
}

describe('PagedList', () => {
  it('reads a page, then the next ones, until none is left', async () => {
    const { paged } = list(rows);
    await paged.reload();
    expect(paged.items.map((r) => r.id)).toEqual([23, 22, 21, 20, 19, 18, 17, 16, 15, 14]);
    expect([paged.matching, paged.left]).toEqual([23, 13]);
    expect(await paged.more()).toBe(13);
    expect(await paged.more()).toBe(3);
    expect(paged.items).toHaveLength(23);
    expect(paged.left).toBe(0);
  });

  it('reloads as many rows as are shown, so a change keeps the reader where they were', async () => {
    const { paged, read } = list(rows);
    await paged.reload();
    await paged.more();
    await paged.reload();
    expect(read).toHaveBeenLastCalledWith({ offset: 0, limit: 20, through: null });
    expect(paged.items).toHaveLength(20);
    await paged.reset();
    expect(paged.items).toHaveLength(10);
  });

  it('reaches a linked row beyond the first page', async () => {
    const { paged } = list(rows);
    await paged.reload(2);
    expect(paged.items.at(-1)?.id).toBe(2);
    expect(paged.items).toHaveLength(22);
  });

  it('keeps each row once when a row logged meanwhile shifts the pages', async () => {
    const source = [...rows];
    const { paged } = list(source);
    await paged.reload();
    source.push({ id: 99, date: '2026-02-01' });
    await paged.more();
    const ids = paged.items.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(19);
  });
});
