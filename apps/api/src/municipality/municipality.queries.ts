import type { Type } from '@nestjs/common';
import { ListMunicipalitiesController } from './list-municipalities/list-municipalities.controller';

/** This stream's query controllers. */
export const MUNICIPALITY_QUERY_CONTROLLERS: Type[] = [ListMunicipalitiesController];
