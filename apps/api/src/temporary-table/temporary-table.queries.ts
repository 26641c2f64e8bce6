import type { Type } from '@nestjs/common';
import { GetTemporaryTableController } from './get-temporary-table/get-temporary-table.controller';
import { ListTemporaryTablesController } from './list-temporary-tables/list-temporary-tables.controller';

/** This stream's query controllers. */
export const TEMPORARY_TABLE_QUERY_CONTROLLERS: Type[] = [ListTemporaryTablesController, GetTemporaryTableController];
