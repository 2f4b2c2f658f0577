/** Setup of a cell from its chat: welcome, "Thiết lập chi bộ", the setup form and the roster card. */
export { welcome } from './welcome';
export { startSetup, UNNAMED_CELL } from './start-setup';
export { saveSetup, showSettings } from './save-setup';
export { saveSetupRoster, showSetupRoster } from './roster';
export type { ConversationMember } from './conversation-members';
export { ROSTER_PAGE_SIZE } from './roster-card';
