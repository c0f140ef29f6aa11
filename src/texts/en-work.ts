import type { IntakeWorkTexts } from './types';

/** English words of intake's daily work; src/texts/nl-work.ts has the same in Dutch. */
export const enWork: IntakeWorkTexts = {
  worklist: {
    title: (team, total) => `Queue ${team}: ${total} open ${total === 1 ? 'signal' : 'signals'}`,
    empty: (team) => `The queue of ${team} is empty: there are no open signals.`,
    page: (from, to, total) => `${from}-${to} of ${total}, oldest first`,
    overdue: 'overdue',
    nobody: 'nobody yet',
    next: 'Next',
    previous: 'Previous',
    notLinked: 'This channel is not linked to a wijkteam, so there is no queue here. An admin links it with "@wijksignaal link team <name>".',
  },
  find: {
    usage: 'Type "find" with the reference the signaller gives, for example: @wijksignaal find WS-2026-000123',
    notFound: (reference) => `I cannot find signal ${reference} in this wijkteam's queue. Check the reference.`,
    otherTeam: (reference) => `Signal ${reference} belongs to another wijkteam. It cannot be viewed here.`,
  },
  overdueMark: 'OVERDUE: not taken up in time',
  transfer: {
    button: 'Transfer',
    title: (reference) => `Transfer signal ${reference} to another wijkteam`,
    intro:
      'The other wijkteam gets a new card with the same deadline. Your team can no longer view the signal afterwards. The signaller hears which wijkteam has it now.',
    teamLabel: 'To which wijkteam?',
    reasonLabel: 'Why?',
    reasons: {
      'other-area': "The postcode is in that wijkteam's area",
      'unknown-postcode': 'The postcode was in no area; this wijkteam is the right one',
      expertise: 'That wijkteam has the right expertise',
      other: 'Other',
    },
    noteLabel: (max) => `Note for the other wijkteam (optional; at most ${max} characters)`,
    notePlaceholder: 'Shown only in Details, not in the channel',
    confirm: 'Transfer',
    cancel: 'Cancel',
    chooseTeam: 'Choose the wijkteam the signal should go to.',
    chooseReason: 'Choose why you transfer the signal.',
    sameTeam: 'The signal is already with this wijkteam. Choose another one.',
    noOtherTeam: 'There is no other wijkteam to transfer the signal to.',
    status: (team, when) => `transferred to ${team}, ${when}`,
    toSignaller: (reference, from, to) => `${from} has transferred your signal ${reference} to ${to}, who now take it on. Your reference stays ${reference}.`,
    detailsGone: (team) => `This signal was transferred to ${team}. Only ${team} can view its details now.`,
  },
  unclaim: { button: 'Give back' },
  takeOver: {
    button: 'Take over',
    title: (reference, who) => `Take over signal ${reference} from ${who}`,
    reasonLabel: 'Why do you take it over?',
    reasons: { absent: 'Colleague is absent or ill', workload: 'Sharing the work', expertise: 'Expertise', other: 'Other' },
    confirm: 'Take over',
    cancel: 'Cancel',
    chooseReason: 'Choose why you take the signal over.',
    notice: (reference, who, reason) => `Signal ${reference} was taken over by ${who} (${reason}).`,
  },
  phase: {
    button: 'Phase',
    title: (reference) => `Phase of signal ${reference}`,
    label: 'In which phase are you working with the family?',
    confirm: 'Save',
    cancel: 'Cancel',
    choose: 'Choose a phase.',
    fact: 'Phase',
  },
  history: {
    section: 'History',
    verbs: {
      claim: 'taken up',
      ask: 'question sent to the signaller',
      answer: "signaller's answer",
      close: 'closed',
      reopen: 'reopened',
      unclaim: 'given back',
      'take-over': 'taken over',
      transfer: 'transferred',
      receive: 'received from another wijkteam',
    },
    line: (what, who, when, extra) => `${when}: ${what} by ${who}${extra ? ` (${extra})` : ''}`,
    transferSection: 'Transfers',
    transferLine: (from, to, reason) => `From ${from} to ${to}: ${reason}`,
    transferNote: 'Note with the transfer',
  },
  copy: {
    button: 'Copy for our records',
    title: (reference) => `Signal ${reference} for your own records`,
    intro: 'Select the text and copy it into your registration system. Only you see this; that you asked for it is recorded.',
    label: 'Text to copy',
  },
  duty: {
    show: (team, names) => `On duty for acute signals of ${team}: ${names}. Change: "@wijksignaal duty @name @name", clear: "@wijksignaal duty nobody".`,
    none: (team) => `Nobody is on duty for acute signals of ${team}. Set who is with "@wijksignaal duty @name" (mention one or more colleagues).`,
    set: (team, names) => `On duty for acute signals of ${team} is now: ${names}. They are mentioned with every acute signal and every reminder.`,
    cleared: (team) => `Nobody is on duty for acute signals of ${team} any more. Acute cards then mention nobody.`,
    usage: 'Mention the colleagues with an @, for example: "@wijksignaal duty @Eva Jansen". "@wijksignaal duty nobody" clears the list.',
  },
  privacy: {
    sharedRefused:
      'This is a shared channel: people from outside your organisation may be in it. Signals only go to a private channel of the intake team. The channel was not linked.',
    standardWarning: (team, confirm) =>
      `Note: this is a standard channel. Everyone in the team sees the signal cards there, not only the intake team. A private channel is better. Link this channel to ${team} anyway? Then type: @wijksignaal ${confirm}`,
    unknownTypeWarning: (team, confirm) =>
      `I cannot tell whether this is a private channel. If it is a standard channel, everyone in the team sees the signal cards. Sure this is the intake team's private channel? Then type, to link it to ${team}: @wijksignaal ${confirm}`,
  },
  whenLooked: {
    now: (team, deadline) => `${team} is open now. The signal will be taken up by ${deadline} at the latest.`,
    later: (team, opening, deadline) => `${team} is closed now and looks at it from ${opening}; it will be taken up by ${deadline} at the latest.`,
    acuteOutOfHours:
      'The wijkteam is closed now. If there is immediate danger, call 112. For advice or a report, call Veilig Thuis now: 0800-2000 (day and night, free).',
  },
  help: [
    'How to work a signal. On the card: "Take up" puts your name on it; "Ask signaller" sends the signaller a question; "Close" with an outcome. Under "…" you find "Give back", "Take over" (from an absent colleague) and "Transfer" (to another wijkteam). "Details" is only for you: all of the signal, its history, the phase and a text for your own records.',
    'Type in this channel: "@wijksignaal queue" for the open signals, "@wijksignaal find WS-2026-000123" to find a signal, "@wijksignaal duty" for who is on duty for acute signals.',
    'An admin links the channel with "@wijksignaal link team <name>" or "@wijksignaal unlink"; "@wijksignaal which team" shows which wijkteam it is linked to.',
  ].join('\n\n'),
};
