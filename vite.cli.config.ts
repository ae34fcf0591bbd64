import { defineConfig } from 'vite';

// The built CLI (and the browser host `npm start` falls back to): plain ES modules for Node, so
// `qicao` starts without compiling TypeScript. Packages (but zod) stay external, installed as dependencies;
// each command is its own chunk, loaded only when called, so `qicao counts` never parses the
// Word and Excel writers.
export default defineConfig({
  // zod is read by every command (the model's schemas): one bundled copy loads much faster than
  // its 130 files from node_modules. The other packages are loaded only by the commands using them.
  ssr: { noExternal: ['zod'] },
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: { qicao: 'http-host/qicao-cli.ts', 'browser-host': 'http-host/start-browser-host.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
