/** The pages' server-side sessions (`Sessions` of #sessions). */
export const SESSIONS = Symbol('Sessions');
/** The clock sessions are judged by; tests move it to show the timeouts. */
export const SESSION_CLOCK = Symbol('SessionClock');
