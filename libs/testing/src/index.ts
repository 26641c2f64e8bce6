export {
  createTestDatabase,
  testRoleUrls,
  TEST_POSTGRES_ENV,
  TEST_POSTGRES_ROLES_ENV,
  type TestRoleUrls,
} from './test-database';
