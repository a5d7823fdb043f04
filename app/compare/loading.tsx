import { LoadingStatus } from '@/components/ui/loading-status';

export default LoadingStatus;
