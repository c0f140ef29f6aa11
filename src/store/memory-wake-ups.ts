import { EventEmitter } from 'node:events';
import type { WakeUps } from '../domain';

/** The in-memory twin: one process, so an event reaches every listener at once. */
export function createMemoryWakeUps(): WakeUps {
  const events = new EventEmitter();
  return {
    async notify(teamId) {
      events.emit('wake', [teamId]);
    },
    listen(onWake) {
      events.on('wake', onWake);
      return {
        ready: Promise.resolve(),
        async close() {
          events.off('wake', onWake);
        },
      };
    },
  };
}
