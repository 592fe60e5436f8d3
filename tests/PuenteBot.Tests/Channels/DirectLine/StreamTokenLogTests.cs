using PuenteBot.Hosting.Logging;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.DirectLine;

/// <summary>The Direct Line token in the stream URL (<c>?t=</c>) never reaches a log, even with every category at Debug.</summary>
public class StreamTokenLogTests
{
    [Fact]
    public async Task Connecting_the_stream_logs_the_request_with_its_token_masked()
    {
        await using var db = await TestDatabase.CreateAsync(PuenteBot.State.StorageOptions.Sqlite);
        var logs = new CapturingLoggerProvider();
        var debug = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug" };
        await using var bot = new DirectLineInstance(db, logs: logs, settings: debug);
        var (conversation, token) = await bot.Api.GenerateAsync();

        await using (var socket = await bot.StreamAsync(conversation, token))
        {
            (await bot.Api.PostMessageAsync(conversation, token, "hola")).EnsureSuccessStatusCode();
        }

        Assert.Contains(logs.Lines, line => line.Contains("/stream?", StringComparison.Ordinal) && line.Contains("t=" + LogRedaction.Mask, StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.StartsWith("Debug ", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(token, StringComparison.Ordinal) || line.Contains(Uri.EscapeDataString(token), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GET /v3/directline/conversations/abc/stream?watermark=3&t=eyJh.bc-d_e", "GET /v3/directline/conversations/abc/stream?watermark=3&t=REDACTED")]
    [InlineData("?t=secret", "?t=REDACTED")]
    [InlineData("https://x.example/a?access_token=abc&x=1", "https://x.example/a?access_token=REDACTED&x=1")]
    [InlineData("Content-Type: text/html; start=1", "Content-Type: text/html; start=1")]
    public void Query_credentials_are_masked_and_nothing_else(string text, string expected)
    {
        Assert.Equal(expected, LogRedaction.Redact(text));
    }
}
