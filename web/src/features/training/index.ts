/** The training screens: their routes (lazy pages) and menu entries, joined by app/routes.tsx and shell/menu.ts. */
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../shell/menu';

export const routes: RouteObject[] = [
  {
    path: 'training',
    lazy: async () => ({ Component: (await import('./TrainingLayout')).TrainingLayout }),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./CoursesPage')).CoursesPage }),
      },
      {
        path: 'trainees',
        lazy: async () => ({ Component: (await import('./TraineesPage')).TraineesPage }),
      },
    ],
  },
  {
    path: 'training/courses/new',
    lazy: async () => ({ Component: (await import('./CourseFormPage')).CourseFormPage }),
  },
  {
    path: 'training/courses/:id',
    lazy: async () => ({ Component: (await import('./CoursePage')).CoursePage }),
  },
  {
    path: 'training/courses/:id/edit',
    lazy: async () => ({ Component: (await import('./CourseFormPage')).CourseFormPage }),
  },
  {
    path: 'training/trainees/:id',
    lazy: async () => ({ Component: (await import('./TraineePage')).TraineePage }),
  },
];

/** 技能培训: read by every console role that reads the measures; writes need training.write. */
export const menu: MenuEntry[] = [
  {
    key: 'training',
    path: '/training',
    label: 'menu.training',
    permission: 'measures.read',
    roles: ['admin', 'coordinator', 'finance', 'trainer', 'coop_manager', 'leader', 'auditor'],
  },
];
