using Microsoft.Extensions.Localization;
using PuenteBot.Dialogs.Crisis;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Tests.Transcripts;

/// <summary>UI strings as a turn words them (language, channel, the <c>.Sms</c> variant), and back: which key a reply's text is.</summary>
public static class TranscriptKeys
{
    /// <summary>The text of <paramref name="key"/> as the turn would say it; null when it needs arguments.</summary>
    public static string? Text(IStringLocalizer strings, ITurnContext said, string key)
    {
        try
        {
            return CrisisText.ForChannel(said.Activity.ChannelId, strings.For(said, key));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The key whose text the reply is (whitespace aside), or null when it is no UI string without arguments.</summary>
    public static string? Of(IStringLocalizer strings, ITurnContext said, string text)
    {
        var wanted = SmsReplies.Normalize(text);
        return wanted.Length == 0 ? null : strings.GetAllStrings(includeParentCultures: true)
            .Select(s => s.Name)
            .Where(key => !key.EndsWith(LocalizedText.SmsVariant, StringComparison.Ordinal))
            .FirstOrDefault(key => Text(strings, said, key) is { } rendered && SmsReplies.Normalize(rendered) == wanted);
    }
}
