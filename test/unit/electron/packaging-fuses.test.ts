// The packaged app's fuses: it cannot be started as plain Node or with a debugger/NODE_OPTIONS,
// loads its code only from its own checked app.asar, and encrypts its cookie store.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The `electronFuses:` block of electron-builder.yml as key → boolean. */
function fuses(): Record<string, boolean> {
  const text = fs.readFileSync('electron-builder.yml', 'utf8');
  const block = /^electronFuses:\n((?:[ ]{2}\w+: (?:true|false)\n)+)/m.exec(text);
  if (!block) return {};
  return Object.fromEntries(
    block[1]
      .trim()
      .split('\n')
      .map((l) => l.trim().split(': '))
      .map(([k, v]) => [k, v === 'true']),
  );
}

describe('electron-builder fuses', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect; turns on cookie encryption, asar-only loading and asar integrity', () => {
    expect(fuses()).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(fs.readFileSync('electron-builder.yml', 'utf8')).toMatch(/^asar: true$/m);
  });
});
