"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.helpView = helpView;
exports.showHelp = showHelp;
const commands_1 = require("../../core/commands");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
function helpView(locale, isCommittee) {
    return {
        type: 'help',
        locale,
        isCommittee,
        commands: commands_1.COMMAND_HELP.filter((c) => isCommittee || !c.committeeOnly).map((c) => ({ command: c.command, description: c[locale] })),
    };
}
function showHelp(ctx, unknownText) {
    const view = helpView(ctx.turn.locale, (0, context_1.memberIsCommittee)(ctx.member));
    if (unknownText === undefined)
        return (0, results_1.replyWith)(view);
    const vi = ctx.turn.locale === 'vi';
    const notice = (0, results_1.messageView)(ctx.turn.locale, 'info', vi ? 'Chưa hiểu yêu cầu của đồng chí. Các lệnh có thể dùng:' : 'Sorry, I did not understand. Commands you can use:');
    return (0, results_1.replyWith)(notice, view);
}
//# sourceMappingURL=help.js.map