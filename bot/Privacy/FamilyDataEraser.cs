using System.Data.Common;
using System.Text.Json.Nodes;
using PuenteBot.Channels.Sms;
using PuenteBot.State;

namespace PuenteBot.Privacy;

/// <summary>
/// Deletes what a family told PuenteBot in one conversation, on either provider, in one transaction: the state, the
/// conversation log, the SMS contact (the phone number; kept only until the replies still waiting for it, such as a late
/// confirmation, are sent: <see cref="ErasedSmsContacts"/>) and the MessageSids taken, the SMS replies already sent, and the
/// embedded Direct Line's activities (the conversation row stays, so an open web chat keeps working and hears the
/// confirmation), and the words of the clinicians' follow-ups sent on it (their <c>outreach</c> rows stay, without the
/// text). Escalations stay listed with only what the clinic must retain (<see cref="EscalationRedaction"/>);
/// the family link (<c>family_conversations</c>) and the staff's own case notes and audit stay.
/// </summary>
public sealed class FamilyDataEraser(SqlRunner sql, TimeProvider clock, ILogger<FamilyDataEraser> logger)
{
    public async Task<ErasedData> EraseAsync(string conversationId, string by, CancellationToken cancellationToken)
    {
        var erased = await sql.WriteAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var state = await DeleteAsync(connection, transaction, "DELETE FROM conversations WHERE id = @id", conversationId, cancellationToken);
            var log = await DeleteAsync(connection, transaction, "DELETE FROM conversation_log WHERE conversation_id = @id", conversationId, cancellationToken);
            var contacts = await ErasedSmsContacts.DeleteOrKeepForPendingAsync(connection, transaction, conversationId, cancellationToken);
            await DeleteAsync(connection, transaction, "DELETE FROM sms_messages WHERE conversation_id = @id", conversationId, cancellationToken);
            await DeleteAsync(connection, transaction, "DELETE FROM sms_outbox WHERE conversation_id = @id AND state <> 'pending'", conversationId, cancellationToken);
            var activities = await DeleteAsync(connection, transaction, "DELETE FROM directline_activities WHERE conversation_id = @id", conversationId, cancellationToken);
            await DeleteAsync(connection, transaction, "UPDATE outreach SET body = NULL WHERE conversation_id = @id AND body IS NOT NULL", conversationId, cancellationToken);
            var escalations = await RedactEscalationsAsync(connection, transaction, conversationId, by, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ErasedData(state, log, contacts, activities, escalations);
        }, cancellationToken);
        PrivacyLog.Erased(logger, by, erased.StateRows, erased.LogRows, erased.SmsContacts, erased.DirectLineActivities, erased.EscalationsRedacted);
        return erased;
    }

    private async Task<int> RedactEscalationsAsync(DbConnection connection, DbTransaction transaction, string conversationId, string by, CancellationToken cancellationToken)
    {
        var summaries = new List<(string Id, JsonObject Summary)>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT id, summary FROM escalations WHERE conversation_id = @id";
            SqlRunner.AddText(select, "@id", conversationId);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                summaries.Add((reader.GetString(0), JsonNode.Parse(reader.GetString(1)) as JsonObject ?? []));
            }
        }

        var now = clock.GetUtcNow();
        foreach (var (id, summary) in summaries)
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE escalations SET summary = @summary WHERE id = @id";
            SqlRunner.AddText(update, "@id", id);
            sql.AddJson(update, "@summary", EscalationRedaction.Redact(summary, by, now).ToJsonString());
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return summaries.Count;
    }

    private static async Task<int> DeleteAsync(DbConnection connection, DbTransaction transaction, string statement, string conversationId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = statement;
        SqlRunner.AddText(command, "@id", conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
