import type { Type } from '@nestjs/common';
import { GetSignalController } from '../signal/get-signal/get-signal.controller';
import { ListSignalsController } from '../signal/list-signals/list-signals.controller';

/** Every query's controller; one per query operation of the contract. */
export const QUERY_CONTROLLERS: Type[] = [ListSignalsController, GetSignalController];
