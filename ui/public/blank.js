// The blank window's first frame: tell the shell, as Cairn's UI does once its data is painted
// (with the page's clock, so the shell can say when the page began).
requestAnimationFrame(() =>
  requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke('ui_ready', { marks: [], now: performance.now() })),
);
