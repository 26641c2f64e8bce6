import type { VNode } from 'preact';
import type { Page } from '../../api/api-types';
import { Alert } from '../../components/messages';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import { formatInstant } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { AdminList } from '../admin-list/admin-list';
import { personalDataAccessNl as text } from './personal-data-access.text.nl';

export const PERSONAL_DATA_ACCESS_PATH = '/werkruimte/inzage-persoonsgegevens';

/** One showing of one person's data, as ListPersonalDataAccess answers it. */
export interface PersonalDataAccess {
  readonly accessedAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly personId: string;
  readonly operationId: string;
  readonly resource: string;
}

interface PersonalDataAccessPageProps {
  readonly context: PageContext;
  readonly accesses: Page<PersonalDataAccess>;
  /** The person asked for, as typed; `valid` false when it is no person id. */
  readonly person: { readonly asked: string | undefined; readonly valid: boolean };
}

/** Who was shown whose personal data: for the admin and the data protection officer. */
export function PersonalDataAccessPage({ context, accesses, person }: PersonalDataAccessPageProps): VNode {
  const { t } = context;
  return (
    <AdminList
      context={context}
      text={text}
      path={PERSONAL_DATA_ACCESS_PATH}
      fields={[{ kind: 'text', name: 'persoon', label: text.personId, hint: text.personIdHint }]}
      values={{ persoon: person.asked }}
      page={accesses}
      notice={person.valid ? null : <Alert kind="warning">{text.notAPersonId}</Alert>}
    >
      <Table caption={text.caption} captionHidden headers={[text.when, text.who, text.role, text.person, text.through]}>
        {accesses.items.map((access) => (
          <tr class="utrecht-table__row">
            <RowHeader>{formatInstant(t.locale, access.accessedAt)}</RowHeader>
            <Cell>{access.actor.id}</Cell>
            <Cell>{labelOf(t.labels.role, access.actor.role)}</Cell>
            <Cell>
              <a class="utrecht-link" href={`${PERSONAL_DATA_ACCESS_PATH}?persoon=${access.personId}`}>
                {access.personId}
              </a>
            </Cell>
            <Cell>
              {text.operations[access.operationId] ?? access.operationId} <code>{access.resource}</code>
            </Cell>
          </tr>
        ))}
      </Table>
    </AdminList>
  );
}
