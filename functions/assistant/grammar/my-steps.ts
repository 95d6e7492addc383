/**
 * A step the writer does, with what the workflow does about it in brackets (session 34): "thank them personally
 * (notify me)", "send the gift (remind us)". The bracket is the workflow's step — the reminder — and the words before
 * it are the reminder's subject: never the step itself as an email and the reminder as well.
 */
const MY_STEP =
  /(?<=^|[,;:.!?]\s?|\b(?:and|then)\s)([^,;:.!?()]{1,80}?)\s?\(\s?((?:notify|remind|ping|tell|alert)\s(?:me|us))\s?\)/gi;

export const myStepsAsReminders = (request: string): string =>
  request.replace(MY_STEP, (_m, step: string, who: string) => `${who} to ${step.trim()}`);
