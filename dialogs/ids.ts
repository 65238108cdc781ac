/** Dialog ids, one place. */
export const MAIN_DIALOG = 'mainDialog';
export const ROUTER_WATERFALL = 'mainDialog.router';
export const LANGUAGE_DIALOG = 'languageDialog';
export const LANGUAGE_WATERFALL = 'languageDialog.waterfall';
export const LANGUAGE_PROMPT = 'languageDialog.prompt';
