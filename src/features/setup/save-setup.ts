/** The setup form's submit: the committee saves the cell's settings; "cài đặt" opens the form again. */
import type { CardAction } from '../../cards/view-models';
import type { Locale } from '../../core/types';
import type { Cell } from '../../store/rows';
import { applySettings, SETTING_FIELDS, settingValueText, type SettingChange } from '../settings';
import type { CommitteeContext } from '../shared/context';
import { messageView, replyWith, updateWith } from '../shared/results';
import type { TurnResult } from '../turn';
import { applyCommitteeChoice, loadCommitteeChoices } from './committee-choice';
import { parseSetupForm, setupFormView, setupFormWithErrors } from './setup-form';
import { say } from '../../core/wording/say';
import { SETUP_WORDING as W } from '../../core/wording/setup';

function nextSteps(locale: Locale): CardAction[] {
  return [
    { verb: 'setup.roster', title: say(locale, W.syncRoster), data: { page: '1' }, style: 'positive' },
    { verb: 'setup.start', title: say(locale, W.editSettings), data: {} },
  ];
}

/** "Đã lưu thiết lập Chi bộ …: Địa danh ghi trên biên bản: Hà Nội; …" — each changed setting with its new value. */
function savedText(cell: Cell, changes: readonly SettingChange[], locale: Locale): string {
  const lines = changes.map(
    (c) => `- ${SETTING_FIELDS[c.field].label[locale]}: ${settingValueText(c.field, cell, locale)}`,
  );
  const head = say(locale, changes.length > 0 ? W.settingsSaved : W.settingsUnchanged, { cell: cell.name });
  const next = say(locale, W.nextSyncRoster);
  return [head, ...lines, next].join('\n');
}

/** "
- Trực thuộc: Đảng bộ …" when the save moved the cell; '' otherwise. */
function committeeLine(
  before: Cell,
  after: Cell,
  committees: readonly { id: string; name: string }[],
  locale: Locale,
): string {
  if (before.committeeId === after.committeeId) return '';
  const name = committees.find((c) => c.id === after.committeeId)?.name;
  return `
${say(locale, W.underCommittee, { committee: name ?? say(locale, W.noCommittee) })}`;
}

export async function saveSetup(ctx: CommitteeContext, data: unknown): Promise<TurnResult> {
  const { member, cell } = ctx;
  const locale = ctx.turn.locale;
  const committees = await loadCommitteeChoices(ctx.db);
  const parsed = parseSetupForm(data, cell, locale, committees);
  if (!parsed.ok)
    return updateWith(setupFormWithErrors(data, parsed.errors, setupFormView(cell, locale, committees)), []);
  const saved = await applySettings(ctx.db, cell.id, parsed.patch, member.id, 'card');
  // After the settings: a committee's name is the cell's header line, whatever the form's text said.
  const placed =
    parsed.committeeId === undefined
      ? saved.cell
      : await applyCommitteeChoice(ctx.db, saved.cell, parsed.committeeId, member.id);
  const text = savedText(placed, saved.changes, locale) + committeeLine(saved.cell, placed, committees, locale);
  const done = { ...messageView(locale, 'success', text, say(locale, W.setupTitle)), actions: nextSteps(locale) };
  return updateWith(done, []);
}

/** "cài đặt" / "settings": the setup form with the cell's current settings (committee only). */
export async function showSettings(ctx: CommitteeContext): Promise<TurnResult> {
  return replyWith(setupFormView(ctx.cell, ctx.turn.locale, await loadCommitteeChoices(ctx.db)));
}
