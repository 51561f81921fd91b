// For the tests' fake backends: a page cut from a whole list the way the core cuts it (newest
// first, ties by id; `through` stretches the page to reach its row).
import type { PageRequest } from './api';

export function cutPage<T extends { id: number; date: string }>(rows: T[], request: PageRequest): { rows: T[]; matching: number } {
  const sorted = [...rows].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  const at = request.through === null ? -1 : sorted.findIndex((r) => r.id === request.through);
  const limit = at >= request.offset ? Math.max(request.limit, at - request.offset + 1) : request.limit;
  return { rows: sorted.slice(request.offset, request.offset + limit), matching: sorted.length };
}
