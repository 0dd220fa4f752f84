/** The content checks/index.ts should have for the check files on disk. */
export function renderCheckIndex(): string;
