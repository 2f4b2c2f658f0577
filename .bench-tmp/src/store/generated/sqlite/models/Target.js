"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=Target.js.map