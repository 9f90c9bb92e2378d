/** The industry screens: their routes (lazy pages) and menu entries, joined by app/routes.tsx and shell/menu.ts. */
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../shell/menu';

export const routes: RouteObject[] = [
  {
    path: 'industry',
    lazy: async () => ({ Component: (await import('./IndustryLayout')).IndustryLayout }),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./CooperativesPage')).CooperativesPage }),
      },
      {
        path: 'products',
        lazy: async () => ({ Component: (await import('./ProductsPage')).ProductsPage }),
      },
      {
        path: 'certifications',
        lazy: async () => ({
          Component: (await import('./CertificationsPage')).CertificationsPage,
        }),
      },
      {
        path: 'sales',
        lazy: async () => ({ Component: (await import('./SalesPage')).SalesPage }),
      },
      {
        path: 'tourism',
        lazy: async () => ({ Component: (await import('./TourismPage')).TourismPage }),
      },
      {
        path: 'collective-income',
        lazy: async () => ({
          Component: (await import('./CollectiveIncomePage')).CollectiveIncomePage,
        }),
      },
    ],
  },
  {
    path: 'industry/cooperatives/new',
    lazy: async () => ({
      Component: (await import('./CooperativeFormPage')).CooperativeFormPage,
    }),
  },
  {
    path: 'industry/cooperatives/:id',
    lazy: async () => ({ Component: (await import('./CooperativePage')).CooperativePage }),
  },
  {
    path: 'industry/cooperatives/:id/edit',
    lazy: async () => ({
      Component: (await import('./CooperativeFormPage')).CooperativeFormPage,
    }),
  },
  {
    path: 'stories',
    lazy: async () => ({ Component: (await import('./StoriesPage')).StoriesPage }),
  },
  {
    path: 'stories/new',
    lazy: async () => ({ Component: (await import('./StoryFormPage')).StoryFormPage }),
  },
  {
    path: 'stories/:id',
    lazy: async () => ({ Component: (await import('./StoryPage')).StoryPage }),
  },
  {
    path: 'stories/:id/edit',
    lazy: async () => ({ Component: (await import('./StoryFormPage')).StoryFormPage }),
  },
];

const CONSOLE = ['admin', 'coordinator', 'finance', 'trainer', 'coop_manager', 'leader', 'auditor'];

/**
 * 产业发展 for every console role that reads the measures (writes need industry.write);
 * 典型事例 also for cadres, who hear the families' words and may record them (story.write).
 */
export const menu: MenuEntry[] = [
  {
    key: 'industry',
    path: '/industry',
    label: 'menu.industry',
    permission: 'measures.read',
    roles: CONSOLE,
  },
  { key: 'stories', path: '/stories', label: 'industry.menu.stories', permission: 'measures.read' },
];
