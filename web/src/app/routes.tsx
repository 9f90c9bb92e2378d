/** Routes; every page is its own chunk so the field view never loads the charts library. */
import { createBrowserRouter } from 'react-router';
import * as measures from '../features/measures';
import * as registry from '../features/registry';
import * as activities from '../features/activities';
import * as assistance from '../features/assistance';
import * as fund from '../features/fund';
import * as training from '../features/training';
import * as industry from '../features/industry';
import * as admin from '../features/admin';
import * as imports from '../features/imports';
import * as indicators from '../features/indicators';
import * as reports from '../features/reports';
import * as cards from '../features/cards';
import { AppShell } from '../features/shell/AppShell';
import { registerMenus } from '../features/shell/menu';
import { NotFound } from '../ui/states';

registerMenus(
  registry.menu,
  measures.menu,
  indicators.menu,
  reports.menu,
  activities.menu,
  assistance.menu,
  fund.menu,
  training.menu,
  industry.menu,
  imports.menu,
  admin.menu,
);

export const router = createBrowserRouter([
  {
    path: '/login',
    lazy: async () => ({ Component: (await import('../features/auth/LoginPage')).LoginPage }),
  },
  {
    path: '/',
    Component: AppShell,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('../features/home/HomeRedirect')).HomeRedirect,
        }),
      },
      {
        path: 'dashboard',
        lazy: async () => ({ Component: (await import('../features/home/HomePage')).HomePage }),
      },
      {
        path: 'field',
        lazy: async () => ({
          Component: (await import('../features/field/MyFamiliesPage')).MyFamiliesPage,
        }),
      },
      {
        path: 'households',
        lazy: async () => ({
          Component: (await import('../features/households/HouseholdListPage')).HouseholdListPage,
        }),
      },
      {
        path: 'households/new',
        lazy: async () => ({
          Component: (await import('../features/households/HouseholdNewPage')).HouseholdNewPage,
        }),
      },
      {
        path: 'households/:id',
        lazy: async () => ({
          Component: (await import('../features/households/HouseholdDetailPage'))
            .HouseholdDetailPage,
        }),
      },
      {
        path: 'password',
        lazy: async () => ({
          Component: (await import('../features/auth/PasswordPage')).PasswordPage,
        }),
      },
      ...[
        registry,
        measures,
        activities,
        assistance,
        fund,
        training,
        industry,
        imports,
        indicators,
        reports,
        admin,
        cards,
      ].flatMap((f) => f.routes),
      { path: '*', Component: NotFound },
    ],
  },
]);
