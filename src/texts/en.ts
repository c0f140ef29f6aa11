import { enCoordination } from './en-coordination';
import { CLOSE_NOTE_MAX } from '../domain';
import { formatMoment } from './dates';
import type { Texts } from './types';
import { enWork } from './en-work';
import { enSignaller } from './en-signaller';

/** English for users whose Teams works in English. Same keys as nl.ts; Dutch institutions keep their names. */
export const en: Texts = {
  safetyLine: 'Is someone in direct danger right now? Call 112. For advice or a report you can always reach Veilig Thuis: 0800-2000 (free, day and night).',
  welcome: [
    'Hello, I am wijksignaal.',
    'Are you worried about a child or a family? As a teacher, childcare worker or GP, I help you put that worry into words step by step, following the Meldcode (the Dutch reporting code). Then I bring your signal to the right neighbourhood team (wijkteam). You stay involved: the team lets you know what happens next.',
  ],
  helpHint: 'Type "start" to begin a signal, "my signals" to see the signals you sent, or "help" to see this message again.',
  startHint: 'Type "start" to begin a signal.',
  teamWelcome:
    'wijksignaal has been added to this team. Professionals send their signals in a 1:1 chat with the bot; an admin can link a channel of this team as a wijkteam intake channel.',
  storeDown: 'Something is out of order right now: your message was not saved. Please try again in a few minutes; your draft will still be there.',
  notUnderstood: 'I did not quite understand that. Type "start" to begin a signal, or "help" to see what I can do for you.',
  tenantRefused: 'Sorry, wijksignaal is not available for your organisation. Ask your IT administrator whether your organisation is connected.',

  dialog: {
    start: [
      'Thank you for sharing your worry. We will go through it together, step by step; it takes about ten minutes. You can type "back", "pause", "stop" or "help" at any time.',
      'Some Dutch terms you will meet: the **Meldcode** is the Dutch reporting code for domestic violence and child abuse that we follow; **Veilig Thuis** is the national advice and reporting centre for it; the **wijkteam** is the local team for youth and families that receives your signal; your **aandachtsfunctionaris** is your organisation’s designated safeguarding lead, at a school often the **intern begeleider** (special needs coordinator).',
    ].join('\n\n'),
    resumed: 'Welcome back. We continue where you left off.',
    alreadyDraft: 'You still have a draft signal. We continue with it. Want to start over? Type "stop".',
    noDraft: 'You have no saved draft. Type "start" to begin a signal.',
    draftExpired: 'Your previous draft has expired and was deleted: I keep a draft no longer than needed. Type "start" to begin again.',
    paused: (until) => `Your draft is saved until ${until}. Type "continue" to go on.`,
    help: 'At any time you can type: "back" (one question back), "pause" (save the draft, "continue" later), "stop" (discard the draft) or "help". In direct danger: call 112, or Veilig Thuis on 0800-2000.',
    stopConfirm: 'Are you sure you want to stop? Your draft will be deleted.',
    stopped: 'Your draft has been deleted. Nothing was sent. Type "start" if you want to begin again later.',
    stopCancelled: 'All right, let us continue.',
    backAtStart: 'This is the first question; there is nothing before it.',
    outdatedCard: 'That button belongs to an earlier question. This is the question we are at now:',
    resumeHint: 'You have a saved draft: type "continue" to go on.',
    cardNotActive: 'That button belongs to a signal that was already sent, stopped or paused. Nothing has changed.',
    alreadyBusy: 'We are already working on a signal. This is the question we are at:',
    worryHeard:
      'Thank you for sharing this. Is someone in direct danger right now? Then call 112. For advice or a report: Veilig Thuis, 0800-2000 (free, day and night). Do you want to record your worry step by step for the wijkteam? Type "start".',
    useOneOnOne: 'You give a signal in a 1:1 chat with wijksignaal, not in a channel. Open the chat with the bot and type "start" there.',
    alreadySent: (reference) => `This signal has already been sent (reference ${reference}). It was not sent again.`,
    dangerButton: 'Someone is in danger now',
    dangerConfirm: 'Is the child or someone else in direct danger right now?',
    acuteGuidance:
      'Call 112 now if there is direct danger. For advice or a report: Veilig Thuis, 0800-2000 (free, day and night). I am marking your signal as acute.',
    acuteOffer: 'Once direct safety is taken care of, you can record an acute signal for the wijkteam here: type "start".',
    postcodeUnknown: (pc4, team) =>
      `The postcode ${pc4} is in no wijkteam area I know. Is it right? Then your signal goes to ${team}, who pass it on to the right team.`,
    postcodeRight: 'Yes, the postcode is right',
    postcodeCorrect: 'No, I will correct it',
    safetyFirst: 'First this: is the child or someone else in direct danger right now? Then press the red button.',
    onlyWhen: {
      'steps.notTalked': 'Only if you have not talked with the parents or the child yet.',
      'afweging.canOrganiseHelp': 'Only with "No" or "I do not know" at question 2.',
      'afweging.helpAccepted': 'Only if you choose "Yes" at question 3.',
    },
    maxChars: (max) => `At most ${max} characters`,
    next: 'Next',
    fillCard: 'Fill in the fields on the card and press "Next".',
    guidanceLines: 'In direct danger: call 112. For advice or a report: Veilig Thuis, 0800-2000 (free, day and night).',
    afterDanger: 'Take care of safety first. Your draft is kept. Do you want to continue with the signal after that? Press the button or type "continue".',
    continueButton: 'Continue with the signal',
    useHeld: (question, typed) => `Earlier, at the question "${question}", you typed:\n\n"${typed}"\n\nDo you want to keep that as your answer?`,
    useHeldYes: 'Yes, keep this as my answer',
    useHeldNo: 'No, I will type it again',
    identifyingFound: (found) =>
      `This is an anonymous consultation, without names. Your answer contains something that can identify someone: ${found}. Please type your answer again without those details. Is it not a name or personal detail after all? Then press the button.`,
    identifyingReview: (question, typed, found) =>
      `Your signal is now an anonymous consultation, without names. Earlier, at the question "${question}", you typed:\n\n"${typed}"\n\nIt contains something that can identify someone: ${found}. Please type that answer again without those details. Is it not a name or personal detail after all? Then press the button.`,
    identifyingKinds: {
      name: 'name',
      phone: 'phone number',
      email: 'e-mail address',
      'postcode-address': 'postcode with house number',
      'date-of-birth': 'date of birth',
      bsn: 'citizen service number (BSN)',
    },
    keepAsIs: 'Not a name: keep it',
    yes: 'Yes',
    no: 'No',
    done: 'Done',
    noneOfThese: 'None of these / I do not know',
    chooseOne: 'Choose one of the buttons, or type the number of your choice.',
    chooseAtLeastOne: 'Choose at least one.',
    typeAnswer: (max) => `Type your answer in the chat (at most ${max} characters).`,
    hints: {
      empty: 'I have not received an answer yet. Type your answer in the chat.',
      tooLong: 'That answer is too long. Could you write it more briefly?',
      'postcode.empty': 'Type the family’s postcode, for example 1234 AB or just 1234.',
      'postcode.too-few-digits': 'A postcode has four digits, for example 1234 AB. Please try again.',
      'postcode.too-many-digits': 'A postcode has exactly four digits, for example 1234 AB. Please try again.',
      'postcode.starts-with-zero': 'A Dutch postcode does not start with 0. Please try again, for example 1234 AB.',
      'postcode.bad-letters': 'After the four digits come two letters (or none), for example 1234 AB. Please try again.',
      'postcode.not-a-postcode': 'That does not look like a postcode. Type four digits and optionally two letters, for example 1234 AB.',
      birthYear: 'Type the year of birth in four digits, for example 2016.',
      address: 'Type the postcode and house number, for example 1234 AB 12.',
      ages: 'Type the age of each child in digits (0 to 17), for example 3, 8, 14.',
      required: 'This has not been filled in yet.',
      choose: 'Choose one of the options.',
      atLeastOne: 'Choose at least one.',
    },
    groups: {
      L: 'Physical',
      K: 'The child’s behaviour',
      I: 'Parent-child interaction',
      O: 'Parents and family',
      S: 'Sexual abuse or exploitation',
      V: 'Reason for the kindcheck',
      household: 'Who lives in the family?',
      network: 'Who is in the child’s daily life?',
    },
  },

  q: {
    'signaller.profession': {
      prompt: 'What is your profession?',
      options: { leerkracht: 'Teacher', kinderopvang: 'Childcare worker', huisarts: 'GP (huisarts)' },
    },
    'signaller.organisation': {
      prompt: (v) =>
        v.profession === 'huisarts'
          ? 'Which practice do you work at?'
          : v.profession === 'kinderopvang'
            ? 'Which childcare centre do you work at?'
            : v.profession === 'leerkracht'
              ? 'Which school do you work at?'
              : 'Which school, childcare centre or practice do you work at?',
    },
    'signaller.aandachtsfunctionaris': {
      prompt: (v) =>
        v.profession === 'leerkracht'
          ? 'Have you already talked to your school’s aandachtsfunctionaris (safeguarding lead, for example the intern begeleider or care coordinator)?'
          : 'Have you already talked to your organisation’s aandachtsfunctionaris (safeguarding lead)?',
      options: { ja: 'Yes', nee: 'No, not yet' },
    },
    'route.kind': {
      prompt: 'What is your worry about?',
      options: {
        thuis: 'A child’s situation at home',
        medewerker: 'A colleague or staff member',
        'tussen-kinderen': 'Sexual behaviour between children',
        kindcheck: 'Kindcheck: an adult patient with children',
      },
    },
    'route.staff': { prompt: 'Is it about violence, or about a sexual offence?', options: { geweld: 'Violence', zeden: 'Sexual offence' } },
    'route.kindcheckReasons': { prompt: 'What is the reason for the kindcheck with your patient?' },
    'route.kindcheckChildren': { prompt: 'Does your patient care for children under 18, or do children live with them?', options: { ja: 'Yes', nee: 'No' } },
    'kindcheck.ages': {
      prompt: 'How old are the children who live with your patient or whom he or she cares for? Type the age of each child, for example 3, 8, 14.',
      note: 'I keep only each child’s age band, not the age.',
    },
    'kindcheck.seen': {
      prompt: 'Have you seen or spoken to the children yourself?',
      options: { ja: 'Yes', nee: 'No, only the parent' },
    },
    'child.ageBand': {
      prompt: (v) => (v.profession === 'huisarts' ? 'How old is the child (or the youngest child)?' : 'How old is the child?'),
      options: { '0-3': '0-3 years', '4-11': '4-11 years', '12-17': '12-17 years' },
    },
    'child.postcode': {
      prompt: 'What is the family’s postcode? Four digits are enough, for example 1234 or 1234 AB. I use it to find the right wijkteam.',
    },
    'child.household': {
      prompt: 'Who lives in the family? Only roles, no names.',
      options: {
        moeder: 'Mother',
        vader: 'Father',
        stiefouder: 'Step-parent or a parent’s partner',
        'broers-zussen': 'Brothers or sisters',
        grootouder: 'Grandparent',
        'andere-volwassene': 'Another adult',
      },
    },
    'signals.checklist': {
      prompt: 'Which signals have you seen? Tick what fits. A signal is not proof; it helps to map your worry.',
      note: 'Something missing? You can describe it in the next question.',
    },
    'signals.observation': { prompt: 'Describe what you saw or heard. Write down facts, as concretely as you can. Do not use names.' },
    'signals.when': { prompt: 'When was that? For example "Monday 16 November, at pick-up" or "the past weeks, several times".' },
    'signals.source': {
      prompt: 'Did you see or hear this yourself, or did someone tell you?',
      options: { zelf: 'I saw or heard it myself', verteld: 'Someone told me' },
    },
    'signals.disclosure': { prompt: 'Has the child told you themselves about violence or abuse at home?', options: { ja: 'Yes', nee: 'No' } },
    'signals.words': { prompt: 'What did the child say? Write it down as literally as you can, in the child’s own words. Do not use names.' },
    'steps.colleague': { prompt: 'The Meldcode asks you to consult a colleague. Have you done that?', options: { ja: 'Yes', nee: 'No, not yet' } },
    'steps.veiligThuis': { prompt: 'Have you already asked Veilig Thuis for advice?', options: { ja: 'Yes', nee: 'No, not yet' } },
    'steps.talked': {
      prompt: 'Have you talked about your worry with the parents or with the child?',
      options: { ouders: 'With the parents', kind: 'With the child', beiden: 'With both', 'nog-niet': 'Not yet' },
    },
    'steps.notTalked': {
      prompt: 'Why have you not talked with them yet?',
      options: {
        'unsafe-child': 'It could put the child in danger',
        'unsafe-others': 'It could put me or others in danger',
        'trust-relationship': 'It could harm the relationship of trust',
        'not-yet-possible': 'I have not got round to it yet',
      },
    },
    'afweging.suspicion': {
      prompt: 'Now the weighing (afwegingskader). Question 1: with everything you know now, do you suspect domestic violence or child abuse?',
      options: { ja: 'Yes', twijfel: 'I am in doubt', nee: 'No' },
    },
    'afweging.unsafety': {
      prompt:
        'Question 2: is there acute or structural unsafety? Acute: the child is in danger now or soon. Structural: it happens more often or has lasted a long time.',
      note: (v) => (v.disclosure ? 'The child has told you about violence or abuse themselves. That weighs heavily and points towards a report.' : ''),
      options: { acute: 'Yes, acute unsafety', structural: 'Yes, structural unsafety', no: 'No', unsure: 'I do not know' },
    },
    'afweging.canOrganiseHelp': {
      prompt: 'Question 3: can you, together with the wijkteam, offer or organise adequate help?',
      options: { ja: 'Yes', nee: 'No' },
    },
    'afweging.helpAccepted': {
      prompt: 'Question 4: do those involved (the parents, and the child where possible) accept that help?',
      options: { yes: 'Yes', no: 'No', unknown: 'I do not know yet' },
    },
    'consent.mode': {
      prompt:
        'How do you want to give the signal to the wijkteam? In an anonymous consultation you share no names: only age, postcode (4 digits) and what you saw. In a hand-over you also share the family’s details; that needs consent.',
      options: { consultation: 'Anonymous consultation', handover: 'Hand-over with details' },
    },
    'consent.sixteen': { prompt: 'Is the young person 16 or 17?', options: { ja: 'Yes, 16 or 17', nee: 'No, 12 to 16' } },
    'consent.parents': {
      prompt: 'Have the parents with parental authority consented to giving the child’s and the family’s details to the wijkteam?',
      options: { ja: 'Yes', nee: 'No, or not asked yet' },
    },
    'consent.child': {
      prompt: (v) => (v.band === '12-17' ? 'Has the young person consented?' : 'Has the child consented?'),
      options: { ja: 'Yes', nee: 'No, or not asked yet' },
    },
    'consent.parentsInformed': { prompt: 'Do the parents know that you are giving this signal to the wijkteam?', options: { ja: 'Yes', nee: 'No' } },
    'identity.childName': { prompt: 'What is the child’s first name, or initials?' },
    'identity.birthYear': { prompt: 'What is the child’s year of birth? For example 2016.' },
    'identity.address': { prompt: 'What are the family’s postcode and house number? For example 1234 AB 12.' },
    'identity.parentsContact': { prompt: 'How can the wijkteam reach the parents? For example a phone number or e-mail address.' },
    'network.roles': {
      prompt: 'Who in the child’s daily life could help? These people are often the most important protection. Roles, no names.',
      options: {
        grootouder: 'Grandparent',
        familielid: 'Other relative',
        buren: 'Neighbours',
        sportcoach: 'Sports coach or club trainer',
        'leerkracht-mentor': 'Teacher or mentor',
        'vrienden-gezin': 'Friends of the family',
        geloofsgemeenschap: 'Someone from a faith community',
        onbekend: 'I do not know',
      },
    },
    'network.contact': {
      prompt: 'Will you stay involved? May the wijkteam contact you with questions about this signal?',
      options: { ja: 'Yes, they may contact me', nee: 'No, I would rather not' },
    },
  },

  notices: {
    suspicionDoubt:
      'Being in doubt is quite normal. Ask Veilig Thuis for advice (0800-2000, also anonymously); they will think along with you. We continue with the weighing.',
    gpMustAskVeiligThuis:
      'As a GP you always ask Veilig Thuis for advice in this step; it is part of the KNMG reporting code. You can do so anonymously: call 0800-2000 (free, day and night). You can still finish your signal here.',
    veiligThuisAdvice: 'In doubt? Veilig Thuis is glad to think along, also anonymously: 0800-2000 (free, day and night).',
    disclosureWeighs:
      'Thank you for recording this. When a child tells you about violence themselves, that weighs heavily. Many sectors then advise a report to Veilig Thuis; we come back to this in the weighing.',
    disclosureNoSuspicion:
      'Please note: the child has told you something themselves. That weighs heavily, even if you have no suspicion now. In doubt, consult Veilig Thuis: 0800-2000 (free, also anonymously).',
    consentMissing: (who) =>
      `A hand-over with details needs the consent of ${who}. That is not there (yet), so I am making this an anonymous consultation, without names. A report to Veilig Thuis is allowed without consent.`,
    consentWho: {
      parents: 'the parents with parental authority',
      child: 'the child',
      both: 'the parents with parental authority and the young person',
      youngPerson: 'the young person',
    },
    consultationNoNames: 'Do not use names in your answers: this is an anonymous consultation.',
  },

  outcome: {
    'close-and-record': 'There is no suspicion. Record your weighing in your own file.',
    'report-veilig-thuis': 'A report to Veilig Thuis is the norm here (the meldnorm), because adequate help cannot be organised now or is not accepted.',
    'help-via-wijkteam': 'Help through the wijkteam. The wijkteam looks at what is needed, together with you and the family.',
    'report-and-help': 'There is unsafety, so a report to Veilig Thuis is the norm (the meldnorm). The wijkteam can help alongside.',
    reportAndHelpUnsure:
      'You do not know whether the child is safe, and the child has told you about violence or abuse themselves. Then a report to Veilig Thuis is the norm (the meldnorm). The wijkteam can help alongside.',
    heading: 'The outcome of your weighing',
    meldnorm: 'Make the report to Veilig Thuis on 0800-2000 (free, day and night). A report is allowed without the parents’ consent.',
    stillToWijkteam: 'Your signal can also go to the wijkteam, so they can help. That does not replace the report.',
    followUp: (date) => `Later the wijkteam will ask whether the help leads to lasting safety (question 5 of the weighing). That will be around ${date}.`,
  },
  urgency: { acute: 'acute', urgent: 'priority', normal: 'normal' },

  ends: {
    'acute-no-record':
      'All right. Call 112 in direct danger, or Veilig Thuis on 0800-2000. You can always record a signal later: type "start". Nothing has been stored.',
    'staff-violence': (v) =>
      v.profession === 'kinderopvang'
        ? 'A suspicion of violence by a staff member is not a signal for the wijkteam. It is a matter for the employer: report it at once to the owner (houder) or your manager. The owner consults the vertrouwensinspecteur (0900-111 3 111). I am not recording anything about this.'
        : 'A suspicion of violence by a staff member is not a signal for the wijkteam. It is a matter for the employer: report it at once to the head or the school board. The board can consult the vertrouwensinspecteur (0900-111 3 111). I am not recording anything about this.',
    'staff-sexual': (v) =>
      v.profession === 'kinderopvang'
        ? 'For a suspected sexual offence by a staff member there is a legal duty: inform the owner (houder) at once. The owner consults the vertrouwensinspecteur (0900-111 3 111) straight away and reports it to the police if there is a reasonable suspicion. This is not a signal for the wijkteam; I am not recording anything about this.'
        : 'For a suspected sexual offence by a staff member there is a legal duty: inform the school board at once. The board consults the vertrouwensinspecteur (0900-111 3 111) straight away and reports it to the police if there is a reasonable suspicion. This is not a signal for the wijkteam; I am not recording anything about this.',
    'between-children':
      'Sexual behaviour between children has its own route in childcare: follow your organisation’s protocol and consult your aandachtsfunctionaris. This is not a signal for the wijkteam; I am not recording anything about this.',
    'kindcheck-no-children': 'Then there is no child to signal about. Record the kindcheck in the patient file. Nothing has been stored.',
    'no-suspicion':
      'There is no suspicion now. Record your weighing and the signals in your own file, and stay alert. If something changes you can always start again with "start". Nothing was sent.',
  },

  summary: {
    title: 'Check your signal',
    intro: 'Is everything right? "Change" lets you adjust a part. "Send" gives the signal to the wijkteam.',
    send: 'Send',
    change: 'Change',
    stop: 'Stop',
    sections: {
      signaller: 'You',
      route: 'Kind of worry',
      child: 'Child and family',
      signals: 'Signals',
      steps: 'Meldcode so far',
      afweging: 'Weighing',
      consent: 'Consultation or hand-over',
      network: 'Network',
    },
    labels: {
      profession: 'Profession',
      organisation: 'Organisation',
      aandachtsfunctionaris: 'Talked to aandachtsfunctionaris',
      route: 'Worry about',
      kindcheck: 'Reason for kindcheck',
      ageBand: 'Age',
      postcode: 'Postcode',
      household: 'Family',
      checklist: 'Signals ticked',
      observation: 'What you saw or heard',
      when: 'When',
      source: 'Source',
      disclosure: 'Child disclosed',
      words: 'The child’s words',
      colleague: 'Consulted a colleague',
      veiligThuis: 'Advice from Veilig Thuis',
      talked: 'Talked with',
      notTalked: 'Reason not talked',
      suspicion: 'Suspicion',
      outcome: 'Outcome',
      urgency: 'Urgency',
      followUp: 'Follow-up around',
      mode: 'Form',
      consentParents: 'Parents’ consent',
      consentChild: 'Child’s consent',
      parentsInformed: 'Parents know',
      childName: 'Child',
      birthYear: 'Year of birth',
      address: 'Address',
      parentsContact: 'Parents reachable via',
      notIdentifying: 'Note',
      network: 'Network',
      contact: 'Wijkteam may contact you',
      team: 'Goes to',
      acute: 'Acute',
    },
    none: 'none',
    sent: (reference, team) => `Your signal has been sent to ${team}. Your reference is ${reference}; mention it when you are in touch about this signal.`,
    whatNext: (meldnorm, contact) =>
      [
        'What happens now? The wijkteam takes up your signal and lets you know what they do with it.',
        contact ? 'They can ask you a question through this chat.' : 'You said you would rather not be contacted; you will still hear when something changes.',
        meldnorm ? 'Do not forget the report to Veilig Thuis: 0800-2000. The wijkteam signal does not replace it.' : '',
        'Also record your signal and your weighing in your own file.',
      ]
        .filter(Boolean)
        .join(' '),
    keptDespiteCheck: (found) => `You said these are not names or personal details: ${found}.`,
    modes: { consultation: 'Anonymous consultation (no names)', handover: 'Hand-over with details' },
  },

  intake: {
    cardActions: {
      detailsNeedsNewerTeams:
        'A signal’s details can only be shown to you alone in an up-to-date Teams app; this version would show them to the whole channel.',
      wrongChannel: 'This card belongs to the intake channel of another wijkteam. It cannot be used here; this has been recorded.',
      notFound: 'This signal is no longer there (it may have been cleaned up).',
      outdated: 'This card was out of date. Here is how things stand now.',
      chooseOutcome: 'Choose an outcome to close.',
      writeQuestion: 'First write your question to the signaller.',
    },
    signallerUpdates: {
      claim: (reference, team) => `Good news: ${team} has taken up your signal ${reference}. They will let you know if they want to ask you something.`,
      close: (reference, team, outcome) => `${team} has closed your signal ${reference}. Outcome: ${outcome}. Thank you for sharing your worry.`,
      reopen: (reference, team) => `${team} has reopened your signal ${reference} and is working on it again.`,
    },
    signallerQuestions: {
      title: (reference) => `Question about your signal ${reference}`,
      intro: (team) => `${team} has a question about your signal. Answer it below; your answer goes to ${team} only.`,
      questionLabel: 'The question',
      answerLabel: (max) => `Your answer (at most ${max} characters)`,
      answerPlaceholder: 'Type your answer here',
      answerRequired: 'Type your answer.',
      noNames: 'Your signal is an anonymous consultation: do not name the child or the family.',
      send: 'Send answer',
      thanks: (team) => `Thank you, your answer has been passed on to ${team}.`,
      writeAnswer: (max) => `First type your answer in the field on the card (at most ${max} characters), then press "Send answer".`,
      alreadyAnswered: 'This question has already been answered or is no longer open. Nothing has changed.',
      notYours: 'This question was asked to someone else. Your answer has not been passed on.',
      notFound: 'I cannot find this question any more. Nothing has been passed on.',
      dangerHeld:
        'You write about danger, so your answer has not been passed on yet. Is there no direct danger right now? Then press the button below, and your answer goes to the wijkteam after all.',
      sendAnyway: 'No direct danger right now: send my answer',
      identifyingHeld: (found) =>
        `This signal is an anonymous consultation, without names. Your answer contains something that can identify someone: ${found}. Your answer has not been passed on yet. Change it in the question above and send it again. Is it not a name or personal detail after all? Then press the button.`,
      sendAsIs: 'Not a name: send it',
    },
    channel: {
      linked: (team) =>
        `This channel is now the intake channel of ${team}. New signals for ${team} appear here as cards. Preferably use a private channel, so only the intake team sees the signals.`,
      unlinked: (team) => `This channel is no longer the intake channel of ${team}. New signals for ${team} wait until a channel is linked again.`,
      notLinked: 'This channel is not linked to any wijkteam.',
      which: (team) => `This channel is the intake channel of ${team}.`,
      notAdmin: 'Only an admin can link or unlink a channel. Ask your admin to do this.',
      unknownTeam: (typed, known) => `I do not know a wijkteam "${typed}". Known wijkteams: ${known}.`,
      help: 'In an intake channel an admin can type: "@wijksignaal link team <name>" or "@wijksignaal unlink". "@wijksignaal which team" shows which wijkteam this channel is linked to.',
    },
    signalCard: {
      language: 'en',
      title: (reference, urgency) => `Signal ${reference} · ${urgency}`,
      acuteMarker: 'ACUTE',
      facts: {
        urgency: 'Urgency',
        ageBand: 'Age',
        postcode: 'Postcode',
        deadline: 'Take up by',
        afweging: 'Weighing',
        mode: 'Form',
        status: 'Status',
      },
      ageBands: { '0-3': '0-3 years', '4-11': '4-11 years', '12-17': '12-17 years' },
      postcodeOutsideAreas: (pc4) => `${pc4} (in no wijkteam's area)`,
      afweging: {
        'close-and-record': 'no suspicion, record in own file',
        'report-veilig-thuis': 'report to Veilig Thuis advised',
        'help-via-wijkteam': 'help through the wijkteam',
        'report-and-help': 'report to Veilig Thuis advised, and help from the wijkteam',
      },
      afwegingInDoubt: (outcome) => `${outcome} (in doubt about the suspicion)`,
      modes: {
        consultation: 'anonymous consultation',
        consultationAfterRefusal: 'anonymous consultation (consent for a hand-over was missing)',
        handover: 'hand-over with consent',
      },
      status: {
        new: 'new, not yet taken up',
        claimed: (who, when) => `taken up by ${who}, ${when}`,
        waiting: (who, since) => `waiting for the signaller's answer; asked by ${who}, ${since}`,
        closed: (who, when, outcome) => `closed by ${who}, ${when}: ${outcome}`,
      },
      statusNames: {
        new: 'new',
        claimed: 'taken up',
        'waiting-for-signaller': 'waiting for signaller',
        closed: 'closed',
        transferred: 'transferred',
        withdrawn: 'withdrawn',
      },
      someone: 'a colleague',
      closeOutcomes: {
        'help-started': 'help started by the wijkteam',
        'handed-to-veilig-thuis': 'handed to Veilig Thuis',
        'no-concerns': 'no concerns after contact',
        other: 'other',
      },
      actions: {
        details: 'Details',
        claim: "I'll take this",
        ask: 'Ask the signaller',
        noContact: 'No questions: the signaller does not want to be contacted',
        noContactTooltip: 'The signaller said they do not want to be contacted. You cannot send them a question through wijksignaal.',
        close: 'Close',
        reopen: 'Reopen',
        back: 'Back to the card',
      },
      details: {
        title: (reference) => `Signal ${reference}: all details`,
        onlyYou: 'Only visible to you; your viewing has been recorded.',
        olderQuestionsLeftOut: (count) =>
          count === 1 ? 'The oldest question no longer fits on this card.' : `The ${count} oldest questions no longer fit on this card.`,
        sections: {
          signaller: 'Signaller',
          route: 'Kind of worry',
          child: 'Child and family',
          signals: 'Signals',
          steps: 'Meldcode so far',
          afweging: 'Weighing',
          consent: 'Consultation or hand-over',
          identity: 'Family details (hand-over)',
          network: 'Network',
          questions: 'Questions to the signaller',
          handling: 'Handling',
        },
        labels: {
          profession: 'Profession',
          organisation: 'Organisation',
          aandachtsfunctionaris: 'Talked to aandachtsfunctionaris',
          contact: 'May be contacted',
          route: 'Worry about',
          kindcheck: 'Reason for kindcheck',
          ageBand: 'Age',
          sixteenOrOlder: '16 or 17 years old',
          postcode: 'Postcode (4 digits)',
          household: 'Family',
          checklist: 'Signals ticked',
          observation: 'What the signaller saw or heard',
          when: 'When',
          source: 'Source',
          disclosure: 'Child disclosed',
          words: "The child's words",
          colleague: 'Consulted a colleague',
          veiligThuis: 'Asked Veilig Thuis for advice',
          talked: 'Talked with',
          notTalked: 'Reason not talked',
          outcome: 'Outcome',
          urgency: 'Urgency',
          acute: 'Acute (direct danger named)',
          meldnorm: 'Meldnorm applies',
          reasons: 'Why',
          suspicion: '1. Suspicion',
          unsafety: '2. Acute or structural unsafety',
          canOrganiseHelp: '3. Adequate help can be organised',
          helpAccepted: '4. Help accepted',
          followUp: 'Follow-up question (question 5) around',
          mode: 'Form',
          consentParents: "Parents' consent",
          consentChild: "Child's consent",
          parentsInformed: 'Parents know about the signal',
          handoverRefused: 'Hand-over asked for, consent missing',
          childName: 'Child (first name or initials)',
          birthYear: 'Year of birth',
          address: 'Postcode and house number',
          parentsContact: 'Parents reachable via',
          network: 'People around the child',
          team: 'Wijkteam',
          status: 'Status',
          phase: 'Phase',
          closeOutcome: 'Closed with',
          closeNote: 'Note on closing',
          question: 'Question',
          answer: "The signaller's answer",
          noAnswerYet: 'no answer yet',
        },
        values: {
          yes: 'yes',
          no: 'no',
          unknown: 'unknown',
          none: 'none',
          notNeeded: 'not needed',
          given: 'given',
          notGiven: 'not given',
          notAsked: 'not asked',
          viaAandachtsfunctionaris: 'yes, the aandachtsfunctionaris (see Signaller)',
        },
        professions: { leerkracht: 'teacher', kinderopvang: 'childcare worker', huisarts: 'GP' },
        routes: { home: "a child's home situation", kindcheck: 'kindcheck: an adult patient with children' },
        household: {
          moeder: 'mother',
          vader: 'father',
          stiefouder: "step-parent or a parent's partner",
          'broers-zussen': 'brothers or sisters',
          grootouder: 'grandparent',
          'andere-volwassene': 'other adult',
        },
        network: {
          grootouder: 'grandparent',
          familielid: 'other relative',
          buren: 'neighbours',
          sportcoach: 'sports coach or club trainer',
          'leerkracht-mentor': 'teacher or mentor',
          'vrienden-gezin': 'friends of the family',
          geloofsgemeenschap: 'someone from the faith community',
          onbekend: 'the signaller does not know',
        },
        source: { 'first-hand': 'saw or heard it first-hand', told: 'was told by someone' },
        talkedWith: { parents: 'the parents', child: 'the child', both: 'the parents and the child', 'not-yet': 'not yet' },
        notTalked: {
          'unsafe-child': 'it could put the child in danger',
          'unsafe-others': 'it could put the signaller or others in danger',
          'trust-relationship': 'it could harm the relationship of trust',
          'not-yet-possible': 'it has not happened yet',
        },
        suspicion: { yes: 'yes', doubt: 'in doubt', no: 'no' },
        unsafety: { acute: 'yes, acute', structural: 'yes, structural', no: 'no', unsure: 'the signaller does not know' },
        helpAccepted: { yes: 'yes', no: 'no', unknown: 'not known yet' },
        reasons: {
          'no-suspicion': 'no suspicion',
          'suspicion-doubt': 'in doubt about the suspicion',
          'acute-danger': 'direct danger named',
          'acute-unsafety': 'acute unsafety',
          'structural-unsafety': 'structural unsafety',
          'unsure-about-safety': 'doubt about safety',
          'cannot-organise-help': 'adequate help cannot be organised',
          'help-refused': 'help not accepted',
          'help-acceptance-unknown': 'not known whether help is accepted',
          disclosure: 'the child disclosed',
        },
        phases: { 'directe-veiligheid': 'direct safety', 'stabiele-veiligheid': 'stable safety', herstel: 'recovery' },
      },
      close: {
        title: (reference) => `Close signal ${reference}`,
        outcomeLabel: 'How are you closing the signal?',
        outcomeRequired: 'Choose how you are closing the signal.',
        noteLabel: (max) => `Note (needed with "other", at most ${max} characters)`,
        notePlaceholder: 'Short, and without names',
        confirm: 'Close',
        cancel: 'Cancel',
      },
      ask: {
        title: (reference) => `Question for the signaller of ${reference}`,
        intro: 'The signaller gets your question in their chat with wijksignaal, with the reference. Do not use names.',
        questionLabel: (max) => `Your question (at most ${max} characters)`,
        questionPlaceholder: 'For example: since when have you seen this?',
        questionRequired: 'Type your question.',
        send: 'Send question',
        cancel: 'Cancel',
        noContact: 'The signaller said they do not want to be contacted. You cannot send them a question through wijksignaal.',
      },
      acuteMention: (reference) => `acute signal ${reference}: can someone take this up right away?`,
      reminder: (reference) => `Acute signal ${reference} has not been taken up yet. Who takes it? In direct danger: call 112.`,
      answerPosted: 'The signaller has answered — see Details.',
    },
    work: enWork,
    refusal: ({ reason, verb }, state) => {
      const who = (actor?: { name: string }) => actor?.name ?? 'a colleague';
      const closed = `This signal was already closed by ${who(state.closedBy)}${state.closedAt ? ` (${formatMoment(state.closedAt, 'en')})` : ''}.`;
      switch (reason) {
        case 'already-closed':
          return {
            claim: `${closed} Reopen it if you want to continue with it.`,
            ask: `${closed} Reopen it to ask the signaller a question.`,
            answer: `${closed} The answer is no longer needed.`,
            close: closed,
            reopen: closed,
            unclaim: closed,
            'take-over': `${closed} Reopen it if you want to continue with it.`,
            transfer: `${closed} A closed signal is not transferred; reopen it first.`,
            receive: closed,
            withdraw: closed,
            acknowledge: closed,
          }[verb];
        case 'already-claimed-by-you':
          return verb === 'take-over' ? 'You have this signal already; no need to take it over.' : 'You have already taken this up.';
        case 'transferred':
          return 'This signal was transferred to another wijkteam. Nothing can be done with it here any more.';
        case 'not-transferred':
          return 'This signal was not transferred.';
        case 'withdrawn':
          return 'The signaller withdrew this signal. Nothing is left to do but "Seen".';
        case 'not-withdrawn':
          return 'This signal was not withdrawn.';
        case 'already-acknowledged':
          return 'A colleague has already seen the withdrawal.';
        case 'already-claimed':
          return `This signal was already taken up by ${who(state.claimedBy)}${state.claimedAt ? ` (since ${formatMoment(state.claimedAt, 'en')})` : ''}.`;
        case 'not-claimed':
          return verb === 'ask'
            ? 'Take the signal up first; then you can ask the signaller a question.'
            : verb === 'close'
              ? 'Take the signal up first; then you can close it.'
              : 'Nobody has taken this signal up. Just take it up.';
        case 'question-pending':
          return verb === 'unclaim'
            ? 'A question to the signaller is open. Give the signal back once the answer is in, or let a colleague take it over.'
            : 'A question to the signaller is still open. Wait for the answer first.';
        case 'no-question-pending':
          return 'No question to the signaller is open.';
        case 'other-question':
          return 'This answer belongs to another question than the one that is open.';
        case 'not-closed':
          return 'This signal is not closed, so there is nothing to reopen.';
        case 'not-the-claimer':
          return verb === 'ask'
            ? `Only ${who(state.claimedBy)}, who took this signal up, can ask the signaller a question.`
            : verb === 'close'
              ? `Only ${who(state.claimedBy)}, who took this signal up, can close it.`
              : verb === 'unclaim'
                ? `Only ${who(state.claimedBy)}, who took this signal up, can give it back. Take it over if ${who(state.claimedBy)} is away.`
                : `Only ${who(state.claimedBy)}, who took this signal up, can do this.`;
        case 'note-required':
          return "If you choose 'other', add a short note.";
        case 'note-too-long':
          return `The note is too long: at most ${CLOSE_NOTE_MAX} characters.`;
        case 'malformed-command':
          return 'This action is incomplete. Try again from the card.';
      }
    },
  },
  mine: enSignaller,
  coordination: enCoordination,
};
