#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.usageText = void 0;
exports.defaultCliDeps = defaultCliDeps;
exports.main = main;
/**
 * Admin command line (`npm run cli -- <command>`): import a roster, list
 * cells, members and meetings, print a meeting summary, seed the demo cell,
 * run migrations. The commands live in src/cli/, one file each.
 */
const promises_1 = require("node:fs/promises");
const run_1 = require("./cli/run");
const config_1 = require("./config");
const ports_1 = require("./features/ports");
const database_1 = require("./store/database");
var run_2 = require("./cli/run");
Object.defineProperty(exports, "usageText", { enumerable: true, get: function () { return run_2.usageText; } });
/** The production wiring: configuration from the environment, the real database and clock. */
function defaultCliDeps() {
    return {
        config: () => (0, config_1.loadConfig)(),
        openDatabase: (url) => (0, database_1.openDatabase)(url),
        readFile: (path) => (0, promises_1.readFile)(path),
        clock: ports_1.systemClock,
    };
}
/** Runs one command line and resolves to its exit code (0 ok, 1 failure, 2 usage). */
function main(argv, io, deps = defaultCliDeps()) {
    return (0, run_1.runCli)(argv, io, deps);
}
if (require.main === module) {
    main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
        process.exitCode = code;
    }, (error) => {
        // runCli reports every error itself; this is a failure to write to stdout/stderr.
        process.stderr.write(`${String(error)}\n`);
        process.exitCode = 1;
    });
}
//# sourceMappingURL=cli.js.map