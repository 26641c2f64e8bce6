export { createTestDatabase, TEST_POSTGRES_ENV } from './test-database';
