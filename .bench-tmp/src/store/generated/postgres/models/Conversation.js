"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=Conversation.js.map