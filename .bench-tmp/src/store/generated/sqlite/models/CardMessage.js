"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=CardMessage.js.map