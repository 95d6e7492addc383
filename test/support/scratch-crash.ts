/** A process that opens a scratch folder under argv[2], prints its path, then crashes (an uncaught exception). */
import { openScratchDir } from '../../infra/local/scratch-dir';

const scratch = await openScratchDir(process.argv[2]);
process.stdout.write(`${scratch.dir}\n`);
setTimeout(() => {
  throw new Error('crash on purpose');
}, 10);
