/**
 * The handlers log JSON through Powertools at import time's log level; locally the run log is the readable
 * console log, so their info lines are silenced unless asked for (POWERTOOLS_LOG_LEVEL=INFO). Imported first.
 */
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
process.env.POWERTOOLS_DEV ??= 'true';

export {};
