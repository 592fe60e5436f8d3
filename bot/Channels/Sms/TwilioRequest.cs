namespace PuenteBot.Channels.Sms;

/// <summary>What the webhook needs from a Twilio request: the URL Twilio called and the form's parameters.</summary>
public static class TwilioRequest
{
    /// <summary>
    /// The URL as Twilio called it: <c>Sms:PublicBaseUrl</c> (which includes any path prefix a proxy strips) with the
    /// request's path and query string as received; without that setting, the request's own scheme, host and path.
    /// </summary>
    public static string PublicUrl(HttpRequest request, string publicBaseUrl)
    {
        var origin = publicBaseUrl.Length > 0
            ? publicBaseUrl.TrimEnd('/')
            : $"{request.Scheme}://{request.Host.Value}{request.PathBase.Value}";
        return origin + request.Path.Value + request.QueryString.Value;
    }

    /// <summary>The form's parameters, each with all its values, for the signature.</summary>
    public static List<KeyValuePair<string, IReadOnlyList<string>>> Parameters(IFormCollection form) =>
        [.. form.Select(p => KeyValuePair.Create(p.Key, (IReadOnlyList<string>)[.. p.Value.Select(v => v ?? string.Empty)]))];

    /// <summary>
    /// The first value of a form field, cleaned as inbound text is (no control characters such as NUL, broken UTF-16
    /// repaired), or null when it is missing or nothing is left of it.
    /// </summary>
    public static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) && values.Count > 0 && values[0] is { Length: > 0 } raw && Turns.InboundText.Clean(raw) is { Length: > 0 } clean
            ? clean
            : null;
}
