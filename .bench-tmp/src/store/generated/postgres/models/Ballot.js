"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=Ballot.js.map