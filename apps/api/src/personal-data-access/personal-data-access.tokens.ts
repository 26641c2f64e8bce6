/** The injection token of the PersonalDataAccessLog (libs/privacy). */
export const PERSONAL_DATA_ACCESS_LOG = Symbol('PERSONAL_DATA_ACCESS_LOG');

/** Metadata that exempts a handler from the log: the access log's own answers hold ids, not data. */
export const NOT_PERSONAL_DATA = 'participation:not-personal-data';
