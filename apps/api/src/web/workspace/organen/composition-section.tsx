import type { VNode } from 'preact';
import type { BodyComposition, ShownCount } from '../../api/record-types';
import { Paragraph } from '../../components/messages';
import { Cell, RowHeader, Table } from '../../components/table';
import { labelOf } from '../../i18n/labels';
import type { PageContext } from '../../page/page-context';
import { recordsText } from '../records/records-layout';

/** A count as shown: "minder dan 5" where it is suppressed to protect the people behind it. */
export function shownCount(context: PageContext, count: ShownCount): string {
  return count.count === null || count.suppressed ? context.t.common.suppressed : String(count.count);
}

/** The body's current members counted by role, expertise and self-declared profile. */
export function CompositionSection({
  context,
  composition,
}: {
  readonly context: PageContext;
  readonly composition: BodyComposition | undefined;
}): VNode {
  const text = recordsText(context).body;
  if (composition === undefined) return <Paragraph>{text.compositionHidden}</Paragraph>;
  const count = (c: ShownCount): string => shownCount(context, c);
  return (
    <>
      <Paragraph>
        {text.currentMembers}: {count(composition.members)}. {text.profilesDeclared}:{' '}
        {count(composition.profilesDeclared)}.
      </Paragraph>
      <Table caption={text.compositionCaption} headers={[text.category, text.value, text.count]}>
        {composition.byRole.map((row) => (
          <tr class="utrecht-table__row">
            <RowHeader>{text.memberRole}</RowHeader>
            <Cell>{labelOf(text.memberRoles, row.value)}</Cell>
            <Cell>{count(row)}</Cell>
          </tr>
        ))}
        {composition.byExpertise.map((row) => (
          <tr class="utrecht-table__row">
            <RowHeader>{text.expertise}</RowHeader>
            <Cell>{labelOf(text.expertiseKinds, row.value)}</Cell>
            <Cell>{count(row)}</Cell>
          </tr>
        ))}
        {composition.profile.flatMap((attribute) => [
          ...attribute.values.map((row) => (
            <tr class="utrecht-table__row">
              <RowHeader>{labelOf(text.profileFields, attribute.attribute)}</RowHeader>
              <Cell>{row.value}</Cell>
              <Cell>{count(row)}</Cell>
            </tr>
          )),
          ...(attribute.otherValues
            ? [
                <tr class="utrecht-table__row">
                  <RowHeader>{labelOf(text.profileFields, attribute.attribute)}</RowHeader>
                  <Cell>{text.otherValues}</Cell>
                  <Cell>{count(attribute.otherValues)}</Cell>
                </tr>,
              ]
            : []),
          <tr class="utrecht-table__row">
            <RowHeader>{labelOf(text.profileFields, attribute.attribute)}</RowHeader>
            <Cell>{text.notDeclared}</Cell>
            <Cell>{count(attribute.notDeclared)}</Cell>
          </tr>,
        ])}
      </Table>
      <Paragraph>{context.t.common.suppressedNote}</Paragraph>
    </>
  );
}
