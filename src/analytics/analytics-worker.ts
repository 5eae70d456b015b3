// The worker threads' entry (analytics-pool.ts): piscina calls the default
// export with each task and sends its result back to the event loop.
import { runAnalyticsTask } from './analytics-task';

export default runAnalyticsTask;
