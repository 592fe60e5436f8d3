using Microsoft.Extensions.DependencyInjection;
using PuenteBot.State;

namespace PuenteBot.Tests.Privacy;

/// <summary>Counts a conversation's rows in a table on whichever provider the services use, and adds the rows the tests delete.</summary>
internal static class ErasureRows
{
    public static Task<long> CountAsync(IServiceProvider services, string table, string conversationId, string column = "conversation_id") =>
        services.GetRequiredService<SqlRunner>().ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {column} = @id";
            SqlRunner.AddText(command, "@id", conversationId);
            return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }, TestContext.Current.CancellationToken);

    /// <summary>A care-team follow-up planned for a family (an <c>outreach</c> row, as the reminders worker keeps them).</summary>
    public static Task AddFollowUpAsync(IServiceProvider services, string familyId, string body)
    {
        var sql = services.GetRequiredService<SqlRunner>();
        return sql.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO outreach (plan_key, kind, family_id, author, body, due_at, state, created_at)
                VALUES (@key, 'followup', @family, 'Dr. Kim', @body, @due, 'pending', @due)
                """;
            SqlRunner.AddText(command, "@key", "followup:" + Guid.NewGuid().ToString("N"));
            SqlRunner.AddText(command, "@family", familyId);
            SqlRunner.AddText(command, "@body", body);
            sql.AddTime(command, "@due", DateTimeOffset.UtcNow);
            return await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }, TestContext.Current.CancellationToken);
    }
}
