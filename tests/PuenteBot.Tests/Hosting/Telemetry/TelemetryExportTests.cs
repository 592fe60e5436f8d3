using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using PuenteBot.Channels.Sms;
using PuenteBot.Hosting.Telemetry;
using PuenteBot.Tests.Channels.BotFramework;
using PuenteBot.Tests.Channels.Sms;
using PuenteBot.Tests.Escalations;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Hosting.Telemetry;

/// <summary>
/// The real bot exporting over OTLP/HTTP (protobuf) to a receiver the test runs. Presence is checked on the decoded
/// messages (<see cref="ProtoReader"/>: the tags must be on the turn span itself, not anywhere in the bytes), absence
/// on the raw bytes of everything received (protobuf keeps strings as plain UTF-8, so text that is not in the bytes
/// is in no field of any span, metric or log record, whatever its type).
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryExportTests(ITestOutputHelper output)
{
    private const string Crisis = "I think my son wants to kill himself. I am Rosalind Quintero, call me at +1 555 014 2778";
    private const string Phone = "+15550142778";
    private const string StreamToken = "stream-secret-7f3a9c";

    private static readonly string[] Forbidden =
        ["kill himself", "Rosalind", "Quintero", "555 014 2778", "5550142778", "0142778", StreamToken];

    [Fact]
    public async Task A_crisis_turn_arrives_as_a_tagged_span_and_risk_metric_with_no_text_phone_or_name_anywhere()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var channel = await FakeChannel.StartAsync();
        var conversationId = Phone + "-chat";
        // The base address without its trailing slash here, with it in the SMS test: /v1/traces is appended either way.
        await using (var bot = new BotFrameworkHost(new() { [TelemetryServiceCollectionExtensions.EndpointKey] = receiver.Endpoint.TrimEnd('/') }))
        {
            var response = await bot.PostAsync(Message(Crisis, channel.ServiceUrl, conversationId));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Eventually.ReturnsAsync(() => Task.FromResult(channel.Calls.Count), count => count > 0, "the replies at the fake connector");
            var stream = await bot.Client.GetAsync($"/v3/directline/conversations/{conversationId}/stream?t={StreamToken}", TestContext.Current.CancellationToken);
            Assert.NotEqual(HttpStatusCode.OK, stream.StatusCode);
            await FlushedAsync(bot.Services, receiver, "POST /api/messages", "GET /v3/directline/conversations/{conversationId}/stream");
        }

        // Disposing the bot flushed its traces, metrics and logs.
        var turn = Assert.Single(receiver.Spans(), span => span.Text(5) == "turn" && span.Attributes(9).GetValueOrDefault(PuenteBotTelemetry.Conversation) == TurnTelemetry.ConversationTag(conversationId));
        var tags = turn.Attributes(9);
        Assert.Equal("emulator", tags[PuenteBotTelemetry.Channel]);
        Assert.Equal("message", tags[PuenteBotTelemetry.ActivityType]);
        Assert.Equal("urgent", tags[PuenteBotTelemetry.RiskLevel]);
        Assert.Equal("suicide", tags[PuenteBotTelemetry.RiskKind]);
        Assert.Equal("crisis", tags[PuenteBotTelemetry.Intent]);
        Assert.Equal("1", tags[PuenteBotTelemetry.Escalations]);
        Assert.Equal("True", tags[PuenteBotTelemetry.Saved]);

        var children = receiver.Spans().Where(span => span.Bytes(1)!.SequenceEqual(turn.Bytes(1)!)).ToList();
        var names = children.Select(span => span.Text(5)).ToHashSet();
        Assert.Contains("turn.stage.risk", names);
        Assert.Contains("turn.stage.dialog", names);
        Assert.Contains("store.load", names);
        Assert.Contains("store.save", names);
        var inbound = Assert.Single(children, span => span.Bytes(2)!.SequenceEqual(turn.Bytes(4)!)); // the turn's parent: the inbound request
        Assert.Equal("POST /api/messages", inbound.Text(5));
        Assert.Equal(2ul, inbound.Number(6)); // SPAN_KIND_SERVER
        var replies = children.Where(span => span.Number(6) == 3).Select(span => span.Attributes(9)["url.full"]).ToList(); // SPAN_KIND_CLIENT
        Assert.NotEmpty(replies);
        Assert.All(replies, url => Assert.EndsWith("/v3/conversations/REDACTED-chat/activities/act-1", url, StringComparison.Ordinal));
        var streamSpan = Assert.Single(receiver.Spans(), span => span.Attributes(9).GetValueOrDefault("http.route") == "/v3/directline/conversations/{conversationId}/stream");
        Assert.Equal("?t=REDACTED", streamSpan.Attributes(9)["url.query"]);

        var risk = Assert.Single(receiver.Metrics(), metric => metric.Text(1) == "puentebot.risk.decisions");
        Assert.Contains(risk.Messages(7).Single().Messages(1), point => point.Attributes(7) is var a
            && a.GetValueOrDefault(PuenteBotTelemetry.RiskLevel) == "urgent" && a.GetValueOrDefault(PuenteBotTelemetry.RiskKind) == "suicide" && point.Number(6) >= 1);
        var metricNames = receiver.Metrics().Select(metric => metric.Text(1)).ToHashSet();
        Assert.Contains("puentebot.turns", metricNames);
        Assert.Contains("puentebot.turn.duration", metricNames);
        Assert.Contains("puentebot.escalations.created", metricNames);
        Assert.Contains("http.server.request.duration", metricNames);
        Assert.Contains("puentebot.escalations.urgent.oldest_unacknowledged.age", metricNames);

        AssertNothingForbidden(receiver);

        var dump = Render(turn, children);
        await File.WriteAllTextAsync(Artifacts.PathFor("otel-turn-span.txt"), dump, TestContext.Current.CancellationToken);
        output.WriteLine(dump);
    }

    [Fact]
    public async Task A_crisis_text_message_counts_its_SMS_segments_and_leaves_the_phone_number_nowhere()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        SmsWebhookClient.Reply reply;
        string conversationId;
        await using (var bot = new BotApplicationFactory(new Dictionary<string, string?> { [TelemetryServiceCollectionExtensions.EndpointKey] = receiver.Endpoint }))
        {
            reply = await new SmsWebhookClient(bot.CreateClient(), Phone).SendAsync(Crisis);
            Assert.Equal(HttpStatusCode.OK, reply.Status);
            Assert.NotEmpty(reply.Messages);
            conversationId = await bot.Services.GetRequiredService<SmsIdentity>().ConversationIdAsync(Phone, TestContext.Current.CancellationToken);
            await FlushedAsync(bot.Services, receiver, "POST /api/sms/twilio");
        }

        var turn = Assert.Single(receiver.Spans(), span => span.Text(5) == "turn" && span.Attributes(9).GetValueOrDefault(PuenteBotTelemetry.Conversation) == TurnTelemetry.ConversationTag(conversationId));
        Assert.Equal("sms", turn.Attributes(9)[PuenteBotTelemetry.Channel]);
        Assert.Equal("urgent", turn.Attributes(9)[PuenteBotTelemetry.RiskLevel]);
        var segments = Assert.Single(receiver.Metrics(), metric => metric.Text(1) == "puentebot.sms.segments");
        var twiml = Assert.Single(segments.Messages(7).Single().Messages(1), point => point.Attributes(7).GetValueOrDefault(PuenteBotTelemetry.Route) == "twiml");
        Assert.Equal((ulong)reply.Messages.Sum(m => PuenteBot.Content.Sms.SmsSegments.Count(m).Segments), twiml.Number(6));
        AssertNothingForbidden(receiver);
    }

    [Fact]
    public async Task With_no_exporter_configured_nothing_listens_to_the_bot_s_source()
    {
        await using var bot = new BotFrameworkHost();

        var response = await bot.ExpectRepliesAsync(BotFrameworkHost.Message("hola", "http://127.0.0.1:9/", deliveryMode: "expectReplies"));

        Assert.NotEmpty(response);
        Assert.Null(bot.Services.GetService(typeof(TelemetryExporters)));
        Assert.Null(bot.Services.GetService(typeof(OpenTelemetry.Trace.TracerProvider)));
    }

    /// <summary>
    /// Waits until the request spans named have been exported: a server span ends a moment after its response reaches
    /// the client, so disposing the bot at once could stop the provider before it ends.
    /// </summary>
    private static Task FlushedAsync(IServiceProvider services, OtlpReceiver receiver, params string[] spans) =>
        Eventually.ReturnsAsync(
            () => Task.FromResult(services.GetRequiredService<TracerProvider>().ForceFlush() && spans.All(name => receiver.Spans().Any(span => span.Text(5) == name))),
            done => done,
            "the request spans at the receiver");

    /// <summary>
    /// Logs arrived too, and none of the forbidden strings is in any body received. With other tests' hosts running
    /// meanwhile, their spans may be here as well: they must not carry these strings either.
    /// </summary>
    private static void AssertNothingForbidden(OtlpReceiver receiver)
    {
        Assert.NotEmpty(receiver.Of("logs"));
        var everything = receiver.Bodies.Values.SelectMany(bodies => bodies).ToList();
        foreach (var text in Forbidden)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            Assert.DoesNotContain(everything, body => body.AsSpan().IndexOf(bytes) >= 0);
        }
    }

    /// <summary>A message from a caregiver who gives their name (in the activity and in the text) and a phone number.</summary>
    private static string Message(string text, string serviceUrl, string conversationId) =>
        $$"""
        {"type":"message","id":"act-1","channelId":"emulator","serviceUrl":"{{serviceUrl}}",
         "from":{"id":"user-1","name":"Rosalind Quintero","role":"user"},"recipient":{"id":"bot-1","name":"PuenteBot"},
         "conversation":{"id":"{{conversationId}}"},"locale":"en-US","text":"{{text}}"}
        """;

    /// <summary>The turn span as received, readable: ids, times, attributes, and the names of the spans of its trace.</summary>
    private static string Render(ProtoReader turn, IReadOnlyList<ProtoReader> trace)
    {
        var text = new StringBuilder();
        text.AppendLine("OTLP/HTTP protobuf span as received by the test's collector (decoded field by field):");
        text.AppendLine(CultureInfo.InvariantCulture, $"name: {turn.Text(5)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"trace_id: {Convert.ToHexStringLower(turn.Bytes(1)!)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"span_id: {Convert.ToHexStringLower(turn.Bytes(2)!)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"parent_span_id: {Convert.ToHexStringLower(turn.Bytes(4) ?? [])}");
        text.AppendLine(CultureInfo.InvariantCulture, $"kind: {turn.Number(6)} (1 = INTERNAL)");
        var start = (long)turn.Number(7)!.Value;
        var end = (long)turn.Number(8)!.Value;
        text.AppendLine(CultureInfo.InvariantCulture, $"start: {DateTimeOffset.FromUnixTimeMilliseconds(start / 1_000_000):O}  duration: {(end - start) / 1e6:0.0} ms");
        text.AppendLine("attributes:");
        foreach (var (key, value) in turn.Attributes(9).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {key} = {value}");
        }

        text.AppendLine("spans of the same trace:");
        foreach (var span in trace.OrderBy(s => s.Number(7)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {span.Text(5)} (kind {span.Number(6)}) {string.Join(", ", span.Attributes(9).Where(a => a.Key.StartsWith("url.", StringComparison.Ordinal) || a.Key == "http.route").Select(a => $"{a.Key}={a.Value}"))}");
        }

        return text.ToString();
    }
}
