// What every side-panel form keeps besides its values: an error per field (shown next to the field
// and focused), a form-wide error for failures that name no field, and whether a save is under way.
// The backend is the judge of what is valid; this only puts its answer where the person looks.
import { tick } from 'svelte';
import { toCairnError } from '../api';

export class FormState {
  errors: Record<string, string> = $state({});
  formError: string | null = $state(null);
  saving = $state(false);
  form: HTMLFormElement | undefined = $state();

  /** `prefix` makes element ids unique: field `title` of prefix `skill` is `#skill-title`. */
  constructor(readonly prefix: string) {}

  id(field: string): string {
    return `${this.prefix}-${field}`;
  }

  describedBy(field: string): string | undefined {
    return this.errors[field] ? `${this.prefix}-${field}-error` : undefined;
  }

  /** The person changed a field: its message (and a form-wide one) no longer applies. */
  clear(field: string): void {
    if (this.errors[field]) delete this.errors[field];
    this.formError = null;
  }

  /** Shows `message` next to `field` and moves the focus there. */
  async show(field: string, message: string): Promise<void> {
    this.errors[field] = message;
    await tick();
    this.form?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  }

  focus(field: string): void {
    this.form?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  }

  /** Runs a save once at a time; a failure lands next to its field, or at the top of the form. */
  async save(work: () => Promise<void>): Promise<void> {
    if (this.saving) return;
    this.errors = {};
    this.formError = null;
    this.saving = true;
    try {
      await work();
    } catch (err) {
      const e = toCairnError(err);
      if (e.field) await this.show(e.field, e.message);
      else this.formError = e.message;
    } finally {
      this.saving = false;
    }
  }
}
