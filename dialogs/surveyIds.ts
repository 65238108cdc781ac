/** Dialog ids of the survey, consent and deletion dialogs, one place. */
export const SURVEY_DIALOG = 'surveyDialog';
export const SURVEY_WATERFALL = 'surveyDialog.waterfall';
export const SURVEY_RESUME_PROMPT = 'surveyDialog.resume';
export const SURVEY_QUESTIONS = 'surveyDialog.questions';
export const CONSENT_DIALOG = 'consentDialog';
export const CONSENT_WATERFALL = 'consentDialog.waterfall';
export const CONSENT_AGE_PROMPT = 'consentDialog.age';
export const CONSENT_CHOICE_PROMPT = 'consentDialog.choice';
export const PROFILE_DIALOG = 'surveyProfileDialog';
export const PROFILE_WATERFALL = 'surveyProfileDialog.waterfall';
export const PROFILE_OFFER_PROMPT = 'surveyProfileDialog.offer';
export const PROFILE_GRADE_PROMPT = 'surveyProfileDialog.grade';
export const PROFILE_LOCALITY_PROMPT = 'surveyProfileDialog.locality';
export const PROFILE_GENDER_PROMPT = 'surveyProfileDialog.gender';
export const DELETE_DATA_DIALOG = 'deleteDataDialog';
export const DELETE_DATA_WATERFALL = 'deleteDataDialog.waterfall';
export const DELETE_DATA_PROMPT = 'deleteDataDialog.choice';
