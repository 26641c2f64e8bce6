export {
  PersonalDataAccessLog,
  type PersonalDataAccess,
  type PersonalDataAccessPage,
  type PersonalDataAccessQuery,
} from './personal-data-access-log';
