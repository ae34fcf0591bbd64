import { defineConfig } from 'vite';

// Main and preload as CommonJS for Electron; better-sqlite3 stays a native dependency.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/electron',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
      external: ['electron', 'better-sqlite3', /^node:/],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
});
