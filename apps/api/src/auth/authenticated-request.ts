import type { Request } from 'express';
import type { Principal } from '#application';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}
