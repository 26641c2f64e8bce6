export { loadConfig, InvalidConfigError, type AppConfig } from './load-config';
export { LOG_LEVELS, PROCESS_ROLES, type LogLevel, type ProcessRole } from './environment-variables';
export { loadHttpConfig, DEFAULT_HTTP_CONFIG, type HttpConfig } from './load-http-config';
export { loadObservabilityConfig, DEFAULT_OBSERVABILITY, type ObservabilityConfig } from './observability-config';
export { loadEvidenceConfig, type EvidenceConfig } from './evidence-config';
export {
  loadSignInConfig,
  DEFAULT_SESSION_LIMITS,
  type SignInConfig,
  type OidcConfig,
  type OidcClientAuth,
  type ClaimMappingConfig,
} from './sign-in-config';
