import { createHash } from 'node:crypto';

/**
 * Every key of one conversation carries the hash tag `{c:<id>}`, so a turn's read and commit touch one Cluster
 * slot. Ids are hashed: Teams ids are long and could in theory contain the braces that delimit a hash tag.
 */
export function conversationKeys(prefix: string, conversationId: string) {
  const tag = `{c:${shortHash(conversationId)}}`;
  return {
    /** Also the encryption context: a sealed value only opens under the key it was written for. */
    state: `${prefix}${tag}:state`,
    done: (activityId: string) => `${prefix}${tag}:done:${shortHash(activityId)}`,
  };
}

function shortHash(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url').slice(0, 22);
}
