"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=Speech.js.map