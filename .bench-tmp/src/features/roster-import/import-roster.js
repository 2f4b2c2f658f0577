"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CellNotFoundError = void 0;
exports.importRoster = importRoster;
const plan_import_1 = require("./plan-import");
// A roster of hundreds of rows on a remote PostgreSQL outlasts Prisma's 5 s default; an admin import may wait.
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 120_000 };
/** The cell to import into does not exist. */
class CellNotFoundError extends Error {
    cellId;
    code = 'cell.not_found';
    constructor(cellId) {
        super(`Không tìm thấy chi bộ có id "${cellId}" (cell not found)`);
        this.cellId = cellId;
        this.name = 'CellNotFoundError';
    }
}
exports.CellNotFoundError = CellNotFoundError;
// Thrown inside the transaction so Prisma rolls back a cell created for an import that is then refused.
class PlanRejected extends Error {
    issues;
    constructor(issues) {
        super('roster plan rejected');
        this.issues = issues;
    }
}
/** Imports parsed rows; refuses (writing nothing) when the file or the plan has any issue. */
async function importRoster(db, target, parsed, options = {}) {
    const base = { warnings: parsed.warnings, source: parsed.source };
    if (parsed.issues.length > 0)
        return { ok: false, issues: parsed.issues, ...base };
    try {
        if (options.dryRun)
            return await dryRun(db.prisma, target, parsed);
        return await db.prisma.$transaction(async (tx) => {
            const { cellId, cellCreated } = await resolveCell(tx, target);
            const plan = (0, plan_import_1.planImport)(await existingMembers(tx, cellId), parsed);
            if (plan.issues.length > 0)
                throw new PlanRejected(plan.issues);
            await applyPlan(tx, cellId, plan);
            await tx.auditEvent.create({
                data: { cellId, type: 'roster.imported', data: JSON.stringify({ ...counts(plan), cellCreated }) },
            });
            return success(plan, cellId, cellCreated, false, parsed);
        }, TRANSACTION_LIMITS);
    }
    catch (error) {
        if (error instanceof PlanRejected)
            return { ok: false, issues: error.issues, ...base };
        throw error;
    }
}
async function dryRun(reader, target, parsed) {
    const cell = await findTargetCell(reader, target);
    const plan = (0, plan_import_1.planImport)(cell ? await existingMembers(reader, cell.id) : [], parsed);
    if (plan.issues.length > 0)
        throw new PlanRejected(plan.issues);
    return success(plan, cell?.id ?? null, cell === null, true, parsed);
}
async function findTargetCell(reader, target) {
    if ('cellId' in target) {
        const cell = await reader.cell.findUnique({ where: { id: target.cellId }, select: { id: true } });
        if (!cell)
            throw new CellNotFoundError(target.cellId);
        return cell;
    }
    const parentOrganisation = target.createCell.parentOrganisation ?? '';
    return reader.cell.findFirst({
        where: { name: target.createCell.name, parentOrganisation },
        select: { id: true },
        orderBy: { createdAt: 'asc' },
    });
}
async function resolveCell(tx, target) {
    const found = await findTargetCell(tx, target);
    if (found)
        return { cellId: found.id, cellCreated: false };
    if ('cellId' in target)
        throw new CellNotFoundError(target.cellId);
    const { name, parentOrganisation = '' } = target.createCell;
    const cell = await tx.cell.create({ data: { name, parentOrganisation }, select: { id: true } });
    return { cellId: cell.id, cellCreated: true };
}
function existingMembers(reader, cellId) {
    return reader.member.findMany({ where: { cellId }, orderBy: { createdAt: 'asc' } });
}
async function applyPlan(tx, cellId, plan) {
    const creates = plan.changes.flatMap((c) => (c.kind === 'create' ? [{ ...c.data, cellId }] : []));
    if (creates.length > 0)
        await tx.member.createMany({ data: creates });
    // Updates one by one: a transaction holds one connection, so parallel statements would only queue.
    for (const change of plan.changes) {
        if (change.kind === 'update')
            await tx.member.update({ where: { id: change.memberId }, data: change.data });
    }
}
function counts(plan) {
    const count = (kind) => plan.changes.filter((c) => c.kind === kind).length;
    return { created: count('create'), updated: count('update'), unchanged: count('unchanged'), notInFile: plan.notInFile };
}
function success(plan, cellId, cellCreated, dryRun, parsed) {
    return { ok: true, cellId, cellCreated, dryRun, ...counts(plan), warnings: parsed.warnings, source: parsed.source };
}
//# sourceMappingURL=import-roster.js.map