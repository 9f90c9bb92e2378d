/** Reports: the work brief page (a lazy page) and its menu entry. */
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../shell/menu';

export const routes: RouteObject[] = [
  {
    path: 'reports/brief',
    lazy: async () => ({ Component: (await import('./BriefPage')).BriefPage }),
  },
];

/** The brief needs reports.brief, as on the server: the program office, leaders and auditors. */
const CONSOLE = ['admin', 'coordinator', 'leader', 'auditor'];

export const menu: MenuEntry[] = [
  {
    key: 'reports-brief',
    path: '/reports/brief',
    label: 'reports.brief.menu',
    permission: 'reports.brief',
    roles: CONSOLE,
  },
];
