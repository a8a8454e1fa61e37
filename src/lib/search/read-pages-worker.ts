// The second thread of the indexer's page reading (bundled and started by readAllSearchPages in indexer.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { readSearchPages } from './read-pages';

const { site, files, table } = workerData as { site: string; files: string[]; table: Map<number, string> };
parentPort!.postMessage(readSearchPages(site, files, table));
