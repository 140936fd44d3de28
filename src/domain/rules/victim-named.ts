// Rule: every act cites at least one passage that names each of its victims — by an English or
// Chinese label, an abbreviation or an alias (skos:altLabel, schema:alternateName), or, for a
// group or organisation, the description the report gives it ("seven rights defenders") — or
// whose short name or pronoun ("Cao", "she") the act's rep:note resolves: the note quotes the
// word ("\"Cao\"", as a passage prints it) and names the victim by an English label.
// Matching forgives case, whitespace runs and curly quotes, as passage.ts does.
import type { Term } from 'n3';
import { RDFS_LABEL, REP } from '../../vocab.js';
import type { Violation } from '../validation-report.js';
import { citedPassages } from './ongoing-status.js';
import { TERM, dataSubjectsOf, ruleViolation, valueOf, type RuleContext } from './rule-context.js';

export function victimNamedRule(context: RuleContext): Violation[] {
  const { store } = context;
  const violations: Violation[] = [];
  for (const act of dataSubjectsOf(context, REP.ReprisalAct)) {
    const passages = citedPassages(context, act).map(normalise);
    if (passages.length === 0) continue; // the shapes report an act without a source
    const note = normalise(valueOf(store, act, TERM.note) ?? '');
    const resolved = quotedIn(note).filter((word) => passages.some((text) => containsWord(text, word)));
    for (const victim of store.getObjects(act, REP.victim, null)) {
      const names = namesOf(context, victim).map(normalise).filter((name) => name.length > 0);
      if (names.some((name) => passages.some((text) => text.includes(name)))) continue;
      const english = store.getObjects(victim, RDFS_LABEL, null).filter((l) => l.termType === 'Literal' && l.language === 'en');
      const noteNamesVictim = english.some((label) => note.includes(normalise(label.value)));
      if (resolved.length > 0 && noteNamesVictim) continue;
      violations.push(
        ruleViolation(
          act,
          REP.source,
          `No cited passage names the victim ${english[0] ? `"${english[0].value}"` : `<${victim.value}>`} (English or Chinese name, abbreviation, alias): cite the passage that names them, or resolve in rep:note the short name or pronoun the passage uses (e.g. "Cao" in the passage is Cao Shunli).`,
          victim,
        ),
      );
    }
  }
  return violations;
}

/** Every name of an agent; for a group or organisation also its rep:description. */
function namesOf(context: RuleContext, agent: Term): string[] {
  const { store } = context;
  const predicates = [RDFS_LABEL, TERM.abbreviation, TERM.altLabel, TERM.alternateName];
  if (!isPerson(context, agent)) predicates.push(TERM.description);
  return predicates.flatMap((predicate) => store.getObjects(agent, predicate, null).map((term) => term.value));
}

function isPerson(context: RuleContext, agent: Term): boolean {
  return context.store.countQuads(agent, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', REP.Person, null) > 0;
}

/** Lower case, one space for any whitespace run, straight quotes and apostrophes. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The words a note quotes: "Cao", "she". */
function quotedIn(note: string): string[] {
  return [...note.matchAll(/"([^"]{1,40})"/g)].map((match) => match[1]!.trim()).filter((word) => word.length > 0);
}

/** Whether `word` occurs in `text` as a whole word (not "he" inside "the"). */
function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}
