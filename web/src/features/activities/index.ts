/** The activities screens: their routes (lazy pages) and menu entries, joined by app/routes.tsx and shell/menu.ts. */
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../shell/menu';

export const routes: RouteObject[] = [
  {
    // The tab bar of the five-measures console over the list pages.
    lazy: async () => ({
      Component: (await import('../measures/MeasuresLayout')).MeasuresLayout,
    }),
    children: [
      {
        path: 'measures/activities',
        lazy: async () => ({ Component: (await import('./ActivitiesPage')).ActivitiesPage }),
      },
      {
        path: 'measures/cascade',
        lazy: async () => ({ Component: (await import('./CascadePage')).CascadePage }),
      },
    ],
  },
  {
    path: 'measures/activities/new',
    lazy: async () => ({ Component: (await import('./ActivityFormPage')).ActivityFormPage }),
  },
  {
    path: 'measures/activities/:id',
    lazy: async () => ({ Component: (await import('./ActivityPage')).ActivityPage }),
  },
  {
    path: 'measures/activities/:id/edit',
    lazy: async () => ({ Component: (await import('./ActivityFormPage')).ActivityFormPage }),
  },
];

/** Activities live under the one 五项举措 entry (see features/measures/index.ts). */
export const menu: MenuEntry[] = [];
