/** The registry screens: their routes (lazy pages) and menu entries, joined by app/routes.tsx and shell/menu.ts. */
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../shell/menu';

export const routes: RouteObject[] = [
  {
    path: 'villages',
    lazy: async () => ({ Component: (await import('./VillagesPage')).VillagesPage }),
  },
  {
    path: 'villages/:code',
    lazy: async () => ({ Component: (await import('./VillagePage')).VillagePage }),
  },
  {
    path: 'org',
    lazy: async () => ({ Component: (await import('./CadresPage')).CadresPage }),
  },
  {
    path: 'org/units',
    lazy: async () => ({ Component: (await import('./UnitsPage')).UnitsPage }),
  },
  {
    path: 'org/cadres/:id',
    lazy: async () => ({ Component: (await import('./CadrePage')).CadrePage }),
  },
  {
    path: 'pairings',
    lazy: async () => ({ Component: (await import('./PairingsPage')).PairingsPage }),
  },
];

/** Console roles: a cadre works from 我的亲戚 and sees only themself among cadres and pairings. */
const CONSOLE = ['admin', 'coordinator', 'finance', 'trainer', 'coop_manager', 'leader', 'auditor'];

export const menu: MenuEntry[] = [
  { key: 'villages', path: '/villages', label: 'menu.villages', permission: 'registry.read' },
  {
    key: 'org',
    path: '/org',
    label: 'menu.cadres',
    permission: 'registry.read',
    roles: CONSOLE,
  },
  {
    key: 'pairings',
    path: '/pairings',
    label: 'menu.pairings',
    permission: 'registry.read',
    roles: CONSOLE,
  },
];
