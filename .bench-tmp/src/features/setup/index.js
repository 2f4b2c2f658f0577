"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ROSTER_PAGE_SIZE = exports.needsConversationMembers = exports.CONVERSATION_MEMBERS_KEY = exports.showSetupRoster = exports.saveSetupRoster = exports.saveSetup = exports.UNNAMED_CELL = exports.startSetup = exports.welcome = void 0;
/** Setup of a cell from its chat: welcome, "Thiết lập chi bộ", the setup form and the roster card. */
var welcome_1 = require("./welcome");
Object.defineProperty(exports, "welcome", { enumerable: true, get: function () { return welcome_1.welcome; } });
var start_setup_1 = require("./start-setup");
Object.defineProperty(exports, "startSetup", { enumerable: true, get: function () { return start_setup_1.startSetup; } });
Object.defineProperty(exports, "UNNAMED_CELL", { enumerable: true, get: function () { return start_setup_1.UNNAMED_CELL; } });
var save_setup_1 = require("./save-setup");
Object.defineProperty(exports, "saveSetup", { enumerable: true, get: function () { return save_setup_1.saveSetup; } });
var roster_1 = require("./roster");
Object.defineProperty(exports, "saveSetupRoster", { enumerable: true, get: function () { return roster_1.saveSetupRoster; } });
Object.defineProperty(exports, "showSetupRoster", { enumerable: true, get: function () { return roster_1.showSetupRoster; } });
var conversation_members_1 = require("./conversation-members");
Object.defineProperty(exports, "CONVERSATION_MEMBERS_KEY", { enumerable: true, get: function () { return conversation_members_1.CONVERSATION_MEMBERS_KEY; } });
Object.defineProperty(exports, "needsConversationMembers", { enumerable: true, get: function () { return conversation_members_1.needsConversationMembers; } });
var roster_card_1 = require("./roster-card");
Object.defineProperty(exports, "ROSTER_PAGE_SIZE", { enumerable: true, get: function () { return roster_card_1.ROSTER_PAGE_SIZE; } });
//# sourceMappingURL=index.js.map