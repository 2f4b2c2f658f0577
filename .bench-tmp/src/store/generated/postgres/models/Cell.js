"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=Cell.js.map