#!/usr/bin/env node
/** The `bangfu` command: serve, migrate, demo, user add / reset-password. Exit 0 ok, 1 failure, 2 usage. */
import { describeFailure, EXIT_OK } from './failure.js';
import { processIo } from './io.js';
import { cliLocale, sayer } from './locale.js';
import { buildProgram } from './program.js';

async function main(argv: readonly string[]): Promise<number> {
  const locale = cliLocale(process.env);
  const io = processIo(locale, sayer(locale));
  try {
    await buildProgram(io).parseAsync([...argv]);
    return EXIT_OK;
  } catch (error) {
    const failure = describeFailure(locale, error);
    failure.lines.forEach((line) => io.err(line));
    return failure.exitCode;
  }
}

process.exit(await main(process.argv));
