/** The roster import screen: its route (a lazy page) and menu entry, joined by app/routes.tsx and shell/menu.ts. */
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../shell/menu';

export const routes: RouteObject[] = [
  {
    path: 'imports/households',
    lazy: async () => ({ Component: (await import('./ImportPage')).ImportPage }),
  },
];

/** 导入名册: registry writers of the program office (a cadre works only with their own families). */
export const menu: MenuEntry[] = [
  {
    key: 'imports',
    path: '/imports/households',
    label: 'imports.menu',
    permission: 'registry.write',
    roles: ['admin', 'coordinator', 'finance', 'trainer', 'coop_manager', 'leader', 'auditor'],
  },
];
