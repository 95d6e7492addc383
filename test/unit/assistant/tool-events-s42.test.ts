import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * A known tool and an event of that tool, read from the two parts (issue #16, session 42; tool-events.ts, the known
 * event types of named-tools.ts, the senders of webhook-intros.ts). Phrasings from trades other than the rows'.
 */

const FORM_TOOLS: readonly Case[] = [
  [
    'tally volunteer sign-ups -> add them as a lead tagged volunteer',
    'form.submitted {"source":["tally"]}',
    'crm.createLead',
  ],
  ['typeform feedback responses: email the team', 'form.submitted {"source":["typeform"]}', 'notify.team'],
  [
    'when we receive a jotform application for the scholarship, email the applicant',
    'form.submitted {"source":["jotform"]}',
    'email.send',
  ],
  ['tally enquiries go straight into #sales', 'form.submitted {"source":["tally"]}', 'notify.slack'],
  [
    "whenever there's a new tally registration for the fun run send a confirmation email",
    'form.submitted {"source":["tally"]}',
    'email.send',
  ],
];

const BOOKINGS_SHOPS_PAYMENTS: readonly Case[] = [
  ['acuity cancellations → email the client a rebooking link', 'booking.cancelled', 'email.send'],
  [
    'calendly cancellation webhook arrives -> let the front desk know',
    'webhook:calendly {"webhook.type":["invitee.canceled"]}',
    'notify.team',
  ],
  [
    'when a customer orders from our merch store on shopify email them a thank you',
    'webhook:shopify',
    'email.send',
  ],
  ['eventbrite ticket sales -> post in #events', 'webhook:eventbrite', 'notify.slack'],
  [
    'stripe tells us a payment was declined - email the customer',
    'webhook:stripe {"webhook.type":["invoice.payment_failed"]}',
    'email.send',
  ],
  [
    'when a shopify order gets paid post it in #dispatch',
    'webhook:shopify {"webhook.type":["orders/paid"]}',
    'notify.slack',
  ],
  [
    'Mindbody pushes every new booking to our webhook - email the client a welcome',
    'webhook:mindbody',
    'email.send',
  ],
];

describe('a known tool and its event, read from the two parts', () => {
  it("GIVEN a form tool and one of its nouns (entries, sign-ups, application) as a header or after when WHEN parsed THEN it is that tool's form submitted", () => {
    expect(misread(FORM_TOOLS)).toStrictEqual([]);
  });

  it("GIVEN a booking tool's cancellations, a shop's order, a ticket sale, a payment that failed or a sender pushing to our webhook WHEN parsed THEN it is the event or webhook, typed where the provider documents its type", () => {
    expect(misread(BOOKINGS_SHOPS_PAYMENTS)).toStrictEqual([]);
  });

  it('GIVEN the form named after "for" WHEN parsed THEN the form is said back as not tested', () => {
    const result = parsePrompt(
      'when we receive a jotform application for the scholarship, email the applicant',
    );
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.notes.join(' ')).toContain('"the scholarship" says which one, not tested');
  });
});

describe('the twins: a tool as a place, a limit said, a tool we do not integrate', () => {
  it('GIVEN a limit said of what is bought or cancelled WHEN parsed THEN it stays refused', () => {
    expect(
      notRefused([
        ['when someone buys from our shopify store for over $100 email them a voucher', 'what starts'],
        ['calendly cancellations only for vip clients -> notify me', 'what starts'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a shop that is no provider of ours (Etsy, WooCommerce) WHEN parsed THEN it stays refused', () => {
    expect(
      notRefused([
        ['when someone buys on etsy, email them', 'what starts'],
        ['Trigger: New WooCommerce order. Action: create a lead and send a thank-you email.', 'WooCommerce'],
        ['When a new sale is made on Etsy, notify me', '"When a new sale is made on Etsy"'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a tool named where a step goes or as what a schedule sends WHEN parsed THEN the trigger is not the tool', () => {
    const trigger = (prompt: string) => {
      const result = parsePrompt(prompt);
      return result.ok ? outlineOf(result.definition).trigger : 'refused';
    };
    expect(trigger('post it in shopify when a new lead comes in')).toBe('lead.created');
    expect(trigger('email the typeform submissions to me every friday')).toBe('cron(0 9 ? * FRI *)');
    expect(trigger('when paypal says a payment failed email me')).toBe('webhook:paypal');
  });
});
