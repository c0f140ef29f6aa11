import type { Storage, StoreItems } from 'botbuilder';
import type { ConversationItems } from '../domain';

/**
 * botbuilder's Storage over one turn's snapshot: reads and writes touch memory only. The turn runner commits the
 * result in one compare-and-set, which is what botbuilder's eTag '*' writes cannot do.
 */
export class TurnSnapshotStorage implements Storage {
  private readonly items: Record<string, unknown>;

  constructor(items: ConversationItems) {
    this.items = structuredClone(items);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      if (key in this.items) found[key] = structuredClone(this.items[key]);
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, value] of Object.entries(changes)) this.items[key] = structuredClone(value);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) delete this.items[key];
  }

  snapshot(): ConversationItems {
    return structuredClone(this.items);
  }
}
