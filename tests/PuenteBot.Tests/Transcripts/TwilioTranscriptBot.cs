using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms;
using PuenteBot.Protocol;
using PuenteBot.State;
using PuenteBot.Tests.Channels.Sms;

namespace PuenteBot.Tests.Transcripts;

/// <summary>
/// Each step's message posted to the bot's Twilio webhook (<c>POST /api/sms/twilio</c>) of the real host on its own SQLite
/// file, signed by the real twilio npm package (every signature of the scenario made by one node process, before the
/// first message); the turn's SMS messages are the TwiML answer and any REST sends it queued in <c>sms_outbox</c>.
/// </summary>
public sealed class TwilioTranscriptBot : ITranscriptBot
{
    public const string Phone = "+15005550006";

    private const string WebhookUrl = TranscriptTests.PublicBaseUrl + "/api/sms/twilio";

    private readonly FakeTwilioBot bot;
    private readonly SmsWebhookClient client;
    private readonly Queue<(Dictionary<string, string> Form, string Signature)> signed;
    private long outboxSeen;

    private TwilioTranscriptBot(FakeTwilioBot bot, SmsWebhookClient client, Queue<(Dictionary<string, string>, string)> signed, string conversationId)
    {
        this.bot = bot;
        this.client = client;
        this.signed = signed;
        ConversationId = conversationId;
    }

    public string ConversationId { get; }

    public string ConnectionString => $"Data Source={bot.DatabasePath}";

    public IServiceProvider Services => bot.App.Services;

    public IConversationStore Store => bot.Service<IConversationStore>();

    public static async Task<TwilioTranscriptBot> StartAsync(Transcript transcript, TimeProvider clock)
    {
        var settings = new Dictionary<string, string?>(transcript.Settings) { ["Sms:PublicBaseUrl"] = TranscriptTests.PublicBaseUrl };
        var bot = new FakeTwilioBot(settings, services => services.AddSingleton(clock));
        try
        {
            var client = new SmsWebhookClient(bot.App.CreateClient(), Phone, FakeTwilioBot.AuthToken, WebhookUrl);
            var forms = transcript.Steps.Select((step, i) => step.User is { } user
                ? client.Form(user)
                : throw new InvalidOperationException($"Step {i + 1}: an SMS through the webhook is a message (user:), not an event.")).ToList();
            var signatures = await TwilioNode.SignAsync([.. forms.Select(form => new TwilioNode.SignatureCase(
                FakeTwilioBot.AuthToken, WebhookUrl, form.ToDictionary(p => p.Key, p => (object)p.Value)))]);
            var conversationId = await bot.Service<SmsIdentity>().ConversationIdAsync(Phone, TestContext.Current.CancellationToken);
            return new TwilioTranscriptBot(bot, client, new(forms.Zip(signatures, (form, s) => (form, s.Signature))), conversationId);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    public async Task<TranscriptTurn> SendAsync(TranscriptStep step)
    {
        var (form, signature) = signed.Dequeue();
        var answer = await client.PostAsync(form, signature);
        Assert.True(answer.Status == HttpStatusCode.OK, $"the webhook answered {(int)answer.Status}: {answer.Body}");
        var messages = answer.Messages.Concat(await QueuedSinceAsync()).ToList();
        var log = await Store.ReadLogAsync(ConversationId, TestContext.Current.CancellationToken);
        var texts = log.SkipWhile(e => e.ActivityId != form["MessageSid"]).Skip(1)
            .Where(e => e.Direction == LogEntry.Outbound && e.ActivityType == ActivityTypes.Message)
            .Select(e => e.Text ?? string.Empty);
        return new TranscriptTurn(SmsReplies.Attribute([.. texts], messages, bot.Service<IOptions<SmsOptions>>().Value.MaxSegments), messages);
    }

    public ValueTask DisposeAsync() => bot.DisposeAsync();

    /// <summary>The bodies of <c>sms_outbox</c> rows written since the last look: replies of a turn too slow for TwiML.</summary>
    private async Task<List<string>> QueuedSinceAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, body FROM sms_outbox WHERE conversation_id = $id AND id > $seen ORDER BY id";
        command.Parameters.AddWithValue("$id", ConversationId);
        command.Parameters.AddWithValue("$seen", outboxSeen);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var bodies = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            outboxSeen = reader.GetInt64(0);
            bodies.Add(reader.GetString(1));
        }

        return bodies;
    }
}
