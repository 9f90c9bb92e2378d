/** Read a password without echo on a terminal, or the first line of stdin when it is piped. */
import { AppError } from '../domain/errors.js';
import type { CliIo } from './io.js';

function fail(key: string): AppError {
  return new AppError('validation', { fields: [{ path: 'password', key }] });
}

/** One hidden line from a terminal in raw mode; Ctrl+C aborts. */
function promptHidden(io: CliIo, prompt: string): Promise<string> {
  const { stdin } = io;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(typed);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new Error('interrupted'));
          return;
        }
        typed = ch === '\u007f' || ch === '\b' ? typed.slice(0, -1) : typed + ch;
      }
    };
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}

async function readPiped(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trim();
}

/** The password to use. @throws AppError validation when none was given or the two differ */
export async function readPassword(io: CliIo): Promise<string> {
  if (!io.stdin.isTTY) {
    const piped = await readPiped(io);
    if (!piped) {
      throw fail('cli.password_missing');
    }
    return piped;
  }
  const first = await promptHidden(io, io.say('cli.password_prompt'));
  const second = await promptHidden(io, io.say('cli.password_repeat'));
  if (first !== second) {
    throw fail('cli.password_mismatch');
  }
  return first;
}
