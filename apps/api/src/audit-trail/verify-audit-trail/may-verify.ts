import { ForbiddenCommandError } from '#application';
import type { Caller } from '../../read-models/viewer';

const VERIFYING_ROLES = ['evaluator', 'admin'];

/** Refuses (403) a caller who is neither an evaluator nor an admin. */
export function ensureMayVerify({ principal }: Caller): void {
  if (principal.roles.some((role) => VERIFYING_ROLES.includes(role))) return;
  throw new ForbiddenCommandError(
    `Your role (${principal.roles.join(', ') || 'none'}) may not run VerifyAuditTrail: evaluators and admins may.`,
  );
}
