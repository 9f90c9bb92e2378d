/** The assistance screens: their routes (lazy pages) and menu entries, joined by app/routes.tsx and shell/menu.ts. */
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../shell/menu';

export const routes: RouteObject[] = [
  {
    // The tab bar of the five-measures console over the list page.
    lazy: async () => ({
      Component: (await import('../measures/MeasuresLayout')).MeasuresLayout,
    }),
    children: [
      {
        path: 'measures/assistance',
        lazy: async () => ({ Component: (await import('./AssistancePage')).AssistancePage }),
      },
    ],
  },
  {
    path: 'measures/assistance/new',
    lazy: async () => ({
      Component: (await import('./AssistanceFormPage')).AssistanceFormPage,
    }),
  },
  {
    path: 'measures/assistance/:id',
    lazy: async () => ({
      Component: (await import('./AssistanceDetailPage')).AssistanceDetailPage,
    }),
  },
  {
    path: 'measures/assistance/:id/edit',
    lazy: async () => ({
      Component: (await import('./AssistanceFormPage')).AssistanceFormPage,
    }),
  },
];

/** Assistance lives under the one 五项举措 entry (see features/measures/index.ts). */
export const menu: MenuEntry[] = [];
