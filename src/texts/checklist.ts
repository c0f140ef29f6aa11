import type { Language } from './types';

/**
 * The checklist's labels, per code (see src/domain/signal-checklist.ts for the codes and what they mean): from public
 * Dutch signal lists in our own words; not an official list and no diagnosis. `code | Dutch | English`.
 */
const TABLE = `
  0-3.L.01 | Blauwe plek bij niet-kruipende baby | Bruise, pre-mobile baby
  0-3.L.02 | Letsel op oor, hals of romp | Injury at unusual site
  0-3.L.03 | Brandwond, beet of breuk zonder uitleg | Unexplained burn/bite/fracture
  0-3.L.04 | Groeit slecht of ondervoed | Poor growth, malnourished
  0-3.L.05 | Vies, ruikt, ernstige luieruitslag | Dirty, smelly, severe nappy rash
  0-3.L.06 | Medische zorg of controles gemist | Missed care/check-ups
  0-3.L.07 | Komt hongerig binnen, geen voeding of luiers mee | Arrives hungry, no food or nappies brought
  0-3.L.08 | Kleding niet passend bij weer of maat | Clothing wrong for weather or size
  0-3.K.01 | Passief, lusteloos, speelt weinig | Passive, little play
  0-3.K.02 | Toont weinig gevoel, ook bij pijn | Flat affect, even in pain
  0-3.K.03 | Huilt of krijst buitensporig | Excessive crying
  0-3.K.04 | Schrikachtig, bevroren waakzaamheid | Jumpy, frozen watchfulness
  0-3.K.05 | Eet- of slaapproblemen | Feeding/sleep problems
  0-3.K.06 | Achterstand of terugval in ontwikkeling | Delay or regression
  0-3.K.07 | Agressief of speelt geweld na | Aggressive, re-enacts violence
  0-3.I.01 | Ouder troost niet, negeert huilen | No comfort, ignores crying
  0-3.I.02 | Ruw oppakken of hanteren | Rough handling
  0-3.I.03 | Kind gespannen of bang bij ouder | Child tense/afraid with parent
  0-3.I.04 | Ouder verwacht te veel voor leeftijd | Unrealistic expectations
  0-3.I.05 | Ouder vijandig of onverschillig | Hostile/indifferent parent
  0-3.I.06 | Vage of wisselende uitleg bij letsel | Inconsistent injury story
  0-3.O.01 | Geweld tussen ouders | Violence between parents
  0-3.O.02 | Verslaving bij ouder | Parental addiction
  0-3.O.03 | Psychische problemen ouder | Parental mental illness
  0-3.O.04 | Ouder zegt het niet aan te kunnen | Parent cannot cope
  0-3.O.05 | Schulden, armoede, woonnood | Debt, poverty, housing crisis
  0-3.O.06 | Geïsoleerd, geen steunnetwerk | Isolated, no support
  0-3.S.01 | Letsel of bloed genitaal/anaal | Genital/anal injury
  0-3.S.02 | Angst bij verschonen of uitkleden | Fear when changed/undressed
  0-3.S.03 | Seksueel gedrag ongepast voor leeftijd | Age-inappropriate sexual acts
  0-3.S.04 | Soa of afscheiding | STI or discharge
  0-3.S.05 | Bang voor bepaalde persoon of plek | Fear of person/place
  0-3.S.06 | Pijn bij plassen of poepen | Pain urinating/defecating
  4-11.L.01 | Onverklaard of herhaald letsel | Unexplained/repeated injury
  4-11.L.02 | Afdruk van hand of voorwerp | Hand/object-shaped mark
  4-11.L.03 | Brandwonden, bv. sigaret | Burns, e.g. cigarette
  4-11.L.04 | Hongerig, geen eten mee | Hungry, no food
  4-11.L.05 | Slechte hygiëne of kleding | Poor hygiene/clothing
  4-11.L.06 | Onbehandelde medische/gebitsklachten | Untreated medical/dental
  4-11.K.01 | Plotselinge gedragsverandering | Sudden behaviour change
  4-11.K.02 | Teruggetrokken, somber | Withdrawn, low mood
  4-11.K.03 | Agressief, druk, vernielend | Aggressive, restless, destructive
  4-11.K.04 | Angstig, overwaakzaam | Anxious, hypervigilant
  4-11.K.05 | Prestaties dalen, vaak afwezig | Falling grades, absence
  4-11.K.06 | Wil niet naar huis | Reluctant to go home
  4-11.K.07 | Vertelt zelf over geweld thuis | Discloses violence
  4-11.I.01 | Kind bang voor ouder | Child afraid of parent
  4-11.I.02 | Ouder kleineert, scheldt of dreigt | Belittles, swears, threatens
  4-11.I.03 | Harde of buitensporige straffen | Harsh/excessive punishment
  4-11.I.04 | Kind is zondebok | Child scapegoated
  4-11.I.05 | Ouder ongeïnteresseerd, mijdt school | Uninterested, avoids school
  4-11.I.06 | Kind klem in ouderconflict | Child caught in parental conflict
  4-11.O.01 | Geweld tussen (ex-)partners | Partner violence
  4-11.O.02 | Verslaving bij ouder | Parental addiction
  4-11.O.03 | Psychiatrische problemen ouder | Parental psychiatric illness
  4-11.O.04 | Vechtscheiding | High-conflict divorce
  4-11.O.05 | Schulden of geldnood | Debt, financial hardship
  4-11.O.06 | Geïsoleerd, weert hulp af | Isolated, refuses help
  4-11.O.07 | Dierenmishandeling in gezin | Animal abuse at home
  4-11.S.01 | Seksueel gedrag/kennis boven leeftijd | Sexual behaviour beyond age
  4-11.S.02 | Pijn, jeuk of letsel genitaal/anaal | Genital/anal pain or injury
  4-11.S.03 | Noemt geheim met volwassene | Mentions secret with adult
  4-11.S.04 | Bang voor bepaalde persoon of plek | Fear of person/place
  4-11.S.05 | Geld, cadeaus of oudere 'vriend' | Money, gifts, older 'friend'
  4-11.S.06 | Terugval: bedplassen, duimzuigen | Regression
  12-17.L.01 | Onverklaard of herhaald letsel | Unexplained/repeated injury
  12-17.L.02 | Sporen van zelfbeschadiging | Self-harm marks
  12-17.L.03 | Verwaarloosd uiterlijk of hygiëne | Neglected appearance
  12-17.L.04 | Sterk afvallen of eetprobleem | Weight loss, eating problem
  12-17.L.05 | Chronisch moe, slaapgebrek | Chronic fatigue
  12-17.L.06 | Onbehandelde medische klachten | Untreated health problems
  12-17.K.01 | Spijbelen of schooluitval | Truancy, dropout
  12-17.K.02 | Loopt weg of mijdt huis | Runs away, avoids home
  12-17.K.03 | Somber, suïcidale uitspraken | Low mood, suicidal talk
  12-17.K.04 | Alcohol- of drugsgebruik | Substance use
  12-17.K.05 | Agressief of delinquent gedrag | Aggression, delinquency
  12-17.K.06 | Teruggetrokken, geïsoleerd | Withdrawn, isolated
  12-17.K.07 | Vertelt zelf over onveiligheid thuis | Discloses unsafety
  12-17.I.01 | Extreme controle, weinig vrijheid | Excessive control
  12-17.I.02 | Ouder vernedert of bedreigt | Humiliates/threatens
  12-17.I.03 | Bang voor reactie ouders | Fears parents' reaction
  12-17.I.04 | Geen toezicht, 's nachts op straat | No supervision
  12-17.I.05 | Ouder blokkeert hulp | Parent blocks help
  12-17.I.06 | Eergerelateerde druk familie | Honour-related pressure
  12-17.O.01 | Geweld tussen (ex-)partners | Partner violence
  12-17.O.02 | Verslaving bij ouder | Parental addiction
  12-17.O.03 | Psychiatrie of suïcidaliteit ouder | Parental psychiatric illness
  12-17.O.04 | Vechtscheiding | High-conflict divorce
  12-17.O.05 | Schulden, armoede, woonproblemen | Debt, poverty, housing
  12-17.O.06 | Criminaliteit of detentie in gezin | Crime/detention in family
  12-17.S.01 | Seksueel risicogedrag | Risky sexual behaviour
  12-17.S.02 | Oudere 'vriend', dure spullen, geld | Older 'boyfriend', gifts, cash
  12-17.S.03 | Zwangerschap of soa | Pregnancy or STI
  12-17.S.04 | Afkeer van eigen lichaam | Aversion to own body
  12-17.S.05 | Plots andere stijl, geheimzinnig | Sudden style change, secretive
  12-17.S.06 | Herbeleving, nachtmerries | Flashbacks, nightmares
  V.01 | Verslaving aan alcohol/drugs | Addiction
  V.02 | Psychiatrische crisis of ernstige stoornis | Psychiatric crisis
  V.03 | Suïcidepoging | Suicide attempt
  V.04 | Ernstige depressie, ook postpartum | Severe depression
  V.05 | Partnergeweld, slachtoffer of pleger | Partner violence
  V.06 | Letsel door geweld, bv. SEH | Violence-related injury
  V.07 | Ernstige schulden, dakloosheid | Serious debt, homelessness
  V.08 | Zware ziekte waardoor kind zorgt | Illness making child a carer
`;

const LABELS: ReadonlyMap<string, Readonly<Record<Language, string>>> = new Map(
  TABLE.trim()
    .split('\n')
    .map((line) => {
      const [code = '', nl = '', en = ''] = line.split('|').map((part) => part.trim());
      return [code, { nl, en }] as const;
    }),
);

/** The label of a checklist code in a language; undefined for a code that has none. */
export function checklistLabel(code: string, language: Language): string | undefined {
  return LABELS.get(code)?.[language];
}

/** Every code that has labels (the texts test checks they are exactly the domain's codes). */
export const LABELLED_CODES: readonly string[] = [...LABELS.keys()];
