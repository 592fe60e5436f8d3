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
/// confirmation). Escalations stay listed with only what the clinic must retain (<see cref="EscalationRedaction"/>);
/// the family link (<c>family_conversations</c>) and the staff's own case notes and audit stay. The visits of the family
/// the conversation is linked to go too, with every message planned or sent to them (<c>appointments</c>, <c>outreach</c>):
/// the clinic's schedule stays in its own system; <see cref="EraseVisitsAsync"/> does the same for a family by id.
/// </summary>
public sealed class FamilyDataEraser(SqlRunner sql, TimeProvider clock, ILogger<FamilyDataEraser> logger)
{
    /// <summary>Matches the family the conversation <c>@id</c> is linked to.</summary>
    private const string LinkedFamily = "IN (SELECT family_id FROM family_conversations WHERE conversation_id = @id)";

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
            var escalations = await RedactEscalationsAsync(connection, transaction, conversationId, by, cancellationToken);
            var (appointments, outreach) = await DeleteVisitsAsync(connection, transaction, LinkedFamily, conversationId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ErasedData(state, log, contacts, activities, escalations, appointments, outreach);
        }, cancellationToken);
        Log(by, erased);
        return erased;
    }

    /// <summary>Deletes a family's visits and the messages planned or sent about them (for a family no conversation is linked to yet).</summary>
    public async Task<ErasedData> EraseVisitsAsync(string familyId, string by, CancellationToken cancellationToken)
    {
        var erased = await sql.WriteAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (appointments, outreach) = await DeleteVisitsAsync(connection, transaction, "= @id", familyId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ErasedData(0, 0, 0, 0, 0, appointments, outreach);
        }, cancellationToken);
        Log(by, erased);
        return erased;
    }

    private void Log(string by, ErasedData erased) =>
        PrivacyLog.Erased(logger, by, erased.StateRows, erased.LogRows, erased.SmsContacts, erased.DirectLineActivities, erased.Appointments, erased.Outreach, erased.EscalationsRedacted);

    /// <summary>Deletes the outreach and appointments of the family that <paramref name="familyMatch"/> (SQL on <c>family_id</c>, reading <c>@id</c>) matches.</summary>
    private static async Task<(int Appointments, int Outreach)> DeleteVisitsAsync(DbConnection connection, DbTransaction transaction, string familyMatch, string id, CancellationToken cancellationToken)
    {
        var outreach = await DeleteAsync(connection, transaction, $"DELETE FROM outreach WHERE family_id {familyMatch}", id, cancellationToken);
        var appointments = await DeleteAsync(connection, transaction, $"DELETE FROM appointments WHERE family_id {familyMatch}", id, cancellationToken);
        return (appointments, outreach);
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
