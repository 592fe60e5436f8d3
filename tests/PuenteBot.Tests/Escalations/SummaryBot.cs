using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PuenteBot.Dialogs.Notes;
using PuenteBot.Escalations;
using PuenteBot.Escalations.Summaries;
using PuenteBot.Families;
using PuenteBot.State;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>
/// The real bot (pipeline, SQLite, summaries, the SQLite family store) for summary tests: a clock fixed at
/// <see cref="Now"/>, one enrolled family, and the escalations the conversations raise.
/// </summary>
public sealed class SummaryBot : IAsyncDisposable
{
    /// <summary>Tuesday 1 December 2026, 9:00 in the clinic (America/Chicago).</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    public const string Phone = "+15558675309";
    public const string Caregiver = "Rosa Jiménez";

    private readonly TempFolder folder = new();

    public SummaryBot(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        Bot = new BotServices(folder.ConnectionString, configure: services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            configure?.Invoke(services);
        }, settings: settings);
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public IFamilyStore Families => Bot.Services.GetRequiredService<IFamilyStore>();

    public BotServices Bot { get; }

    public EscalationSummaries Summaries => Bot.Services.GetRequiredService<EscalationSummaries>();

    public IEscalationStore Escalations => Bot.Services.GetRequiredService<IEscalationStore>();

    public string ConnectionString => folder.ConnectionString;

    /// <summary>Enrolls Mateo (MRN 448812) with <see cref="Caregiver"/> at <see cref="Phone"/> and links the conversation.</summary>
    public async Task EnrollAsync(string conversationId)
    {
        var ct = TestContext.Current.CancellationToken;
        await Families.CreateAsync(new FamilyRecord("fam-1", "448812", "Mateo", Caregiver, Phone, "es", "sms", "Dr. Alvarez", Now), ct);
        await Families.LinkAsync(conversationId, "fam-1", ct);
    }

    public async Task SayAllAsync(string conversationId, params string[] messages)
    {
        foreach (var message in messages)
        {
            await Bot.SayAsync(conversationId, message);
        }
    }

    /// <summary>The one escalation of <paramref name="urgency"/>.</summary>
    public async Task<EscalationRecord> EscalationAsync(string urgency) =>
        Assert.Single((await Escalations.ListAsync(new EscalationQuery(Urgency: urgency), TestContext.Current.CancellationToken)).Items);

    /// <summary>Changes the conversation's care notes as a dialog would (the crisis dialog's assessment, the barrier talk's notes).</summary>
    public async Task EditNotesAsync(string conversationId, Action<CareNotes> edit)
    {
        var ct = TestContext.Current.CancellationToken;
        var loaded = await Bot.Store.LoadAsync(conversationId, ct);
        edit(loaded.Data.Notes);
        Assert.True(await Bot.Store.TrySaveAsync(new ConversationWrite(conversationId, "test", loaded.Version, loaded.Data, [], [], Clock.GetUtcNow()), ct));
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        folder.Dispose();
    }
}
