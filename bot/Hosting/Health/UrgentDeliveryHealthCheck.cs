using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PuenteBot.Escalations.Delivery;
using PuenteBot.Escalations.Rescue;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Hosting.Health;

/// <summary>
/// No urgent escalation has waited undelivered (pending or dead-lettered, not acknowledged; in the database or in
/// the spool) longer than <c>Escalation:Delivery:AlertAfter</c>: <c>ok</c> or <c>undelivered</c>.
/// </summary>
public sealed class UrgentDeliveryHealthCheck(SqliteDatabase database, EscalationSpool spool, IOptions<EscalationOptions> options, TimeProvider clock) : IHealthCheck
{
    private readonly TimeSpan alertAfter = options.Value.Delivery.AlertAfter;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow() - alertAfter;
        var spooled = (await spool.ReadAllAsync(cancellationToken)).Count(e => e.Urgency == "urgent" && e.DeliveredBy.Count == 0 && e.CreatedAt <= cutoff);
        long stored;
        try
        {
            stored = await CountStoredAsync(cutoff, cancellationToken);
        }
        catch (SqliteException)
        {
            return HealthCheckResult.Unhealthy("unknown");
        }

        var waiting = stored + spooled;
        return waiting == 0
            ? HealthCheckResult.Healthy("ok")
            : HealthCheckResult.Unhealthy("undelivered", data: new Dictionary<string, object> { ["urgentUndelivered"] = waiting });
    }

    private async Task<long> CountStoredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*) FROM escalations
            WHERE urgency = 'urgent' AND state IN ('pending', 'dead_letter') AND created_at <= $cutoff
            """;
        command.Parameters.AddWithValue("$cutoff", cutoff.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
