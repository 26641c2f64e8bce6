import type { Type } from '@nestjs/common';

/** Filled in as this stream's operations are wired. */
export const ADVICE_TRAJECTORY_CONTROLLERS: Type[] = [];
