"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=ZaloToken.js.map