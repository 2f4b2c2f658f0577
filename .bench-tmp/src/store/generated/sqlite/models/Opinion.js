"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=Opinion.js.map