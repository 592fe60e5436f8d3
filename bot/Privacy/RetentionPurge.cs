using System.Data.Common;
using Microsoft.Extensions.Options;
using PuenteBot.State;

namespace PuenteBot.Privacy;

/// <summary>What one purge removed, as counts.</summary>
public sealed record PurgedData(int Conversations, int LogRows, int Escalations);

/// <summary>
/// The retention purge on either provider (<see cref="RetentionOptions"/>): conversations last saved before the
/// cutoff go with their log, SMS contact, MessageSids, sent SMS and Direct Line activities; log entries older than the
/// cutoff go from every conversation; escalations raised before their own cutoff go with their deliveries, case and
/// notes. The family link and the audit log stay. Escalations of a purged conversation stay until their own cutoff,
/// whole: retention is not a family's request.
/// </summary>
public sealed class RetentionPurge(SqlRunner sql, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionPurge> logger)
{
    private static readonly string[] ConversationTables =
    [
        "DELETE FROM conversation_log WHERE {0}",
        "DELETE FROM sms_contacts WHERE {0}",
        "DELETE FROM sms_messages WHERE {0}",
        "DELETE FROM sms_outbox WHERE state <> 'pending' AND {0}",
        "DELETE FROM directline_activities WHERE {0}",
    ];

    private static readonly string[] EscalationTables =
    [
        "DELETE FROM escalation_deliveries WHERE escalation_id IN (SELECT id FROM escalations WHERE created_at < @cutoff)",
        "DELETE FROM case_notes WHERE escalation_id IN (SELECT id FROM escalations WHERE created_at < @cutoff)",
        "DELETE FROM escalation_cases WHERE escalation_id IN (SELECT id FROM escalations WHERE created_at < @cutoff)",
    ];

    public async Task<PurgedData> PurgeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var (conversations, log) = settings.ConversationDays > 0
            ? await PurgeConversationsAsync(now.AddDays(-settings.ConversationDays), settings.BatchSize, cancellationToken)
            : (0, 0);
        var escalations = settings.EscalationDays > 0 ? await PurgeEscalationsAsync(now.AddDays(-settings.EscalationDays), cancellationToken) : 0;
        PrivacyLog.Purged(logger, conversations, log, escalations);
        return new PurgedData(conversations, log, escalations);
    }

    private Task<(int Conversations, int Log)> PurgeConversationsAsync(DateTimeOffset cutoff, int batch, CancellationToken cancellationToken) =>
        sql.WriteAsync(async connection =>
        {
            var ids = new List<string>();
            await using (var select = connection.CreateCommand())
            {
                select.CommandText = "SELECT id FROM conversations WHERE updated_at < @cutoff ORDER BY updated_at LIMIT @limit";
                sql.AddTime(select, "@cutoff", cutoff);
                SqlRunner.AddNumber(select, "@limit", batch);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetString(0));
                }
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var log = 0;
            if (ids.Count > 0)
            {
                foreach (var statement in ConversationTables)
                {
                    var count = await ExecuteAsync(connection, transaction, string.Format(statement, sql.InList("conversation_id", "@ids")), c => sql.AddList(c, "@ids", ids), cancellationToken);
                    log += statement.Contains("conversation_log", StringComparison.Ordinal) ? count : 0;
                }

                await ExecuteAsync(connection, transaction, $"DELETE FROM conversations WHERE {sql.InList("id", "@ids")}", c => sql.AddList(c, "@ids", ids), cancellationToken);
            }

            log += await ExecuteAsync(connection, transaction, "DELETE FROM conversation_log WHERE created_at < @cutoff", c => sql.AddTime(c, "@cutoff", cutoff), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (ids.Count, log);
        }, cancellationToken);

    private Task<int> PurgeEscalationsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        sql.WriteAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var statement in EscalationTables)
            {
                await ExecuteAsync(connection, transaction, statement, c => sql.AddTime(c, "@cutoff", cutoff), cancellationToken);
            }

            var deleted = await ExecuteAsync(connection, transaction, "DELETE FROM escalations WHERE created_at < @cutoff", c => sql.AddTime(c, "@cutoff", cutoff), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return deleted;
        }, cancellationToken);

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string statement, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = statement;
        parameters(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
