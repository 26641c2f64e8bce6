import { ApiUuidParam, UuidParam } from '../http/uuid-param';

export const ApiTrajectoryId = (): MethodDecorator => ApiUuidParam('trajectoryId', 'The advice trajectory.');
export const TrajectoryId = (): ParameterDecorator => UuidParam('trajectoryId');
