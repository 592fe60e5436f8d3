using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using PuenteBot.Escalations.Delivery;

namespace PuenteBot.Escalations;

/// <summary>
/// How escalation and delivery rows are read on either provider: the same columns, times as SQLite's round-trip UTC
/// text or PostgreSQL's <c>timestamptz</c>, JSON as text.
/// </summary>
internal static class EscalationRowReader
{
    /// <summary>The columns <see cref="Read"/> expects, in order (the table aliased as <c>e</c>).</summary>
    public const string Columns = "e.id, e.conversation_id, e.urgency, e.reason, e.state, e.summary, e.created_at, e.acknowledged_by, e.acknowledged_at";

    /// <summary>Orders urgent before routine before barrier reports (and anything else last).</summary>
    public const string UrgencyRank = "CASE e.urgency WHEN 'urgent' THEN 0 WHEN 'routine' THEN 1 WHEN 'barrier_report' THEN 2 ELSE 3 END";

    /// <summary>The columns <see cref="ReadDeliveriesAsync"/> expects, in order.</summary>
    public const string DeliveryColumns = "notifier, state, attempts, next_attempt_at, last_error, delivered_at, idempotency_key";

    public static EscalationRecord Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        JsonNode.Parse(reader.GetString(5)) as JsonObject ?? [],
        Time(reader.GetValue(6)),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : Time(reader.GetValue(8)));

    public static Task<List<EscalationRecord>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken) =>
        ReadAllAsync(command, Read, cancellationToken);

    public static Task<List<EscalationDeliveryStatus>> ReadDeliveriesAsync(DbCommand command, CancellationToken cancellationToken) =>
        ReadAllAsync(
            command,
            reader => new EscalationDeliveryStatus(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt32(2),
                Time(reader.GetValue(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : Time(reader.GetValue(5)),
                reader.GetString(6)),
            cancellationToken);

    /// <summary>A stored time as either provider returns it.</summary>
    public static DateTimeOffset Time(object value) => value switch
    {
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        _ => throw new InvalidOperationException($"A stored time came back as {value.GetType().Name}."),
    };

    private static async Task<List<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
