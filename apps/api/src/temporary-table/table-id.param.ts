import { ApiUuidParam, UuidParam } from '../http/uuid-param';

export const ApiTableId = (): MethodDecorator => ApiUuidParam('tableId', 'The temporary table.');
export const TableId = (): ParameterDecorator => UuidParam('tableId');
