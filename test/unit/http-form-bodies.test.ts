import { describe, expect, it } from 'vitest';
import { BadRequestError, type HttpError } from '../../functions/shared/errors';
import { parseForm } from '../../functions/shared/http/requests';

/**
 * A form body reaches the handler as bytes (an HTTP API base64-encodes application/x-www-form-urlencoded). A field
 * whose bytes, or whose percent-escapes, are not UTF-8 is refused, as a JSON body is: decoded leniently it became
 * U+FFFD and was stored.
 */
const refusal = (read: () => unknown): HttpError => {
  try {
    read();
  } catch (error) {
    return error as HttpError;
  }
  throw new Error('expected a refusal');
};

describe('form bodies and UTF-8', () => {
  it('GIVEN a form field whose percent-escapes or raw bytes are not UTF-8 WHEN parsed THEN 400 naming the field, never U+FFFD, while escaped UTF-8, plus signs and a stray percent sign read as a browser sent them', () => {
    for (const [body, path] of [
      [Buffer.from('email=ada%40example.com&name=%FF%FE'), 'body.name'],
      [Buffer.from('name=Ana%C3'), 'body.name'],
      [Buffer.from('name=%ED%A0%80'), 'body.name'],
      [Buffer.concat([Buffer.from('email=a%40b.co&note='), Buffer.from([0xc3, 0x28])]), 'body.note'],
      [Buffer.from('%FF=1'), 'body'],
    ] as const) {
      const error = refusal(() => parseForm(body));
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error.message).toBe('Request body is not valid UTF-8');
      expect(error.details?.[0]).toStrictEqual({ path, message: expect.stringContaining('not valid UTF-8') });
    }
    const sent =
      'name=Zo%C3%AB+M%C3%BCller&off=50%&pct=%zz&emoji=%F0%9F%98%80&a=1&a=2&flag&&x=%3D%26&note=Zo\u00eb';
    expect(parseForm(Buffer.from(sent, 'utf8'))).toStrictEqual({
      name: 'Zoë Müller',
      off: '50%',
      pct: '%zz',
      emoji: '😀',
      a: ['1', '2'],
      flag: '',
      x: '=&',
      note: 'Zoë',
    });
  });
});
