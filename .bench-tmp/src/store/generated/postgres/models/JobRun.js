"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=JobRun.js.map