"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rollCallData = rollCallData;
const common_1 = require("./common");
function presenceLabel(presence, l) {
    switch (presence) {
        case 'present':
            return l.present;
        case 'excused':
            return l.presenceExcused;
        case 'unexcused':
            return l.presenceUnexcused;
    }
}
function mine(view, l) {
    const my = view.myPresence;
    if (my === undefined)
        return { label: '', value: '' };
    const presence = presenceLabel(my.presence, l);
    return { label: l.myPresence, value: my.venue ? `${presence} – ${l.site} ${my.venue}` : presence };
}
/** Builds the roll-call template's data from its view. */
function rollCallData(view) {
    const base = (0, common_1.baseData)(view.locale);
    const l = base.l;
    const hasVenues = view.venues.length > 0;
    const current = view.myPresence?.venue;
    return {
        ...base,
        meetingId: view.meetingId,
        heading: view.heading,
        summaryLines: (0, common_1.textLines)(view.summaryLine),
        rows: view.byStatus.map((row) => ({ label: row.label, total: String(row.total), present: String(row.present) })),
        hasRows: view.byStatus.length > 0,
        quorumLines: (0, common_1.textLines)(view.quorumLine),
        warnings: (0, common_1.linesOf)(view.warnings),
        hasWarnings: view.warnings.length > 0,
        showMine: view.myPresence !== undefined,
        mine: mine(view, l),
        open: view.open,
        closed: !view.open,
        showVenueChoice: view.open && hasVenues,
        venueChoices: view.venues.map((venue) => ({ title: venue, value: venue })),
        venueValue: current !== undefined && view.venues.includes(current) ? current : (view.venues[0] ?? ''),
        checkinInputs: hasVenues ? 'auto' : 'none',
    };
}
//# sourceMappingURL=rollcall.js.map