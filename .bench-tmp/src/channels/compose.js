"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.composeChannels = composeChannels;
const delivery_1 = require("../delivery");
const dispatcher_1 = require("../outbox/dispatcher");
const scheduler_1 = require("../scheduler");
const teams_1 = require("./teams");
const zalo_1 = require("./zalo");
function composeChannels(deps) {
    const { config, db, bot, clock, logger } = deps;
    // The dispatcher is created after the channels that wake it; the holder breaks that cycle.
    const wiring = {};
    const notifyOutbox = () => wiring.dispatcher?.notify();
    const teams = (0, teams_1.createTeamsChannel)({
        config, db, bot, clock, logger, notifyOutbox,
        ...(deps.teamsAuthEndpoints === undefined ? {} : { authEndpoints: deps.teamsAuthEndpoints }),
    });
    const zalo = config.zalo === undefined ? undefined : (0, zalo_1.createZaloChannel)({ config, db, bot, clock, logger, notifyOutbox, instanceId: config.instanceId });
    const dispatcher = (0, dispatcher_1.createOutboxDispatcher)({
        db, clock, logger, instanceId: config.instanceId,
        transports: [teams.transport, ...(zalo ? [zalo.transport] : [])],
    });
    wiring.dispatcher = dispatcher;
    const delivery = (0, delivery_1.createDelivery)({ db, clock, notify: notifyOutbox, renderers: [teams.renderer, ...(zalo ? [zalo.renderer] : [])] });
    const scheduler = (0, scheduler_1.createScheduler)({ config, db, delivery, clock, logger, instanceId: config.instanceId });
    return {
        routes: [teams.routes, ...(zalo ? zalo.routes : [])],
        dispatcher,
        delivery,
        scheduler,
        start() {
            dispatcher.start();
            zalo?.start();
            scheduler.start();
        },
        async stop() {
            await scheduler.stop();
            await zalo?.stop();
            await dispatcher.stop();
            await teams.close();
        },
    };
}
//# sourceMappingURL=compose.js.map