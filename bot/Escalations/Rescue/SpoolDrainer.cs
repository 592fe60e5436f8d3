using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations.Delivery;
using PuenteBot.State;
using PuenteBot.State.Sqlite;

namespace PuenteBot.Escalations.Rescue;

/// <summary>
/// Moves spooled escalations into the database once it takes writes again, each exactly once: the row is keyed by
/// the escalation's id (a drain interrupted after its commit finds it there and only removes the file), and the
/// notifiers that already delivered it are recorded as delivered so the worker sends only what is still due.
/// </summary>
public sealed class SpoolDrainer(
    EscalationSpool spool,
    SqliteDatabase database,
    EscalationDispatcher dispatcher,
    EscalationSignal signal,
    IOptions<EscalationOptions> escalationOptions,
    IOptions<StorageOptions> storageOptions,
    TimeProvider clock,
    ILogger<SpoolDrainer> logger) : BackgroundService
{
    private readonly TimeSpan interval = escalationOptions.Value.Spool.DrainInterval;
    private readonly TimeSpan wait = storageOptions.Value.UrgentWriteTimeout;

    /// <summary>Drains what is in the spool now; returns how many escalations are still waiting there.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var spooled = await spool.ReadAllAsync(cancellationToken);
        for (var i = 0; i < spooled.Count; i++)
        {
            try
            {
                var isNew = await ImportAsync(spooled[i], cancellationToken);
                spool.Remove(spooled[i].Id);
                RescueLog.Drained(logger, spooled[i].Id, !isNew);
                signal.Notify();
            }
            catch (Exception exception) when (exception is SqliteException or TimeoutException or IOException)
            {
                RescueLog.DrainWaiting(logger, spooled.Count - i, EscalationAloneWriter.Describe(exception));
                return spooled.Count - i;
            }
        }

        return 0;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            await DrainOnceAsync(stoppingToken);
            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    private async Task<bool> ImportAsync(SpooledEscalation escalation, CancellationToken cancellationToken)
    {
        await using var lease = await database.OpenForWriteAsync(wait, cancellationToken);
        await using var transaction = lease.Connection.BeginTransaction(deferred: false);
        var write = new EscalationRequest(escalation.Urgency, escalation.Reason, escalation.Summary) { Id = escalation.Id };
        var isNew = await EscalationInsert.ExecuteAsync(lease.Connection, transaction, escalation.ConversationId, write, escalation.CreatedAt, cancellationToken);
        if (isNew && escalation.DeliveredBy.Count > 0)
        {
            await RecordDeliveriesAsync(lease.Connection, transaction, escalation, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return isNew;
    }

    private async Task RecordDeliveriesAsync(SqliteConnection connection, SqliteTransaction transaction, SpooledEscalation escalation, CancellationToken cancellationToken)
    {
        var configured = dispatcher.Notifiers;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$id", escalation.Id);
        command.Parameters.AddWithValue("$created", escalation.CreatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        foreach (var notifier in escalation.DeliveredBy)
        {
            command.Parameters.AddWithValue("$notifier", notifier);
            command.CommandText = """
                INSERT OR IGNORE INTO escalation_deliveries (escalation_id, notifier, state, attempts, next_attempt_at, delivered_at, idempotency_key)
                VALUES ($id, $notifier, 'delivered', 1, $created, $now, $id || ':' || $notifier)
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            command.Parameters.RemoveAt("$notifier");
        }

        if (configured.All(escalation.DeliveredBy.Contains))
        {
            command.CommandText = "UPDATE escalations SET state = 'delivered' WHERE id = $id AND state = 'pending'";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
