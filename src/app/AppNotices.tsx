/**
 * The app's notices: a new version waiting, a part that could not load, settings that cannot
 * be kept. Loaded only once one of them has something to say (see useNoticesWanted), so
 * they weigh nothing on a visit that goes well. Each reads its store when it mounts, so
 * nothing announced before it loaded is missed.
 */
import { LoadFailureNotice } from '../components/LoadFailureNotice';
import { StorageNotice } from '../components/StorageNotice';
import '../components/notices.css';
import { UpdateNotice } from '../features/offline/UpdateNotice';

export default function AppNotices() {
  return (
    <>
      <UpdateNotice />
      <LoadFailureNotice />
      <StorageNotice />
    </>
  );
}
