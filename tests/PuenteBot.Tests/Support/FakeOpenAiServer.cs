using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PuenteBot.Tests.Support;

/// <summary>
/// An OpenAI-compatible chat-completions endpoint on a real loopback port, shaped as Azure OpenAI serves one
/// (<c>POST /openai/deployments/{deployment}/chat/completions</c>), so the real Azure.AI.OpenAI client code runs
/// against it. It records every request body and answers with what <see cref="Reply"/> writes as the assistant's
/// content (a JSON object for a structured request), with token counts.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    public const string Deployment = "puentebot-test";

    private readonly WebApplication app;

    private FakeOpenAiServer(WebApplication app) => this.app = app;

    /// <summary>One chat request as it arrived.</summary>
    public sealed record Call(string Path, JsonObject Body)
    {
        public string System => Messages("system");

        public string User => Messages("user");

        /// <summary>The name of the JSON schema asked for (the C# type the bot reads), or null for free text.</summary>
        public string? Schema => (string?)Body["response_format"]?["json_schema"]?["name"];

        private string Messages(string role) => string.Join("\n", Body["messages"]!.AsArray()
            .Where(m => (string?)m!["role"] == role)
            .Select(m => m!["content"] is JsonValue v ? (string?)v : string.Concat(m["content"]!.AsArray().Select(p => (string?)p!["text"]))));
    }

    public int Port { get; private set; }

    public string Endpoint => $"http://127.0.0.1:{Port}/";

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>The assistant's content for a call; the default refuses to be asked (the test did not expect a call).</summary>
    public Func<Call, Task<string>> Reply { get; set; } = call => throw new InvalidOperationException($"Unexpected LLM call ({call.Schema}).");

    /// <summary>The settings that point the bot at this server.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AzureOpenAI:Endpoint"] = Endpoint,
        ["AzureOpenAI:Deployment"] = Deployment,
        ["AzureOpenAI:ApiKey"] = "test-key-not-a-secret",
    };

    /// <summary>Answers every structured call with <paramref name="value"/> serialized.</summary>
    public void ReplyWith(object value) => Reply = _ => Task.FromResult(JsonSerializer.Serialize(value, JsonSerializerOptions.Web));

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.CompleteAsync);
        await app.StartAsync();
        server.Port = new Uri(app.Urls.First()).Port;
        return server;
    }

    private async Task<IResult> CompleteAsync(HttpContext context, string deployment)
    {
        var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!;
        var call = new Call(context.Request.Path + context.Request.QueryString, body);
        Calls.Enqueue(call);
        string content;
        try
        {
            content = await Reply(call).WaitAsync(context.RequestAborted);
        }
        catch (HttpRequestException failure)
        {
            return Results.Problem(failure.Message, statusCode: (int?)failure.StatusCode ?? 500);
        }

        return Results.Json(new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_765_000_000,
            ["model"] = deployment,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = body.ToJsonString().Length / 4, ["completion_tokens"] = content.Length / 4, ["total_tokens"] = (body.ToJsonString().Length + content.Length) / 4 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
