namespace PuenteBot.Content.Handouts;

/// <summary>
/// One handout in one language, from <c>content/handouts/{lang}/{slug}.md</c>: its front matter and its Markdown
/// body. <see cref="Serves"/> names the barrier kinds and concerns it helps with (the labels of CONVERSATION.md).
/// </summary>
public sealed record Handout(
    string Language,
    string Slug,
    string Title,
    string Summary,
    string Sms,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Serves,
    DateOnly Reviewed,
    string Markdown)
{
    /// <summary>The page's path on the bot: <c>/handouts/{lang}/{slug}</c>.</summary>
    public string UrlPath => $"/handouts/{Language}/{Slug}";

    /// <summary>The page's absolute address under <paramref name="baseUrl"/> (the bot's public address).</summary>
    public Uri Url(Uri baseUrl) => new(baseUrl, UrlPath);

    /// <summary>The SMS form: the short text, then the page link.</summary>
    public string SmsWithLink(Uri baseUrl) => $"{Sms} {Url(baseUrl)}";
}
