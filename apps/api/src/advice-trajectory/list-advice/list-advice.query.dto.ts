import { ADVICE_KINDS, SOCIAL_DOMAINS, type AdviceKind, type SocialDomain } from '#domain';
import { ADVICE_REGISTER_STATUSES, type AdviceRegisterStatus } from '#projections';
import { EnumField, TextField, UuidField } from '../../http/fields';
import { BooleanQuery, MunicipalityCodeQuery } from '../../http/query-fields';
import { PageQueryDto } from '../../http/query.dto';

export class ListAdviceQueryDto extends PageQueryDto {
  @MunicipalityCodeQuery('Only advice addressed to this municipality (one of yours; without a token, any).')
  municipalityCode?: string;

  @EnumField(ADVICE_REGISTER_STATUSES, { optional: true })
  status?: AdviceRegisterStatus;

  @BooleanQuery(
    'true: only advice overdue today (Europe/Amsterdam), on the college’s side (written response) or the body’s ' +
      '(its advice, after adviceDueOn); false: the rest.',
  )
  overdue?: boolean;

  @BooleanQuery(
    'true: only advice with a follow-up checkpoint past its date and no progress report since; false: the rest.',
  )
  followUpOverdue?: boolean;

  @UuidField({ optional: true, description: 'Only advice of this participation body.' })
  bodyId?: string;

  @EnumField(SOCIAL_DOMAINS, { optional: true })
  domain?: SocialDomain;

  @EnumField(ADVICE_KINDS, { optional: true, description: 'Solicited (asked by the municipality) or unsolicited.' })
  kind?: AdviceKind;

  @TextField({
    optional: true,
    description: 'Only advice with this responsible official (the login id, `sub`); needs a token.',
  })
  responsibleOfficial?: string;

  @TextField({
    optional: true,
    description:
      'Dutch full-text search over subject, question, advice summary and recommendations: words (matched by ' +
      'their Dutch stem), "a phrase", -left-out, or.',
    example: 'mantelzorgers "één loket"',
  })
  q?: string;
}
