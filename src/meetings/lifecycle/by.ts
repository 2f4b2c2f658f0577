/** Who makes a transition, and how the audit row names them. */

/** A member pressing or typing, or the scheduler's occurrence (its ledger key). */
export type TransitionBy = { readonly memberId: string } | { readonly schedulerKey: string };

/** The audit row's actor: the member, or `{ by: 'scheduler', key }` in its data. */
export function auditActor(by: TransitionBy): { actorMemberId: string } | { data: string } {
  return 'memberId' in by
    ? { actorMemberId: by.memberId }
    : { data: JSON.stringify({ by: 'scheduler', key: by.schedulerKey }) };
}
