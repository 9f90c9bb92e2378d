/** The one table from error codes to exit codes, and how the CLI shows a failure in one line. */
import { CommanderError } from 'commander';
import { AppError, type ErrorCode } from '../domain/errors.js';
import { renderFields, translate, type Locale } from '../domain/messages/i18n.js';
import { sayer } from './locale.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Exit code per error code: 2 when the input must change, 1 when something failed at run time. */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  bad_request: EXIT_USAGE,
  validation: EXIT_USAGE,
  not_found: EXIT_USAGE,
  conflict: EXIT_USAGE,
  too_large: EXIT_USAGE,
  unsupported_media: EXIT_USAGE,
  unauthenticated: EXIT_FAILURE,
  forbidden: EXIT_FAILURE,
  account_locked: EXIT_FAILURE,
  rate_limited: EXIT_FAILURE,
  busy: EXIT_FAILURE,
  internal: EXIT_FAILURE,
};

/** The environment could not be parsed: one line per bad variable. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** The command-line option behind each field path, so a message says what to change. */
const OPTION_OF: Readonly<Record<string, string>> = {
  username: '--username',
  displayName: '--name',
  role: '--role',
  cadreId: '--cadre-id',
  password: '--password',
  seed: '--seed',
  households: '--households',
  from: '--from',
  to: '--to',
  region: '--scope',
  unit: '--unit',
  lang: '--lang',
  village: '--village',
  baseUrl: '--base-url',
};

export interface Failure {
  readonly exitCode: number;
  /** Lines for stderr; the last one is the message a person reads. */
  readonly lines: readonly string[];
}

function appFailure(locale: Locale, error: AppError): Failure {
  const say = sayer(locale);
  if (error.fields.length === 0) {
    const message = translate(locale, error.key, error.params);
    return { exitCode: EXIT_CODES[error.code], lines: [say('cli.error', { message })] };
  }
  const lines = renderFields(locale, error.fields).map(({ path, message }) => {
    const option = OPTION_OF[path];
    return option ? say('cli.error_field', { message, option }) : say('cli.error', { message });
  });
  return { exitCode: EXIT_CODES[error.code], lines };
}

/** What to print and which exit code to use for anything thrown by a command. */
export function describeFailure(locale: Locale, error: unknown): Failure {
  const say = sayer(locale);
  if (error instanceof AppError) {
    return appFailure(locale, error);
  }
  if (error instanceof ConfigError) {
    return { exitCode: EXIT_USAGE, lines: [say('cli.config_invalid'), ...error.problems] };
  }
  if (error instanceof CommanderError) {
    // Commander has printed its own message (or the help) already.
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed') {
      return { exitCode: EXIT_OK, lines: [] };
    }
    return { exitCode: EXIT_USAGE, lines: [say('cli.usage_hint')] };
  }
  const detail = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && error.stack ? [error.stack] : [];
  const message = say('cli.unexpected', { detail });
  return { exitCode: EXIT_FAILURE, lines: [...stack, say('cli.error', { message })] };
}
