import { createTestDatabase } from '#testing';
import { createEventStoreDbConformanceFixture } from './eventstoredb';
import { createPostgresConformanceFixture } from './postgres/postgres.fixtures';
import { describeEventStoreConformance } from './testing';

describeEventStoreConformance('PostgreSQL', async () => createPostgresConformanceFixture(await createTestDatabase()), {
  outOfOrderCommits: true,
});

const eventStoreUrl = process.env.EVENTSTORE_URL;
if (eventStoreUrl) {
  describeEventStoreConformance('EventStoreDB', () => createEventStoreDbConformanceFixture(eventStoreUrl), {
    outOfOrderCommits: false,
  });
} else {
  // Said out loud, so a green run is never mistaken for one that covered EventStoreDB.
  process.stderr.write(
    '\nEventStoreDB conformance: NOT RUN (EVENTSTORE_URL is not set; set it to an EventStoreDB/KurrentDB server to run it)\n',
  );
}
