/** Roles, what each may do, and which see whole ID numbers. */

export const ROLES = [
  'admin',
  'coordinator',
  'cadre',
  'finance',
  'trainer',
  'coop_manager',
  'leader',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'registry.read',
  'registry.write',
  'registry.sensitive',
  'pairing.write',
  'org.write',
  'users.manage',
  'audit.read',
  'id_number.reveal',
  'measures.read',
  'activity.write',
  'assistance.write',
  'campaign.manage',
  'fund.manage',
  'fund.approve',
  'training.write',
  'industry.write',
  'story.write',
  'lists.manage',
  'reports.brief',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS.filter((p) => p !== 'fund.approve'),
  coordinator: [
    'registry.read',
    'registry.write',
    'registry.sensitive',
    'pairing.write',
    'org.write',
    'id_number.reveal',
    'measures.read',
    'activity.write',
    'assistance.write',
    'campaign.manage',
    'fund.manage',
    'training.write',
    'industry.write',
    'story.write',
    'reports.brief',
  ],
  cadre: [
    'registry.read',
    'registry.write',
    'registry.sensitive',
    'measures.read',
    'activity.write',
    'assistance.write',
    'story.write',
    'reports.brief',
  ],
  finance: ['registry.read', 'id_number.reveal', 'measures.read', 'fund.manage', 'fund.approve'],
  trainer: ['registry.read', 'measures.read', 'activity.write', 'training.write'],
  coop_manager: ['registry.read', 'measures.read', 'industry.write'],
  leader: ['registry.read', 'measures.read', 'reports.brief'],
  auditor: ['registry.read', 'registry.sensitive', 'audit.read', 'measures.read', 'reports.brief'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Cadres work only with the households currently paired with them. */
export function isPairingScoped(role: Role): boolean {
  return role === 'cadre';
}

/** The signed-in person as the domain sees them. */
export interface Actor {
  readonly userId: string;
  readonly role: Role;
  readonly cadreId: string | null;
}
