import { describe, expect, it } from 'vitest';
import { sameSteps, sameTrigger } from './misread';

describe("the judge's equivalence of outlines (bench/assistant/accuracy.ts, misread)", () => {
  it.each([
    ['cron(0 9 ? * MON-FRI *)', 'cron(0 9 ? * 2-6 *)'],
    ['cron(0 9 ? * MON,WED,FRI *)', 'cron(0 9 ? * 2,4,6 *)'],
    ['cron(0 9 * * ? *)', 'cron(0 9 ? * * *)'],
    ['cron(0 9 ? * SUN-SAT *)', 'cron(0 9 * * ? *)'],
    ['cron(00 09 1 JAN,APR,JUL,OCT ? *) Europe/London', 'cron(0 9 1 1,4,7,10 ? *) Europe/London'],
    ['cron(0 9 ? * MON#1 *)', 'cron(0 9 ? * 2#1 *)'],
    ['rate(1 hour)', 'rate(60 minutes)'],
    ['rate(1 day)', 'rate(24 hours)'],
  ])('GIVEN %s and %s, the same schedule spelt two ways, WHEN compared THEN they are equal', (a, b) => {
    expect(sameTrigger(a)).toBe(sameTrigger(b));
  });

  it.each([
    ['cron(0 9 ? * MON-FRI *)', 'cron(0 9 ? * MON-SAT *)'],
    ['cron(0 9 ? * MON#1 *)', 'cron(0 9 ? * MON#2 *)'],
    ['cron(0 9 * * ? *)', 'cron(0 9 1 * ? *)'],
    ['cron(0 9 * * ? *) Europe/London', 'cron(0 9 * * ? *) Europe/Dublin'],
    ['cron(30 9 * * ? *)', 'cron(0 9 * * ? *)'],
    ['rate(1 hour)', 'rate(2 hours)'],
    ['lead.created', 'lead.updated'],
  ])('GIVEN %s and %s, two different triggers, WHEN compared THEN they differ', (a, b) => {
    expect(sameTrigger(a)).not.toBe(sameTrigger(b));
  });

  it.each([
    ['wait(PT48H); email.send', 'wait(P2D); email.send'],
    ['wait(P1W); email.send', 'wait(P7D); email.send'],
    ['wait(P2W); email.send', 'wait(PT336H); email.send'],
    ['wait(until-PT24H); email.send', 'wait(until-P1D); email.send'],
    [
      'waitFor(email.received,P1W,timeout:[notify.team])',
      'waitFor(email.received,P7D,timeout:[notify.team])',
    ],
    [
      'if((trigger.lead.level eq "C1" or trigger.lead.level eq "C2"))[email.send]',
      'if(trigger.lead.level in ["C2","C1"])[email.send]',
    ],
    ['if(steps.today.count eq 0)[notify.team]', 'if(steps.find.count eq 0)[notify.team]'],
  ])('GIVEN %s and %s, the same steps spelt two ways, WHEN compared THEN they are equal', (a, b) => {
    expect(sameSteps(a)).toBe(sameSteps(b));
  });

  it.each([
    ['wait(P2D); email.send', 'wait(P3D); email.send'],
    ['wait(PT36H); email.send', 'wait(P1D); email.send'],
    ['wait(3BD); email.send', 'wait(P3D); email.send'],
    [
      'if((trigger.lead.level eq "C1" or trigger.lead.level eq "C2"))[email.send]',
      'if(trigger.lead.level in ["C1","B2"])[email.send]',
    ],
    [
      'if((trigger.lead.level eq "C1" or trigger.lead.source eq "C2"))[email.send]',
      'if(trigger.lead.level in ["C1","C2"])[email.send]',
    ],
    [
      'if((trigger.lead.level eq "C1" and trigger.lead.level eq "C2"))[email.send]',
      'if(trigger.lead.level in ["C1","C2"])[email.send]',
    ],
    ['email.send; notify.team', 'notify.team; email.send'],
  ])('GIVEN %s and %s, two different workflows, WHEN compared THEN they differ', (a, b) => {
    expect(sameSteps(a)).not.toBe(sameSteps(b));
  });
});
