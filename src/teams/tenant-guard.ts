import type { Activity } from 'botbuilder';
import { z } from 'zod';

const TenantChannelDataSchema = z.object({ tenant: z.object({ id: z.string() }) });

export function tenantOf(activity: Pick<Activity, 'channelData' | 'conversation'>): string | undefined {
  const fromChannelData = TenantChannelDataSchema.safeParse(activity.channelData);
  if (fromChannelData.success) return fromChannelData.data.tenant.id.toLowerCase();
  return activity.conversation?.tenantId?.toLowerCase();
}

/** 'any' exists only in local mode; an activity without a tenant is refused whenever a list is configured. */
export function isTenantAllowed(tenantId: string | undefined, allowed: ReadonlySet<string> | 'any'): boolean {
  if (allowed === 'any') return true;
  return tenantId !== undefined && allowed.has(tenantId);
}
