import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { askEarly } from './lib/boot';

// Startup marks (BENCHMARKS.md reads them through WebDriver): where the time to first data goes.
performance.mark('cairn:script');
// The first screen's data is on its way while the UI mounts.
askEarly();
const target = document.getElementById('app');
if (!target) throw new Error('Cairn: #app is missing from index.html');

const app = mount(App, { target });
performance.mark('cairn:mounted');
export default app;
