/** The household card screens (print views, reached from the household and village pages), joined by app/routes.tsx. */
import type { RouteObject } from 'react-router';

export const routes: RouteObject[] = [
  {
    path: 'households/:id/card',
    lazy: async () => ({ Component: (await import('./HouseholdCardPage')).HouseholdCardPage }),
  },
  {
    path: 'villages/:code/cards',
    lazy: async () => ({ Component: (await import('./VillageCardsPage')).VillageCardsPage }),
  },
];
