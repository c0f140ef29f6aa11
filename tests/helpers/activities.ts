import { randomUUID } from 'node:crypto';

/** Made-up tenant and people; the shapes follow what Teams sends. */
export const TEST_TENANT = '7a1e3b52-0c4d-4e8f-9a6b-2d5c8f1e0a93';
export const OTHER_TENANT = '0b9d2c71-5e3a-4f6b-8c1d-7e2a9f4b6c05';
export const BOT_ID = '28:wijksignaal-test';

export interface ActivityOptions {
  readonly serviceUrl: string;
  readonly conversationId?: string;
  readonly id?: string;
  readonly tenantId?: string;
  readonly locale?: string;
}

function base(type: string, o: ActivityOptions) {
  return {
    type,
    id: o.id ?? randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: o.locale ?? 'nl-NL',
    from: { id: '29:test-leerkracht', aadObjectId: '3f6c1d2e-8a4b-4c9d-b1e2-5f7a8c9d0e1f', name: 'Test Leerkracht' },
    recipient: { id: BOT_ID, name: 'wijksignaal' },
    conversation: { id: o.conversationId ?? `a:${randomUUID()}`, conversationType: 'personal', tenantId: o.tenantId ?? TEST_TENANT },
    channelData: { tenant: { id: o.tenantId ?? TEST_TENANT } },
  };
}

export function messageActivity(o: ActivityOptions & { text: string }) {
  return { ...base('message', o), text: o.text, textFormat: 'plain' };
}

export function installActivity(o: ActivityOptions) {
  return { ...base('installationUpdate', o), action: 'add' };
}

export function membersAddedActivity(o: ActivityOptions) {
  return { ...base('conversationUpdate', o), membersAdded: [{ id: BOT_ID }] };
}
