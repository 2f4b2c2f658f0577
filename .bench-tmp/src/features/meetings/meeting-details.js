"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.documentSchema = exports.venueSchema = void 0;
exports.parseVenues = parseVenues;
exports.parseDocuments = parseDocuments;
exports.isMarkedSecret = isMarkedSecret;
/** The JSON columns of a meeting (venues, documents), validated on the way in and out. */
const zod_1 = require("zod");
exports.venueSchema = zod_1.z.object({
    name: zod_1.z.string().trim().min(1).max(200),
    main: zod_1.z.boolean(),
    joinUrl: zod_1.z.url().max(2000).optional(),
});
exports.documentSchema = zod_1.z.object({
    title: zod_1.z.string().trim().min(1).max(300),
    url: zod_1.z.url().max(2000),
});
const venuesSchema = zod_1.z.array(exports.venueSchema).max(50);
const documentsSchema = zod_1.z.array(exports.documentSchema).max(50);
function parseVenues(json) {
    return venuesSchema.parse(JSON.parse(json)).map((v) => ({ name: v.name, main: v.main, ...(v.joinUrl ? { joinUrl: v.joinUrl } : {}) }));
}
function parseDocuments(json) {
    return documentsSchema.parse(JSON.parse(json));
}
/** Documents marked secret must never be posted (DOMAIN.md, Safety): link to them instead. */
function isMarkedSecret(title) {
    return /(^|[^\p{L}])MẬT($|[^\p{L}])/u.test(title.normalize('NFC').toUpperCase());
}
//# sourceMappingURL=meeting-details.js.map