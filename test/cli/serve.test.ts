import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../helpers/db.js';
import { cliTarget, type CliTarget } from './demo-target.js';
import { freePort, startCli } from './run-cli.js';

const SLOW = { timeout: 180_000 };

describe.each(dialects)('bangfu serve on %s', (dialect) => {
  let target: CliTarget;

  beforeAll(async () => {
    target = await cliTarget(dialect);
  });
  afterAll(async () => {
    await target.dispose();
  });

  it('migrates, answers on PORT, keeps a 0600 session secret, stops on SIGTERM', SLOW, async () => {
    const port = await freePort();
    const env = { ...target.env, PORT: String(port), HOST: '127.0.0.1' };
    const server = await startCli(['serve'], { env, ready: /已启动：http:\/\/\S+/ });
    try {
      expect(server.stdoutSoFar()).toContain(`http://127.0.0.1:${port}`);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: dialect });
      const home = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { 'accept-language': 'en' },
      });
      expect(home.status).toBe(200);
      expect(home.headers.get('content-type')).toContain('text/html');
      const api = await fetch(`http://127.0.0.1:${port}/api/v1/no-such-thing`);
      expect(api.status).toBe(404);
    } finally {
      const stopped = await server.stop('SIGTERM');
      expect(stopped.code, stopped.stderr).toBe(0);
      expect(stopped.stdout).toContain('bangfu 已停止');
    }
    const secret = join(target.env.BANGFU_DATA_DIR ?? '', 'session.secret');
    expect(statSync(secret).mode & 0o777).toBe(0o600);
  });

  it('uses BANGFU_SESSION_SECRET when set and writes no secret file', SLOW, async () => {
    const dataDir = (await cliTarget('sqlite')).env.BANGFU_DATA_DIR ?? '';
    const port = await freePort();
    const env = {
      ...target.env,
      BANGFU_DATA_DIR: dataDir,
      BANGFU_SESSION_SECRET: 'x'.repeat(40),
      PORT: String(port),
      HOST: '127.0.0.1',
      LANG: 'en_US.UTF-8',
    };
    const server = await startCli(['serve'], { env, ready: /running at http:\/\/\S+/ });
    const stopped = await server.stop('SIGINT');
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toContain('bangfu has stopped');
    expect(existsSync(join(dataDir, 'session.secret'))).toBe(false);
  });
});
