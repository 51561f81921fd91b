// The blank window's first frame: tell the shell, as Cairn's UI does once its data is painted.
requestAnimationFrame(() => requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke('ui_ready')));
