import { specification } from '../testing';
import { temporaryTableDecider } from './temporary-table.decider';
import type { OpenTemporaryTable } from './temporary-table.commands';
import { closedHistory, openTable, tableOpened } from './temporary-table.fixtures';

const spec = specification(temporaryTableDecider);

describe('opening a temporary table', () => {
  describe('when no table exists yet', () => {
    it('opens the table the body set up itself, with its theme, question, form and expected groups', () => {
      spec.given([]).when(openTable()).then([tableOpened]);
    });

    it('records theme and question without surrounding spaces', () => {
      spec
        .given([])
        .when(openTable({ theme: ' Nieuwe woonvormen ', question: ` ${tableOpened.data.question}  ` }))
        .then([tableOpened]);
    });

    it('opens a table the municipality initiated, without a body or a planned end', () => {
      const { bodyId: _bodyId, plannedUntil: _plannedUntil, ...data } = tableOpened.data;
      spec
        .given([])
        .when(openTable({ initiatedBy: 'municipality', bodyId: undefined, plannedUntil: undefined }))
        .then([{ type: 'TemporaryTableOpened', data: { ...data, initiatedBy: 'municipality' } }]);
    });

    it('leaves out a blank body on a table the municipality initiated', () => {
      const { bodyId: _bodyId, ...data } = tableOpened.data;
      spec
        .given([])
        .when(openTable({ initiatedBy: 'municipality', bodyId: ' ' }))
        .then([{ type: 'TemporaryTableOpened', data: { ...data, initiatedBy: 'municipality' } }]);
    });

    it('opens a table municipality and body set up jointly', () => {
      spec
        .given([])
        .when(openTable({ initiatedBy: 'joint', form: 'living-room-talks' }))
        .then([
          {
            type: 'TemporaryTableOpened',
            data: { ...tableOpened.data, initiatedBy: 'joint', form: 'living-room-talks' },
          },
        ]);
    });

    it('refuses a municipality not named by its CBS code', () => {
      spec
        .given([])
        .when(openTable({ municipalityCode: 'Velsen' }))
        .thenRefuses('TEMPORARY_TABLE.MUNICIPALITY_CODE_INVALID', 'rule');
    });

    it('refuses a table without a theme', () => {
      spec
        .given([])
        .when(openTable({ theme: '  ' }))
        .thenRefuses('TEMPORARY_TABLE.THEME_MISSING', 'rule');
    });

    it('refuses a table without a question', () => {
      spec
        .given([])
        .when(openTable({ question: '' }))
        .thenRefuses('TEMPORARY_TABLE.QUESTION_MISSING', 'rule');
    });

    it('refuses a table the body opened without naming the body', () => {
      spec
        .given([])
        .when(openTable({ bodyId: undefined }))
        .thenRefuses('TEMPORARY_TABLE.BODY_MISSING', 'rule');
    });

    it('refuses a table opened jointly without naming the body', () => {
      spec
        .given([])
        .when(openTable({ initiatedBy: 'joint', bodyId: ' ' }))
        .thenRefuses('TEMPORARY_TABLE.BODY_MISSING', 'rule');
    });

    it('refuses a table that expects no groups', () => {
      spec
        .given([])
        .when(openTable({ expectedGroups: [] }))
        .thenRefuses('TEMPORARY_TABLE.EXPECTED_GROUPS_MISSING', 'rule');
    });

    it('refuses an expected group named twice', () => {
      spec
        .given([])
        .when(openTable({ expectedGroups: ['client', 'youth', 'client'] }))
        .thenRefuses('TEMPORARY_TABLE.EXPECTED_GROUP_REPEATED', 'rule');
    });

    it('refuses an expected group that is not one of the groups', () => {
      const expectedGroups = ['client', 'aldermen'] as unknown as OpenTemporaryTable['data']['expectedGroups'];
      spec.given([]).when(openTable({ expectedGroups })).thenRefuses('TEMPORARY_TABLE.GROUP_UNKNOWN', 'rule');
    });

    it('refuses a planned end that is not a calendar date', () => {
      spec
        .given([])
        .when(openTable({ plannedUntil: '2027-02-30' }))
        .thenRefuses('TEMPORARY_TABLE.PLANNED_UNTIL_INVALID', 'rule');
    });
  });

  describe('when the table has been opened', () => {
    it('refuses to open it again', () => {
      spec.given([tableOpened]).when(openTable()).thenRefuses('TEMPORARY_TABLE.ALREADY_OPENED', 'conflict');
    });
  });

  describe('when the table is closed', () => {
    it('refuses to open it again', () => {
      spec.given(closedHistory).when(openTable()).thenRefuses('TEMPORARY_TABLE.ALREADY_OPENED', 'conflict');
    });
  });
});
