"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=Guest.js.map