using System.Data.Common;
using PuenteBot.State;

namespace PuenteBot.Channels.Sms;

/// <summary>
/// The phone number of a family whose data was deleted while replies to them still waited in <c>sms_outbox</c> (the
/// deletion's own confirmation, when the turn missed <c>Sms:ReplyWithin</c>): the deletion keeps the number for those
/// sends only, marked in <c>sms_settings</c> (<see cref="MarkerPrefix"/>), and the outbox worker forgets it, with the
/// rows it sent, as soon as none is pending. A family who writes again meanwhile starts a new log, and keeps the number.
/// </summary>
public sealed class ErasedSmsContacts(SqlRunner sql)
{
    /// <summary>The <c>sms_settings</c> name, before the conversation id, of a number kept only for the pending sends.</summary>
    public const string MarkerPrefix = "erased_contact:";

    private const string NonePending = "NOT EXISTS (SELECT 1 FROM sms_outbox WHERE conversation_id = @id AND state = 'pending')";

    /// <summary>
    /// In the deletion's transaction: deletes the number when nothing waits to be sent to it (returns 1), otherwise
    /// keeps it for those sends and marks it (returns 0).
    /// </summary>
    public static async Task<int> DeleteOrKeepForPendingAsync(DbConnection connection, DbTransaction transaction, string conversationId, CancellationToken cancellationToken)
    {
        var deleted = await ExecuteAsync(connection, transaction, $"DELETE FROM sms_contacts WHERE conversation_id = @id AND {NonePending}", conversationId, cancellationToken);
        await ExecuteAsync(connection, transaction, $"""
            INSERT INTO sms_settings (name, value)
            SELECT @marker, @id WHERE EXISTS (SELECT 1 FROM sms_contacts WHERE conversation_id = @id)
            ON CONFLICT (name) DO NOTHING
            """, conversationId, cancellationToken);
        return deleted;
    }

    /// <summary>
    /// After the worker settled a row (sent or given up): a number kept only for the pending sends is deleted once none
    /// is left, with the rows sent to it, unless the family wrote again since. True when it was deleted.
    /// </summary>
    public async Task<bool> ReleaseAsync(string conversationId, CancellationToken cancellationToken)
    {
        var kept = await sql.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sms_settings WHERE name = @marker";
            SqlRunner.AddText(command, "@marker", MarkerPrefix + conversationId);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }, cancellationToken);
        return kept && await sql.WriteAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var marked = $"EXISTS (SELECT 1 FROM sms_settings WHERE name = @marker) AND {NonePending}";
            var deleted = await ExecuteAsync(connection, transaction, $"DELETE FROM sms_contacts WHERE conversation_id = @id AND {marked} AND NOT EXISTS (SELECT 1 FROM conversation_log WHERE conversation_id = @id)", conversationId, cancellationToken);
            if (deleted > 0)
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM sms_outbox WHERE conversation_id = @id AND state <> 'pending'", conversationId, cancellationToken);
            }

            await ExecuteAsync(connection, transaction, $"DELETE FROM sms_settings WHERE name = @marker AND {NonePending}", conversationId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return deleted > 0;
        }, cancellationToken);
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string statement, string conversationId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = statement;
        SqlRunner.AddText(command, "@id", conversationId);
        SqlRunner.AddText(command, "@marker", MarkerPrefix + conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
