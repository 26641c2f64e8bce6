import { TextField } from '../../http/fields';
import type { PerTableGroup } from '../table-group-fields';

const MAX_REASON = 2_000;

const Reason = (group: string): PropertyDecorator =>
  TextField({
    optional: true,
    max: MAX_REASON,
    description: `Why the ${group} group, expected, was not at the table.`,
  });

/** Why expected groups were missing, per group (`livedExperience` is the group `lived-experience`). */
export class MissingGroupReasonsDto implements PerTableGroup<string> {
  @Reason('client')
  client?: string;

  @Reason('lived-experience')
  livedExperience?: string;

  @Reason('carer')
  carer?: string;

  @Reason('resident')
  resident?: string;

  @Reason('youth')
  youth?: string;

  @Reason('professional')
  professional?: string;

  @Reason('other')
  other?: string;
}
