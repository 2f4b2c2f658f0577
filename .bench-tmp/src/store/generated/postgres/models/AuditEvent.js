"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=AuditEvent.js.map