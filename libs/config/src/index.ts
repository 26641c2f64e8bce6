export { loadConfig, InvalidConfigError, type AppConfig } from './load-config';
export { LOG_LEVELS, type LogLevel } from './environment-variables';
