"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseRosterDate = exports.importRoster = exports.CellNotFoundError = exports.planImport = exports.rosterFormatOf = exports.parseRosterXlsx = exports.parseRosterFile = exports.parseRosterCsv = exports.formatWarning = exports.formatIssue = exports.ROSTER_FIELDS = exports.FIELD_NAMES = void 0;
/** Roster import: parse (pure) then import (one transaction). */
var columns_1 = require("./columns");
Object.defineProperty(exports, "FIELD_NAMES", { enumerable: true, get: function () { return columns_1.FIELD_NAMES; } });
Object.defineProperty(exports, "ROSTER_FIELDS", { enumerable: true, get: function () { return columns_1.ROSTER_FIELDS; } });
var issues_1 = require("./issues");
Object.defineProperty(exports, "formatIssue", { enumerable: true, get: function () { return issues_1.formatIssue; } });
Object.defineProperty(exports, "formatWarning", { enumerable: true, get: function () { return issues_1.formatWarning; } });
var parse_roster_1 = require("./parse-roster");
Object.defineProperty(exports, "parseRosterCsv", { enumerable: true, get: function () { return parse_roster_1.parseRosterCsv; } });
Object.defineProperty(exports, "parseRosterFile", { enumerable: true, get: function () { return parse_roster_1.parseRosterFile; } });
Object.defineProperty(exports, "parseRosterXlsx", { enumerable: true, get: function () { return parse_roster_1.parseRosterXlsx; } });
Object.defineProperty(exports, "rosterFormatOf", { enumerable: true, get: function () { return parse_roster_1.rosterFormatOf; } });
var plan_import_1 = require("./plan-import");
Object.defineProperty(exports, "planImport", { enumerable: true, get: function () { return plan_import_1.planImport; } });
var import_roster_1 = require("./import-roster");
Object.defineProperty(exports, "CellNotFoundError", { enumerable: true, get: function () { return import_roster_1.CellNotFoundError; } });
Object.defineProperty(exports, "importRoster", { enumerable: true, get: function () { return import_roster_1.importRoster; } });
var validate_rows_1 = require("./validate-rows");
Object.defineProperty(exports, "parseRosterDate", { enumerable: true, get: function () { return validate_rows_1.parseRosterDate; } });
//# sourceMappingURL=index.js.map