using System.Net;
using System.Text.RegularExpressions;

namespace PuenteBot.Tests.Portal;

/// <summary>A clinician's browser, as far as the portal can tell: cookies kept, redirects not followed, forms posted with the page's anti-forgery token.</summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    public const string User = "ana";
    public const string Password = "correct horse battery";

    public HttpClient Http { get; } = http;

    public static HttpClient Loopback(string baseUrl) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(baseUrl) };

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Signs in through the form; answers the redirect (to the portal on success, back to the form on failure).</summary>
    public Task<HttpResponseMessage> SignInAsync(string user = User, string password = Password) =>
        SubmitAsync("/portal/signin", "/portal/signin", new() { ["user"] = user, ["password"] = password, ["returnUrl"] = "/portal" });

    /// <summary>Opens <paramref name="page"/>, takes its anti-forgery token and posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, string action, Dictionary<string, string>? fields = null)
    {
        var (_, html) = await GetAsync(page);
        var form = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = TokenIn(html) };
        return await PostAsync(action, form);
    }

    public Task<HttpResponseMessage> PostAsync(string action, Dictionary<string, string> fields) =>
        Http.PostAsync(action, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

    public static string TokenIn(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no anti-forgery token.");

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
