"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=Task.js.map