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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS,
  coordinator: [
    'registry.read',
    'registry.write',
    'registry.sensitive',
    'pairing.write',
    'org.write',
    'id_number.reveal',
  ],
  cadre: ['registry.read', 'registry.write', 'registry.sensitive'],
  finance: ['registry.read', 'id_number.reveal'],
  trainer: ['registry.read'],
  coop_manager: ['registry.read'],
  leader: ['registry.read'],
  auditor: ['registry.read', 'registry.sensitive', 'audit.read'],
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
