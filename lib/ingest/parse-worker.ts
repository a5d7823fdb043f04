// Runs the pure parse pipeline for the parse pool, one document per message.
import { parentPort } from 'node:worker_threads';
import { parseDocument } from './parse-document';
import { parseFile, type FileSource } from './parse-file';

// A fresh worker's first document pays for loading the vocabularies and compiling the rules (~0.5 s, measured on
// a 3.5 KB abstract); that is not the document's own time, so the worker parses this sample before it says it is
// ready and a document's time budget starts.
const WARM_UP = `JUDUL PERCOBAAN
Oleh: Penulis Contoh

ABSTRAK
Penelitian ini membahas peran organisasi internasional dalam penanganan perdagangan manusia di Indonesia
pada periode 2015-2020. Kata kunci: organisasi internasional, perdagangan manusia.

ABSTRACT
This study discusses the role of international organisations in handling human trafficking in Indonesia.
Keywords: international organisations, human trafficking.
`;

parentPort?.on('message', ({ source }: { source: FileSource }) => {
  parseFile(source).then(
    (doc) => parentPort?.postMessage({ doc }),
    (error: unknown) => parentPort?.postMessage({ error: (error as Error).message }),
  );
});

try {
  parseDocument({ relativePath: 'warm-up.txt', bytes: new TextEncoder().encode(WARM_UP), sidecar: null });
} finally {
  parentPort?.postMessage({ ready: true });
}
