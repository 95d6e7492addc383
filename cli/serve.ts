import { parseRateLimit, type RateLimitOptions } from '../functions/api/middleware/rate-limit';
import { type CommandDef, type CommandInput, runCommand, usageError } from './command';
import { printError } from './errors';

/** `dynaris serve` (= npm start): the whole system locally, until Ctrl-C. */

export const command: CommandDef = {
  name: 'serve',
  synopsis: '[--port N] [--data-dir DIR | --disk-store | --heap-store] [--rate-limit N|off] [--burst N]',
  summary: 'run the whole system locally (same as npm start)',
  help: `  --port N        HTTP port (default: PORT or 3000)
  --data-dir DIR  keep data (DynamoDB, files, event archive, secrets key) in DIR across restarts. Without it
                  nothing is kept: the database is in memory, its older items (and older finished executions) moved
                  to a fresh temporary folder (under TMPDIR, removed on exit) and read from there, so memory stays
                  flat however many runs
  --heap-store    keep nothing, all of it in memory (no temporary folder): memory grows with every run
  --disk-store    keep nothing, the whole database in a fresh temporary folder: flat, at about twice the CPU per run
  --tiered-store  the default (accepted for scripts written when it was not)
  --rate-limit N  the API's limit per API key, requests per second, or "off" (default: API_RATE_LIMIT, else
                  10,000/s: locally the limit is never the bottleneck; AWS uses the stage throttling, 50/s)
  --burst N       with --rate-limit: requests a key may send at once (default: twice the rate)
Environment: PORT, HOST (127.0.0.1), DYNARIS_TENANT_ID (local), DYNARIS_API_KEY, DYNARIS_WEBHOOK_SECRET,
SLACK_WEBHOOK_URL (Slack messages really sent there), DYNARIS_HTTP_PASSTHROUGH (comma-separated URL prefixes that
http.request really calls; everything else goes to GET /outbox), FROM_ADDRESS.
Exit code: 0 stopped (Ctrl-C), 1 could not start (the port is in use; a data dir that is damaged, read-only or on a
full disk: the message names the file and what to do), 2 bad option.`,
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    'disk-store': { type: 'boolean' },
    'tiered-store': { type: 'boolean' },
    'heap-store': { type: 'boolean' },
    'rate-limit': { type: 'string' },
    burst: { type: 'string' },
  },
  positionals: { min: 0, max: 0, names: [] },
  run: (input) => serve(input),
};

const whereDataIs = (
  dataDir: string | undefined,
  scratchDir: string | undefined,
  diskStore: boolean,
): string =>
  dataDir
    ? `kept in ${dataDir}`
    : !scratchDir
      ? 'in memory (use --data-dir DIR to keep it)'
      : diskStore
        ? `not kept: a temporary folder removed on exit, ${scratchDir} (use --data-dir DIR to keep it)`
        : `in memory, older items in a temporary folder removed on exit, ${scratchDir} (use --data-dir DIR to keep it)`;

export const runServe = (args: readonly string[]): Promise<number> => runCommand(command, args);

const serve = async ({ values }: CommandInput): Promise<number> => {
  const portText = typeof values.port === 'string' ? values.port : undefined;
  const port = portText !== undefined ? Number(portText) : undefined;
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) {
    return usageError(command, `--port must be a port number (0-65535), not "${portText}"`, '--port');
  }
  const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined;
  if (dataDir === '') {
    return usageError(command, '--data-dir needs a folder', '--data-dir');
  }
  const diskStore = values['disk-store'] === true;
  if (diskStore && dataDir !== undefined) {
    return usageError(command, '--disk-store and --data-dir exclude each other: pick one', '--disk-store');
  }
  const tieredStore = values['tiered-store'] === true;
  if (tieredStore && (dataDir !== undefined || diskStore)) {
    return usageError(
      command,
      `--tiered-store and ${diskStore ? '--disk-store' : '--data-dir'} exclude each other: pick one`,
      '--tiered-store',
    );
  }
  const heapStore = values['heap-store'] === true;
  if (heapStore && (dataDir !== undefined || diskStore || tieredStore)) {
    const other = dataDir !== undefined ? '--data-dir' : diskStore ? '--disk-store' : '--tiered-store';
    return usageError(command, `--heap-store and ${other} exclude each other: pick one`, '--heap-store');
  }
  const rateText = typeof values['rate-limit'] === 'string' ? values['rate-limit'] : undefined;
  const burstText = typeof values.burst === 'string' ? values.burst : undefined;
  if (burstText !== undefined && rateText === undefined) {
    return usageError(command, '--burst needs --rate-limit', '--burst');
  }
  let rateLimit: RateLimitOptions | undefined;
  try {
    rateLimit = parseRateLimit(rateText, burstText, { rate: '--rate-limit', burst: '--burst' });
  } catch (error) {
    const message = (error as Error).message;
    return usageError(command, message, message.startsWith('--burst') ? '--burst' : '--rate-limit');
  }
  const { startLocalRuntime } = await import('../infra/local/runtime');
  const env = process.env;
  let runtime: Awaited<ReturnType<typeof startLocalRuntime>>;
  try {
    runtime = await startLocalRuntime({
      ...(port !== undefined ? { port } : {}),
      ...(dataDir ? { dataDir } : { throwawayStore: diskStore ? 'disk' : heapStore ? 'memory' : 'tiered' }),
      ...(rateLimit ? { rateLimit } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EADDRINUSE'
        ? `port ${port ?? env.PORT ?? 3000} is already in use; set PORT or --port (0 picks a free one)`
        : error instanceof Error
          ? error.message
          : String(error);
    const storage = error instanceof Error && error.name === 'DataFileError';
    printError({
      code: code === 'EADDRINUSE' ? 'AddressInUse' : storage ? 'DataDirUnusable' : 'ServeFailed',
      message: `dynaris serve could not start: ${message}`,
    });
    return 1;
  }
  const generatedKey = !env.DYNARIS_API_KEY;
  const generatedSecret = !env.DYNARIS_WEBHOOK_SECRET;
  // Listening before the banner: whoever waits for it may signal at once (a test, a supervisor script).
  const stopped = new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`Dynaris is running locally at ${runtime.url}`);
  out(`  data:            ${whereDataIs(dataDir, runtime.scratchDir, diskStore)}`);
  out(`  tenant:          ${runtime.tenantId}`);
  out(
    `  API key:         ${runtime.apiKey}${generatedKey ? '   (generated; set DYNARIS_API_KEY to choose it)' : ''}`,
  );
  out(
    `  webhook secret:  ${runtime.webhookSecret}${generatedSecret ? '   (set DYNARIS_WEBHOOK_SECRET to choose it)' : ''}`,
  );
  out(`  console:         ${runtime.url}/   (sign in with the API key)`);
  out(`  outbox:          curl -H "x-api-key: ${runtime.apiKey}" ${runtime.url}/outbox`);
  for (const [arn, why] of runtime.missingFunctions) out(`  ! ${arn.split(':function:')[1]}: ${why}`);
  out();
  // A long-running process: V8's pooled heap pages are given back under steady load too.
  const { startHeapPagesWatch } = await import('../infra/local/heap-pages');
  const heapPages = startHeapPagesWatch();
  await stopped;
  heapPages.stop();
  out('Stopping…');
  await runtime.stop();
  return 0;
};
