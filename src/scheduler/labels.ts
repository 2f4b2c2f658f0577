/** Words for jobs and ledger statuses, for the CLI and the "lịch" card. */
import type { Locale } from '../core/types';
import type { JobStatus } from './ledger';
import type { JobName } from './plan';
import { JOB_STATUS_WORDING, JOB_WORDING } from '../core/wording/schedule';

// The words live in the catalogue; these types check that every job and status has them.
const JOB_LABELS: Readonly<Record<JobName, Readonly<Record<Locale, string>>>> = JOB_WORDING;
const STATUS_LABELS: Readonly<Record<JobStatus, Readonly<Record<Locale, string>>>> = JOB_STATUS_WORDING;

export function jobLabel(job: JobName, locale: Locale): string {
  return JOB_LABELS[job][locale];
}

export function jobStatusLabel(status: JobStatus, locale: Locale): string {
  return STATUS_LABELS[status][locale];
}
