import * as z from 'zod/mini';
import '../../statemachines/zod-kit';

/**
 * The longest email address (RFC 5321: a path is at most 256 octets, angle brackets included). Leads and contacts
 * are unique by email, which stands in a DynamoDB key (2,048 bytes at most): a longer address was answered 503
 * ("retry") by the key's ValidationException, or 500 as a contacts filter.
 */
export const MAX_EMAIL_LENGTH = 254;

/** An email address of at most MAX_EMAIL_LENGTH characters: every email the API's records and settings take. */
export const emailAddress = () =>
  z
    .email()
    .check(
      z.maxLength(MAX_EMAIL_LENGTH, `Too long: an email address has at most ${MAX_EMAIL_LENGTH} characters`),
    );
