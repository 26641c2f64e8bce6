import type { Type } from '@nestjs/common';

/** This stream's query controllers. */
export const TEMPORARY_TABLE_QUERY_CONTROLLERS: Type[] = [];
