import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The worker thread that reads and interprets what someone sent (core/workers), built as one
// self-standing CommonJS file: every package bundled in, so it starts in any built host — the
// CLI, the browser host and the packaged desktop app (where it is read from app.asar) — without
// TypeScript, tsx or node_modules. Nothing in it opens the plan file, so SQLite is not in it.
export default defineConfig({
  ssr: { noExternal: true },
  build: {
    ssr: true,
    outDir: 'dist/worker',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: { 'parse-worker': 'core/workers/worker-thread.ts' },
      external: [...builtinModules, /^node:/, 'better-sqlite3'],
      output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
    },
  },
});
