/** The embedded default's signing key, present only when the server signs its own tokens. */
export const LOCAL_SIGNING_KEY = Symbol('LocalSigningKey');
