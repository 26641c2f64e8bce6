import { ApiUuidParam, UuidParam } from '../http/uuid-param';

export const ApiAgendaId = (): MethodDecorator => ApiUuidParam('agendaId', 'The participation agenda.');
export const AgendaId = (): ParameterDecorator => UuidParam('agendaId');
