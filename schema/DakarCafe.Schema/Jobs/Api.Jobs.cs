using DakarCafe.Protocol;
using DakarCafe.Schema.Jobs;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>jobs</c> module's functions.</summary>
    public static class Jobs
    {
        /// <summary><c>jobs:listJobs</c>: Scheduled jobs, live: pending, running, done, failed with their errors (staff).</summary>
        public static QueryReference<ListJobsArgs, IReadOnlyList<JobView>> ListJobs { get; } = new("jobs:listJobs");
    }
}
