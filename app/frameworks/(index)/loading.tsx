import { LoadingStatus } from '@/components/ui/loading-status';

// Only the index page shows a loading state: one around the value pages would start streaming before their
// lookup and turn a missing value's 404 into a 200.
export default LoadingStatus;
