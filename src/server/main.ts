/** Start the server: build the app over an open database, listen, and shut down gracefully. */
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DbHandle } from '../db/connect.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { serveWebApp } from './static.js';

/**
 * The session secret: BANGFU_SESSION_SECRET, or else a random one created once and kept in
 * $BANGFU_DATA_DIR/session.secret (mode 0600) so sessions survive restarts.
 */
export function sessionSecretFor(config: Config): string {
  if (config.sessionSecret) {
    return config.sessionSecret;
  }
  const file = join(config.dataDir, 'session.secret');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    try {
      writeFileSync(file, `${randomBytes(48).toString('base64url')}\n`, {
        mode: 0o600,
        flag: 'wx',
      });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as { code?: unknown }).code !== 'EEXIST') {
        throw error;
      }
    }
  }
  chmodSync(file, 0o600);
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) {
    throw new Error(`${file} must hold at least 32 characters; delete it to make a new one`);
  }
  return secret;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  /** Where to point a browser, e.g. http://localhost:8080 */
  readonly url: string;
  /** Stop listening, finish requests in flight, close the database. */
  stop(): Promise<void>;
}

/** Build the app with the web app's files and listen on HOST:PORT. */
export async function startServer(config: Config, handle: DbHandle): Promise<RunningServer> {
  const app = await buildApp({
    handle,
    sessionSecret: sessionSecretFor(config),
    dataDir: config.dataDir,
    sessionIdleMinutes: config.sessionIdleMinutes,
    cookieSecure: config.cookieSecure,
    logger: { level: config.logLevel },
    extend: (instance) => serveWebApp(instance),
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? 'localhost' : config.host;
  let stopping: Promise<void> | null = null;
  return {
    app,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    stop() {
      stopping ??= app.close().then(() => handle.close());
      return stopping;
    },
  };
}

/** Resolve once SIGINT or SIGTERM has stopped the server; a second signal exits at once. */
export function stopOnSignals(server: RunningServer): Promise<void> {
  return new Promise((resolve, reject) => {
    let signalled = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (signalled) {
        process.exit(signal === 'SIGINT' ? 130 : 143);
      }
      signalled = true;
      server.stop().then(() => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        resolve();
      }, reject);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
