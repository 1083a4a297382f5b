/**
 * The app's notices (loaded once the page has hydrated, so they weigh nothing on the first
 * paint): a new version waiting, a part that could not load, settings that cannot be kept.
 * Each reads its store when it mounts, so nothing announced before it loaded is missed.
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
