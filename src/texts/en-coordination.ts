import type { CoordinationTexts } from './coordination-types';

const HOUR = 60 * 60 * 1000;

/** What coordinators read, in English; nl-coordination.ts has the same in Dutch. */
export const enCoordination: CoordinationTexts = {
  status: {
    title: 'Queue status',
    asOf: (moment) => `As of ${moment}. Counts and references only: nothing about children or families.`,
    ownQueueTitle: (team) => `Queue status of ${team}`,
    open: (acute, urgent, normal) => `Open: ${acute} acute, ${urgent} urgent, ${normal} normal`,
    statuses: (c) => `Not claimed ${c.new} · claimed ${c.claimed} · waiting for the signaller ${c.waiting} · withdrawn ${c.withdrawn} · closed ${c.closed}`,
    oldestUnclaimed: (age) => `Longest wait without anyone claiming it: ${age}`,
    noneUnclaimed: 'No signal is waiting to be claimed.',
    pastDeadline: (count) => (count === 1 ? '1 signal past its deadline, not claimed' : `${count} signals past their deadline, not claimed`),
    claimTimes: 'Claimed in the last 7 days',
    buckets: {
      'within-hour': 'within an hour',
      'within-working-day': 'within a working day',
      'within-3-working-days': 'within 3 working days',
      later: 'later',
    },
    transfers: (inCount, outCount) => `Transferred in the last 7 days: ${inCount} received, ${outCount} passed on`,
    showOverdue: (count) => `Late references (${count})`,
    stuckTitle: 'What is stuck',
    unlinked: (team, waiting) =>
      `${team}: no intake channel linked. ${waiting === 1 ? '1 signal is waiting' : `${waiting} signals are waiting`}. Ask the admin to link the channel ("link team …").`,
    failing: (team, age, failures) =>
      `${team}: a message has not arrived for ${age}${failures > 0 ? ` (${failures} failed ${failures === 1 ? 'attempt' : 'attempts'})` : ''}.`,
    nothingStuck: 'Nothing is stuck: every team has a channel and every message arrived.',
    hint: 'Type "monthly" and a month (e.g. "monthly 2026-11") for a month’s count; "my signals" for the signals you sent yourself.',
  },
  overdue: {
    title: (team, total) => `${team}: ${total === 1 ? '1 signal' : `${total} signals`} past the deadline, not claimed`,
    none: (team) => `${team}: no signals past their deadline.`,
    more: (count) => `… and ${count} more. The team sees them all with "wachtrij".`,
  },
  month: {
    title: (month) => `Monthly count ${month}`,
    fields: {
      in: 'Received',
      'transferred-in': 'Transferred from another team',
      'claimed-in-time': 'Claimed in time',
      'claimed-late': 'Claimed late',
      'closed:help-started': 'Closed: help started',
      'closed:handed-to-veilig-thuis': 'Closed: to Veilig Thuis',
      'closed:no-concerns': 'Closed: no concerns',
      'closed:other': 'Closed: other',
      'transferred-out': 'Transferred to another team',
      withdrawn: 'Withdrawn by the signaller',
    },
    nothing: 'No signals in this month.',
    usage: 'Type "monthly" with the month, for example "monthly 2026-11".',
  },
  refused:
    'The queue status is for coordinators, and for a team in its own intake channel. If you think you should see it, ask the admin to add you as a coordinator.',
  summaryTitle: (date) => `Daily summary ${date}`,
  link: {
    linked: (time) =>
      `This channel is now the coordinators’ channel. Every working day at ${time} the daily summary is posted here; type "status" for the figures now.`,
    notAdmin: 'Only an admin can link the coordinators’ channel.',
    sharedRefused: 'A shared channel cannot be the coordinators’ channel: people from other organisations read along. Choose a private channel.',
  },
  tab: {
    title: 'Wijkteam queues',
    updatedAt: (time) => `Updated at ${time}. Refreshes every minute. Counts only: nothing about children or families.`,
    loading: 'Fetching the figures…',
    outsideTeams:
      'Open this overview in Microsoft Teams: add it as a tab in the coordinators’ team. In an ordinary browser wijksignaal cannot tell who you are.',
    notCoordinator: 'This overview is for coordinators. Think you should see it? Ask the administrator to add you as a coordinator.',
    signInFailed: 'Signing in did not work. Close the tab and open it again; if it still fails, tell the administrator.',
    refreshFailed: (time) => `Refreshing did not work; these are the figures of ${time}. Trying again in a minute.`,
    loadFailed: 'The figures could not be fetched just now. Trying again in a minute.',
    noQueues: 'No wijkteams have been set up yet.',
    openByUrgency: 'Open, by urgency',
    urgencies: { acute: 'Acute', urgent: 'Urgent', normal: 'Normal' },
    byStatus: 'By status',
    statuses: { new: 'Not yet claimed', claimed: 'Claimed', waiting: 'Waiting for signaller', closed: 'Closed', withdrawn: 'Withdrawn' },
    unlinked: 'No intake channel linked: new signals are waiting.',
    stuckDelivery: (age, failures) =>
      `A message has not arrived for ${age}${failures > 0 ? ` (${failures} failed ${failures === 1 ? 'attempt' : 'attempts'})` : ''}.`,
    config: {
      heading: 'Wijkteam queues',
      explanation:
        'This tab shows per wijkteam how many signals are open, what is past its deadline and what is stuck. Only coordinators see the figures; others see an explanation. Choose Save to add it.',
      displayName: 'Queues',
    },
  },
  age: (ms) => {
    const hours = Math.floor(ms / HOUR);
    if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} min`;
    if (hours < 48) return `${hours} h ${Math.floor((ms % HOUR) / 60_000)} min`;
    return `${Math.floor(hours / 24)} days ${hours % 24} h`;
  },
};
