import type { Db } from './client';

/** How many studies the store holds: the health check's proof that the database answers. */
export async function countStudies(db: Db): Promise<number> {
  return db.study.count();
}
