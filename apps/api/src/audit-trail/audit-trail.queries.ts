import type { Type } from '@nestjs/common';
import { TrajectoryCheckpointsController } from './trajectory-checkpoints/trajectory-checkpoints.controller';
import { VerifyAuditTrailController } from './verify-audit-trail/verify-audit-trail.controller';

/** The audit trail's query controllers. */
export const AUDIT_TRAIL_QUERY_CONTROLLERS: Type[] = [VerifyAuditTrailController, TrajectoryCheckpointsController];
