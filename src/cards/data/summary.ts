/** Template data for the meeting summary (cards/summary.json). */
import type { SummaryView } from '../view-models';
import type { Labels } from '../labels';
import { baseData, linesOf, textLines, type BaseData } from './common';

interface SectionData {
  readonly title: string;
  readonly lines: readonly string[];
}

interface MotionData extends SectionData {
  readonly badge: string;
  readonly badgeColor: 'good' | 'attention' | 'default';
}

export interface SummaryData extends BaseData {
  readonly heading: string;
  readonly whenLines: readonly string[];
  readonly sections: readonly SectionData[];
  readonly motions: readonly MotionData[];
  readonly hasMotions: boolean;
  readonly flags: readonly string[];
  readonly hasFlags: boolean;
}

function motionData(motion: SummaryView['motions'][number], l: Labels): MotionData {
  const badge = motion.passed === null ? l.noResult : motion.passed ? l.passed : l.notPassed;
  const badgeColor = motion.passed === null ? 'default' : motion.passed ? 'good' : 'attention';
  return { title: motion.title, lines: linesOf(motion.lines), badge, badgeColor };
}

/** Builds the summary template's data from its view. */
export function summaryData(view: SummaryView): SummaryData {
  const base = baseData(view.locale);
  return {
    ...base,
    heading: view.heading,
    whenLines: textLines(view.when),
    sections: view.sections.map((section) => ({ title: section.title, lines: linesOf(section.lines) })),
    motions: view.motions.map((motion) => motionData(motion, base.l)),
    hasMotions: view.motions.length > 0,
    flags: linesOf(view.flags),
    hasFlags: view.flags.length > 0,
  };
}
