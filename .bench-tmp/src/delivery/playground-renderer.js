"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fallbackOf = fallbackOf;
exports.createPlaygroundRenderer = createPlaygroundRenderer;
/** The playground's renderer: the same Adaptive Card the Teams channel shows, with a text fallback. */
const render_1 = require("../cards/render");
/** A short line for notifications and logs: the message text, or the card's heading. */
function fallbackOf(view) {
    switch (view.type) {
        case 'message':
            return view.title ? `${view.title}: ${view.text}` : view.text;
        case 'notice':
        case 'rollcall':
        case 'summary':
            return view.heading;
        case 'vote':
            return view.title;
        default:
            return undefined;
    }
}
function createPlaygroundRenderer() {
    return {
        platform: 'playground',
        render(view) {
            const fallbackText = fallbackOf(view);
            const card = (0, render_1.renderCard)(view);
            return Promise.resolve(fallbackText === undefined ? { kind: 'card', card } : { kind: 'card', card, fallbackText });
        },
    };
}
//# sourceMappingURL=playground-renderer.js.map