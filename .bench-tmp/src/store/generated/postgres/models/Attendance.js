"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=Attendance.js.map