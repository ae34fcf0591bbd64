// Vitest setup file (vitest.config.ts): after each test file, the folders its tests made with
// tempDir() are removed, so a run does not leave hundreds of qicao-* folders behind.
import { afterAll } from 'vitest';
import { removeTempDirs } from './plans.ts';

afterAll(() => removeTempDirs());
