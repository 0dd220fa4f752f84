/** The check files on disk: checks/aws/<service>/<check_id>.ts. */
export function checkFiles(): { service: string; id: string }[];
/** Each generated file (path from the repository root) with the content it should have. */
export function renderAll(): Record<string, string>;
