import type { Type } from '@nestjs/common';

/** Filled in as this stream's operations are wired. */
export const PARTICIPATION_AGENDA_CONTROLLERS: Type[] = [];
