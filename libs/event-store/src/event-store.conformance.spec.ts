import { createTestDatabase } from '#testing';
import { createPostgresConformanceFixture } from './postgres/postgres-conformance-fixture';
import { describeEventStoreConformance } from './testing';

describeEventStoreConformance('PostgreSQL', async () => createPostgresConformanceFixture(await createTestDatabase()));
