import type { Type } from '@nestjs/common';

/** The body's operations after it is established (which the registry lists on its own). */
export const PARTICIPATION_BODY_CONTROLLERS: Type[] = [];
