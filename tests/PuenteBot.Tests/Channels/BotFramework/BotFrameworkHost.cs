using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PuenteBot.Channels.BotFramework;
using PuenteBot.Protocol;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>The bot in memory with Bot Framework settings, optional fake token endpoint and captured logs.</summary>
public sealed class BotFrameworkHost : IAsyncDisposable
{
    private readonly BotApplicationFactory factory;
    private readonly WebApplicationFactory<Program> configured;

    public BotFrameworkHost(Dictionary<string, string?>? settings = null, FakeTokenEndpoint? tokens = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?> { ["BotFramework:RetryBaseDelay"] = "00:00:00.010" };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        factory = new BotApplicationFactory(all);
        configured = factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            builder.ConfigureTestServices(collection =>
            {
                if (tokens is not null)
                {
                    collection.AddHttpClient(BotFrameworkHttpClients.Token).ConfigurePrimaryHttpMessageHandler(() => tokens);
                }

                services?.Invoke(collection);
            });
        });
        try
        {
            Client = configured.CreateClient();
        }
        catch
        {
            factory.Dispose();
            throw;
        }
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => configured.Services;

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Posts raw JSON to <c>/api/messages</c>, with a Bearer token when one is given.</summary>
    public Task<HttpResponseMessage> PostAsync(string json, string? token = null, string mediaType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8, mediaType) };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts an <c>expectReplies</c> activity, checks the 200 JSON answer and returns the replies in it.</summary>
    public async Task<List<Activity>> ExpectRepliesAsync(string json)
    {
        var response = await PostAsync(json);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return System.Text.Json.JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.ExpectedReplies)!.Activities;
    }

    /// <summary>A message as the Emulator or a channel sends it.</summary>
    public static string Message(string text, string serviceUrl, string conversationId = "conv-1", string channelId = "emulator", string? deliveryMode = null) =>
        $$"""
        {"type":"message","id":"act-1","timestamp":"2026-11-23T18:00:00.000Z","channelId":"{{channelId}}","serviceUrl":"{{serviceUrl}}",
         "from":{"id":"user-1","name":"User","role":"user"},"recipient":{"id":"bot-1","name":"PuenteBot"},
         "conversation":{"id":"{{conversationId}}"},"locale":"es-US","text":"{{text}}"{{(deliveryMode is null ? "" : $",\"deliveryMode\":\"{deliveryMode}\"")}}}
        """;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await configured.DisposeAsync();
        await factory.DisposeAsync();
    }
}
