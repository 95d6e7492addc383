/** Built-in workflows (deployed by the stack, not in the table): one definition, in functions/data. */
export { BUILT_IN_PREFIX, builtInWorkflow } from '../data/built-in-workflows';
