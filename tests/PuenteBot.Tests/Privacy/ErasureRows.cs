using Microsoft.Extensions.DependencyInjection;
using PuenteBot.State;

namespace PuenteBot.Tests.Privacy;

/// <summary>Counts a conversation's rows in a table on whichever provider the services use.</summary>
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
}
