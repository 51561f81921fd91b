// For the tests' fake backends: deletes that hand back the core's `Deleted` handle, and an
// `undoDelete` that puts back exactly what that delete removed (once), as `Store::undo_delete` does.
import { vi } from 'vitest';
import { CairnError, type Deleted } from './api';

export function fakeTrash() {
  const kept = new Map<number, () => void>();
  let next = 1;
  return {
    /** Remembers how to put back what a fake delete removed. */
    keep(restore: () => void): Deleted {
      const undoId = next++;
      kept.set(undoId, restore);
      return { undoId };
    },
    undoDelete: vi.fn(async (deleted: Deleted) => {
      const restore = kept.get(deleted.undoId);
      if (!restore) throw new CairnError('conflict', 'This delete can no longer be undone.');
      kept.delete(deleted.undoId);
      restore();
      return null;
    }),
  };
}
