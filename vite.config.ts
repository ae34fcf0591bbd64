import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer bundle. It may import only the pure contract from core/ (see ARCHITECTURE.md).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // no inline scripts or styles: the CSP forbids them
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
