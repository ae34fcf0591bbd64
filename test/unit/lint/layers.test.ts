// The layer table in eslint.config.js, as shipped: a wrong import placed in each layer fails the
// lint run that `npm test` makes, and the imports the layers are meant to use pass. The probes are
// virtual files (lintText with a path inside the layer), so nothing is written into the tree.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// The probes are not on disk, so TypeScript's project cannot type them: the type-aware rules are
// off for them alone; the layer rule and its table are the real config's.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    files: ['**/layer-probe.ts', '**/layer-probe.tsx'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/await-thenable': 'off',
    },
  },
});

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  return result.messages.filter((m) => m.ruleId === 'local/layers').map((m) => m.message);
}

describe('layer table (eslint local/layers)', () => {
  const violations: [string, string, string, RegExp][] = [
    ['model imports the store', 'core/model/layer-probe.ts', "import { readPlan } from '../store/read-plan.ts';", /“model”层不能引用“store”层/],
    ['model uses Node', 'core/model/layer-probe.ts', "import fs from 'node:fs';", /“model”层不能引用 node:fs/],
    ['store imports the contract', 'core/store/layer-probe.ts', "import type { PlanView } from '../api/contract.ts';", /“store”层不能引用“contract”层/],
    ['store imports documents', 'core/store/layer-probe.ts', "import { exportPlan } from '../documents/export/plan-document.ts';", /“store”层不能引用“documents”层/],
    ['store imports consult', 'core/store/layer-probe.ts', "import { listRounds } from '../consult/rounds.ts';", /“store”层不能引用“consult”层/],
    ['documents imports consult (a circle)', 'core/documents/export/layer-probe.ts', "import { listRounds } from '../../consult/rounds.ts';", /“documents”层不能引用“consult”层/],
    ['documents imports compare (a circle)', 'core/documents/import/layer-probe.ts', "import { compareTrees } from '../../compare/index.ts';", /“documents”层不能引用“compare”层/],
    ['review imports documents', 'core/review/layer-probe.ts', "import { readSource } from '../documents/import/read-source.ts';", /“review”层不能引用“documents”层/],
    ['counts imports the api', 'core/counts/layer-probe.ts', "import { dispatch } from '../api/dispatch.ts';", /“counts”层不能引用“api”层/],
    ['core imports the HTTP host', 'core/api/layer-probe.ts', "import { startHttpHost } from '../../http-host/server.ts';", /“api”层不能引用“http-host”层/],
    ['core imports the renderer', 'core/consult/layer-probe.ts', "import { api } from '../../renderer/src/api/bridge.ts';", /“consult”层不能引用“renderer”层/],
    ['core imports electron', 'core/api/layer-probe.ts', "import { app } from 'electron';", /“api”层不能引用 electron/],
    ['core imports react', 'core/compare/layer-probe.ts', "import { useState } from 'react';", /“compare”层不能引用 react/],
    ['the contract imports a handler', 'core/api/channels/layer-probe.ts', "import { planHandlers } from '../handlers/plan.ts';", /“contract”层不能引用“api”层/],
    ['the renderer imports the store', 'renderer/src/layer-probe.tsx', "import { openPlan } from '../../core/store/open.ts';", /“renderer”层不能引用“store”层/],
    [
      'the renderer imports an export engine file',
      'renderer/src/shell/layer-probe.tsx',
      "import { exportPlan } from '../../../core/documents/export/plan-document.ts';",
      /“renderer”层不能引用“documents”层/,
    ],
    ['the renderer uses Node', 'renderer/src/layer-probe.tsx', "import fs from 'node:fs';", /“renderer”层不能引用 node:fs/],
    ['the renderer uses Node without the node: prefix', 'renderer/src/layer-probe.tsx', "import path from 'path';", /“renderer”层不能引用 path/],
    ['the renderer opens SQLite', 'renderer/src/layer-probe.tsx', "import Database from 'better-sqlite3';", /“renderer”层不能引用 better-sqlite3/],
    ['electron imports the renderer', 'electron/layer-probe.ts', "import { App } from '../renderer/src/App.tsx';", /“electron”层不能引用“renderer”层/],
    ['a dynamic import counts too', 'core/store/layer-probe.ts', "export const load = () => import('../compare/index.ts');", /“store”层不能引用“compare”层/],
    ['a re-export counts too', 'core/model/layer-probe.ts', "export { countsReport } from '../counts/report.ts';", /“model”层不能引用“counts”层/],
  ];
  it.each(violations)('%s: an error', async (_what, file, code, message) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('a folder of core with no row in the table is an error until it gets one', async () => {
    const errors = await layerErrors('core/brand-new/layer-probe.ts', 'export const x = 1;');
    expect(errors).toEqual([expect.stringMatching(/不属于层级表中的任何一层/)]);
  });

  const allowed: [string, string, string][] = [
    ['the renderer reads the contract', 'renderer/src/layer-probe.tsx', "import type { PlanView } from '../../core/api/contract.ts';\nimport { api } from './api/bridge.ts';"],
    ['the renderer uses the model', 'renderer/src/layer-probe.tsx', "import { titleLayout } from '../../core/model/title-lines.ts';\nimport { useState } from 'react';"],
    ['the store uses the model', 'core/store/layer-probe.ts', "import type { OutlineNode } from '../model/views.ts';\nimport Database from 'better-sqlite3';"],
    ['consult writes its forms through documents', 'core/consult/layer-probe.ts', "import { exportPlan } from '../documents/export/plan-document.ts';"],
    ['the api calls every domain layer', 'core/api/layer-probe.ts', "import { compareTrees } from '../compare/index.ts';\nimport { listRounds } from '../consult/rounds.ts';"],
    ['the HTTP host serves the api', 'http-host/layer-probe.ts', "import { dispatch } from '../core/api/dispatch.ts';"],
  ];
  it.each(allowed)('%s: no error', async (_what, file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it('the shipped config runs the layer rule as an error on the real files of every layer', async () => {
    for (const file of ['core/store/open.ts', 'core/model/plan.ts', 'core/api/dispatch.ts', 'renderer/src/App.tsx', 'electron/main.ts', 'http-host/server.ts']) {
      const config = (await eslint.calculateConfigForFile(path.join(root, file))) as { rules: Record<string, unknown[]> };
      expect(config.rules['local/layers']?.[0], file).toBe(2);
      expect(config.rules['@typescript-eslint/no-floating-promises']?.[0], file).toBe(2);
    }
  });
});
