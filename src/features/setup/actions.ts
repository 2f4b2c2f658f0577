/**
 * Setting up a cell: the welcome card's button, the setup form, the roster
 * card, and "cài đặt". Their forms are read by this folder as they came
 * (setup-form.ts, roster-edits.ts, conversation-members.ts).
 */
import { defineAction } from '../shared/action';
import { formFields, nothing } from '../shared/action-fields';
import { saveSetupRoster, showSetupRoster } from './roster';
import { saveSetup, showSettings } from './save-setup';
import { startSetup } from './start-setup';

export const setupActions = [
  // Anyone: in an unbound conversation the presser becomes the secretary (start-setup.ts checks a bound one).
  defineAction({
    verb: 'setup.start',
    who: 'anyone',
    schema: formFields,
    help: { unlisted: "The welcome card's button." },
    handle: (ctx, data) => startSetup(ctx, data),
  }),
  defineAction({
    verb: 'setup.save',
    who: 'committee',
    schema: formFields,
    help: { unlisted: 'The submit of the setup form ("cài đặt").' },
    handle: (ctx, data) => saveSetup(ctx, data),
  }),
  defineAction({
    verb: 'setup.roster',
    who: 'committee',
    schema: formFields,
    help: { unlisted: 'A button of the setup form.' },
    handle: (ctx, data) => showSetupRoster(ctx, data),
  }),
  defineAction({
    verb: 'setup.roster.save',
    who: 'committee',
    schema: formFields,
    help: { unlisted: 'The submit of the roster card.' },
    handle: (ctx, data) => saveSetupRoster(ctx, data),
  }),
  defineAction({
    verb: 'settings.show',
    who: 'committee',
    schema: nothing,
    commands: { settings: () => ({}) },
    help: [
      {
        rank: 270,
        command: 'cài đặt',
        alias: 'settings',
        vi: 'Mở thiết lập của chi bộ: địa danh, múi giờ, lịch, nhắc lịch, quy chế biểu quyết',
        en: "Open the cell's settings: place, timezone, schedule, reminders, voting rules",
      },
    ],
    handle: (ctx) => showSettings(ctx),
  }),
];
