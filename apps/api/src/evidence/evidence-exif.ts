import { parse } from 'exifr';
import type { EvidenceMediaType } from './evidence-media-type';

/** Where and when a photo was taken, as its camera recorded it; null where it did not. */
export interface PhotoExif {
  /** ISO instant. */
  readonly takenAt: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
}

const NOTHING: PhotoExif = { takenAt: null, latitude: null, longitude: null };

/** The formats exifr reads EXIF from, of those evidence may be. */
const WITH_EXIF: ReadonlySet<EvidenceMediaType> = new Set(['image/jpeg', 'image/png']);

/**
 * Reads DateTimeOriginal and the GPS position. A photo without EXIF, or with EXIF exifr cannot
 * make sense of, is still good evidence: it gets nulls rather than a refusal.
 */
export async function readPhotoExif(
  bytes: Buffer,
  mediaType: EvidenceMediaType,
): Promise<PhotoExif> {
  if (!WITH_EXIF.has(mediaType)) return NOTHING;
  let tags: unknown;
  try {
    // reviveValues off: exifr would turn DateTimeOriginal into a Date in the server's zone.
    tags = await parse(bytes, { pick: PICKED_TAGS, reviveValues: false });
  } catch {
    return NOTHING;
  }
  if (typeof tags !== 'object' || tags === null) return NOTHING;
  const exif = tags as Record<string, unknown>;
  const latitude = coordinate(exif.latitude, 90);
  const longitude = coordinate(exif.longitude, 180);
  const hasPosition = latitude !== null && longitude !== null;
  return {
    takenAt: exifInstant(exif.DateTimeOriginal, exif.OffsetTimeOriginal),
    latitude: hasPosition ? latitude : null,
    longitude: hasPosition ? longitude : null,
  };
}

const PICKED_TAGS = [
  'DateTimeOriginal',
  'OffsetTimeOriginal',
  'GPSLatitude',
  'GPSLatitudeRef',
  'GPSLongitude',
  'GPSLongitudeRef',
];

/**
 * EXIF DateTimeOriginal ("2024:03:01 10:20:30") is the camera's wall clock, without a zone. The
 * photos are taken in China, so it is read as China time (+08:00), unless the camera also wrote
 * its offset (OffsetTimeOriginal, EXIF 2.31), which then wins. "0000:00:00 00:00:00", which
 * cameras write when their clock was never set, and other impossible dates give null.
 */
export function exifInstant(dateTime: unknown, offsetTime?: unknown): string | null {
  if (typeof dateTime !== 'string') return null;
  const match = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(dateTime.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  const wallClock = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const asWritten =
    wallClock.getUTCFullYear() === year &&
    wallClock.getUTCMonth() === month - 1 &&
    wallClock.getUTCDate() === day &&
    wallClock.getUTCHours() === hour &&
    wallClock.getUTCMinutes() === minute &&
    wallClock.getUTCSeconds() === second;
  if (!asWritten) return null;
  return new Date(wallClock.getTime() - offsetMinutes(offsetTime) * 60_000).toISOString();
}

const CHINA_OFFSET_MINUTES = 8 * 60;

function offsetMinutes(offsetTime: unknown): number {
  const match = typeof offsetTime === 'string' && /^([+-])(\d{2}):(\d{2})$/.exec(offsetTime.trim());
  if (!match) return CHINA_OFFSET_MINUTES;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (minutes > 14 * 60) return CHINA_OFFSET_MINUTES;
  return match[1] === '-' ? -minutes : minutes;
}

function coordinate(value: unknown, limit: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit
    ? value
    : null;
}
