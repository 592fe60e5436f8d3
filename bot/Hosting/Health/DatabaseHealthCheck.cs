using Microsoft.Extensions.Diagnostics.HealthChecks;
using PuenteBot.State;

namespace PuenteBot.Hosting.Health;

/// <summary>The database answers and takes a real write (<see cref="IDatabaseWriteProbe"/>): <c>ok</c>, <c>unreachable</c> or <c>not_writable</c>.</summary>
public sealed class DatabaseHealthCheck(IConversationStore store, IDatabaseWriteProbe probe) : IHealthCheck
{
    /// <summary>How long the probe waits for a write lock another process holds.</summary>
    public static readonly TimeSpan ProbeWait = TimeSpan.FromSeconds(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await store.IsReachableAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("unreachable");
        }

        return await probe.ProbeAsync(ProbeWait, cancellationToken) is { } error
            ? HealthCheckResult.Unhealthy("not_writable", data: new Dictionary<string, object> { ["error"] = error })
            : HealthCheckResult.Healthy("ok");
    }
}
