"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.planImport = planImport;
const validate_rows_1 = require("./validate-rows");
/** Plans the import of validated rows into a cell that has `existing` members. */
function planImport(existing, parsed) {
    const fields = new Set(parsed.fields);
    const matchedBy = new Map();
    const changes = [];
    const issues = [];
    for (const row of parsed.rows) {
        const match = findMember(existing, row);
        if (match.kind === 'ambiguous') {
            issues.push({ line: row.line, code: 'row.ambiguous_match', value: row.fullName, count: match.count });
            continue;
        }
        if (match.kind === 'none') {
            changes.push({ kind: 'create', line: row.line, data: { ...newData(row, fields), fullName: row.fullName, status: row.status } });
            continue;
        }
        const otherLine = matchedBy.get(match.member.id);
        if (otherLine !== undefined) {
            issues.push({ line: row.line, code: 'row.duplicate', otherLine, value: match.member.fullName });
            continue;
        }
        matchedBy.set(match.member.id, row.line);
        const data = diff(match.member, newData(row, fields));
        changes.push(Object.keys(data).length === 0
            ? { kind: 'unchanged', line: row.line, memberId: match.member.id }
            : { kind: 'update', line: row.line, memberId: match.member.id, data });
    }
    issues.push(...secretaryIssues(existing, changes, parsed.rows));
    return { changes, issues, notInFile: existing.filter((m) => !matchedBy.has(m.id)).length };
}
function findMember(existing, row) {
    if (row.email !== null) {
        const byEmail = existing.find((m) => m.email !== null && m.email.toLowerCase() === row.email);
        if (byEmail)
            return { kind: 'member', member: byEmail };
    }
    // A stored member with a different email is a different person, even with the same name.
    const key = (0, validate_rows_1.nameKey)(row.fullName);
    const byName = existing.filter((m) => (0, validate_rows_1.nameKey)(m.fullName) === key && (m.email === null || row.email === null));
    if (byName.length > 1)
        return { kind: 'ambiguous', count: byName.length };
    const [only] = byName;
    return only ? { kind: 'member', member: only } : { kind: 'none' };
}
/** The row's values for the columns the file has; empty cells are left out. */
function newData(row, fields) {
    const data = { fullName: row.fullName, status: row.status };
    if (fields.has('role'))
        data.role = row.role;
    if (row.partyGroup !== null)
        data.partyGroup = row.partyGroup;
    if (row.phone !== null)
        data.phone = row.phone;
    if (row.email !== null)
        data.email = row.email;
    if (row.joinedAt !== null)
        data.joinedAt = row.joinedAt;
    if (row.officialAt !== null)
        data.officialAt = row.officialAt;
    return data;
}
/** Only the values that differ from what is stored. */
function diff(member, data) {
    const changed = {};
    for (const [key, value] of Object.entries(data)) {
        const stored = member[key];
        const same = value instanceof Date ? stored instanceof Date && stored.getTime() === value.getTime() : stored === value;
        if (!same)
            changed[key] = value;
    }
    return changed;
}
/** At most one secretary in the cell once the import is applied. */
function secretaryIssues(existing, changes, rows) {
    const finalRole = new Map();
    for (const member of existing)
        finalRole.set(member.id, { name: member.fullName, role: member.role, line: null });
    changes.forEach((change, index) => {
        const id = change.kind === 'create' ? `new:${index}` : change.memberId;
        const before = finalRole.get(id);
        const row = rows.find((r) => r.line === change.line);
        const role = change.kind === 'unchanged' ? before?.role : (change.data.role ?? before?.role ?? 'member');
        finalRole.set(id, { name: row?.fullName ?? before?.name ?? '', role: role ?? 'member', line: change.line });
    });
    const secretaries = [...finalRole.values()].filter((m) => m.role === 'secretary');
    const [first, ...others] = secretaries.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (!first)
        return [];
    // The validator already reported two secretaries inside the file; here a row clashes with the stored one.
    return others
        .filter((m) => m.line !== null && first.line === null)
        .map((m) => ({ line: m.line ?? 0, code: 'row.second_secretary', otherName: first.name, otherLine: null }));
}
//# sourceMappingURL=plan-import.js.map