import path from 'node:path';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';

/**
 * The preload as one self-standing file: a sandboxed preload may require only `electron` (and a
 * few built-ins: events, timers, url), so the contract it names its functions from — and zod,
 * which the contract is written in — are inlined, never left as a shared chunk or a require.
 */
export function preloadBuild(outDir = 'dist/electron'): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    root: path.resolve(import.meta.dirname, '..'),
    build: {
      outDir,
      emptyOutDir: false,
      target: 'chrome130',
      minify: false,
      lib: { entry: 'electron/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
      rollupOptions: { external: ['electron'] },
    },
  };
}

/** After main is built, the preload is built on its own (two entries in one build would share chunks). */
const preload = (): Plugin => ({
  name: 'qicao-preload',
  apply: 'build',
  async closeBundle() {
    await build(preloadBuild());
  },
});

// Main as CommonJS for Electron; better-sqlite3 stays a native dependency.
export default defineConfig({
  plugins: [preload()],
  build: {
    ssr: true,
    outDir: 'dist/electron',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: { main: 'electron/main.ts' },
      external: ['electron', 'better-sqlite3', /^node:/],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
});
