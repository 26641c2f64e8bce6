import { SetMetadata } from '@nestjs/common';

export const ANSWERS_PUBLIC = 'participation:answers-public';

/**
 * Marks a query that the public council view may run without a token. A request that does
 * send a token is still verified (401 when invalid) and answered as that caller; one without
 * is answered as the public, which the controller must honour (see `read-models/viewer.ts`).
 */
export const AnswersPublic = (): MethodDecorator => SetMetadata(ANSWERS_PUBLIC, true);
