using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace PuenteBot.Tests.Channels.BotFramework;

/// <summary>
/// Microsoft Entra ID's token endpoint in memory, as the primary handler of the bot's token HTTP client
/// (Microsoft.Identity.Client only accepts https authorities, so it cannot be pointed at a plain local server).
/// Records each request's path and form, and answers with <see cref="AccessToken"/>.
/// </summary>
public sealed class FakeTokenEndpoint : HttpMessageHandler
{
    public const string AccessToken = "test-access-token";

    public sealed record TokenRequest(string Path, string Form);

    public ConcurrentQueue<TokenRequest> Requests { get; } = new();

    /// <summary>When set, every request is refused as Entra ID refuses a wrong secret.</summary>
    public bool RefuseClient { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var form = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new TokenRequest(request.RequestUri!.AbsolutePath, form));
        if (!request.RequestUri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        if (RefuseClient)
        {
            const string error = """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}""";
            return new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = new StringContent(error, Encoding.UTF8, "application/json") };
        }

        var body = $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{AccessToken}}"}""";
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
