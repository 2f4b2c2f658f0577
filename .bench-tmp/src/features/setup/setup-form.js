"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REMINDER_CHOICES = exports.DEFAULT_TIMEZONE = void 0;
exports.parseSetupForm = parseSetupForm;
exports.reminderOffsetsJson = reminderOffsetsJson;
exports.setupFormView = setupFormView;
exports.setupFormWithErrors = setupFormWithErrors;
/**
 * The cell's setup form: name, parent organisation, usual meeting day and time,
 * timezone, reminder offsets and the online-meeting approval reference.
 * Submitted values are validated with zod; a form with problems comes back
 * with what was typed and the list of problems.
 */
const zod_1 = require("zod");
const meeting_rule_1 = require("../meetings/meeting-rule");
exports.DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';
/** Reminder offsets the form offers, in minutes before the meeting. */
exports.REMINDER_CHOICES = [10_080, 4_320, 1_440, 120, 30];
function isTimeZone(value) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: value });
        return true;
    }
    catch {
        return false; // RangeError: not an IANA zone Node knows
    }
}
const FIELD_NAMES = {
    cellName: { vi: 'Tên chi bộ', en: 'Cell name' },
    parentOrganisation: { vi: 'Đảng bộ cấp trên', en: 'Parent organisation' },
    meetingDay: { vi: 'Ngày sinh hoạt hằng tháng (1–28)', en: 'Monthly meeting day (1–28)' },
    meetingTime: { vi: 'Giờ sinh hoạt (HH:mm)', en: 'Meeting time (HH:mm)' },
    timezone: { vi: 'Múi giờ', en: 'Timezone' },
    reminders: { vi: 'Nhắc lịch', en: 'Reminders' },
    approvalRef: { vi: 'Số văn bản đồng ý sinh hoạt trực tuyến', en: 'Online-meeting approval reference' },
    approvalDate: { vi: 'Ngày văn bản (YYYY-MM-DD)', en: 'Approval date (YYYY-MM-DD)' },
};
const trimmed = (max) => zod_1.z.string().trim().max(max).optional().default('');
const formSchema = zod_1.z.object({
    cellName: zod_1.z.string().trim().min(3).max(200),
    parentOrganisation: trimmed(200),
    meetingDay: zod_1.z.string().trim().regex(/^\d{1,2}$/).transform(Number).refine((d) => d >= 1 && d <= 28),
    meetingTime: zod_1.z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    timezone: zod_1.z.string().trim().optional().default(exports.DEFAULT_TIMEZONE).transform((tz) => tz || exports.DEFAULT_TIMEZONE).refine(isTimeZone),
    reminders: trimmed(200).refine((text) => splitReminders(text) !== null),
    approvalRef: trimmed(100),
    approvalDate: trimmed(10).refine((text) => text === '' || isIsoDate(text)),
});
function isIsoDate(text) {
    return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}
/** "10080,1440" → [10080, 1440]; null when a value is not one the form offers. */
function splitReminders(text) {
    const values = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
    const minutes = values.map(Number);
    if (!minutes.every((m) => exports.REMINDER_CHOICES.includes(m)))
        return null;
    return [...new Set(minutes)].sort((a, b) => b - a);
}
/** Validates a submitted setup form. */
function parseSetupForm(data, locale) {
    const parsed = formSchema.safeParse(data ?? {});
    if (!parsed.success) {
        const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'form')))];
        const prefix = locale === 'vi' ? 'Chưa hợp lệ: ' : 'Not valid: ';
        return { ok: false, errors: fields.map((field) => prefix + (FIELD_NAMES[field]?.[locale] ?? field)) };
    }
    const input = parsed.data;
    return {
        ok: true,
        settings: {
            name: input.cellName,
            parentOrganisation: input.parentOrganisation,
            meetingRule: { kind: 'dayOfMonth', day: input.meetingDay, time: input.meetingTime },
            timezone: input.timezone,
            reminderMinutes: splitReminders(input.reminders) ?? [],
            approvalRef: input.approvalRef === '' ? null : input.approvalRef,
            approvalDate: input.approvalDate === '' ? null : new Date(`${input.approvalDate}T00:00:00Z`),
        },
    };
}
/** Reminder offsets as stored on the cell (Cell.reminderOffsets). */
function reminderOffsetsJson(minutes) {
    return JSON.stringify(minutes.map((minutesBefore) => ({ job: 'reminder', minutesBefore })));
}
function storedReminders(json) {
    try {
        const value = JSON.parse(json);
        if (!Array.isArray(value))
            return '';
        return value
            .map((entry) => (typeof entry === 'object' && entry !== null ? entry.minutesBefore : undefined))
            .filter((m) => typeof m === 'number')
            .join(',');
    }
    catch {
        return ''; // a corrupt column shows as "no reminders"; saving the form repairs it
    }
}
function placeholderName(name) {
    return name.startsWith('(') ? '' : name;
}
/** The form as a cell's current settings fill it. */
function setupFormView(cell, locale) {
    const rule = (0, meeting_rule_1.parseMeetingRule)(cell.meetingRule);
    return {
        type: 'setup.form',
        locale,
        values: {
            cellName: placeholderName(cell.name),
            parentOrganisation: cell.parentOrganisation,
            meetingDay: String(rule.day),
            meetingTime: rule.time,
            timezone: cell.timezone || exports.DEFAULT_TIMEZONE,
            reminders: storedReminders(cell.reminderOffsets),
            approvalRef: cell.onlineApprovalRef ?? '',
            approvalDate: cell.onlineApprovalDate ? cell.onlineApprovalDate.toISOString().slice(0, 10) : '',
        },
    };
}
/** The form again with what was typed and the problems found. */
function setupFormWithErrors(data, errors, fallback) {
    const record = typeof data === 'object' && data !== null ? data : {};
    const typed = (key) => {
        const value = record[key];
        return typeof value === 'string' ? value.slice(0, 200) : fallback.values[key];
    };
    const keys = Object.keys(fallback.values);
    const values = Object.fromEntries(keys.map((key) => [key, typed(key)]));
    return { ...fallback, values, errors };
}
//# sourceMappingURL=setup-form.js.map