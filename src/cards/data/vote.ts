/** Template data for a vote (cards/vote.json). */
import type { MotionKind, VoteChoice } from '../../core/types';
import type { VoteView } from '../view-models';
import type { Labels } from '../labels';
import { baseData, linesOf, textLines, type BaseData, type Fact, type LabelledLine } from './common';

export interface VoteData extends BaseData {
  readonly motionId: string;
  readonly title: string;
  readonly kindLabel: string;
  readonly callLines: readonly string[];
  readonly tally: readonly Fact[];
  readonly showMine: boolean;
  readonly mine: LabelledLine;
  /** Official members' three buttons (open and the ballot counts). */
  readonly showBallot: boolean;
  /** Probationary members: an opinion field instead of a ballot. */
  readonly showOpinionBox: boolean;
  readonly showClose: boolean;
  /** "Có mặt" for a member who may vote but is not recorded present (the roll call first). */
  readonly showCheckIn: boolean;
  readonly meetingId: string;
  readonly closed: boolean;
  readonly resultLines: readonly string[];
  readonly resultColor: 'good' | 'attention' | 'default';
  readonly opinions: readonly LabelledLine[];
  readonly hasOpinions: boolean;
  readonly commentValue: string;
}

function kindLabel(kind: MotionKind, l: Labels): string {
  switch (kind) {
    case 'resolution':
      return l.kindResolution;
    case 'admission':
      return l.kindAdmission;
    case 'confirmation':
      return l.kindConfirmation;
    case 'other':
      return l.kindOther;
  }
}

export function choiceLabel(choice: VoteChoice, l: Labels): string {
  switch (choice) {
    case 'approve':
      return l.approve;
    case 'reject':
      return l.reject;
    case 'other':
      return l.other;
  }
}

function tally(view: VoteView, l: Labels): Fact[] {
  const t = view.tally;
  return [
    { title: l.approve, value: String(t.approve) },
    { title: l.reject, value: String(t.reject) },
    { title: l.other, value: String(t.other) },
    { title: l.notVoted, value: String(t.notVoted) },
    { title: l.denominator, value: String(t.denominator) },
    { title: l.threshold, value: t.threshold },
  ];
}

/** "Đồng chí đã biểu quyết: Ý kiến khác – …" or, for a probationary member, the recorded opinion. */
function mine(view: VoteView, l: Labels): LabelledLine {
  const my = view.myChoice;
  if (my === undefined) return { label: '', value: '' };
  const comment = my.comment ?? '';
  if (!view.canVote) return { label: l.myOpinion, value: comment };
  const choice = choiceLabel(my.choice, l);
  return { label: l.myChoice, value: comment === '' ? choice : `${choice} – ${comment}` };
}

function resultColor(passed: boolean | undefined): VoteData['resultColor'] {
  if (passed === true) return 'good';
  return passed === false ? 'attention' : 'default';
}

/** Builds the vote template's data from its view. */
export function voteData(view: VoteView): VoteData {
  const base = baseData(view.locale);
  const l = base.l;
  return {
    ...base,
    motionId: view.motionId,
    title: view.title,
    kindLabel: kindLabel(view.kind, l),
    callLines: textLines(view.call),
    tally: tally(view, l),
    showMine: view.myChoice !== undefined,
    mine: mine(view, l),
    showBallot: view.open && view.canVote,
    showOpinionBox: view.open && !view.canVote,
    showClose: view.open && view.canClose,
    showCheckIn: view.open && view.canCheckIn === true,
    meetingId: view.meetingId,
    closed: !view.open,
    resultLines: view.open ? [] : linesOf(view.resultLines),
    resultColor: resultColor(view.passed),
    opinions: view.opinions.map((opinion) => ({ label: opinion.name, value: opinion.text })),
    hasOpinions: view.opinions.length > 0,
    commentValue: view.myChoice?.comment ?? '',
  };
}
