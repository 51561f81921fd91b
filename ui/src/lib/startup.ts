// The moment the first plan data is on screen, told to the shell once per start. It does nothing
// unless a benchmark asked for the figure (src-tauri/src/startup.rs, BENCHMARKS.md).
import { api } from './api';

let told = false;

export function firstDataPainted(): void {
  if (told) return;
  told = true;
  // Two frames: the one that lays out the data, and the one after it is painted.
  requestAnimationFrame(() => {
    performance.mark('cairn:first-frame');
    requestAnimationFrame(() => {
      performance.mark('cairn:first-data-painted');
      const marks = performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('cairn:'))
        .map((m): [string, number] => [m.name.slice('cairn:'.length), m.startTime]);
      api.uiReady(marks, performance.now()).catch(() => undefined);
    });
  });
}
