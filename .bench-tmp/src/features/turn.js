"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PLATFORMS = void 0;
exports.PLATFORMS = ['teams', 'zalo', 'playground'];
//# sourceMappingURL=turn.js.map