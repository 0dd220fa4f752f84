/** The assumed-role session scanner asks for unless told otherwise (`--role-session-name`, `-T`). */
export const DEFAULT_ROLE_SESSION_NAME = 'ScannerAssessmentSession';
export const DEFAULT_SESSION_DURATION = 3600;
