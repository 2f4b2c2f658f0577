/** The setup form's submit: the committee saves the cell's settings; "cài đặt" opens the form again. */
import type { CardAction } from '../../cards/view-models';
import type { Locale } from '../../core/types';
import type { Cell } from '../../store/rows';
import { applySettings, SETTING_FIELDS, settingValueText, type SettingChange } from '../settings';
import { requireCell, requireCommittee, type FeatureContext } from '../shared/context';
import { messageView, replyWith, updateWith } from '../shared/results';
import type { TurnResult } from '../turn';
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
  const lines = changes.map((c) => `- ${SETTING_FIELDS[c.field].label[locale]}: ${settingValueText(c.field, cell, locale)}`);
  const head = say(locale, changes.length > 0 ? W.settingsSaved : W.settingsUnchanged, { cell: cell.name });
  const next = say(locale, W.nextSyncRoster);
  return [head, ...lines, next].join('\n');
}

export async function saveSetup(ctx: FeatureContext, data: unknown): Promise<TurnResult> {
  const member = requireCommittee(ctx);
  const cell = requireCell(ctx);
  const locale = ctx.turn.locale;
  const parsed = parseSetupForm(data, cell, locale);
  if (!parsed.ok) return updateWith(setupFormWithErrors(data, parsed.errors, setupFormView(cell, locale)), []);
  const saved = await applySettings(ctx.db, cell.id, parsed.patch, member.id, 'card');
  const done = { ...messageView(locale, 'success', savedText(saved.cell, saved.changes, locale), say(locale, W.setupTitle)), actions: nextSteps(locale) };
  return updateWith(done, []);
}

/** "cài đặt" / "settings": the setup form with the cell's current settings (committee only). */
export function showSettings(ctx: FeatureContext): TurnResult {
  requireCommittee(ctx);
  return replyWith(setupFormView(requireCell(ctx), ctx.turn.locale));
}
