"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=Meeting.js.map