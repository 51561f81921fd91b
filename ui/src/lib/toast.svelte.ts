// Quiet notifications: a sentence, optionally one action (Undo). Shown by <Toaster/>.

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: ToastAction;
}

const DISMISS_AFTER_MS = 7000;
let nextId = 1;

export const toasts: Toast[] = $state([]);

export function dismissToast(id: number): void {
  const index = toasts.findIndex((t) => t.id === id);
  if (index >= 0) toasts.splice(index, 1);
}

export function showToast(message: string, options: { tone?: Toast['tone']; action?: ToastAction } = {}): number {
  const id = nextId++;
  toasts.push({ id, message, tone: options.tone ?? 'info', action: options.action });
  setTimeout(() => dismissToast(id), DISMISS_AFTER_MS);
  return id;
}
