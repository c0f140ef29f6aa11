export const COMMANDS = {
  help: ['hulp', 'help', '?', 'menu'],
  start: ['start', 'begin', 'signaal', 'nieuw signaal', 'new signal', 'signal'],
  stop: ['stop', 'annuleren', 'cancel', 'stoppen'],
  pause: ['pauze', 'pause'],
  resume: ['verder', 'continue', 'doorgaan', 'resume'],
  back: ['terug', 'back', 'vorige'],
} as const;

export type Command = keyof typeof COMMANDS;

const BY_WORD = new Map<string, Command>(
  (Object.entries(COMMANDS) as Array<[Command, readonly string[]]>).flatMap(([command, words]) => words.map((w) => [w, command] as const)),
);

/**
 * A command counts only as the whole message ("vader riep stop" is a description, not "stop"). Case, surrounding
 * spaces and a trailing full stop or exclamation mark do not matter.
 */
export function commandOf(text: string | undefined): Command | undefined {
  const normalised = (text ?? '')
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ');
  return BY_WORD.get(normalised);
}
