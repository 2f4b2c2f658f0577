"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.noticeData = noticeData;
const labels_1 = require("../labels");
const common_1 = require("./common");
function venueData(venue) {
    const joinUrl = (0, common_1.safeUrl)(venue.joinUrl);
    return { name: venue.name, main: venue.main, joinUrl, hasJoin: joinUrl !== '' };
}
function agendaData(item, l) {
    const documentUrl = (0, common_1.safeUrl)(item.documentUrl);
    const presenter = item.presenter === undefined || item.presenter === '' ? '' : (0, labels_1.fill)(l.presenter, { name: item.presenter });
    return {
        number: `(${item.position}) `,
        title: item.title,
        presenter: presenter === '' ? '' : ` – ${presenter}`,
        hasPresenter: presenter !== '',
        documentUrl,
        hasDocument: documentUrl !== '',
    };
}
function answerText(answer, l) {
    switch (answer.answer) {
        case 'attend':
            return l.attend;
        case 'attend_online':
            return answer.venue ? `${l.attendOnline} – ${l.site} ${answer.venue}` : l.attendOnline;
        case 'excused':
            return answer.reason ? `${l.excused} – ${l.reason}: ${answer.reason}` : l.excused;
    }
}
/**
 * Online attendance is offered unless the meeting is plainly in person: exactly
 * one venue and no join link (the view carries the form only as a label).
 */
function offersOnline(view) {
    return view.venues.length !== 1 || view.venues.some((venue) => (0, common_1.safeUrl)(venue.joinUrl) !== '');
}
function rsvpData(view, l) {
    const show = !view.cancelled && view.preview !== true;
    const online = show && offersOnline(view);
    const names = view.venues.map((venue) => venue.name);
    const current = view.myAnswer?.venue;
    const venueValue = current !== undefined && names.includes(current) ? current : names.length === 1 ? (names[0] ?? '') : '';
    return {
        show,
        onlineChoice: online && names.length > 0,
        onlineDirect: online && names.length === 0,
        venueChoices: view.venues.map((venue) => ({
            title: venue.main ? `${venue.name} (${l.mainVenue})` : venue.name,
            value: venue.name,
        })),
        venueValue,
        reasonValue: view.myAnswer?.reason ?? '',
    };
}
function people(view, l) {
    const lines = [];
    if (view.chair)
        lines.push({ label: l.chair, value: view.chair });
    if (view.minuteTaker)
        lines.push({ label: l.minuteTaker, value: view.minuteTaker });
    return lines;
}
function counts(view, l) {
    const { attend, attendOnline, excused, noAnswer } = view.counts;
    return [
        { title: l.countAttend, value: String(attend) },
        { title: l.countAttendOnline, value: String(attendOnline) },
        { title: l.countExcused, value: String(excused) },
        { title: l.countNoAnswer, value: String(noAnswer) },
    ];
}
/** Builds the notice template's data from its view. */
function noticeData(view) {
    const base = (0, common_1.baseData)(view.locale);
    const l = base.l;
    const live = !view.cancelled;
    const documents = view.documents.map((doc) => ({ title: doc.title, url: (0, common_1.safeUrl)(doc.url), hasUrl: (0, common_1.safeUrl)(doc.url) !== '' }));
    const guests = view.guests.map((guest) => (guest.position ? `${guest.name} – ${guest.position}` : guest.name));
    return {
        ...base,
        meetingId: view.meetingId,
        parentOrganisation: view.parentOrganisation,
        hasParentOrganisation: view.parentOrganisation.trim() !== '',
        cellName: view.cellName,
        heading: view.heading,
        cancelled: view.cancelled,
        preview: view.preview === true && live,
        facts: [
            { label: l.when, value: view.when },
            { label: l.form, value: view.formLabel },
        ],
        venues: view.venues.map(venueData),
        hasVenues: view.venues.length > 0,
        agenda: view.agenda.map((item) => agendaData(item, l)),
        hasAgenda: view.agenda.length > 0,
        documents,
        hasDocuments: documents.length > 0,
        guests,
        hasGuests: guests.length > 0,
        people: people(view, l),
        requestLines: live ? (0, common_1.textLines)(view.request) : [],
        showCounts: live && view.preview !== true,
        counts: counts(view, l),
        warnings: (0, common_1.linesOf)(view.warnings),
        hasWarnings: view.warnings.length > 0,
        showMyAnswer: live && view.myAnswer !== undefined,
        myAnswer: { label: l.myAnswer, value: view.myAnswer ? answerText(view.myAnswer, l) : '' },
        rsvp: rsvpData(view, l),
    };
}
//# sourceMappingURL=notice.js.map