import type { ApiKey } from '../config';

/** Who is calling: null for anonymous readers. The HTTP layer finds it (src/http/viewer.ts). */
export interface Viewer {
  name: string;
  role: ApiKey['role'];
}
