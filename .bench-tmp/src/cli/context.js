"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CliFailure = exports.UsageError = exports.EXIT_USAGE = exports.EXIT_FAILURE = exports.EXIT_OK = void 0;
exports.stringOption = stringOption;
exports.requiredOption = requiredOption;
exports.EXIT_OK = 0;
exports.EXIT_FAILURE = 1;
exports.EXIT_USAGE = 2;
/** The command line is wrong: exit 2 with the usage line of the command. */
class UsageError extends Error {
    usage;
    constructor(message, usage) {
        super(message);
        this.usage = usage;
        this.name = 'UsageError';
    }
}
exports.UsageError = UsageError;
/** An expected failure (file not found, unknown cell): exit 1 with this message and no stack. */
class CliFailure extends Error {
    constructor(message) {
        super(message);
        this.name = 'CliFailure';
    }
}
exports.CliFailure = CliFailure;
/** A string option, or undefined. */
function stringOption(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
/** A string option the command cannot do without. */
function requiredOption(values, name, usage) {
    const value = stringOption(values, name)?.trim();
    if (!value)
        throw new UsageError(`Thiếu tùy chọn --${name} (missing --${name})`, usage);
    return value;
}
//# sourceMappingURL=context.js.map