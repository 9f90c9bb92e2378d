/** Build the web app once per test run into a private folder that every e2e file serves. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    webRoot: string;
  }
}

export default function buildWebOnce(project: TestProject): void {
  const outDir = join(mkdtempSync(join(tmpdir(), 'bangfu-web-')), 'dist');
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'error',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    {
      stdio: 'inherit',
      // vitest sets NODE_ENV=test; the app under test must be the production build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  project.provide('webRoot', outDir);
}
