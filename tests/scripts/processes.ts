import type { ChildProcess } from 'node:child_process';
import { connect, createServer, type Server } from 'node:net';

/** Whether something accepts connections on the port (connection refused: nothing listens). */
export function accepts(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Holds a port the way another program would, until closed. */
export function holdPort(port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen({ port, host }, () => resolve(server));
  });
}

export const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** Kills what is left of a process started with run() (its own process group), children included. */
export function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // nothing of the group is left
  }
}
