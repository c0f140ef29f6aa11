/**
 * `npm run playground:say -- <who> <where> <text>`: says something to the bot in the running Agents Playground as
 * one of the made-up people of its config, e.g. `npm run playground:say -- sanne intake "koppel wijkteam noord bevestig"`.
 *
 * The Playground's window always types as its currentUser; it has no way to switch users. This sends a message
 * activity as another member through the Playground's custom-activity API, @mentioning the bot in a channel the way
 * Teams does. The bot's answer appears in the Playground's window; the message itself does not.
 *
 * <who>: part of a person's name or id ("sanne", "eva", "beheerder"); <where>: a channel of the team ("intake",
 * "general") or "groupchat". PLAYGROUND_PORT as for `npm run playground`.
 */

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
  readonly givenName?: string;
}

export interface Named {
  readonly id: string;
  readonly name: string;
}

/** The config as GET /_internal/v1/testConfig gives it back: lists of chats and teams, General among the channels. */
export interface PlaygroundConfig {
  readonly tenantId: string;
  readonly bot: Named;
  readonly currentUser: Person;
  readonly users: readonly Person[];
  readonly personalChat: Named;
  readonly groupChats: readonly Named[];
  readonly teams: readonly (Named & { readonly aadGroupId: string; readonly channels: readonly Named[] })[];
}

const USAGE = 'usage: npm run playground:say -- <who> <where> <text>   e.g. npm run playground:say -- sanne intake "koppel wijkteam noord bevestig"';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  const [who, where, ...words] = process.argv.slice(2);
  const text = words.join(' ').trim();
  if (!who || !where || !text) fail(USAGE);
  const base = `http://localhost:${process.env.PLAYGROUND_PORT?.trim() || '56150'}/_internal/v1`;

  const response = await fetch(`${base}/testConfig`).catch((err: unknown) => (err instanceof Error ? (err.cause ?? err) : err) as Error);
  if (!(response instanceof Response) || !response.ok) {
    const why = response instanceof Response ? `HTTP ${response.status}` : String(response);
    fail(`No Agents Playground answers at ${base} (${why}). Start it with \`npm run playground\`, and set PLAYGROUND_PORT if it uses another port.`);
  }
  const { config } = (await response.json()) as { config: PlaygroundConfig };

  const people = [config.currentUser, ...config.users];
  const wanted = who.toLowerCase();
  const matches = people.filter((p) => p.name.toLowerCase().includes(wanted) || p.id.toLowerCase() === wanted);
  if (matches.length !== 1) {
    fail(
      `${matches.length === 0 ? 'Nobody' : 'More than one person'} in the Playground matches "${who}". Its people: ${people.map((p) => p.name).join('; ')}.`,
    );
  }
  const person = matches[0]!;

  const team = config.teams[0];
  const groupChat = config.groupChats[0];
  if (!team || !groupChat) fail('The Playground has no team or no group chat in its config.');
  const channel = team.channels.find((c) => c.name.toLowerCase() === where.toLowerCase());
  const inGroupChat = ['groupchat', 'group', 'groep', 'groepschat'].includes(where.toLowerCase());
  if (!channel && !inGroupChat) {
    fail(`"${where}" is no channel of ${team.name} (${team.channels.map((c) => c.name).join(', ')}) and not "groupchat".`);
  }
  const conversationId = channel?.id ?? groupChat.id;

  const template = await fetch(`${base}/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`);
  if (!template.ok) fail(`The Playground did not give an activity template (${template.status}): ${await template.text()}`);
  const activity = mentionMessage(config, person, channel ? { team, channel } : undefined, text, (await template.json()) as Record<string, unknown>);
  const sent = await fetch(`${base}/customActivities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  if (!sent.ok) fail(`The Playground refused the message (${sent.status}): ${await sent.text()}`);
  console.log(
    `${person.name} in ${channel ? `${team.name} > ${channel.name}` : groupChat.name}: "@${config.bot.name} ${text}" sent. The bot's answer appears there in the Playground.`,
  );
}

/**
 * A message from `person` that @mentions the bot the way Teams sends one, in a team channel or (no `where`) the group
 * chat, built on the Playground's own template for the conversation. The e2e journey speaks as other users with it.
 */
export function mentionMessage(
  config: Pick<PlaygroundConfig, 'tenantId' | 'bot'>,
  person: Pick<Person, 'id' | 'name' | 'aadObjectId'>,
  where: { team: PlaygroundConfig['teams'][number]; channel: Named } | undefined,
  text: string,
  template: Record<string, unknown>,
): Record<string, unknown> {
  const mention = `<at>${config.bot.name}</at>`;
  return {
    ...template,
    type: 'message',
    from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
    text: `${mention} ${text}`,
    textFormat: 'plain',
    locale: 'en-US',
    entities: [{ type: 'mention', text: mention, mentioned: { id: config.bot.id, name: config.bot.name } }],
    channelData: where
      ? {
          tenant: { id: config.tenantId },
          team: { id: where.team.id, name: where.team.name, aadGroupId: where.team.aadGroupId },
          channel: { id: where.channel.id, name: where.channel.name },
          teamsTeamId: where.team.id,
          teamsChannelId: where.channel.id,
        }
      : { tenant: { id: config.tenantId } },
  };
}

if (require.main === module) {
  main().catch((err: unknown) => fail(`npm run playground:say failed: ${err instanceof Error ? err.message : String(err)}`));
}
