import { fold } from '../kit';
import { adviceTrajectoryDecider } from './advice-trajectory.decider';
import { closed, event, followUpAgreed, responded, withdrawn } from './advice-trajectory.fixtures';
import { overdueCheckpoints } from './implementation.rules';

const firstCheckpoint = { dueOn: '2027-03-01', description: 'First report on the front door.' };
const secondCheckpoint = { dueOn: '2027-09-01', description: 'Waiting times published per district.' };

const reported = (reportedOn: string) =>
  event('ImplementationProgressReported', { recommendationNumber: 2, status: 'in-progress', reportedOn });

describe('overdue follow-up checkpoints', () => {
  describe('when no progress has been reported', () => {
    const state = fold(adviceTrajectoryDecider, [...responded, followUpAgreed]);

    it('shows none before the first due date has passed', () => {
      expect(overdueCheckpoints(state, '2027-03-01')).toEqual([]);
    });

    it('shows a checkpoint once its due date has passed', () => {
      expect(overdueCheckpoints(state, '2027-03-02')).toEqual([firstCheckpoint]);
    });

    it('shows every checkpoint whose due date has passed', () => {
      expect(overdueCheckpoints(state, '2027-09-02')).toEqual([firstCheckpoint, secondCheckpoint]);
    });
  });

  describe('when progress was reported', () => {
    it('shows none when a report came on or after the due date', () => {
      const state = fold(adviceTrajectoryDecider, [...responded, followUpAgreed, reported('2027-03-01')]);
      expect(overdueCheckpoints(state, '2027-04-01')).toEqual([]);
    });

    it('shows the checkpoint when the last report came before its due date', () => {
      const state = fold(adviceTrajectoryDecider, [...responded, followUpAgreed, reported('2027-02-15')]);
      expect(overdueCheckpoints(state, '2027-04-01')).toEqual([firstCheckpoint]);
    });

    it('shows only the later checkpoint when a report came between the two', () => {
      const state = fold(adviceTrajectoryDecider, [...responded, followUpAgreed, reported('2027-05-01')]);
      expect(overdueCheckpoints(state, '2027-10-01')).toEqual([secondCheckpoint]);
    });
  });

  describe('when no follow-up was agreed', () => {
    it('shows none', () => {
      expect(overdueCheckpoints(fold(adviceTrajectoryDecider, responded), '2030-01-01')).toEqual([]);
    });
  });

  describe('when the trajectory has ended', () => {
    it('shows none for a closed trajectory', () => {
      expect(
        overdueCheckpoints(fold(adviceTrajectoryDecider, [...responded, followUpAgreed, closed]), '2030-01-01'),
      ).toEqual([]);
    });

    it('shows none for a withdrawn trajectory', () => {
      expect(
        overdueCheckpoints(fold(adviceTrajectoryDecider, [...responded, followUpAgreed, withdrawn]), '2030-01-01'),
      ).toEqual([]);
    });
  });
});
