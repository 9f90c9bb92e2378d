/** Run the real `bangfu` command (src/cli/main.ts through tsx) as a child process. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A new, empty data directory. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'bangfu-cli-'));
}

/** The child's environment: ours without any BANGFU_* or locale settings, plus `env`. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('BANGFU_') && !['LANG', 'LC_ALL', 'LC_MESSAGES', 'PORT'].includes(k),
    ),
  );
  return { ...base, BANGFU_LOG_LEVEL: 'warn', ...env };
}

function spawnCli(args: readonly string[], env: Record<string, string>) {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Run one command to its end; `input` is written to its stdin (which is then closed). */
export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<CliResult> {
  const child = spawnCli(args, options.env ?? {});
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningCli {
  readonly stdoutSoFar: () => string;
  /** Send a signal and wait for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<CliResult>;
}

/** Start a long-running command and wait until its stdout contains `ready`. */
export function startCli(
  args: readonly string[],
  options: { env: Record<string, string>; ready: RegExp; timeoutMs?: number },
): Promise<RunningCli> {
  const child = spawnCli(args, options.env);
  let stdout = '';
  let stderr = '';
  const closed = new Promise<CliResult>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`not ready in time:\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (options.ready.test(stdout)) {
        clearTimeout(timer);
        resolve({
          stdoutSoFar: () => stdout,
          stop(signal = 'SIGTERM') {
            child.kill(signal);
            return closed;
          },
        });
      }
    });
    void closed.then((r) => {
      clearTimeout(timer);
      reject(new Error(`exited early with ${r.code}:\n${r.stdout}\n${r.stderr}`));
    });
  });
}
