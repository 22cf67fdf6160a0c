using DakarCafe.Engine.Scheduling;

namespace DakarCafe.Engine.Internal.Scheduling;

/// <summary>A cron declared in code: its name, schedule, and the function it runs with its arguments (JSON).</summary>
internal sealed record CronDefinition(string Name, CronSchedule Schedule, string Function, string Args);
