import { type DocumentNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql';
import type { Actor } from '../context.js';
import { ApiError } from '../lib/errors.js';

/**
 * What a staff member whose network requires a second factor may do before setting one up: see
 * who they are, enrol, get a session without the restriction, and leave.
 */
const OPEN_DURING_ENROLMENT = new Set([
  '__typename',
  'me',
  'startTotpEnrolment',
  'confirmTotpEnrolment',
  'refreshSession',
  'logout',
]);

export const twoFactorEnrolmentRequired = () =>
  new ApiError(
    'TWO_FACTOR_ENROLMENT_REQUIRED',
    'La rete chiede a operatori e amministratori la verifica in due passaggi: attivala per continuare.',
  );

/**
 * The access token of such a staff member carries the claim (`tfa: "enrol"`, read into
 * `actor.twoFactorEnrolmentRequired`); this check runs before any resolver, so no module's policy
 * has to know about it, and an operation added later is closed to them until listed here.
 */
export function checkTwoFactorGate(actor: Actor, document: DocumentNode): void {
  if (actor.kind === 'ANONYMOUS' || actor.kind === 'API_CLIENT' || !actor.twoFactorEnrolmentRequired) return;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  for (const definition of document.definitions) {
    if (
      definition.kind === Kind.OPERATION_DEFINITION &&
      !onlyOpenFields(definition.selectionSet, fragments)
    ) {
      throw twoFactorEnrolmentRequired();
    }
  }
}

function onlyOpenFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return OPEN_DURING_ENROLMENT.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return onlyOpenFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment) return false;
    if (seen.has(name)) return true;
    seen.add(name);
    return onlyOpenFields(fragment.selectionSet, fragments, seen);
  });
}
