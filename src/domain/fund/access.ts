/** Who may see what of the study fund: pure predicates over roles, checked by the services. */
import { can, type Role } from '../roles.js';

/** Students are minors' data: roles with sensitive registry access, and the fund's managers. */
export function canReadStudents(role: Role): boolean {
  return can(role, 'registry.sensitive') || can(role, 'fund.manage');
}

/** The ledger, rules and runs: the fund's managers and approvers, and auditors. */
export function canReadFund(role: Role): boolean {
  return can(role, 'fund.manage') || can(role, 'fund.approve') || can(role, 'audit.read');
}
