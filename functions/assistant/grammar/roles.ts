import { OUR_THE } from './lexicon';

/**
 * People of ours named by their role in any trade (session 32), read as a noun phrase rather than listed whole:
 * determiner + up to two modifiers + a role noun ("the dispatcher", "our estimator", "the site manager", "the lead
 * tech", "the van crew", "the office girls", "the on-call tech", "the customer's CSM"), or who is on a rota
 * ("whoever's on rotation", "whoever is on call", "the person on duty", "the guy on call"). The role nouns are ours
 * only: the records' people (a customer, a caller, a homeowner, a buyer) are never one, so an email to a role never
 * goes to the lead. An owner is ours only as the owner of an account, a deal or a job ("the account owner"). A place
 * is never one ("at the Reading Office", "from the Leeds depot").
 */
export const ROLE_HEAD =
  '(?:crews?|shifts?|office|shop|warehouse|yard|depot|desk|techs?|technicians?|guys|lads|girls|gals|folks|dispatch(?:ers?)?|fore(?:man|men|woman|women)|estimators?|schedulers?|coordinators?|planners?|supervisors?|engineers?|installers?|fitters?|plumbers?|electricians?|drivers?|cleaners?|mechanics?|surveyors?|assessors?|inspectors?|receptionists?|bookkeepers?|secretar(?:y|ies)|secs?|treasurers?|chair(?:s|m[ae]n|wom[ae]n|persons?|people)?|registrars?|bursars?|bdcs?|groundsm[ae]n|caretakers?|housekeepers?|captains?|skippers?|stylists?|barbers?|therapists?|hygienists?|nurses?|vets?|tutors?|instructors?|teachers?|coach(?:es)?|trainers?|dentists?|practitioners?|clinicians?|groomers?|beauticians?|physios?|accountants?|admins?|administrators?|operators?|agents?|reps?|advis[eo]rs?|officers?|managers?|(?<=(?:team|shift|crew|site|project|tech|sales|account|squad)\\s)leads|(?<=(?:department|team|section)\\s)heads|csms?|ams?|aes?|sdrs?|bdrs?|staff|team|teams|department|dept|(?<=(?:account|deal|lead|job|ticket|business|store|shop|branch|company|record|site)(?:\\x27s)?\\s)owners?)';
const ROLE_MOD =
  '(?:on[\\s-]call|(?!(?:and|or|to|for|with|about|that|who|a|an|the|them|it|this|know|of|in|on|at|tagged|labell?ed|status|stage)\\s)[a-z][\\w-]*)';
/** One of ours in a club's or an office's words (session 42): "the treasurer", "the attorney", "their salesperson". */
const ONE_OF_OURS =
  '(?:treasurers?|secretar(?:y|ies)|attorneys?|lawyers?|solicitors?|paralegals?|sales(?:person|people))';
export const ON_ROTA = '(?:call|duty|rotation|rota|shift|the\\srota|the\\sdesk|site|standby)';
/** "whoever owns the account", "the rep who looks after the deal": the owner of that record, one of ours. */
const OWNS =
  '(?:whoever|(?:the|our)\\s(?:rep|person|am|csm|manager|guy|one|ae|salesperson|agent)\\s(?:who|that))\\s(?:owns|manages|handles|looks\\safter|runs|is\\sassigned\\sto|is\\son)\\s(?:the|this|that|their|its)\\s(?:account|deal|lead|job|customer|client|contact)';
export const TRADE_ROLE = `(?<!\\b(?:at|from|near|inside|outside|by|of)\\s)(?<!(?<!\\bloop\\s)\\bin\\s)(?:${OWNS}|(?:the|our|my|your|their|(?:the\\s)?(?:customer|client|account|lead)'s)\\s(?:${ROLE_MOD}\\s){0,2}(?:${ROLE_HEAD}|${ONE_OF_OURS})|${OUR_THE}\\s(?:${ROLE_MOD}\\s){1,2}?(?:guy|gal|person|bloke|lady|one)|whoever(?:'s|\\sis)\\son\\s${ON_ROTA}|(?:the\\s)?(?:person|guy|gal|one|tech|engineer|manager|rep|team|attorney|lawyer|nurse|vet|doctor)\\son\\s${ON_ROTA})(?![\\w'-])`;

/** Team words said without an article ("let dispatch know", "tell sales"): named so in a message's first words. */
export const BARE_TEAM = /^(?:dispatch|sales|ops|support|finance|marketing|accounts|admin|reception|hr)$/;
/** The first words of a message to one of ours by role: "For the dispatcher: ", "For sales: " ("" for the team). */
export const forRole = (role: string | undefined): string =>
  role && role !== 'team' ? `For ${BARE_TEAM.test(role) ? '' : 'the '}${role}: ` : '';

/** The last word of a role that names a group or a desk, never one person. */
const GROUP_ROLE =
  /(?:^|\s)(?:desk|office|crew|shift|team|shop|warehouse|yard|depot|dispatch|sales|ops|support|finance|marketing|accounts|accounting|billing|legal|compliance|devops|engineering|procurement|operations|logistics|purchasing|payroll|scheduling|estimating|admin|reception|hr|staff|people|folks|everyone|everybody|board|committee|department|dept|channel|management|leadership)$/;
/** One person's role ("the service manager", "the on call guy"), never a group, a desk or a plural (session 42). */
export const onePerson = (role: string): boolean => !GROUP_ROLE.test(role) && !/[^s]s$/.test(role);
