"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.createPostgresClient = createPostgresClient;
const database_url_1 = require("./database-url");
/**
 * A Prisma client on PostgreSQL, typed as the SQLite client. Both are generated
 * from the same models (scripts/generate-prisma.js changes only the provider), so
 * the API the code uses is the same; the SQLite type keeps code off
 * PostgreSQL-only features. Loaded on demand so SQLite deployments skip pg.
 */
async function createPostgresClient(target, log) {
    const [{ PrismaPg }, generated] = await Promise.all([
        Promise.resolve().then(() => __importStar(require('@prisma/adapter-pg'))),
        Promise.resolve().then(() => __importStar(require('./generated/postgres/client'))),
    ]);
    // The schema option qualifies the client's table names; search_path covers raw SQL.
    const adapter = new PrismaPg((0, database_url_1.postgresClientConfig)(target), target.schema === undefined ? undefined : { schema: target.schema });
    const client = new generated.PrismaClient({ adapter, log: [...log] });
    return client;
}
//# sourceMappingURL=postgres-client.js.map