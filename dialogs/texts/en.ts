import type { Texts } from './nl';

export const en: Texts = {
  safetyLine:
    'Is someone in direct danger right now? Call 112. For advice or a report you can always reach Veilig Thuis: 0800-2000 (free, day and night).',
  welcome: [
    'Hello, I am wijksignaal.',
    'Are you worried about a child or a family? As a teacher, childcare worker or GP, I help you put that worry into words step by step, following the Meldcode (the Dutch reporting code). Then I bring your signal to the right neighbourhood team (wijkteam). You stay involved: the team lets you know what happens next.',
  ],
  helpHint: 'Type "help" to see this message again.',
  teamWelcome:
    'wijksignaal has been added to this team. Professionals send their signals in a 1:1 chat with the bot; an admin can link a channel of this team as a wijkteam intake channel.',
  notUnderstood: 'I did not quite understand that. Type "help" to see what I can do for you.',
  tenantRefused: 'Sorry, wijksignaal is not available for your organisation. Ask your IT administrator whether your organisation is connected.',
};
