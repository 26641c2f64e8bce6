import { ApiUuidParam, UuidParam } from '../http/uuid-param';

export const ApiSignalId = (): MethodDecorator => ApiUuidParam('signalId', 'The signal.');
export const SignalId = (): ParameterDecorator => UuidParam('signalId');
