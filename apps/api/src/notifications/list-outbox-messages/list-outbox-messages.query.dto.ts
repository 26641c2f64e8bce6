import { EnumField } from '../../http/fields';
import { MunicipalityCodeQuery } from '../../http/query-fields';
import { PageQueryDto } from '../../http/query.dto';

/** The outbox's statuses (ADR 0034): `kept` on the embedded default without SMTP_URL, `failed` after the last try. */
export const OUTBOX_STATUSES = ['pending', 'held', 'sending', 'sent', 'kept', 'failed', 'dropped', 'digested'] as const;

export class ListOutboxMessagesQueryDto extends PageQueryDto {
  @EnumField(OUTBOX_STATUSES, { optional: true, description: 'Only messages with this status.' })
  status?: string;

  @MunicipalityCodeQuery("Only messages about this municipality's records (one of yours).")
  municipalityCode?: string;
}
