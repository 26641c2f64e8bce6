import type { Type } from '@nestjs/common';

/** This stream's query controllers. */
export const ADVICE_TRAJECTORY_QUERY_CONTROLLERS: Type[] = [];
