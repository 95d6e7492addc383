/** A request, the trigger and the step outline it must produce (functions/assistant/outline.ts). */
export type Case = readonly [prompt: string, trigger: string, steps: string];
