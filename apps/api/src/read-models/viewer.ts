import { ForbiddenCommandError, type Principal } from '#application';
import type { AuthenticatedRequest } from '../auth/authenticated-request';

/**
 * Who reads an answer: a caller with a verified token, or the public, that is anyone reading
 * the council view without a token (architecture.md, "Tenancy and roles"). The public sees
 * every municipality, but no personal data at all, no pseudonymous actor ids, and no count of
 * people or contributions below {@link SMALLEST_PUBLIC_COUNT}.
 */
export type Viewer = { readonly kind: 'caller'; readonly principal: Principal } | { readonly kind: 'public' };

export function viewerOf(request: AuthenticatedRequest): Viewer {
  return request.principal ? { kind: 'caller', principal: request.principal } : { kind: 'public' };
}

/** The municipalities whose rows the viewer may read; `undefined` means every one (the public). */
export function readableMunicipalities(viewer: Viewer): readonly string[] | undefined {
  return viewer.kind === 'public' ? undefined : viewer.principal.municipalities;
}

/** Refuses (403) a caller who does not act for the municipality; the public may read them all. */
export function ensureMayRead(viewer: Viewer, municipalityCode: string): void {
  if (viewer.kind === 'public' || viewer.principal.municipalities.includes(municipalityCode)) return;
  throw new ForbiddenCommandError(`You do not act for ${municipalityCode}.`);
}

/** The smallest count of people or contributions the public sees; fewer could point at a person. */
export const SMALLEST_PUBLIC_COUNT = 5;

/** A count as the viewer may see it: below the threshold the public gets `null` and `suppressed: true`. */
export function countFor(viewer: Viewer, count: number): { count: number } | { count: null; suppressed: true } {
  return viewer.kind === 'public' && count > 0 && count < SMALLEST_PUBLIC_COUNT
    ? { count: null, suppressed: true }
    : { count };
}
