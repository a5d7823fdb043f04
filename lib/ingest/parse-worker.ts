// Runs the pure parse pipeline for the parse pool, one document per message.
import { parentPort } from 'node:worker_threads';
import { parseDocument, type DocumentSource } from './parse-document';

parentPort?.on('message', ({ id, source }: { id: number; source: DocumentSource }) => {
  try {
    parentPort?.postMessage({ id, doc: parseDocument(source) });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).message });
  }
});
