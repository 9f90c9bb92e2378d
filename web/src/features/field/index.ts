/**
 * The cadre's phone pages under /field (app/routes.tsx routes /field itself to MyFamiliesPage);
 * joined into the routes by features/measures/index.ts. None of these pages may load ECharts.
 */
import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  {
    path: 'field/families/:id',
    lazy: async () => ({ Component: (await import('./FamilyPage')).FamilyPage }),
  },
  {
    path: 'field/families/:id/visit',
    lazy: async () => ({ Component: (await import('./LogVisitPage')).LogVisitPage }),
  },
  {
    path: 'field/families/:id/help',
    lazy: async () => ({ Component: (await import('./LogHelpPage')).LogHelpPage }),
  },
];
