import { connect } from 'node:net';
import { BACKEND } from './haproxy-config';

/** Sends one command to HAProxy's runtime API (the `stats socket` of its configuration) and returns the answer. */
export function sendHaproxyCommand(socket: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const connection = connect(socket, () => connection.end(`${command}\n`));
    connection.on('data', (chunk: Buffer) => chunks.push(chunk));
    connection.on('error', reject);
    connection.on('close', () => resolve(Buffer.concat(chunks).toString('utf8').trim()));
  });
}

/** Takes a server out of the rotation (maintenance) or puts it back. */
export async function setServerEnabled(socket: string, server: string, enabled: boolean): Promise<void> {
  const answer = await sendHaproxyCommand(
    socket,
    `${enabled ? 'enable' : 'disable'} server ${BACKEND}/${server}`,
  );
  if (answer) throw new Error(`HAProxy refused to ${enabled ? 'enable' : 'disable'} ${server}: ${answer}`);
}
