/** The menu follows the role: each entry names the permission it needs. */

export interface MenuEntry {
  readonly key: string;
  readonly path: string;
  readonly label: string;
  readonly permission: string | null;
  /** Only for these roles (null: any role with the permission). */
  readonly roles?: readonly string[];
}

export const MENU: readonly MenuEntry[] = [
  {
    key: 'home',
    path: '/dashboard',
    label: 'menu.home',
    permission: null,
    roles: ['admin', 'coordinator', 'finance', 'trainer', 'coop_manager', 'leader', 'auditor'],
  },
  { key: 'field', path: '/field', label: 'menu.field', permission: null, roles: ['cadre'] },
  { key: 'households', path: '/households', label: 'menu.households', permission: 'registry.read' },
];

/** Feature menus register here (see features/<feature>/index.ts); kept in this order. */
const FEATURE_MENUS: MenuEntry[][] = [];

export function registerMenus(...menus: MenuEntry[][]): void {
  FEATURE_MENUS.push(...menus);
}

function allEntries(): MenuEntry[] {
  return [...MENU, ...FEATURE_MENUS.flat()];
}

export function menuFor(role: string, permissions: readonly string[]): MenuEntry[] {
  return allEntries().filter(
    (m) =>
      (m.permission === null || permissions.includes(m.permission)) &&
      (!m.roles || m.roles.includes(role)),
  );
}

/**
 * Whether the role is offered a page. A page under a menu entry (its path or below it) is offered
 * only when the role's own menu has such an entry; pages under no entry (the password page) are
 * offered to anyone signed in. The API decides what data each role may read; this keeps a typed or
 * bookmarked URL from opening a console page on a role that has no use for it.
 */
export function offered(entries: readonly MenuEntry[], pathname: string): boolean {
  const under = (e: MenuEntry) => pathname === e.path || pathname.startsWith(`${e.path}/`);
  return !allEntries().some(under) || entries.some(under);
}
