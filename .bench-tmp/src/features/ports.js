"use strict";
/** The small ports features talk to besides the store. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.systemClock = void 0;
exports.systemClock = { now: () => new Date() };
//# sourceMappingURL=ports.js.map