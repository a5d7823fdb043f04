// Runs the pure parse pipeline for the parse pool, one document per message.
import { parentPort } from 'node:worker_threads';
import { parseDocument, type DocumentSource } from './parse-document';

parentPort?.on('message', ({ source }: { source: DocumentSource }) => {
  try {
    parentPort?.postMessage({ doc: parseDocument(source) });
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error).message });
  }
});
