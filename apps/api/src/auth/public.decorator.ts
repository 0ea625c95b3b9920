import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = Symbol('firecase:public');

/** Opens an endpoint to callers without a token (login, refresh, health); everything else needs one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
