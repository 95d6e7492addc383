import { describe, expect, it } from 'vitest';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * A form named in quotes filters on its name in every frame (issue #16, session 41). Only "the 'X' form is submitted"
 * did; "submits the 'Request Service' form", "fills in the 'Tax organizer request' form" ran on every form, and "the
 * form called 'Keg Return'" tested a form field named "called" (sets 24, 26, 34).
 */

const FRAMES = [
  (f: string) => `someone submits the ${f} form`,
  (f: string) => `somebody fills in the ${f} form`,
  (f: string) => `a client fills out our ${f} form`,
  (f: string) => `someone completes the ${f} form`,
  (f: string) => `someone comes in through the ${f} form`,
  (f: string) => `someone submits the form called ${f}`,
  (f: string) => `someone fills in the form named ${f}`,
  (f: string) => `the ${f} form is submitted`,
];
const NAMES: readonly [said: string, name: string][] = [
  ["'Request Service'", 'Request Service'],
  ['"Keg Return"', 'Keg Return'],
  ["'Tax organizer request'", 'Tax organizer request'],
];
const NAMED: readonly Case[] = FRAMES.flatMap((frame) =>
  NAMES.map(
    ([said, name]): Case => [
      `When ${frame(said)}, email them back`,
      `form.submitted {"form":["${name}"]}`,
      'email.send',
    ],
  ),
);

/** A quote that names no form (the message's words, a campaign) and a form named without quotes: no form filter. */
const UNNAMED: readonly Case[] = [
  ["when someone submits a form, email them 'Thanks for reaching out'", 'form.submitted', 'email.send'],
  ["When a form comes in, email them the 'Welcome' guide", 'form.submitted', 'email.send'],
  ['when someone submits our contact form, email them', 'form.submitted', 'email.send'],
  ['When someone fills out the enquiry form, notify the team', 'form.submitted', 'notify.team'],
];

describe('forms named in quotes (session 41)', () => {
  it('GIVEN a quoted form name in any of 8 frames × 3 names WHEN parsed THEN the trigger filters on that form', () => {
    expect(NAMED).toHaveLength(24);
    expect(misread(NAMED)).toStrictEqual([]);
  });

  it('GIVEN a quote that is a message, a guide, or a form named without quotes WHEN parsed THEN no form filter', () => {
    expect(misread(UNNAMED)).toStrictEqual([]);
  });
});
