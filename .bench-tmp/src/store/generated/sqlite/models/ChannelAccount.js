"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=ChannelAccount.js.map