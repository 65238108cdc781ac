import path from 'node:path';
import { openDatabase, type Db } from '../../../src/storage/sqlite/db';
import { SqliteConsentStore } from '../../../src/storage/sqlite/consent';
import { SqliteSurveyProfileStore } from '../../../src/storage/sqlite/profiles';
import { SqliteSurveyResultStore } from '../../../src/storage/sqlite/surveys';
import { consentConformance } from '../conformance/consent';
import { profilesConformance } from '../conformance/profiles';
import { surveysConformance } from '../conformance/surveys';
import { tempDir } from '../../helpers/tmp';

/** A store on a real SQLite file in a temp folder, reopenable on the same file. */
function harness<S>(make: (db: Db) => S) {
  return () => {
    const tmp = tempDir();
    const file = path.join(tmp.dir, 'surveys.sqlite');
    let db: Db = openDatabase(file);
    return Promise.resolve({
      store: make(db),
      reopen: () => {
        db.close();
        db = openDatabase(file);
        return Promise.resolve(make(db));
      },
      close: () => {
        db.close();
        tmp.cleanup();
        return Promise.resolve();
      },
    });
  };
}

surveysConformance(harness((db) => new SqliteSurveyResultStore(db)));
consentConformance(harness((db) => new SqliteConsentStore(db)));
profilesConformance(harness((db) => new SqliteSurveyProfileStore(db)));
