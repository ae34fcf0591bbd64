#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so `npx qicao` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../core/cli.ts');
