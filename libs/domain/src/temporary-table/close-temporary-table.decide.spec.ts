import { specification } from '../testing';
import { temporaryTableDecider } from './temporary-table.decider';
import {
  carerContributionRecorded,
  closedHistory,
  closeTable,
  contributionRecorded,
  participantRegistered,
  sessionHeld,
  tableClosed,
  tableClosedWithWaiver,
  tableOpened,
  waiver,
} from './temporary-table.fixtures';

const spec = specification(temporaryTableDecider);

const livedExperienceContributionRecorded = {
  type: 'ContributionRecorded',
  data: { ...carerContributionRecorded.data, perspective: 'lived-experience' },
} as const;

describe('closing a temporary table', () => {
  describe('when the table has not been opened', () => {
    it('refuses to close it', () => {
      spec.given([]).when(closeTable()).thenRefuses('TEMPORARY_TABLE.NOT_FOUND', 'not-found');
    });
  });

  describe('when a client brought something in', () => {
    const history = [tableOpened, sessionHeld, contributionRecorded];

    it('closes the table with its outcome and summary', () => {
      spec.given(history).when(closeTable()).then([tableClosed]);
    });

    it('records the summary without surrounding spaces', () => {
      spec
        .given(history)
        .when(closeTable({ summary: ` ${tableClosed.data.summary}  ` }))
        .then([tableClosed]);
    });

    it('closes a table that delivered nothing', () => {
      spec
        .given(history)
        .when(closeTable({ outcome: 'none', summary: 'Het vraagstuk bleek al opgelost.' }))
        .then([
          {
            type: 'TemporaryTableClosed',
            data: { ...tableClosed.data, outcome: 'none', summary: 'Het vraagstuk bleek al opgelost.' },
          },
        ]);
    });

    it('records no waiver, since the client perspective was heard', () => {
      spec
        .given(history)
        .when(closeTable({ clientPerspectiveWaiver: waiver }))
        .then([tableClosed]);
    });

    it('refuses to close without a summary', () => {
      spec
        .given(history)
        .when(closeTable({ summary: '' }))
        .thenRefuses('TEMPORARY_TABLE.CLOSING_SUMMARY_MISSING', 'rule');
    });
  });

  describe('when an expert by experience brought something in', () => {
    it('closes the table without a waiver', () => {
      spec.given([tableOpened, livedExperienceContributionRecorded]).when(closeTable()).then([tableClosed]);
    });
  });

  describe('when an expected group did not come', () => {
    const history = [tableOpened, sessionHeld, contributionRecorded];

    it('records why the young people were missing', () => {
      spec
        .given(history)
        .when(closeTable({ missingGroupReasons: { youth: ' De sessies vielen onder schooltijd. ' } }))
        .then([
          {
            type: 'TemporaryTableClosed',
            data: { ...tableClosed.data, missingGroupReasons: { youth: 'De sessies vielen onder schooltijd.' } },
          },
        ]);
    });

    it('refuses a reason for a group that was at the table', () => {
      spec
        .given(history)
        .when(closeTable({ missingGroupReasons: { client: 'Niet gekomen.' } }))
        .thenRefuses('TEMPORARY_TABLE.MISSING_GROUP_WAS_PRESENT', 'rule');
    });

    it('refuses a reason for a group that was never expected', () => {
      spec
        .given(history)
        .when(closeTable({ missingGroupReasons: { resident: 'Niet uitgenodigd.' } }))
        .thenRefuses('TEMPORARY_TABLE.MISSING_GROUP_NOT_EXPECTED', 'rule');
    });

    it('refuses a group the domain does not know', () => {
      spec
        .given(history)
        .when(closeTable({ missingGroupReasons: { pensioners: 'Niet gekomen.' } as never }))
        .thenRefuses('TEMPORARY_TABLE.GROUP_UNKNOWN', 'rule');
    });

    it('refuses a blank reason', () => {
      spec
        .given(history)
        .when(closeTable({ missingGroupReasons: { youth: ' ' } }))
        .thenRefuses('TEMPORARY_TABLE.MISSING_GROUP_REASON_MISSING', 'rule');
    });

    it('leaves out reasons when none are given', () => {
      spec
        .given(history)
        .when(closeTable({ missingGroupReasons: {} }))
        .then([tableClosed]);
    });
  });

  describe('when no client or expert by experience brought anything in', () => {
    const history = [
      tableOpened,
      { ...participantRegistered, data: { ...participantRegistered.data, perspective: 'client' as const } },
      { ...sessionHeld, data: { ...sessionHeld.data, attendance: { client: 2, carer: 3 } } },
      carerContributionRecorded,
    ];

    it('refuses to close without a reason why the client perspective was not heard', () => {
      spec.given(history).when(closeTable()).thenRefuses('TEMPORARY_TABLE.CLIENT_PERSPECTIVE_MISSING', 'rule');
    });

    it('refuses a blank reason', () => {
      spec
        .given(history)
        .when(closeTable({ clientPerspectiveWaiver: '  ' }))
        .thenRefuses('TEMPORARY_TABLE.CLIENT_PERSPECTIVE_MISSING', 'rule');
    });

    it('closes the table with the reason recorded', () => {
      spec
        .given(history)
        .when(closeTable({ clientPerspectiveWaiver: ` ${waiver} ` }))
        .then([tableClosedWithWaiver]);
    });
  });

  describe('when nothing was brought in at all', () => {
    it('refuses to close without a reason why the client perspective was not heard', () => {
      spec.given([tableOpened]).when(closeTable()).thenRefuses('TEMPORARY_TABLE.CLIENT_PERSPECTIVE_MISSING', 'rule');
    });
  });

  describe('when the table is closed', () => {
    it('refuses to close it again', () => {
      spec.given(closedHistory).when(closeTable()).thenRefuses('TEMPORARY_TABLE.CLOSED', 'conflict');
    });
  });
});
