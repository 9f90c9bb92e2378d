/** Routes; every page is its own chunk so the field view never loads the charts library. */
import { createBrowserRouter } from 'react-router';
import { AppShell } from '../features/shell/AppShell';
import { NotFound } from '../ui/states';

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
      { path: '*', Component: NotFound },
    ],
  },
]);
