import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';

// Startup marks (BENCHMARKS.md reads them through WebDriver): where the time to first data goes.
performance.mark('cairn:script');
const target = document.getElementById('app');
if (!target) throw new Error('Cairn: #app is missing from index.html');

const app = mount(App, { target });
performance.mark('cairn:mounted');
export default app;
