/**
 * Days of the week said in Dutch, German, French or Spanish in a request otherwise read in English (session 42,
 * "maandag 9:00 CET: post the bookings …", "jeden Freitag um 16 Uhr"): the day in English, so the schedule runs on it
 * (left unread, "maandag 9:00" ran every day). Only where it is said as a schedule's day: after a word of
 * recurrence ("every", "jeden", "tous les", "cada", "elke") or before a time ("9:00", "um 7", "à 9h"); a word that is
 * also a name ("Domingo") only after a word of recurrence; "Mardi Gras" never.
 */

const DAYS: Readonly<Record<string, string>> = {
  maandag: 'Monday',
  dinsdag: 'Tuesday',
  woensdag: 'Wednesday',
  donderdag: 'Thursday',
  vrijdag: 'Friday',
  zaterdag: 'Saturday',
  zondag: 'Sunday',
  montag: 'Monday',
  dienstag: 'Tuesday',
  mittwoch: 'Wednesday',
  donnerstag: 'Thursday',
  freitag: 'Friday',
  samstag: 'Saturday',
  sonnabend: 'Saturday',
  sonntag: 'Sunday',
  lundi: 'Monday',
  mardi: 'Tuesday',
  mercredi: 'Wednesday',
  jeudi: 'Thursday',
  vendredi: 'Friday',
  samedi: 'Saturday',
  dimanche: 'Sunday',
  lunes: 'Monday',
  martes: 'Tuesday',
  miércoles: 'Wednesday',
  miercoles: 'Wednesday',
  jueves: 'Thursday',
  viernes: 'Friday',
  sábado: 'Saturday',
  sabado: 'Saturday',
  domingo: 'Sunday',
};
/** Also a person's name: read only after a word of recurrence. */
const NAMES = new Set(['domingo']);

const EVERY =
  '(?:every|each|on|jeden|jede|jeder|am|immer|tous\\sles|chaque|le|les|cada|todos\\slos|los|el|elke|iedere|op)';
const WORD =
  '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)';
/** The same words not in English: said with the day, "every" (the words around are the grammars' to read). */
const FOREIGN_EVERY = '(?:jeden|jede|jeder|tous\\sles|chaque|cada|todos\\slos|elke|iedere)';
/** A time after the day: "9:00", "9am", "um 7", "à 9h", "a las 9", "om 9 uur", "at 9". */
const TIME_AFTER = '(?=(?:s|en|e)?,?\\s(?:(?:um|à|a|a\\slas|om|at|vers|gegen|ab)\\s)?\\d)';

/** The surface pass: [pattern, replacement] (surface.ts). */
export const DAY_NAMES = new RegExp(
  `(?:(?<every>\\b${FOREIGN_EVERY}\\s)?(?<=\\b${EVERY}\\s)(?<after>${WORD})(?:s|en|e)?|\\b(?<before>${WORD})(?:s|en|e)?${TIME_AFTER})(?![\\p{L}'-])(?!\\sgras\\b)`,
  'giu',
);

export const dayInEnglish = (said: string, groups: readonly (string | undefined)[]): string => {
  const [every, after, before] = groups;
  const word = (after ?? before ?? '').toLowerCase();
  const day = DAYS[word];
  if (!day || (!after && NAMES.has(word))) return said;
  return every ? `every ${day}` : day;
};
