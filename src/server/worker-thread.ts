/**
 * Start one of our worker threads. Run from the TypeScript sources (tests, `tsx`), the worker
 * registers tsx's loader first; built to dist/ it loads the compiled worker directly.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** `entry` is the worker module beside the caller, without extension: new URL('./x.worker', import.meta.url). */
export function startWorker(
  entry: URL,
  workerData: unknown,
  resourceLimits?: ResourceLimits,
): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const file = new URL(`${entry.href}.${fromSources ? 'ts' : 'js'}`);
  const options = { workerData, ...(resourceLimits ? { resourceLimits } : {}) };
  if (!fromSources) {
    return new Worker(file, options);
  }
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(boot, { eval: true, ...options });
}
