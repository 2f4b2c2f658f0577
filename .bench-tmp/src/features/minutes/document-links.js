"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.linksOf = linksOf;
function isDocumentLinks(value) {
    return typeof value === 'object' && value !== null && 'minutes' in value && typeof value.minutes === 'function' && 'dashboard' in value;
}
/**
 * The links port, when the composition root provided one. It arrives in the
 * context as `links` (BotDependencies are spread into every FeatureContext);
 * read defensively until `links` is declared on Services.
 */
function linksOf(ctx) {
    const candidate = ctx.links;
    return isDocumentLinks(candidate) ? candidate : null;
}
//# sourceMappingURL=document-links.js.map