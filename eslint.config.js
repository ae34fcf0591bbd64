// `npm run lint`: typescript-eslint with type information (a promise nobody awaits or catches is
// an error the drafter never sees), React's hook rules, and the layer table below, so a wrong
// import fails CI instead of waiting for a review. Formatting is Prettier's job (.prettierrc.json).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import local from './lint/layers.js';

const root = import.meta.dirname;

// Packages a layer must never load.
const UI_PACKAGES = [
  ['electron', '这一层是普通 Node 代码，不依赖桌面外壳。'],
  ['react', '这一层不含界面代码。'],
  ['react-dom', '这一层不含界面代码。'],
  ['lexical', '这一层不含界面代码。'],
  ['@lexical/*', '这一层不含界面代码。'],
];
const NODE_PACKAGES = [
  ['node:*', '这一层也在浏览器里运行（界面会引用它），不能用 Node 模块。'],
  ...builtinModules.map((name) => [name, '这一层也在浏览器里运行（界面会引用它），不能用 Node 模块。']),
  ['better-sqlite3', '读写计划文件只在 core/store 里做。'],
  ['electron', '界面只通过 window.qicao（契约）与主进程通信。'],
];

/**
 * The layer table. Each layer lists the layers it may import besides itself; anything else is
 * an error. Lower layers come first. The first entry whose path fits a file names its layer, so
 * a single file listed before its folder is a layer of its own (core/api/channels/ is `contract`,
 * not `api`; the export entry points sit above consult although they live in documents/).
 *
 *   errors        core/errors.ts — the one error type, a leaf every layer may throw
 *   model         pure types, schemas and helpers shared with the renderer: no other core layer, no Node
 *   base          small Node helpers (files, paths, data folder, guards, folder listing)
 *   ooxml         reading Word/Excel packages: zip and XML, nothing of the plan
 *   store         SQLite: every read and write of the plan file
 *   off-thread    the worker runner that domain layers hand a parse job to
 *   counts        the counts report (reads through store)
 *   review        proofreading rules over text
 *   documents     Word/text import and export
 *   consult       units, rounds, comments, returned files (writes its forms through documents)
 *   compare       snapshot and draft comparison (uses consult's comments, documents' readers)
 *   review-input  what to proofread: the plan, a document, a file
 *   export-entry  "which document to export": the entry points over documents, consult, compare
 *   year          the plan's year: progress forms and returns
 *   workers       the job table run off the main thread: may call every domain layer
 *   contract      channel names and zod schemas: pure, the renderer imports it
 *   api           dispatch, session, handlers: the one path every host takes
 *   cli           the terminal host (core/cli*)
 *   bridge        the preload's shape, derived from the contract (the renderer types window.qicao by it)
 *   electron, http-host   the hosts: thin, over api
 *   renderer      the React UI: only the contract, the model and the bridge's types, never Node
 */
const domain = ['store', 'model', 'errors', 'base', 'ooxml'];
const below = (...layers) => [...layers, 'off-thread', ...domain];
const LAYERS = {
  errors: { paths: ['core/errors.ts'], allow: [] },
  model: { paths: ['core/model/'], allow: ['errors'], forbidPackages: [...UI_PACKAGES, ...NODE_PACKAGES] },
  base: { paths: ['core/test-pause.ts', 'core/data-dir.ts', 'core/guards/', 'core/fs/', 'core/folders/'], allow: ['errors', 'model'], forbidPackages: UI_PACKAGES },
  ooxml: { paths: ['core/ooxml/'], allow: ['errors', 'base'], forbidPackages: UI_PACKAGES },
  store: { paths: ['core/store/'], allow: ['model', 'errors', 'base'], forbidPackages: UI_PACKAGES },
  'off-thread': { paths: ['core/workers/off-thread.ts'], allow: ['errors', 'base'], forbidPackages: UI_PACKAGES },
  counts: { paths: ['core/counts/'], allow: below(), forbidPackages: UI_PACKAGES },
  review: { paths: ['core/review/'], allow: ['model', 'errors'], forbidPackages: UI_PACKAGES },
  'export-entry': {
    paths: ['core/documents/export/service.ts', 'core/documents/export/review-package.ts'],
    allow: below('compare', 'consult', 'documents', 'counts', 'review'),
    forbidPackages: UI_PACKAGES,
  },
  documents: { paths: ['core/documents/'], allow: below('counts', 'review'), forbidPackages: UI_PACKAGES },
  consult: { paths: ['core/consult/'], allow: below('documents', 'counts', 'review'), forbidPackages: UI_PACKAGES },
  compare: { paths: ['core/compare/'], allow: below('consult', 'documents', 'counts', 'review'), forbidPackages: UI_PACKAGES },
  'review-input': { paths: ['core/review-input/'], allow: below('consult', 'documents', 'counts', 'review'), forbidPackages: UI_PACKAGES },
  year: { paths: ['core/year/'], allow: below('compare', 'consult', 'documents', 'counts', 'review'), forbidPackages: UI_PACKAGES },
  workers: {
    paths: ['core/workers/'],
    allow: below('year', 'review-input', 'compare', 'consult', 'documents', 'counts', 'review'),
    forbidPackages: UI_PACKAGES,
  },
  contract: { paths: ['core/api/contract.ts', 'core/api/channels/'], allow: ['model', 'errors'], forbidPackages: [...UI_PACKAGES, ...NODE_PACKAGES] },
  api: {
    paths: ['core/api/'],
    allow: [...below('contract', 'workers', 'year', 'export-entry', 'review-input', 'compare', 'consult', 'documents', 'counts', 'review'), 'seeds'],
    forbidPackages: UI_PACKAGES,
  },
  cli: {
    paths: ['core/cli/', 'core/cli.ts'],
    // a host like the others: dispatch and the contract, words from the model, never the store or an engine
    allow: ['api', 'contract', 'model', 'errors', 'base'],
    forbidPackages: UI_PACKAGES,
  },
  seeds: { paths: ['seeds/'], allow: below('documents', 'counts'), forbidPackages: UI_PACKAGES },
  bridge: { paths: ['electron/bridge-surface.ts'], allow: ['contract', 'model'], forbidPackages: NODE_PACKAGES },
  electron: { paths: ['electron/'], allow: ['api', 'contract', 'bridge', ...domain], forbidPackages: UI_PACKAGES.slice(1) },
  'http-host': { paths: ['http-host/'], allow: ['cli', 'api', 'contract', ...domain], forbidPackages: UI_PACKAGES },
  renderer: { paths: ['renderer/'], allow: ['contract', 'model', 'bridge'], forbidPackages: NODE_PACKAGES },
};

/**
 * Known backward imports, each with the reason it stays for now. The list only shrinks: a new
 * entry needs the same review a new layer would.
 */
const EXCEPTIONS = [
  // without a worker (inside one, or where none can start) the runner runs the same job table in-process
  ['core/workers/off-thread.ts', 'core/workers/parse-jobs.ts'],
  // type-only: these shapes belong in core/model; they stay while issue 22 changes them
  ['core/api/channels/import.ts', 'core/documents/import/import-preview.ts'],
  ['core/api/channels/import.ts', 'core/documents/import/reading.ts'],
];

export const layerOptions = { root, layers: LAYERS, exceptions: EXCEPTIONS, mustBeListed: ['core/', 'renderer/', 'electron/', 'http-host/'] };

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.mjs', '**/*.cjs', 'bin/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@typescript-eslint': tseslint.plugin, 'react-hooks': reactHooks, local },
    rules: {
      // a promise left floating loses its error: the drafter sees nothing, the edit may be lost
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      'local/layers': ['error', layerOptions],
    },
  },
  // the lint rule itself and this file: plain ESM JavaScript
  { files: ['lint/**/*.js', 'eslint.config.js'], ...js.configs.recommended },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
