/**
 * Run the built `bangfu` CLI (dist/, from `npm run build`) as its own process, as a user would,
 * and measure it from outside: wall time, CPU time and peak RSS (VmHWM) of the whole process,
 * worker threads included, read from /proc (Linux) every 100 ms while it runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const TICKS_PER_SECOND = 100;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakRss: number;
}

/** Peak RSS (bytes) and CPU time (ms) of a live process, or null once it has gone. */
function probe(pid: number): { hwm: number; cpuMs: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { hwm, cpuMs: (ticks / TICKS_PER_SECOND) * 1000 };
  } catch {
    return null;
  }
}

/** Run the CLI with `args` and `env`; `onTick` is called every 30 s with the figures so far. */
export function runCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  onTick?: (soFar: { ms: number; peakRss: number }) => void,
): Promise<CliRun> {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  }
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr
    .setEncoding('utf8')
    .on('data', (s: string) => (stderr = (stderr + s).slice(-20_000)));
  let peakRss = 0;
  let cpuMs = 0;
  let lastTick = t0;
  const timer = setInterval(() => {
    const now = child.pid === undefined ? null : probe(child.pid);
    if (now) {
      peakRss = Math.max(peakRss, now.hwm);
      cpuMs = now.cpuMs;
    }
    if (onTick && performance.now() - lastTick >= 30_000) {
      lastTick = performance.now();
      onTick({ ms: lastTick - t0, peakRss });
    }
  }, 100);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - t0, cpuMs, peakRss });
    });
  });
}
