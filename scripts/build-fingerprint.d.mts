export function computeBuildFingerprint(root: string): string;
export function buildIsCurrent(root: string): boolean;
export function writeBuildFingerprint(root: string): void;
