import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'participation:public';

/** Marks a route that needs no token (health, the OpenAPI document, public views). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
