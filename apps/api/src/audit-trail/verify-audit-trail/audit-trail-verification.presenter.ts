import type { AuditTrailVerification } from '#event-store';
import type { AuditTrailVerificationDto } from './audit-trail-verification.response.dto';

/** The verification as the API answers it, naming the stream and the municipalities it covers. */
export function presentVerification(
  verification: AuditTrailVerification,
  municipalities: readonly string[],
  streamId: string | undefined,
): AuditTrailVerificationDto {
  const { firstBroken, throughPosition } = verification;
  return {
    intact: verification.intact,
    checked: verification.checked,
    unchained: verification.unchained,
    streams: verification.streams,
    throughPosition: throughPosition === null ? null : Number(throughPosition),
    ...(streamId === undefined ? {} : { streamId }),
    municipalities: [...municipalities],
    ...(firstBroken
      ? {
          firstBroken: {
            ...firstBroken,
            position: firstBroken.position === null ? null : Number(firstBroken.position),
          },
        }
      : {}),
  };
}
