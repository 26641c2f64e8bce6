import { QueryOperation } from '../../read-models/query-operation.decorator';
import { AuditTrailVerificationDto } from './audit-trail-verification.response.dto';

export function VerifyAuditTrailOperation(): MethodDecorator {
  return QueryOperation({
    operationId: 'VerifyAuditTrail',
    summary: 'Whether the recorded events are whole and untouched, how many were checked, and the first that is not',
    type: AuditTrailVerificationDto,
  });
}
