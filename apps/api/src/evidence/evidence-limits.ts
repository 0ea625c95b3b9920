/** The largest evidence file accepted: a full-resolution phone photo or a scanned notice fits. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export const MAX_EVIDENCE_NOTE_LENGTH = 2000;

/** The multipart field that carries the file. */
export const EVIDENCE_FILE_FIELD = 'file';
