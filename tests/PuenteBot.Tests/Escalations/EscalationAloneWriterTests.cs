using System.Data.Common;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PuenteBot.Dialogs.Escalation;
using PuenteBot.Escalations.Rescue;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>A failed turn's escalations saved on their own, on either provider.</summary>
public class EscalationAloneWriterTests
{
    private static EscalationRequest Escalation(string urgency = Urgency.Urgent) =>
        new(urgency, "suicide", new JsonObject { ["language"] = "es", ["channel"] = "sms" });

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Escalations_saved_alone_are_stored_once_however_often_they_are_written(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        var writer = bot.Services.GetRequiredService<EscalationAloneWriter>();
        EscalationRequest[] escalations = [Escalation(), Escalation(Urgency.Routine)];

        Assert.True(await writer.TryWriteAsync("c-alone", escalations, SeededEscalations.Start, TestContext.Current.CancellationToken));
        Assert.True(await writer.TryWriteAsync("c-alone", escalations, SeededEscalations.Start, TestContext.Current.CancellationToken));

        var rows = await EscalationRows.ReadAsync(db);
        Assert.Equal(["routine", "urgent"], rows.Select(r => r.Urgency).Order());
        Assert.All(rows, r => Assert.Equal(("c-alone", "pending"), (r.ConversationId, r.State)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task While_another_session_holds_the_row_the_write_gives_up_after_the_urgent_write_timeout_and_succeeds_once_it_is_let_go(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services(settings: new Dictionary<string, string?> { ["Storage:UrgentWriteTimeout"] = "00:00:00.500" });
        await bot.Store.LoadAsync("c-first", TestContext.Current.CancellationToken);
        var writer = bot.Services.GetRequiredService<EscalationAloneWriter>();
        var escalation = Escalation();

        bool whileHeld;
        var waited = Stopwatch.StartNew();
        await using (await Held.InsertAsync(db, escalation.Id))
        {
            whileHeld = await writer.TryWriteAsync("c-blocked", [escalation], SeededEscalations.Start, TestContext.Current.CancellationToken);
            waited.Stop();
        }

        Assert.False(whileHeld);
        Assert.InRange(waited.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(5));
        Assert.True(await writer.TryWriteAsync("c-blocked", [escalation], SeededEscalations.Start, TestContext.Current.CancellationToken));
        Assert.Equal("c-blocked", Assert.Single(await EscalationRows.ReadAsync(db)).ConversationId);
    }

    /// <summary>Another session's open transaction that inserted the same escalation (SQLite: the write lock; PostgreSQL: the row); disposing rolls it back.</summary>
    private sealed class Held(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
    {
        public static async Task<Held> InsertAsync(TestDatabase db, string id)
        {
            DbConnection connection = db.IsPostgres ? new NpgsqlConnection(db.ConnectionString) : new SqliteConnection(db.ConnectionString + ";Pooling=False");
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO escalations (id, conversation_id, urgency, reason, summary, state, created_at)
                VALUES (@id, 'c-other', 'urgent', 'suicide', '{}', 'pending', '2026-11-30T15:00:00Z')
                """;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = id;
            command.Parameters.Add(parameter);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            return new Held(connection, transaction);
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
