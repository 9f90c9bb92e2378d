/**
 * The commands of `bangfu`, their options and help texts (in the CLI's language). Each command's
 * code is imported when it runs, so `--help` and `user add` do not load the whole server.
 */
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES } from '../domain/roles.js';
import { packageRoot } from '../server/static.js';
import { parseArgs } from './args.js';
import { DemoArgs } from './commands/demo-args.js';
import type { CliIo } from './io.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? '0.0.0';
}

function addUserCommands(program: Command, io: CliIo): void {
  const { say } = io;
  const user = program.command('user').description(say('cli.user.description'));
  user
    .command('add')
    .description(say('cli.user_add.description'))
    .option('--username <username>', say('cli.option.username'))
    .option('--role <role>', say('cli.option.role', { roles: ROLES.join(', ') }))
    .option('--name <name>', say('cli.option.name'))
    .option('--cadre-id <id>', say('cli.option.cadre_id'))
    .option('--password <password>', say('cli.option.password'))
    .action(async (options: Record<string, string | undefined>) => {
      const { addUser } = await import('./commands/add-user.js');
      await addUser(io, options);
    });
  user
    .command('reset-password')
    .description(say('cli.user_reset.description'))
    .option('--username <username>', say('cli.option.username'))
    .option('--password <password>', say('cli.option.password'))
    .action(async (options: Record<string, string | undefined>) => {
      const { resetUserPassword } = await import('./commands/reset-password.js');
      await resetUserPassword(io, options);
    });
}

function addImportCommands(program: Command, io: CliIo): void {
  const { say } = io;
  program
    .command('import')
    .description(say('cli.import.description'))
    .command('households [file]')
    .description(say('cli.import_households.description'))
    .option('--template <file>', say('cli.import.template'))
    .option('--dry-run', say('cli.import.dry_run'))
    .option('--mode <mode>', say('cli.import.mode'))
    .option('--mapping <json>', say('cli.import.mapping'))
    .option('--encoding <encoding>', say('cli.import.encoding'))
    .option('--report <file>', say('cli.import.report'))
    .action(
      async (file: string | undefined, options: Record<string, string | boolean | undefined>) => {
        const { importHouseholds } = await import('./commands/import-households.js');
        await importHouseholds(io, file, options);
      },
    );
}

/** The `report` command group; `report brief` and other reports attach to it. */
export function reportCommand(program: Command, io: CliIo): Command {
  const existing = program.commands.find((c) => c.name() === 'report');
  return existing ?? program.command('report').description(io.say('cli.report.description'));
}

function addReportCommands(program: Command, io: CliIo): void {
  const { say } = io;
  reportCommand(program, io)
    .command('brief')
    .description(say('cli.report_brief.description'))
    .option('--from <date>', say('cli.report.from'))
    .option('--to <date>', say('cli.report.to'))
    .option('--scope <code>', say('cli.report.scope'))
    .option('--unit <id>', say('cli.report.unit'))
    .option('--lang <lang>', say('cli.report.lang'))
    .option('--out <file>', say('cli.report.out'))
    .action(async (options: Record<string, string | undefined>) => {
      const { reportBrief } = await import('./commands/report-brief.js');
      await reportBrief(io, options);
    });
  reportCommand(program, io)
    .command('cards')
    .description(say('cli.report_cards.description'))
    .option('--village <code>', say('cli.report_cards.village'))
    .option('--out <file>', say('cli.report_cards.out'))
    .option('--base-url <url>', say('cli.report_cards.base_url'))
    .action(async (options: Record<string, unknown>) => {
      const { reportCards } = await import('./commands/report-cards.js');
      await reportCards(io, options);
    });
}

/** The whole command tree; errors (and --help) surface as exceptions for main.ts to map. */
export function buildProgram(io: CliIo): Command {
  const { say } = io;
  const program = new Command('bangfu')
    .description(say('cli.description'))
    .helpOption('-h, --help', say('cli.help'))
    .helpCommand('help [command]', say('cli.help'))
    .version(version(), '-v, --version', say('cli.version'))
    .exitOverride()
    .showSuggestionAfterError();
  program
    .command('serve')
    .description(say('cli.serve.description'))
    .action(async () => {
      const { serveApp } = await import('./commands/serve-app.js');
      await serveApp(io);
    });
  program
    .command('migrate')
    .description(say('cli.migrate.description'))
    .action(async () => {
      const { runMigrations } = await import('./commands/run-migrations.js');
      await runMigrations(io);
    });
  program
    .command('demo')
    .description(say('cli.demo.description'))
    .option('--seed <n>', say('cli.demo.seed'))
    .option('--households <n>', say('cli.demo.households'))
    .option('--force', say('cli.demo.force'))
    .option('--serve', say('cli.demo.serve'))
    .action(async (options: Record<string, unknown>) => {
      const args = parseArgs(DemoArgs, options);
      const { buildDemoCommand } = await import('./commands/build-demo.js');
      await buildDemoCommand(io, args);
    });
  addUserCommands(program, io);
  addImportCommands(program, io);
  addReportCommands(program, io);
  return program;
}
