export { migrateSessions } from './migrate-sessions';
export {
  PostgresSessions,
  type Sessions,
  type SessionLimits,
  type SignInMethod,
  type NewSession,
  type OpenedSession,
  type ActiveSession,
  type SessionSummary,
} from './session-store';
