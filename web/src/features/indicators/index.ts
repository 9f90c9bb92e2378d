/** The indicators dashboard: its route (a lazy page, console only: it loads the charts) and menu entry. */
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../shell/menu';

export const routes: RouteObject[] = [
  {
    path: 'indicators',
    lazy: async () => ({ Component: (await import('./IndicatorsPage')).IndicatorsPage }),
  },
];

/** Every console role may read the figures (measures.read); a cadre works from the field view. */
const CONSOLE = ['admin', 'coordinator', 'finance', 'trainer', 'coop_manager', 'leader', 'auditor'];

export const menu: MenuEntry[] = [
  {
    key: 'indicators',
    path: '/indicators',
    label: 'indicators.menu',
    permission: 'measures.read',
    roles: CONSOLE,
  },
];
