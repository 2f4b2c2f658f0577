"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=rows.js.map