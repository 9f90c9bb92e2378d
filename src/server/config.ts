/** Server configuration: parsed from the environment once, frozen, passed down. */
import { z } from 'zod';
import { isTimeZone } from '../domain/validation/dates.js';

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  BANGFU_DATA_DIR: z.string().min(1).default('./data'),
  BANGFU_DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      'must start with postgres:// (leave unset for the embedded SQLite database)',
    )
    .optional(),
  BANGFU_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  BANGFU_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  BANGFU_COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  BANGFU_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai')
    .default('Asia/Shanghai'),
  BANGFU_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  BANGFU_PG_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** postgres://… or the SQLite file path. */
  readonly databaseUrl: string;
  readonly sessionSecret: string | null;
  readonly sessionIdleMinutes: number;
  readonly cookieSecure: 'true' | 'false' | 'auto';
  readonly timeZone: string;
  readonly logLevel: string;
  readonly pgPoolSize: number;
}

/** Parse the environment; throws one error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: e.BANGFU_DATA_DIR,
    databaseUrl: e.BANGFU_DATABASE_URL ?? `${e.BANGFU_DATA_DIR.replace(/\/$/, '')}/bangfu.db`,
    sessionSecret: e.BANGFU_SESSION_SECRET ?? null,
    sessionIdleMinutes: e.BANGFU_SESSION_IDLE_MINUTES,
    cookieSecure: e.BANGFU_COOKIE_SECURE,
    timeZone: e.BANGFU_TIME_ZONE,
    logLevel: e.BANGFU_LOG_LEVEL,
    pgPoolSize: e.BANGFU_PG_POOL_SIZE,
  });
}
