"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MigrationError = void 0;
/** A migration problem with a stable code; the message says what to do about it. */
class MigrationError extends Error {
    code;
    name = 'MigrationError';
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
    }
}
exports.MigrationError = MigrationError;
//# sourceMappingURL=migration-error.js.map