import { describe, expect, it } from 'vitest';
import { connect } from '../../src/db/connect.js';
import { runCli, tempDataDir } from './run-cli.js';

const STRONG = 'Strong-passw0rd';
/** Each run starts node and tsx; on a busy machine that takes seconds. */
const SLOW = { timeout: 180_000 };

describe('the bangfu command', () => {
  it('prints help listing every command and exits 0', SLOW, async () => {
    const res = await runCli(['--help']);
    expect(res.code, res.stderr).toBe(0);
    for (const command of ['serve', 'migrate', 'demo', 'user']) {
      expect(res.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
    expect(res.stdout).toContain('帮扶');
    const user = await runCli(['user', '--help'], { env: { LANG: 'en_US.UTF-8' } });
    expect(user.code).toBe(0);
    expect(user.stdout).toMatch(/add \[options\]/);
    expect(user.stdout).toMatch(/reset-password \[options\]/);
    expect(user.stdout).toContain('Manage accounts');
  });

  it('exits 2 on an unknown command or option, pointing at --help', SLOW, async () => {
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('bangfu --help');
    const badOption = await runCli(['migrate', '--nope'], {
      env: { BANGFU_DATA_DIR: tempDataDir() },
    });
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('--nope');
  });

  it(
    'refuses a weak password with exit 2, naming the field in Chinese and in English',
    SLOW,
    async () => {
      const env = { BANGFU_DATA_DIR: tempDataDir() };
      const args = ['user', 'add', '--username', 'alice', '--role', 'admin', '--name', '艾丽'];
      const zh = await runCli([...args, '--password', 'short'], { env });
      expect(zh.code).toBe(2);
      expect(zh.stderr.trim()).toBe('错误：密码：至少 10 位，并同时包含字母和数字（--password）');
      const en = await runCli([...args, '--password', 'onlyletters'], {
        env: { ...env, LANG: 'en_US.UTF-8' },
      });
      expect(en.code).toBe(2);
      expect(en.stderr.trim()).toBe(
        'Error: Password: at least 10 characters with both letters and digits (--password)',
      );
    },
  );

  it('names every missing or invalid option at once', SLOW, async () => {
    const res = await runCli(['user', 'add', '--username', 'Bad Name', '--role', 'boss'], {
      env: { BANGFU_DATA_DIR: tempDataDir(), LANG: 'en_US.UTF-8' },
    });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('(--username)');
    expect(res.stderr).toMatch(/Role: not a valid choice.*coop_manager.*\(--role\)/);
    expect(res.stderr).toContain('Name: required (--name)');
  });

  it('migrates, adds a user, and resets the password (from stdin), each once', SLOW, async () => {
    const dir = tempDataDir();
    const env = { BANGFU_DATA_DIR: dir };
    const first = await runCli(['migrate'], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/本次执行 \d+ 个迁移/);
    const again = await runCli(['migrate'], { env });
    expect(again.stdout).toContain('数据库已是最新版本');

    const add = ['user', 'add', '--username', 'alice', '--role', 'coordinator', '--name', '艾丽'];
    const added = await runCli([...add, '--password', STRONG], { env });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('已创建账户 alice');
    const twice = await runCli([...add, '--password', STRONG], { env });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('用户名“alice”已被使用');

    const handle = connect({ url: `${dir}/bangfu.db` });
    const before = await handle.db
      .selectFrom('users')
      .select(['role', 'display_name', 'password_hash'])
      .where('username', '=', 'alice')
      .executeTakeFirstOrThrow();
    expect(before).toMatchObject({ role: 'coordinator', display_name: '艾丽' });

    const reset = await runCli(['user', 'reset-password', '--username', 'alice'], {
      env,
      input: 'Another-passw0rd\n',
    });
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toContain('已重置 alice 的密码');
    const after = await handle.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'alice')
      .executeTakeFirstOrThrow();
    expect(after.password_hash).not.toBe(before.password_hash);
    const audit = await handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity'])
      .where('entity', '=', 'user')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
    await handle.close();

    const nobody = await runCli(['user', 'reset-password', '--username', 'bob'], {
      env,
      input: 'Another-passw0rd\n',
    });
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('没有名为“bob”的账户（--username）');
  });

  it('asks for a password on stdin and exits 2 when none comes', SLOW, async () => {
    const res = await runCli(
      ['user', 'add', '--username', 'zed', '--role', 'admin', '--name', 'Zed'],
      { env: { BANGFU_DATA_DIR: tempDataDir(), LANG: 'en_US.UTF-8' } },
    );
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('No password was read');
  });

  it('exits 2 naming every bad environment variable', SLOW, async () => {
    const res = await runCli(['migrate'], {
      env: {
        BANGFU_DATA_DIR: tempDataDir(),
        PORT: 'eighty',
        BANGFU_DATABASE_URL: 'mysql://localhost/bangfu',
        BANGFU_SESSION_SECRET: 'too-short',
        BANGFU_TIME_ZONE: 'Asia/Atlantis',
      },
    });
    expect(res.code).toBe(2);
    const lines = res.stderr.trim().split('\n');
    expect(lines[0]).toBe('错误：配置有误，请修改以下环境变量：');
    for (const variable of [
      'PORT',
      'BANGFU_DATABASE_URL',
      'BANGFU_SESSION_SECRET',
      'BANGFU_TIME_ZONE',
    ]) {
      expect(
        lines.some((l) => l.trim().startsWith(`${variable}:`)),
        variable,
      ).toBe(true);
    }
  });

  it('exits 1 with a one-line message when the database cannot be reached', SLOW, async () => {
    const res = await runCli(['migrate'], {
      env: {
        BANGFU_DATA_DIR: tempDataDir(),
        BANGFU_DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none',
      },
    });
    expect(res.code).toBe(1);
    expect(res.stderr.trim().split('\n').at(-1)).toMatch(/^错误：意外错误：.*ECONNREFUSED/);
  });
});
