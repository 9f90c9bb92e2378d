/** What a command talks to: its environment, output streams and language. Passed by hand. */
import type { Locale } from '../domain/messages/i18n.js';
import type { Say } from './locale.js';

export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  readonly locale: Locale;
  readonly say: Say;
  readonly stdin: NodeJS.ReadStream;
  /** A line for stdout (results people or scripts read). */
  out(line: string): void;
  /** A line for stderr (progress and problems). */
  err(line: string): void;
}

/** The real process's streams. */
export function processIo(locale: Locale, say: Say): CliIo {
  return {
    env: process.env,
    locale,
    say,
    stdin: process.stdin,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}
