/** A cell's settings, shared by the setup card, the chat's schedule commands and the CLI: read, save with audit, describe. */
export {
  SETTING_FIELDS,
  SETTING_KEYS,
  invalidSettingText,
  parseSettings,
  type SettingKey,
  type SettingsInput,
  type SettingsPatch,
} from './setting-fields';
export {
  applySettings,
  settingChanges,
  SETTING_CHANGED,
  type AppliedSettings,
  type SettingChange,
  type SettingSource,
} from './apply-settings';
export { settingLines, settingValueText } from './describe-settings';
export { DEFAULT_TIMEZONE, TIMEZONES, knownTimezone, timezoneLabel, type TimezoneChoice } from '../../core/timezones';
