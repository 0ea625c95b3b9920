export const CLIENT_TYPES_FILE: string;
export function servedOpenApiDocument(): Promise<Record<string, unknown>>;
export function currentClientTypes(): Promise<string>;
export function committedClientTypes(): string;
