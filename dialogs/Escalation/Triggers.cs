using System.Text.RegularExpressions;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Dialogs.Runtime;

namespace PuenteBot.Dialogs.Escalation;

/// <summary>
/// Which of the family's messages an escalation quotes. A message is about the concern when, without its yes, no,
/// thanks and please (and the words of a bare "I want to talk to someone"), at least three words are left: "1",
/// "yes please" and "Sí, mi hijo" answer a question, they do not say what is wrong. The last such message of the conversation is kept (<see cref="Keep"/>), so a request made
/// with a menu number still quotes what the family said before it; with none, the summary has no quote.
/// </summary>
public static partial class Triggers
{
    private const string LastKey = "said.last";
    private const int ContentWords = 3;

    /// <summary>True when <paramref name="text"/> says something of its own, not only an answer to a question.</summary>
    public static bool IsSubstantive(string? text) =>
        NormalizedText.Words(text).Count(word => word != "." && !Filler().IsMatch(word)) >= ContentWords;

    /// <summary>Keeps this turn's message as the conversation's last substantive one, when it is.</summary>
    public static void Keep(ITurnContext context)
    {
        if (TriggerMessage.Current(context) is { } said && IsSubstantive(said.Text))
        {
            context.Conversation.Values[LastKey] = said.ToNode();
        }
    }

    /// <summary>
    /// The message to quote: <paramref name="preferred"/> (a dialog's opening words) when substantive, else this
    /// turn's message when substantive, else the last substantive message kept; null when there is none.
    /// </summary>
    public static TriggerMessage? Pick(ITurnContext context, TriggerMessage? preferred = null)
    {
        if (preferred is not null && IsSubstantive(preferred.Text))
        {
            return preferred;
        }

        return TriggerMessage.Current(context) is { } now && IsSubstantive(now.Text)
            ? now
            : TriggerMessage.From(context.Conversation.Values[LastKey]);
    }

    /// <summary>The family's words a dialog noted (a barrier, a worry, what happened), as a candidate for <see cref="Pick"/>.</summary>
    public static TriggerMessage? Noted(string? words, DateTimeOffset? at) => string.IsNullOrWhiteSpace(words) ? null : new(words, null, at);

    [GeneratedRegex(@"^(?:\d+|yes|yeah|yep|yup|ok|okay|sure|please|pls|thanks|thank|you|no|nope|not|si|sip|claro|vale|bueno|dale|porfa|por|favor|gracias|ya|listo|de|acuerdo|correcto|correct|right|that|thats|es|eso|mi|my|the|el|la|a|uno|one|dos|two|tres|three|i|want|can|could|to|with|talk|speak|someone|somebody|person|human|quiero|puedo|hablar|con|alguien|persona|una|un)$", RegexOptions.CultureInvariant)]
    private static partial Regex Filler();
}
