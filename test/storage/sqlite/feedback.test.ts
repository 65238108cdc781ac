import path from 'node:path';
import { openDatabase, type Db } from '../../../src/storage/sqlite/db';
import { SqliteFeedbackStore } from '../../../src/storage/sqlite/feedback';
import { feedbackConformance } from '../conformance/feedback';
import { tempDir } from '../../helpers/tmp';

feedbackConformance(() => {
  const tmp = tempDir();
  const file = path.join(tmp.dir, 'feedback.sqlite');
  let db: Db = openDatabase(file);
  return Promise.resolve({
    store: new SqliteFeedbackStore(db),
    reopen: () => {
      db.close();
      db = openDatabase(file);
      return Promise.resolve(new SqliteFeedbackStore(db));
    },
    close: () => {
      db.close();
      tmp.cleanup();
      return Promise.resolve();
    },
  });
});
