import { Follows } from './follows';
import { followingOf } from './following.queries';
import { proposalTopicId, type Topic } from './reactions';
import { notificationDatabase, type NotificationDatabase } from './testing/notification-database';

const TRAJECTORY: Topic = { kind: 'trajectory', id: 'c0a80101-0000-4000-8000-00000000f001' };
const PROPOSAL: Topic = { kind: 'proposal', id: proposalTopicId('GM0375', 'RV-2026-031') };
const SAME_REF_ELSEWHERE: Topic = { kind: 'proposal', id: proposalTopicId('GM0453', 'RV-2026-031') };

describe('whether someone follows a topic', () => {
  let db: NotificationDatabase;
  beforeAll(async () => {
    db = await notificationDatabase('following-query');
  });
  afterAll(() => db.close());

  it('answers each topic asked, in order, with since when followed', async () => {
    const follows = new Follows(db.pool);
    await follows.follow('volger-1', TRAJECTORY);
    await follows.follow('volger-1', PROPOSAL);
    await follows.follow('iemand-anders', SAME_REF_ELSEWHERE);

    const states = await followingOf(db.pool, {
      subject: 'volger-1',
      topics: [SAME_REF_ELSEWHERE, TRAJECTORY, PROPOSAL],
    });
    expect(states.map((s) => [s.topic, s.following])).toEqual([
      [SAME_REF_ELSEWHERE, false],
      [TRAJECTORY, true],
      [PROPOSAL, true],
    ]);
    expect(states[0]?.since).toBeUndefined();
    expect(states[1]?.since).toBeInstanceOf(Date);
  });

  it('no longer follows after unfollowing, and answers nothing for no topics', async () => {
    await new Follows(db.pool).unfollow('volger-1', TRAJECTORY);
    const [state] = await followingOf(db.pool, { subject: 'volger-1', topics: [TRAJECTORY] });
    expect(state).toEqual({ topic: TRAJECTORY, following: false });
    expect(await followingOf(db.pool, { subject: 'volger-1', topics: [] })).toEqual([]);
  });
});
