"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=OutboxMessage.js.map