import { awaitedOutcomes } from './awaited-outcomes';
import { bookingTimesSaid } from './booking-times';
import { branchesSaidAgain } from './elided-branches';
import { filesSaid } from './files-said';
import { myStepsAsReminders } from './my-steps';
import { questionsSaid } from './questions-said';
import { scopeSaidAsOnly } from './scope-only';
import { absenceSaidTersely } from './terse-absence';
import { waitsSaid } from './waits-said';

/**
 * Shapes said in few words, restated in the forms the grammars read (session 34). Before the text is normalised
 * (its brackets and dashes still there): the writer's own step with the reminder in brackets, and conditions said
 * as scope ("for VIPs only"). After (numbers and units written out): absence said tersely, and the other branch
 * said without its verb, and the moments of a booking as waits until it starts or ends, files said
 * with the file first, and waits said before their outcome (session 35), and short outcomes too (session 39).
 */
export const restatedFirst = (request: string): string => scopeSaidAsOnly(myStepsAsReminders(request));

export const restatedLast = (text: string): string =>
  branchesSaidAgain(
    absenceSaidTersely(waitsSaid(awaitedOutcomes(filesSaid(questionsSaid(bookingTimesSaid(text)))))),
  );
