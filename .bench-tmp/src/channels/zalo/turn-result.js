"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resultItems = resultItems;
const view_text_1 = require("./view-text");
const ANNOUNCED = /^(notice|rollcall|vote):/;
// What to type when a button answer needs words the button cannot carry.
const HINTS = {
    'rsvp.reason_required': 'Đồng chí trả lời theo mẫu: "vắng: <lý do>", ví dụ "vắng: đi công tác".',
    'vote.comment_required': 'Đồng chí trả lời theo mẫu: "ý kiến khác: <nội dung>".',
    'vote.not_eligible_probationary': 'Đồng chí gửi ý kiến theo mẫu: "ý kiến khác: <nội dung>".',
};
/** `senderName` is set in groups, where a confirmation must say whose answer it was. */
function resultItems(result, senderName) {
    const items = [];
    const announce = [];
    for (const reply of result.replies) {
        if (reply.kind === 'text')
            items.push(reply.text);
        else if (reply.cardKey !== undefined && ANNOUNCED.test(reply.cardKey) && result.error === undefined)
            announce.push(reply.cardKey);
        else
            items.push(reply.view);
    }
    const hint = result.error ? HINTS[result.error.code] : undefined;
    if (hint !== undefined)
        items.push(hint);
    if (result.updatedCard !== undefined && result.error === undefined) {
        const line = (0, view_text_1.confirmationText)(result.updatedCard);
        // Text turns already carry the core's own "Đã ghi nhận…" note; the confirmation adds the choice itself.
        items.push(senderName === undefined ? line : `Đồng chí ${senderName}: ${line}`);
    }
    return { items, announce };
}
//# sourceMappingURL=turn-result.js.map