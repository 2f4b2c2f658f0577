"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingFormData = meetingFormData;
const common_1 = require("./common");
/** Builds the meeting-form template's data from its view. */
function meetingFormData(view) {
    const base = (0, common_1.baseData)(view.locale);
    const l = base.l;
    const d = view.defaults;
    const errors = (0, common_1.linesOf)(view.errors ?? []);
    return {
        ...base,
        cellName: view.cellName,
        errors,
        hasErrors: errors.length > 0,
        values: {
            date: d.date,
            time: d.time,
            form: d.form,
            kind: d.kind ?? 'regular',
            venues: d.venues ?? '',
            agenda: d.agenda ?? '',
            documents: d.documents ?? '',
            guests: d.guests ?? '',
            chairMemberId: d.chairMemberId ?? '',
            minuteTakerMemberId: d.minuteTakerMemberId ?? '',
        },
        formChoices: [
            { title: l.formInPerson, value: 'in_person' },
            { title: l.formOnline, value: 'online' },
            { title: l.formMixed, value: 'mixed' },
        ],
        kindChoices: [
            { title: l.kindRegular, value: 'regular' },
            { title: l.kindThematic, value: 'thematic' },
            { title: l.kindExtraordinary, value: 'extraordinary' },
        ],
        members: view.members.map((member) => ({ title: member.name, value: member.id })),
        hasMembers: view.members.length > 0,
    };
}
//# sourceMappingURL=meeting-form.js.map