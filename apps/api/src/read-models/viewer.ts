import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ForbiddenCommandError, type Principal } from '#application';
import { UnauthenticatedError } from '#auth';
import { SMALLEST_SHOWN_COUNT, shownCount, type ShownCount } from '#projections';
import type { AuthenticatedRequest } from '../auth/authenticated-request';

/**
 * Who reads an answer: a caller with a verified token, or the public, that is anyone reading
 * the council view without a token (architecture.md, "Tenancy and roles"). The public sees
 * every municipality, but no personal data at all, no pseudonymous actor ids, and no count of
 * people or contributions below {@link SMALLEST_PUBLIC_COUNT}.
 */
export type Viewer = Caller | { readonly kind: 'public' };
export type Caller = { readonly kind: 'caller'; readonly principal: Principal };

export function viewerOf(request: AuthenticatedRequest): Viewer {
  return request.principal ? { kind: 'caller', principal: request.principal } : { kind: 'public' };
}

/** The caller of a query that needs a token; the guard lets no request without one through. */
export function callerOf(request: AuthenticatedRequest): Caller {
  const { principal } = request;
  if (!principal) throw new UnauthenticatedError('This request needs a bearer token (Authorization: Bearer …).');
  return { kind: 'caller', principal };
}

/** The handler's parameter: who reads the answer (a caller, or the public without a token). */
export const ViewerParam = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer =>
  viewerOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** The handler's parameter: the caller of a query that needs a token. */
export const CallerParam = createParamDecorator((_data: unknown, context: ExecutionContext): Caller =>
  callerOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** The municipalities whose rows the viewer may read; `undefined` means every one (the public). */
export function readableMunicipalities(viewer: Viewer): readonly string[] | undefined {
  return viewer.kind === 'public' ? undefined : viewer.principal.municipalities;
}

/** Refuses (403) a caller who acts for none of the municipalities; the public may read them all. */
export function ensureMayRead(viewer: Viewer, ...municipalityCodes: readonly string[]): void {
  if (viewer.kind === 'public') return;
  if (municipalityCodes.some((code) => viewer.principal.municipalities.includes(code))) return;
  throw new ForbiddenCommandError(`You do not act for ${municipalityCodes.join(', ')}.`);
}

/** The municipalities a list covers: the one asked for (403 unless the viewer may read it), or all it may read. */
export function municipalitiesToRead(viewer: Caller, municipalityCode: string | undefined): readonly string[];
export function municipalitiesToRead(
  viewer: Viewer,
  municipalityCode: string | undefined,
): readonly string[] | undefined;
export function municipalitiesToRead(
  viewer: Viewer,
  municipalityCode: string | undefined,
): readonly string[] | undefined {
  if (municipalityCode === undefined) return readableMunicipalities(viewer);
  ensureMayRead(viewer, municipalityCode);
  return [municipalityCode];
}

/** The smallest count of people or contributions the public sees; fewer could point at a person. */
export const SMALLEST_PUBLIC_COUNT = SMALLEST_SHOWN_COUNT;

/** A count as the viewer may see it: below the threshold the public gets `null` and `suppressed: true`. */
export function countFor(viewer: Viewer, count: number): ShownCount {
  return shownCount(count, viewer.kind === 'public');
}
