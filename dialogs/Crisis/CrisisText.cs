using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Crisis;

/// <summary>
/// The crisis wording as each channel shows it. The content writes every number as a tap-to-call or tap-to-text
/// link (<c>[988](tel:988)</c>, <c>[text START to 88788](sms:88788?body=START)</c>), which web chat shows as links;
/// SMS and the terminal get the same words with the numbers as plain text.
/// </summary>
public static partial class CrisisText
{
    /// <summary>The terminal chat's channel id (<c>dotnet run --project bot -- chat</c>).</summary>
    public const string TerminalChannel = "terminal";

    public static string For(IStringLocalizer strings, ITurnContext context, string key, params object[] arguments) =>
        ForChannel(context.Activity.ChannelId, strings.For(context, key, arguments));

    /// <summary>The text with its phone links kept (web) or made plain words (SMS, terminal).</summary>
    public static string ForChannel(string? channelId, string text) =>
        string.Equals(channelId, LocalizedText.SmsChannel, StringComparison.OrdinalIgnoreCase)
        || string.Equals(channelId, TerminalChannel, StringComparison.OrdinalIgnoreCase)
            ? PhoneLink().Replace(text, "$1")
            : text;

    [GeneratedRegex(@"\[([^\]]+)\]\((?:tel|sms):[^)\s]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneLink();
}
