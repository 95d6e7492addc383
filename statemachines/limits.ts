/**
 * Numeric limits of the workflow language. Those marked AWS are Step Functions / EventBridge Scheduler quotas
 * (https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html); the others are Dynaris's own
 * choices, kept well inside the AWS ones.
 */

/** AWS: maximum state machine definition size, 1 MB (1,048,576 bytes of ASL JSON). */
export const MAX_DEFINITION_BYTES = 1_048_576;

/** AWS: state names (and execution / state machine names) are at most 80 characters. */
export const MAX_STATE_NAME_LENGTH = 80;

/**
 * Dynaris: states in one compiled state machine. Step Functions has no explicit state quota, but a Standard
 * execution's history is capped at 25,000 events (AWS) and every state visit writes at least two.
 */
export const MAX_STATES = 5_000;

/** AWS: a Standard execution runs at most one year; waits and timeouts longer than that can never finish. */
export const MAX_STANDARD_DURATION_SECONDS = 31_536_000;

/** AWS: an Express execution runs at most five minutes. */
export const MAX_EXPRESS_DURATION_SECONDS = 300;

/** AWS: a Standard execution's history holds at most 25,000 events. */
export const MAX_HISTORY_EVENTS = 25_000;

/** AWS: state input/output payloads are at most 256 KiB. */
export const MAX_PAYLOAD_BYTES = 262_144;

/** Dynaris: steps nested inside if / waitFor / parallel / forEach / approval bodies, at most this deep. */
export const MAX_NESTING_DEPTH = 8;

/** Dynaris: steps in one workflow, counting nested ones. */
export const MAX_STEPS = 1_000;

/** Dynaris: branches of one parallel step (each is a Parallel branch with its own states). */
export const MAX_PARALLEL_BRANCHES = 20;

/** Dynaris: JSON nesting of a definition before any parsing is attempted (guards against stack exhaustion). */
export const MAX_JSON_DEPTH = 64;

/** AWS (EventBridge Scheduler): the shortest rate is 1 minute. */
export const MIN_RATE_SECONDS = 60;

/** AWS (EventBridge Scheduler): cron years run from 1970 to 2199. */
export const CRON_MIN_YEAR = 1970;
export const CRON_MAX_YEAR = 2199;

/**
 * Dynaris: business days one wait or waitFor timeout may count. 200 Mon-Fri working days with a month of holidays
 * still end within the year a Standard run may last; a run whose deadline is later fails at the wait, with the reason.
 */
export const MAX_BUSINESS_DAYS = 200;
