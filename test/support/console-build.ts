import { ensureConsoleBuilt } from '../../console/build';

/** Vitest global setup: console/dist matches the console's sources before any test runs. */
export default async function setup(): Promise<void> {
  await ensureConsoleBuilt();
}
