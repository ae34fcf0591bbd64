import { it } from 'vitest';
import fs from 'node:fs';
import { draftPair, flatText } from '../../../../bench/compare-snapshots-250k.bench.ts';
import { planDocumentFromSource } from '../../../../core/documents/import/index.ts';
import { readSource } from '../../../../core/documents/import/read-source.ts';
import { PlanSpec } from '../../../../core/model/plan-spec.ts';
it('peek', async () => {
  const pair = draftPair();
  const f = '/tmp/b-bench-' + process.pid + '.txt';
  fs.writeFileSync(f, flatText(pair.before));
  const src = readSource(f);
  for (let k = 0; k < 3; k++) {
    let t = Date.now(); const d = planDocumentFromSource(src); const t1 = Date.now() - t;
    t = Date.now(); PlanSpec.parse(d.spec); const t2 = Date.now() - t;
    console.log('doc', t1, 'parse', t2, d.kind, d.spec.units.length, d.rows.length);
  }
  console.log(src.paragraphs.slice(0, 12));
  fs.unlinkSync(f);
}, 60000);
