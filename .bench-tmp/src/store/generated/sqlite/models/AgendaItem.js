"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=AgendaItem.js.map