/** The measures screens: their routes (lazy pages) and menu entries, joined by app/routes.tsx and shell/menu.ts. */
import type { RouteObject } from 'react-router';
import { routes as fieldRoutes } from '../field';
import type { MenuEntry } from '../shell/menu';

export const routes: RouteObject[] = [
  {
    path: 'measures',
    lazy: async () => ({ Component: (await import('./MeasuresHome')).MeasuresHome }),
  },
  {
    // The tab bar of the five-measures console over the list pages.
    lazy: async () => ({ Component: (await import('./MeasuresLayout')).MeasuresLayout }),
    children: [
      {
        path: 'measures/campaigns',
        lazy: async () => ({ Component: (await import('./CampaignsPage')).CampaignsPage }),
      },
    ],
  },
  {
    path: 'measures/campaigns/:id',
    lazy: async () => ({ Component: (await import('./CampaignPage')).CampaignPage }),
  },
  // The cadre's phone pages under /field (app/routes.tsx only knows /field itself).
  ...fieldRoutes,
];

/**
 * 五项举措: activities, assistance, the five-ones campaign and the lecture cascade, for every
 * console role that reads the measures (writes follow activity.write, assistance.write and
 * campaign.manage). Cadres work from 我的亲戚 instead.
 */
export const menu: MenuEntry[] = [
  {
    key: 'measures',
    path: '/measures',
    label: 'menu.measures',
    permission: 'measures.read',
    roles: ['admin', 'coordinator', 'finance', 'trainer', 'coop_manager', 'leader', 'auditor'],
  },
];
