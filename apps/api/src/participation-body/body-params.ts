import { ApiUuidParam, UuidParam } from '../http/uuid-param';

export const ApiBodyId = (): MethodDecorator => ApiUuidParam('bodyId', 'The participation body.');
export const ApiMemberId = (): MethodDecorator =>
  ApiUuidParam('memberId', 'The member of the body, also the person their data is kept under.');
export const BodyId = (): ParameterDecorator => UuidParam('bodyId');
export const MemberId = (): ParameterDecorator => UuidParam('memberId');
export const ApiDisputeId = (): MethodDecorator => ApiUuidParam('disputeId', 'The dispute about the body.');
export const DisputeId = (): ParameterDecorator => UuidParam('disputeId');
