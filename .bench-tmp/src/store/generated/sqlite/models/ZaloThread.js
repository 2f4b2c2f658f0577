"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=ZaloThread.js.map