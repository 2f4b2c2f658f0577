"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=migration-driver.js.map