using System.Text.RegularExpressions;

namespace PuenteBot.Portal.Pages;

/// <summary>
/// PuenteBot's own lines as a clinician reads them in the transcript: a Markdown link the family's channel renders
/// ("[Llame al 988](tel:988)") shows as its words. Only the bot's lines: what a family typed is shown exactly as typed.
/// </summary>
internal static partial class BotLinks
{
    public static string Plain(string text) => MarkdownLink().Replace(text, "$1");

    [GeneratedRegex(@"\[([^\]\n]+)\]\((?:tel|sms|https?|mailto):[^)\s]*\)")]
    private static partial Regex MarkdownLink();
}
