#!/usr/bin/env node
// `qicao`: the built CLI (dist/cli/qicao.mjs), started without compiling TypeScript; see built-entry.js.
import { importEntry } from './built-entry.js';

await importEntry('qicao', 'http-host/qicao-cli.ts');
