/**
 * SES receipt verdicts (spam, virus, SPF, DKIM, DMARC): each verdict that is not PASS either drops the message or
 * flags it on the event, as configured. A virus is dropped by default; the others are flagged.
 * https://docs.aws.amazon.com/ses/latest/dg/receiving-email-notifications-contents.html
 */

export const VERDICTS = ['spam', 'virus', 'spf', 'dkim', 'dmarc'] as const;
export type VerdictName = (typeof VERDICTS)[number];
export type VerdictAction = 'drop' | 'flag';
export type VerdictPolicy = Readonly<Record<VerdictName, VerdictAction>>;

export const DEFAULT_VERDICT_POLICY: VerdictPolicy = {
  spam: 'flag',
  virus: 'drop',
  spf: 'flag',
  dkim: 'flag',
  dmarc: 'flag',
};

/** Each verdict's status as SES reports it: PASS, FAIL, GRAY, PROCESSING_FAILED (DMARC also NONE). */
export type Verdicts = Partial<Record<VerdictName, string>>;

export interface VerdictDecision {
  readonly drop: VerdictName | undefined;
  /** Verdicts that did not pass and are flagged, as `spam:FAIL`. */
  readonly flags: readonly string[];
}

/** `EMAIL_VERDICT_SPAM=drop`-style settings over the defaults; anything else is a configuration error. */
export const verdictPolicyFrom = (env: Readonly<Record<string, string | undefined>>): VerdictPolicy => {
  const policy: Record<VerdictName, VerdictAction> = { ...DEFAULT_VERDICT_POLICY };
  for (const name of VERDICTS) {
    const value = env[`EMAIL_VERDICT_${name.toUpperCase()}`]?.trim().toLowerCase();
    if (value === undefined || value === '') continue;
    if (value !== 'drop' && value !== 'flag')
      throw new Error(`EMAIL_VERDICT_${name.toUpperCase()} must be "drop" or "flag", not "${value}"`);
    policy[name] = value;
  }
  return policy;
};

export const applyVerdicts = (verdicts: Verdicts, policy: VerdictPolicy): VerdictDecision => {
  const flags: string[] = [];
  for (const name of VERDICTS) {
    const status = verdicts[name]?.toUpperCase();
    // DMARC "NONE" (no policy published) and a missing verdict are not failures.
    if (!status || status === 'PASS' || (name === 'dmarc' && status === 'NONE')) continue;
    if (policy[name] === 'drop') return { drop: name, flags };
    flags.push(`${name}:${status}`);
  }
  return { drop: undefined, flags };
};
