/** Why the build in `root` must run again, or undefined when it is up to date. */
export function staleBuildReason(root: string): string | undefined;
