import type { Container } from '@azure/cosmos';
import { profileSchema, type SurveyProfile, type SurveyProfileStore } from '../ports/profiles';
import { defined, deleteDoc, deleteWhere, readDoc, sql, type Doc } from './support';

type ProfileDoc = Doc & SurveyProfile;

/** Optional survey profiles on Cosmos DB: container `surveyprofiles`, one document per user (id = pk = user id). */
export class CosmosSurveyProfileStore implements SurveyProfileStore {
  constructor(private readonly container: Container) {}

  async get(userId: string): Promise<SurveyProfile | undefined> {
    const d = await readDoc<ProfileDoc>(this.container, userId, userId);
    return d
      ? defined({ userId: d.userId, ageBand: d.ageBand, grade: d.grade, locality: d.locality, gender: d.gender, updatedAt: d.updatedAt })
      : undefined;
  }

  /** Replaces the whole document, so fields left out are cleared. */
  async save(profile: SurveyProfile): Promise<void> {
    const p = profileSchema.parse(profile);
    await this.container.items.upsert<ProfileDoc>({ ...defined(p), id: p.userId, pk: p.userId });
  }

  async deleteByUser(userId: string): Promise<number> {
    return (await deleteDoc(this.container, userId, userId)) ? 1 : 0;
  }

  purgeBefore(before: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.updatedAt < @b', { b: before }));
  }
}
