/** The fund screens: their routes (lazy pages) and menu entries, joined by app/routes.tsx and shell/menu.ts. */
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../shell/menu';

export const routes: RouteObject[] = [
  {
    path: 'fund',
    lazy: async () => ({ Component: (await import('./FundLayout')).FundLayout }),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./OverviewPage')).OverviewPage }),
      },
      {
        path: 'rules',
        lazy: async () => ({ Component: (await import('./RulesPage')).RulesPage }),
      },
      {
        path: 'rules/new',
        lazy: async () => ({ Component: (await import('./RuleFormPage')).RuleFormPage }),
      },
      {
        path: 'rules/:id/edit',
        lazy: async () => ({ Component: (await import('./RuleFormPage')).RuleFormPage }),
      },
      {
        path: 'runs',
        lazy: async () => ({ Component: (await import('./RunsPage')).RunsPage }),
      },
      {
        path: 'runs/:id',
        lazy: async () => ({ Component: (await import('./RunPage')).RunPage }),
      },
      {
        path: 'students',
        lazy: async () => ({ Component: (await import('./StudentsPage')).StudentsPage }),
      },
      {
        path: 'students/new',
        lazy: async () => ({ Component: (await import('./StudentFormPage')).StudentFormPage }),
      },
      {
        path: 'students/:id',
        lazy: async () => ({ Component: (await import('./StudentPage')).StudentPage }),
      },
      {
        path: 'students/:id/edit',
        lazy: async () => ({ Component: (await import('./StudentFormPage')).StudentFormPage }),
      },
    ],
  },
];

/**
 * 爱心·梦想基金: the fund's managers and approvers (finance, coordinators, admins) work in it;
 * auditors read the ledger and runs; leaders see the balance (an aggregate of the measures).
 */
export const menu: MenuEntry[] = [
  { key: 'fund', path: '/fund', label: 'menu.fund', permission: 'fund.manage' },
  {
    key: 'fund-audit',
    path: '/fund',
    label: 'menu.fund',
    permission: 'audit.read',
    roles: ['auditor'],
  },
  {
    key: 'fund-overview',
    path: '/fund',
    label: 'menu.fund',
    permission: 'measures.read',
    roles: ['leader'],
  },
];
