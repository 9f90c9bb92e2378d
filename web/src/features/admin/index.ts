/** The admin and auditor screens: their routes (lazy pages) and menu entries, joined by app/routes.tsx and shell/menu.ts. */
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../shell/menu';

export const routes: RouteObject[] = [
  {
    path: 'audit',
    lazy: async () => ({ Component: (await import('./AuditPage')).AuditPage }),
  },
  {
    path: 'admin/users',
    lazy: async () => ({ Component: (await import('./UsersPage')).UsersPage }),
  },
  {
    path: 'admin/lists',
    lazy: async () => ({ Component: (await import('./ListsPage')).ListsPage }),
  },
];

/** 审计日志 for auditors and administrators; accounts and the editable lists for administrators. */
export const menu: MenuEntry[] = [
  { key: 'audit', path: '/audit', label: 'menu.audit', permission: 'audit.read' },
  { key: 'users', path: '/admin/users', label: 'menu.users', permission: 'users.manage' },
  { key: 'lists', path: '/admin/lists', label: 'admin.menu.lists', permission: 'lists.manage' },
];
