"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=ZaloWebhookEvent.js.map