"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SETUP_ROSTER_MAX_LINES = exports.REMINDER_OFFSETS = void 0;
exports.setupFormData = setupFormData;
exports.setupRosterData = setupRosterData;
/** Template data for the setup cards: the cell's settings form and the secretary's roster pages. */
const statuses_1 = require("../../core/statuses");
const types_1 = require("../../core/types");
const labels_1 = require("../labels");
const common_1 = require("./common");
/**
 * Reminder offsets the form offers, in minutes. They must match
 * REMINDER_CHOICES in src/features/setup/setup-form.ts, which validates them
 * (tests/unit/cards-setup.test.ts checks both lists agree).
 */
exports.REMINDER_OFFSETS = [10_080, 4_320, 1_440, 120, 30];
function reminderTitle(minutes, l) {
    if (minutes === 1_440)
        return l.reminderDay;
    if (minutes % 1_440 === 0)
        return (0, labels_1.fill)(l.reminderDays, { n: minutes / 1_440 });
    if (minutes % 60 === 0)
        return (0, labels_1.fill)(l.reminderHours, { n: minutes / 60 });
    return (0, labels_1.fill)(l.reminderMinutes, { n: minutes });
}
/** Builds the setup form template's data from its view. */
function setupFormData(view) {
    const base = (0, common_1.baseData)(view.locale);
    const errors = (0, common_1.linesOf)(view.errors ?? []);
    return {
        ...base,
        values: { ...view.values },
        errors,
        hasErrors: errors.length > 0,
        dayChoices: Array.from({ length: 28 }, (_, i) => ({ title: (0, labels_1.fill)(base.l.meetingDayChoice, { n: i + 1 }), value: String(i + 1) })),
        reminderChoices: exports.REMINDER_OFFSETS.map((minutes) => ({ title: reminderTitle(minutes, base.l), value: String(minutes) })),
    };
}
/**
 * Most roster lines one setup card should carry: each line is about 1.2 KB
 * (two choice lists and a text input), so 15 lines stay near 20 KB, under
 * Teams' ~28 KB card limit with room for long names. The feature pages by it.
 */
exports.SETUP_ROSTER_MAX_LINES = 15;
function capitalised(text) {
    return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
function entryData(entry) {
    return {
        name: entry.name,
        detail: entry.detail === '' ? '' : ` – ${entry.detail}`,
        hasDetail: entry.detail !== '',
        statusId: `status.${entry.key}`,
        roleId: `role.${entry.key}`,
        groupId: `group.${entry.key}`,
        status: entry.status ?? '',
        role: entry.role,
        partyGroup: entry.partyGroup,
    };
}
function choices(locale) {
    return {
        statusChoices: types_1.MEMBER_STATUSES.map((status) => ({ title: capitalised((0, statuses_1.statusLabel)(status, locale)), value: status })),
        roleChoices: types_1.MEMBER_ROLES.map((role) => ({ title: (0, statuses_1.roleLabel)(role, locale), value: role })),
    };
}
/** Builds the roster-setup template's data from its view. */
function setupRosterData(view) {
    const base = (0, common_1.baseData)(view.locale);
    return {
        ...base,
        ...choices(view.locale),
        cellName: view.cellName,
        summaryLines: (0, common_1.linesOf)(view.summaryLines),
        pageLine: (0, labels_1.fill)(base.l.rosterPage, { page: view.page, count: view.pageCount }),
        paged: view.pageCount > 1,
        entries: view.entries.map(entryData),
        hasEntries: view.entries.length > 0,
        page: String(view.page),
        previousPage: String(view.page - 1),
        nextPage: String(view.page + 1),
        hasPrevious: view.page > 1,
        hasNext: view.page < view.pageCount,
    };
}
//# sourceMappingURL=setup.js.map