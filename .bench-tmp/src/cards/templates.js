"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CARDS_DIR = exports.TEMPLATE_FILES = void 0;
exports.findProjectRoot = findProjectRoot;
exports.expandTemplate = expandTemplate;
/**
 * The card templates (the repository's top-level cards/ folder), read and
 * prepared once when this module loads, so rendering does no I/O.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const adaptivecards_templating_1 = require("adaptivecards-templating");
/** Template file of each view type, relative to cards/. */
exports.TEMPLATE_FILES = {
    message: 'message.json',
    help: 'help.json',
    'meeting.form': 'meeting-form.json',
    notice: 'notice.json',
    rollcall: 'rollcall.json',
    vote: 'vote.json',
    summary: 'summary.json',
    roster: 'roster.json',
    'setup.form': 'setup-form.json',
    'setup.roster': 'setup-roster.json',
};
/**
 * The directory holding package.json, walking up from here: src/cards under
 * jest, dist/src/cards after tsc.
 */
function findProjectRoot(start) {
    let dir = start;
    for (;;) {
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, 'package.json')))
            return dir;
        const parent = (0, node_path_1.dirname)(dir);
        if (parent === dir)
            throw new Error(`cards: no package.json above ${start}`);
        dir = parent;
    }
}
exports.CARDS_DIR = (0, node_path_1.join)(findProjectRoot(__dirname), 'cards');
function loadTemplate(file) {
    const path = (0, node_path_1.join)(exports.CARDS_DIR, file);
    try {
        return new adaptivecards_templating_1.Template(JSON.parse((0, node_fs_1.readFileSync)(path, 'utf8')));
    }
    catch (error) {
        throw new Error(`cards: cannot load template ${path}: ${error.message}`, { cause: error });
    }
}
function loadAll() {
    const entries = Object.entries(exports.TEMPLATE_FILES).map(([type, file]) => [type, loadTemplate(file)]);
    return Object.freeze(Object.fromEntries(entries));
}
/**
 * Prepared once. A Template keeps per-expansion state on itself, but expand()
 * is synchronous, so two turns can never interleave inside one.
 */
const TEMPLATES = loadAll();
/** Expands the template of a view type with already-shaped data (src/cards/data). */
function expandTemplate(type, data) {
    return TEMPLATES[type].expand({ $root: data });
}
//# sourceMappingURL=templates.js.map