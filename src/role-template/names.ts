// The role's naming rules, apart from the template so the CLI can show them without building it.

/** What IAM accepts as an `sts:ExternalId`. */
export const EXTERNAL_ID_PATTERN = /^[\w+=,.@:/-]{2,1224}$/;

/** What IAM accepts as a role name (without a path). */
export const ROLE_NAME_PATTERN = /^[\w+=,.@-]{1,64}$/;

/**
 * The scan name ends up single-quoted in the ready-to-run command the stack outputs, so quotes,
 * `$` and backslashes are kept out; this still allows names such as "Acme (prod) & Co.".
 */
export const SCAN_NAME_PATTERN = /^[\w .,&()@+-]{1,200}$/;

export const DEFAULT_ROLE_NAME = 'ScannerAudit';
