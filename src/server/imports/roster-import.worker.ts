/** Worker thread: run one roster import over a connection of its own (see roster-import.runner.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '../../db/connect.js';
import { setProgramTimeZone } from '../../domain/validation/dates.js';
import {
  sendableError,
  type ImportWorkerData,
  type ImportWorkerMessage,
} from './roster-import.runner.js';
import { importRoster } from './roster-import.service.js';

const { connection, timeZone, request } = workerData as ImportWorkerData;
const send = (message: ImportWorkerMessage) => parentPort?.postMessage(message);

setProgramTimeZone(timeZone);
const handle = connect({ ...connection, poolSize: 2 });
try {
  const result = await importRoster(handle.db, {
    ...request,
    onProgress: (progress) => send({ type: 'progress', ...progress }),
  });
  send({ type: 'done', result });
} catch (error) {
  send({ type: 'failed', error: sendableError(error) });
} finally {
  await handle.close();
}
