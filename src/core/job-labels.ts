/** Words for jobs and ledger statuses, for the CLI and the "lịch" card. */
import type { JobName, JobStatus } from './schedule-plan';
import type { Locale } from './types';
import { JOB_STATUS_WORDING, JOB_WORDING } from './wording/schedule';

// The words live in the catalogue; these types check that every job and status has them.
const JOB_LABELS: Readonly<Record<JobName, Readonly<Record<Locale, string>>>> = JOB_WORDING;
const STATUS_LABELS: Readonly<Record<JobStatus, Readonly<Record<Locale, string>>>> = JOB_STATUS_WORDING;

export function jobLabel(job: JobName, locale: Locale): string {
  return JOB_LABELS[job][locale];
}

export function jobStatusLabel(status: JobStatus, locale: Locale): string {
  return STATUS_LABELS[status][locale];
}
