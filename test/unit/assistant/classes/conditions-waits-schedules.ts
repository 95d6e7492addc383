/** Session 24's and 25's classes in the trigger, condition, wait and schedule grammars, for the unit suite and the bench. */
export { CONDITION_TEXT_CLASS, CONDITION_TEXT_PRODUCT } from './conditions-text';
export { WAIT_AFTER_CLASS, WAIT_AFTER_PRODUCT, WAIT_AFTER_REFUSALS } from './negative-waits-after';
export { OFFICE_CLASS, OFFICE_PRODUCT } from './office-conditions-waits';
export { OFFICE_SCHEDULE_CLASS, OFFICE_SCHEDULE_PRODUCT } from './office-schedules';
export { SCHEDULE_CLASS, SCHEDULE_PRODUCT, SCHEDULE_REFUSALS } from './recurring';
