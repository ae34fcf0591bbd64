import { defineConfig } from 'vite';

// The built CLI (and the browser host `npm start` falls back to): plain ES modules for Node, so
// `qicao` starts without compiling TypeScript. Packages stay external (installed as dependencies);
// each command is its own chunk, loaded only when called, so `qicao counts` never parses the
// Word and Excel writers.
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: { qicao: 'core/cli.ts', 'browser-host': 'core/start-browser-host.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
