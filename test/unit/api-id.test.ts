import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Id } from '../../functions/api/schemas';

describe('an id in a path', () => {
  it('GIVEN ".." or an id starting with "-" WHEN parsed THEN the message says an id starts with a letter or digit, which those characters alone do not tell', () => {
    for (const id of ['..', '.', '-lead', ':x']) {
      const result = z.safeParse(Id, id);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        'must start with a letter or digit, then letters, digits, "-", "_", "." or ":"',
      );
    }
    expect(z.safeParse(Id, 'lead_01.a:b-c').success).toBe(true);
  });
});
