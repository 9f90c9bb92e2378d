/** The demo accounts: one per role (two in finance, for maker-checker), all with one password. */
import type { Db } from '../../db/connect.js';
import type { Role } from '../../domain/roles.js';
import { createUser } from '../../server/auth/auth.service.js';
import type { DemoCadre } from './org.js';

export const DEMO_PASSWORD = 'bangfu-demo-2026';

export interface DemoAccount {
  readonly username: string;
  readonly role: Role;
  readonly displayName: string;
  readonly id: string;
}

const ACCOUNTS: readonly { username: string; role: Role; displayName: string }[] = [
  { username: 'admin', role: 'admin', displayName: '系统管理员' },
  { username: 'coordinator', role: 'coordinator', displayName: '李海燕' },
  { username: 'cadre', role: 'cadre', displayName: '' },
  { username: 'finance', role: 'finance', displayName: '王丽娟' },
  { username: 'finance2', role: 'finance', displayName: '张建军' },
  { username: 'trainer', role: 'trainer', displayName: '刘志强' },
  { username: 'coop', role: 'coop_manager', displayName: '马新华' },
  { username: 'leader', role: 'leader', displayName: '陈立新' },
  { username: 'auditor', role: 'auditor', displayName: '赵雅琴' },
];

/** Create the accounts through the accounts service; the `cadre` account is the given cadre. */
export async function seedUsers(db: Db, cadre: DemoCadre): Promise<DemoAccount[]> {
  const made: DemoAccount[] = [];
  for (const account of ACCOUNTS) {
    const isCadre = account.role === 'cadre';
    const user = await createUser(db, null, {
      username: account.username,
      displayName: isCadre ? cadre.name : account.displayName,
      role: account.role,
      cadreId: isCadre ? cadre.id : null,
      password: DEMO_PASSWORD,
    });
    made.push({
      username: user.username,
      role: user.role,
      displayName: user.displayName,
      id: user.id,
    });
  }
  return made;
}
