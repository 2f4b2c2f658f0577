/**
 * Saving a cell's settings: the columns that really change are written in one
 * transaction with one audit row per changed setting (AuditEvent
 * `cell.setting_changed`: who, when, which setting, old and new value), so
 * the record says who set the quorum to what, and when.
 */
import { offsetsJson, parseOffsets } from '../../core/reminder-offsets';
import type { Database } from '../../store/database';
import type { Cell } from '../../store/rows';
import { SETTING_KEYS, type SettingColumns, type SettingKey, type SettingsPatch } from './setting-fields';

export const SETTING_CHANGED = 'cell.setting_changed';

/** Where a change came from (kept in the audit row; the CLI has no member behind it). */
export type SettingSource = 'card' | 'chat' | 'cli';

export interface SettingChange {
  readonly field: SettingKey;
  /** The stored value before and after, as text ("2/3", "true", "2026-01-15", JSON for rules). */
  readonly old: string;
  readonly new: string;
}

const dateText = (date: Date | null): string => (date ? date.toISOString().slice(0, 10) : '');

/** A setting as stored, written as one comparable string. */
function storedText(key: SettingKey, cell: SettingColumns): string {
  switch (key) {
    case 'name':
      return cell.name;
    case 'parentOrganisation':
      return cell.parentOrganisation;
    case 'locality':
      return cell.locality;
    case 'timezone':
      return cell.timezone;
    case 'meetingRule':
      return cell.meetingRule;
    // Compared as the scheduler reads them: "[]" and the defaults written out are the same reminders.
    case 'reminders':
      return offsetsJson(parseOffsets(cell.reminderOffsets));
    case 'quorum':
      return `${cell.quorumNumerator}/${cell.quorumDenominator}`;
    case 'excusedInDenominator':
      return String(cell.excusedInDenominator);
    case 'attachedInMayVote':
      return String(cell.attachedInMayVote);
    case 'approvalRef':
      return cell.onlineApprovalRef ?? '';
    case 'approvalDate':
      return dateText(cell.onlineApprovalDate);
  }
}

/** The settings `patch` changes on `cell`, in the order of SETTING_KEYS. */
export function settingChanges(cell: Cell, patch: SettingsPatch): SettingChange[] {
  const after: SettingColumns = { ...cell, ...patch };
  return SETTING_KEYS.map((field) => ({ field, old: storedText(field, cell), new: storedText(field, after) })).filter(
    (c) => c.old !== c.new,
  );
}

export interface AppliedSettings {
  readonly cell: Cell;
  readonly changes: readonly SettingChange[];
}

/** Writes what changes, with its audit rows; a patch that changes nothing writes nothing. */
export async function applySettings(
  db: Database,
  cellId: string,
  patch: SettingsPatch,
  actorMemberId: string | null,
  source: SettingSource,
): Promise<AppliedSettings> {
  return db.prisma.$transaction(async (tx) => {
    const cell = await tx.cell.findUniqueOrThrow({ where: { id: cellId } });
    const changes = settingChanges(cell, patch);
    if (changes.length === 0) return { cell, changes };
    const updated = await tx.cell.update({ where: { id: cellId }, data: patch });
    for (const change of changes) {
      await tx.auditEvent.create({
        data: {
          cellId,
          actorMemberId,
          type: SETTING_CHANGED,
          subjectId: cellId,
          data: JSON.stringify({ field: change.field, old: change.old, new: change.new, source }),
        },
      });
    }
    return { cell: updated, changes };
  });
}
